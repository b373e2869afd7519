# METADATA
# title: Test fixtures
# description: >-
#   A realistic evidence package (the seed's strong answer: IC-22 5.4.2 -> 5.4.3, reference and
#   regional configurations, regional recovery test not run, exception EXC-1) as policy input,
#   the trust configuration, and helpers to derive failing variants.
# scope: package
package update_gate.test.fixtures_test

digest_a := "4f1c7d0e9b8a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d"

digest_b := "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"

builder := "https://github.com/supplier/ic22-firmware/.github/workflows/release.yml@refs/heads/main"

trust := {
	"keys": [
		{
			"id": "ic22-release-2026", "fingerprint": "sha256:aa11",
			"usage": ["update-manifest"], "products": ["IC-22"],
			"minVersion": "5.0.0", "maxVersion": "5.99.99",
			"validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z",
			"revoked": false, "revokedAt": null,
		},
		{
			"id": "ic22-build-2026", "fingerprint": "sha256:bb22",
			"usage": ["build-provenance"], "products": ["IC-22"],
			"minVersion": "5.0.0", "maxVersion": "5.99.99",
			"validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z",
			"revoked": false, "revokedAt": null,
		},
		{
			"id": "ic30-release-2026", "fingerprint": "sha256:cc33",
			"usage": ["update-manifest"], "products": ["IC-30"],
			"minVersion": "1.0.0", "maxVersion": "1.99.99",
			"validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z",
			"revoked": false, "revokedAt": null,
		},
		{
			"id": "ic22-release-2025", "fingerprint": "sha256:dd44",
			"usage": ["update-manifest"], "products": ["IC-22"],
			"minVersion": "5.0.0", "maxVersion": "5.99.99",
			"validFrom": "2025-01-01T00:00:00Z", "validUntil": "2026-01-01T00:00:00Z",
			"revoked": true, "revokedAt": "2026-06-01T00:00:00Z",
		},
	],
	"approvers": [
		{"id": "carol@supplier.example", "name": "Carol", "roles": ["release-approver"]},
		{"id": "rita@supplier.example", "name": "Rita", "roles": ["release-approver"]},
		{"id": "olga@buyer.example", "name": "Olga", "roles": ["risk-acceptor"]},
	],
	"builders": [{"id": builder}],
	"requirements": {
		"minimumMaturity": 4,
		"requiredControls": ["signing", "provenance", "approval", "rollback-recovery", "affected-versions", "notification", "retention"],
		"requiredApprovals": 1,
	},
}

item(id, kind, file, producer, t, record, verification) := {
	"id": id, "kind": kind, "file": file, "producer": producer, "time": t, "controls": [],
	"present": true, "sha256": digest_b, "statement": null, "record": record, "verification": verification,
}

manifest_verification := {
	"type": "update-manifest",
	"manifest": {"product": "IC-22", "version": "5.4.3", "artifacts": [
		{"name": "ic22-5.4.3.bin", "size": 1048576, "sha256": digest_a},
	]},
	"signatures": [{
		"source": "manifest.json.sig", "verified": true, "keyId": "ic22-release-2026",
		"keyFingerprint": "sha256:aa11", "algorithm": "ecdsa-p256-sha256", "reason": null,
	}],
	"artifacts": [{
		"name": "ic22-5.4.3.bin", "file": "artifacts/ic22-5.4.3.bin", "present": true,
		"size": 1048576, "sha256": digest_a, "matches": true,
	}],
}

provenance_verification := {
	"type": "build-provenance",
	"payloadType": "application/vnd.in-toto+json",
	"signatures": [{
		"source": "envelope#0", "verified": true, "keyId": "ic22-build-2026",
		"keyFingerprint": "sha256:bb22", "algorithm": "ecdsa-p256-sha256", "reason": null,
	}],
	"statement": {
		"type": "https://in-toto.io/Statement/v1",
		"predicateType": "https://slsa.dev/provenance/v1",
		"subjects": [{"name": "ic22-5.4.3.bin", "sha256": digest_a}],
	},
	"slsa": {
		"buildType": "https://actions.github.io/buildtypes/workflow/v1", "builderId": builder,
		"sourceRepository": "https://github.com/supplier/ic22-firmware", "sourceRef": "refs/tags/v5.4.3",
		"sourceCommit": "0123456789abcdef0123456789abcdef01234567",
		"startedOn": "2026-10-01T08:00:00Z", "finishedOn": "2026-10-01T08:30:00Z",
	},
	"artifactsInSubjects": [{"name": "ic22-5.4.3.bin", "sha256": digest_a, "inSubjects": true}],
}

signing_event := {
	"kind": "SigningEvent", "signer": "sam@supplier.example", "keyId": "ic22-release-2026",
	"time": "2026-10-02T10:00:00Z", "subject": "manifest",
}

approval := {
	"kind": "ReleaseApproval", "product": "IC-22", "version": "5.4.3",
	"approvedArtifacts": [{"name": "ic22-5.4.3.bin", "sha256": digest_a}],
	"approvals": [{
		"approver": "carol@supplier.example", "role": "release-approver", "decision": "approved",
		"time": "2026-10-02T09:00:00Z", "reference": "CHG-5431",
	}],
}

result_of(config, hardware, test, outcome) := {
	"configuration": config, "hardware": hardware, "test": test, "outcome": outcome,
	"time": "2026-10-01T12:00:00Z", "reference": "QA-77",
}

tests := {
	"kind": "RollbackRecoveryTests", "product": "IC-22", "fromVersion": "5.4.2", "toVersion": "5.4.3",
	"rollbackConditions": ["boot watchdog fails three times", "operator requests rollback"],
	"results": [
		result_of("reference", "IC-22-REF-C", "rollback", "passed"),
		result_of("reference", "IC-22-REF-C", "recovery", "passed"),
		result_of("regional", "IC-22-RG-B", "rollback", "passed"),
		result_of("regional", "IC-22-RG-B", "recovery", "not-run"),
	],
}

affected := {
	"kind": "AffectedVersions", "format": "update-gate", "product": "IC-22",
	"vulnerabilities": [{
		"id": "VULN-2026-014", "record": "https://supplier.example/psirt/VULN-2026-014",
		"ranges": [{"introduced": "5.2.0", "fixed": "5.4.3"}], "fixedIn": "5.4.3",
		"remediation": "update to 5.4.3",
	}],
}

notification := {
	"kind": "CustomerNotification", "status": "draft",
	"scope": {"product": "IC-22", "cohorts": ["A"], "configurations": ["reference", "regional"], "vulnerabilities": ["VULN-2026-014"]},
	"audience": "operators of IC-22 cohort A",
	"text": "Firmware 5.4.3 fixes VULN-2026-014. Regional configurations stay on 5.4.2 for now.",
}

deployments := {
	"kind": "DeploymentRecords",
	"records": [{
		"configuration": "reference", "version": "5.4.3", "time": "2026-10-04T09:00:00Z",
		"outcome": "succeeded", "devices": 12, "reference": "DEP-1",
	}],
	"retainedAt": "deployment logs",
}

exc1 := {
	"id": "EXC-1", "configuration": "regional",
	"reason": "Recovery test not yet completed on regional hardware",
	"mitigation": "Stay on 5.4.2 with network segmentation of the affected port",
	"remainOn": "5.4.2", "followUpBy": "2026-12-15T00:00:00Z",
	"acceptedBy": "olga@buyer.example", "acceptedAt": "2026-10-03T08:00:00Z",
	"waives": ["rollback_recovery.recovery_test_missing"],
}

recovery_procedure := object.union(
	item("recovery-procedure", "recovery-procedure", "recovery-procedure.md", "rita@supplier.example", null, null, null),
	{"controls": ["rollback-recovery"]},
)

# The strong package: conditional, reference approved at level 5, regional excluded under EXC-1.
strong := {
	"apiVersion": "update-gate.dev/policy-input/v1",
	"evaluationTime": "2026-10-05T00:00:00Z",
	"package": {
		"index": "update-evidence.yaml", "indexSha256": digest_b,
		"decisionSupported": "Approve firmware update 5.4.3 for deployment to IC-22 cohort A",
		"threats": ["unauthorized-update"], "controls": ["update-signing"],
		"scope": {
			"product": "IC-22", "fromVersion": "5.4.2", "toVersion": "5.4.3", "cohort": "A",
			"configurations": [
				{"id": "reference", "name": "Reference configuration", "hardware": "IC-22-REF-C"},
				{"id": "regional", "name": "Regional configuration", "hardware": "IC-22-RG-B"},
			],
			"vulnerabilities": ["VULN-2026-014"],
		},
		"producers": [{"id": "rita@supplier.example", "name": "Rita", "role": "release-manager"}],
		"consumers": [{"id": "olga@buyer.example", "name": "Olga", "role": "buyer-product-owner"}],
		"verificationMethod": ["release-approval", "signature-validity"],
		"knownGaps": [{"id": "GAP-1", "description": "Recovery test not yet run on regional hardware", "configurations": ["regional"]}],
		"exceptions": [exc1],
		"retention": {
			"owners": ["Supplier release owner", "Buyer lifecycle monitoring owner"],
			"locations": ["release records", "vulnerability response records", "deployment logs"],
		},
	},
	"evidence": [
		item("manifest", "update-manifest", "manifest.json", "rita@supplier.example", "2026-10-02T10:00:00Z", null, manifest_verification),
		item("provenance", "build-provenance", "provenance.dsse.json", "ci@supplier.example", "2026-10-01T08:30:00Z", null, provenance_verification),
		item("signing-event", "signing-event", "signing-event.yaml", "sam@supplier.example", "2026-10-02T10:00:00Z", signing_event, null),
		item("approval", "release-approval", "approval.yaml", "carol@supplier.example", "2026-10-02T09:00:00Z", approval, null),
		item("tests", "rollback-recovery-tests", "tests.yaml", "qa@supplier.example", "2026-10-01T12:00:00Z", tests, null),
		recovery_procedure,
		item("affected-versions", "affected-versions", "affected-versions.yaml", "psirt@supplier.example", "2026-09-30T00:00:00Z", affected, null),
		item("notification", "customer-notification", "notification.yaml", "rita@supplier.example", "2026-10-02T11:00:00Z", notification, null),
		item("deployments", "deployment-records", "deployments.yaml", "ops@supplier.example", "2026-10-04T09:00:00Z", deployments, null),
	],
}

# Every configuration tested: approve.
all_tested := with_record(strong, "tests", object.union(tests, {"results": [
	result_of("reference", "IC-22-REF-C", "rollback", "passed"),
	result_of("reference", "IC-22-REF-C", "recovery", "passed"),
	result_of("regional", "IC-22-RG-B", "rollback", "passed"),
	result_of("regional", "IC-22-RG-B", "recovery", "passed"),
]}))

# The weak answer: an assertion only.
weak := object.union(strong, {
	"package": {"exceptions": [], "knownGaps": [], "retention": null},
	"evidence": [object.union(item("claim", "assertion", null, "rita@supplier.example", null, null, null), {
		"controls": ["signing"], "present": false, "sha256": null,
		"statement": "We have a secure update process.",
	})],
})

# The better answer: a signed, verified manifest and a signing procedure document.
better := object.union(weak, {"evidence": [
	item("manifest", "update-manifest", "manifest.json", "rita@supplier.example", "2026-10-02T10:00:00Z", null, manifest_verification),
	object.union(item("signing-procedure", "process-document", "signing-procedure.md", "rita@supplier.example", null, null, null), {"controls": ["signing"]}),
]})

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
	"sourceRepository": null, "sourceRef": null, "signerWorkflow": null,
	"usage": ["build-provenance", "update-manifest"], "products": ["IC-22"],
	"minVersion": "5.0.0", "maxVersion": "5.99.99",
}

keyless_trust := object.union(trust, {"identities": [release_identity], "builders": []})

# The strong package with its provenance signed keylessly.
keyless := patch_item(strong, "provenance", {"verification": {"format": "sigstore-bundle", "signatures": [certificate_signature]}})
