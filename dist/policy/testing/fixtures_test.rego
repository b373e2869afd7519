# METADATA
# title: Test fixtures
# description: >-
#   The seed examples as policy input (strong, all_tested, weak, better: exactly
#   examples/seed/<name> as `update-gate policy input` prints it at 2026-11-26T00:00:00Z, from the
#   generated package update_gate.test.examples_test), the seed trust file (trust), the
#   signed-records example and its trust file (signed, signed_trust), their records by name, and
#   helpers to derive variants. docs/policy-authoring.md documents each.
# scope: package
package update_gate.test.fixtures_test

import data.update_gate.test.examples_test as examples

# METADATA
# title: The seed examples
# description: >-
#   strong: conditional (reference approved at level 5; regional excluded under EXC-1, which
#   waives its missing recovery test). all_tested: approve, level 5, no gap, no exception.
#   weak: reject, level 1 (an assertion). better: reject, level 3 (a verified manifest and a
#   signing procedure). trust: examples/seed/trust.yaml as data.trust (no record kind must be
#   signed: requirements.signedRecords is []). signed: examples/signed-records/package, strong
#   with every record signed by whom it names and EXC-1 in olga's signed risk acceptance;
#   signed_trust: examples/signed-records/trust.yaml, which requires every record kind signed.
strong := examples.strong

signed := examples.signed

signed_trust := examples.signed_trust

all_tested := examples.all_tested

weak := examples.weak

better := examples.better

trust := examples.trust

# METADATA
# title: Record of an evidence item
# description: The parsed record of the evidence item with this id in an input (undefined when there is none).
record_of(inp, id) := [e.record | some e in inp.evidence; e.id == id][0]

# METADATA
# title: Evidence item by id
# description: The evidence item with this id in an input (undefined when there is none).
item_of(inp, id) := [e | some e in inp.evidence; e.id == id][0]

# METADATA
# title: The strong example's records
# description: >-
#   Its records by evidence id, to patch with object.union and put back with with_record:
#   signing_event, approval, tests, affected (affected-versions), notification (a draft),
#   deployments (reference only); exc1 (its exception EXC-1); manifest_verification and
#   provenance_verification (the verify stage's facts of its manifest and provenance).
signing_event := record_of(strong, "signing-event")

approval := record_of(strong, "approval")

tests := record_of(strong, "tests")

affected := record_of(strong, "affected-versions")

notification := record_of(strong, "notification")

deployments := record_of(strong, "deployments")

exc1 := strong.package.exceptions[0]

manifest_verification := item_of(strong, "manifest").verification

provenance_verification := item_of(strong, "provenance").verification

# METADATA
# title: Made-up values
# description: >-
#   digest_a and digest_b: sha256 values of no file of the examples (a digest that does not
#   match); builder: the release workflow the seed trusts as builder.
digest_a := "4f1c7d0e9b8a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d"

digest_b := "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"

builder := "https://github.com/supplier/ic22-firmware/.github/workflows/release.yml@refs/heads/main"

# METADATA
# title: A test result
# description: One result of a rollback-recovery-tests record (time 2026-10-01T12:00:00Z, reference QA-77).
result_of(config, hardware, test, outcome) := {
	"configuration": config, "hardware": hardware, "test": test, "outcome": outcome,
	"time": "2026-10-01T12:00:00Z", "reference": "QA-77",
}

# METADATA
# title: An evidence item
# description: An evidence item of the policy input (present, sha256 digest_b), for items the examples lack.
item(id, kind, file, producer, t, record, verification) := {
	"id": id, "kind": kind, "file": file, "producer": producer, "time": t, "controls": [],
	"present": true, "sha256": digest_b, "statement": null, "record": record, "verification": verification,
}

swap(e, id, new) := new if e.id == id

else := e

# METADATA
# title: Replace an evidence item
# description: The input with the evidence item of this id replaced.
with_item(inp, id, new) := object.union(inp, {"evidence": [swap(e, id, new) | some e in inp.evidence]})

# METADATA
# title: Patch an evidence item
# description: The input with the evidence item of this id deep-merged with a patch.
patch_item(inp, id, patch) := object.union(inp, {"evidence": [swap(e, id, object.union(e, patch)) | some e in inp.evidence]})

# METADATA
# title: Replace a record
# description: The input with the record of the evidence item of this id replaced.
with_record(inp, id, record) := patch_item(inp, id, {"record": record})

# METADATA
# title: Drop an evidence item
# description: The input without the evidence item of this id.
without(inp, id) := object.union(inp, {"evidence": [e | some e in inp.evidence; e.id != id]})

# METADATA
# title: Patch the package facts
# description: The input with the package facts deep-merged with a patch.
patch_package(inp, patch) := object.union(inp, {"package": patch})

# METADATA
# title: Rules of findings
# description: The rule ids of a set of findings, for compact assertions.
rules(findings) := {f.rule | some f in findings}

# METADATA
# title: Patch a trusted key
# description: The trust configuration with the key of this id deep-merged with a patch.
trust_with_key(id, patch) := object.union(trust, {"keys": [patch_key(k, id, patch) | some k in trust.keys]})

signed_trust_with_key(id, patch) := object.union(signed_trust, {"keys": [patch_key(k, id, patch) | some k in signed_trust.keys]})

patch_key(k, id, patch) := object.union(k, patch) if k.id == id

else := k

# Keyless (Sigstore) fixtures: a signature verified through a Fulcio certificate of the
# supplier's release workflow, logged in Rekor, and a trust configuration naming that identity.

github_issuer := "https://token.actions.githubusercontent.com"

certificate_signature := {
	"source": "attestation.jsonl#1", "verified": true, "keyId": null,
	"keyFingerprint": "sha256:cc33", "algorithm": null, "reason": null,
	"method": "certificate",
	"identity": {
		"issuer": github_issuer, "subject": builder,
		"sourceRepository": "https://github.com/supplier/ic22-firmware", "sourceRef": "refs/heads/main",
		"sourceCommit": "0123456789abcdef0123456789abcdef01234567", "buildSignerUri": builder,
		"signerWorkflow": "https://github.com/supplier/ic22-firmware/.github/workflows/release.yml",
		"runnerEnvironment": "github-hosted",
	},
	"certificate": {"notBefore": "2026-10-01T08:30:00Z", "notAfter": "2026-10-01T08:40:00Z"},
	"tlogEntries": [{"logId": "wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=", "logIndex": "42", "integratedTime": "2026-10-01T08:31:00Z"}],
	"signedTimestamps": [],
	"signedAt": "2026-10-01T08:31:00Z",
	"bundle": {"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "origin": "package"},
}

release_identity := {
	"id": "ic22-release-workflow", "issuer": github_issuer, "subject": builder, "subjectPattern": null,
	"sourceRepository": "https://github.com/supplier/ic22-firmware", "sourceRef": null, "signerWorkflow": null,
	"runnerEnvironment": null,
	"usage": ["build-provenance", "update-manifest"], "products": ["IC-22"],
	"minVersion": "5.0.0", "maxVersion": "5.99.99",
}

keyless_trust := object.union(trust, {"identities": [release_identity], "builders": []})

# The strong package with its provenance signed keylessly.
keyless := patch_item(strong, "provenance", {"verification": {"format": "sigstore-bundle", "signatures": [certificate_signature]}})

# METADATA
# title: Extra trust
# description: >-
#   other_product_key: a release key for product IC-30 (not IC-22);
#   trust_with_other_product_key: trust with it; trust_with_approver(id): trust with one more
#   release approver.
other_product_key := {
	"id": "ic30-release-2026", "fingerprint": "sha256:cc33",
	"usage": ["update-manifest"], "products": ["IC-30"],
	"minVersion": "1.0.0", "maxVersion": "1.99.99",
	"validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z",
	"revoked": false, "revokedAt": null,
}

trust_with_other_product_key := object.union(trust, {"keys": array.concat(trust.keys, [other_product_key])})

trust_with_approver(id) := object.union(trust, {"approvers": array.concat(trust.approvers, [{"id": id, "name": id, "roles": ["release-approver"]}])})

# METADATA
# title: Signed records
# description: >-
#   record_key(id, fingerprint, usage): a trusted key for IC-22 that may sign these record kinds;
#   signed_with(key, file): the attestation facts of a detached signature verified with that key;
#   signed_also_by(inp, id, key): the record of item id signed by that key as well;
#   trust_with_signing_approver(id, key): signed_trust with one more release approver signing
#   with key.
record_key(id, fingerprint, usage) := {
	"id": id, "fingerprint": fingerprint, "usage": usage, "products": ["IC-22"],
	"minVersion": "5.0.0", "maxVersion": "5.99.99",
	"validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z",
	"revoked": false, "revokedAt": null,
}

signed_with(key, file) := {
	"carrier": "signature", "file": file, "payloadType": null, "predicateType": null, "subjects": null, "subjectsMatch": null,
	"signatures": [{
		"source": file, "verified": true, "keyId": key, "keyFingerprint": "sha256:ee55",
		"algorithm": "ed25519", "reason": null,
	}],
}

signed_also_by(inp, id, key) := patch_item(inp, id, {"attestation": {"signatures": array.concat(
	item_of(inp, id).attestation.signatures,
	signed_with(key, concat("", [id, ".", key, ".sig"])).signatures,
)}})

trust_with_signing_approver(id, key) := object.union(signed_trust, {
	"keys": array.concat(signed_trust.keys, [record_key(key, "sha256:3300", ["release-approval"])]),
	"approvers": array.concat(signed_trust.approvers, [{"id": id, "name": id, "roles": ["release-approver"], "keys": [key], "identities": [], "github": null}]),
})

# METADATA
# title: The signed example's risk acceptance
# description: acceptance (its record, signed by olga) and accepted_exc1 (how it accepts EXC-1).
acceptance := record_of(signed, "acceptance")

accepted_exc1 := acceptance.exceptions[0]

# METADATA
# title: Replace the exceptions, each accepted as it stands
# description: >-
#   The input with these exceptions, and (when it has one, as signed does) the signed risk
#   acceptance saying exactly them (as if the acceptor had signed them so).
with_exceptions(inp, exceptions) := with_record(
	patch_package(inp, {"exceptions": exceptions}),
	"acceptance",
	object.union(acceptance, {"exceptions": [accepted_as(ex) | some ex in exceptions]}),
)

accepted_as(ex) := {
	"id": ex.id, "configuration": ex.configuration, "mitigation": ex.mitigation,
	"remainOn": ex.remainOn, "followUpBy": ex.followUpBy, "waives": waives_of(ex),
}

waives_of(ex) := sort(ex.waives) if is_array(ex.waives)

else := null
