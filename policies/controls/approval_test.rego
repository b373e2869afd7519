package update_gate.test.controls.approval_test

import data.update_gate.controls.approval
import data.update_gate.test.fixtures_test as fx

rules_for(inp) := rules_with(inp, fx.trust)

rules_with(inp, trust) := r if {
	r := fx.rules(approval.findings) with input as inp with data.trust as trust
}

with_approval(patch) := fx.with_record(fx.strong, "approval", object.union(fx.approval, patch))

# The signed example (every record signed, every kind required by fx.signed_trust) with its
# approval record patched, as signed as before (the facts of its signature kept).
signed_approval(patch) := fx.with_record(fx.signed, "approval", object.union(fx.approval, patch))

signed_rules(inp) := rules_with(inp, fx.signed_trust)

by(approver, t) := {"approver": approver, "role": "release-approver", "decision": "approved", "time": t, "reference": null}

test_strong_verified if {
	rules_for(fx.strong) == set()
	approval.level == 4 with input as fx.strong with data.trust as fx.trust
	contains(approval.level_reason, "carol@supplier.example") with input as fx.strong with data.trust as fx.trust
}

test_missing if "approval.missing" in rules_for(fx.without(fx.strong, "approval"))

test_approval_after_signing if {
	"approval.after_signing" in rules_for(with_approval({"approvals": [by("carol@supplier.example", "2026-10-02T11:00:00Z")]}))
}

# The manifest's signature carries a trusted time (log integrated time, signed timestamp): that
# is the signing time, even where the signing event is dated a few (tolerated) minutes later.
logged_at(inp, t) := fx.patch_item(inp, "manifest", {"verification": {"signatures": [
object.union(s, {"signedAt": t}) |
	some s in fx.item_of(inp, "manifest").verification.signatures
]}})

test_approval_after_the_trusted_signing_time if {
	inp := logged_at(with_approval({"approvals": [by("carol@supplier.example", "2026-10-02T09:58:00Z")]}), "2026-10-02T09:56:00Z")
	some f in approval.findings with input as inp with data.trust as fx.trust
	f.rule == "approval.after_signing"
	f.evidence == ["approval", "manifest", "signing-event"]
	before := logged_at(with_approval({"approvals": [by("carol@supplier.example", "2026-10-02T09:55:00Z")]}), "2026-10-02T09:56:00Z")
	rules_for(before) == set()
	deploy := object.union(fx.deployments, {"records": [object.union(fx.deployments.records[0], {"time": "2026-10-02T09:57:00Z"})]})
	unsigned := fx.without(logged_at(fx.with_record(fx.strong, "deployments", deploy), "2026-10-02T09:58:00Z"), "signing-event")
	"approval.deployed_before_signing" in rules_for(unsigned)
	not "approval.signing_time_unknown" in rules_for(unsigned)
}

test_deployed_before_signing_and_approval if {
	deploy := object.union(fx.deployments, {"records": [object.union(fx.deployments.records[0], {"time": "2026-10-01T08:00:00Z"})]})
	r := rules_for(fx.with_record(fx.strong, "deployments", deploy))
	"approval.deployed_before_signing" in r
	"approval.deployed_before_approval" in r

	# Another cohort's deployments are other devices: not this release's order (retention
	# reports them).
	other := rules_for(fx.with_record(fx.strong, "deployments", object.union(deploy, {"cohort": "B"})))
	not "approval.deployed_before_signing" in other
	not "approval.deployed_before_approval" in other
}

test_approver_who_also_signed if {
	# rita signed the manifest (its signing event); here she also approves, signing the record.
	trust := fx.trust_with_signing_approver("rita@supplier.example", "rita-2026")
	inp := fx.signed_also_by(signed_approval({"approvals": [by("rita@supplier.example", "2026-10-02T09:00:00Z")]}), "approval", "rita-2026")
	"approval.approver_is_signer" in rules_with(inp, trust)

	# The same where release approvals need not be signed (the seed trust).
	"approval.approver_is_signer" in rules_with(with_approval({"approvals": [by("rita@supplier.example", "2026-10-02T09:00:00Z")]}), fx.trust_with_approver("rita@supplier.example"))
}

# Carol's approval key and, here, the key that signed the manifest or the provenance too.
trust_with_carols(key) := object.union(fx.trust, {"approvers": [carols(a, key) | some a in fx.trust.approvers]})

carols(a, key) := object.union(a, {"keys": array.concat(a.keys, [key])}) if a.id == "carol@supplier.example"

else := a

test_approver_whose_key_signed_the_manifest if {
	# No signing event names Carol: her key did sign the manifest.
	fs := approval.findings with input as fx.strong with data.trust as trust_with_carols("ic22-release-2026")
	some f in fs
	f.rule == "approval.approver_is_signer"
	f.evidence == ["approval", "manifest"]
	f.message == "carol@supplier.example both approved and signed the release: key ic22-release-2026, theirs in the trust configuration, signed manifest"
	not "approval.approver_is_builder" in {f.rule | some f in fs}
}

test_approver_whose_key_signed_the_provenance if {
	fs := approval.findings with input as fx.strong with data.trust as trust_with_carols("ic22-provenance-2026")
	{f.message | some f in fs; f.rule == "approval.approver_is_builder"} == {
		"carol@supplier.example both approved and built the release: key ic22-provenance-2026, theirs in the trust configuration, signed provenance",
	}
	approval.level == 3 with input as fx.strong with data.trust as trust_with_carols("ic22-provenance-2026")
}

test_approver_whose_identity_signed_the_manifest if {
	cert := {"issuer": "https://accounts.example", "subject": "carol@supplier.example"}
	identity := {"id": "carol-oidc", "issuer": cert.issuer, "subject": cert.subject, "usage": ["release-approval"]}
	signature := {"verified": true, "method": "certificate", "identity": cert}
	verification := strong_manifest.verification
	inp := fx.patch_item(fx.strong, "manifest", {"verification": object.union(
		verification,
		{"signatures": array.concat(verification.signatures, [signature])},
	)})
	trust := object.union(trust_with_carols("carol-2026"), {"identities": [identity]})
	trust_carol := object.union(trust, {"approvers": [with_identity(a) | some a in trust.approvers]})
	some f in approval.findings with input as inp with data.trust as trust_carol
	f.message == "carol@supplier.example both approved and signed the release: identity carol-oidc, theirs in the trust configuration, signed manifest"
}

strong_manifest := [e | some e in fx.strong.evidence; e.id == "manifest"][0]

with_identity(a) := object.union(a, {"identities": ["carol-oidc"]}) if a.id == "carol@supplier.example"

else := a

test_approver_who_also_built if {
	inp := fx.patch_item(fx.strong, "provenance", {"producer": "carol@supplier.example"})
	"approval.approver_is_builder" in rules_for(inp)
}

test_digest_mismatch if {
	inp := with_approval({"approvedArtifacts": [{"name": "ic22-5.4.3.bin", "sha256": fx.digest_b}]})
	some f in approval.findings with input as inp with data.trust as fx.trust
	f.rule == "approval.artifacts_mismatch"
	f.evidence == ["approval", "manifest"]
}

test_unbound_without_manifest if "approval.artifacts_unbound" in rules_for(fx.without(fx.strong, "manifest"))

test_scope_mismatch if {
	r := rules_for(with_approval({"product": "IC-30", "version": "1.0.0"}))
	"approval.product_mismatch" in r
	"approval.version_mismatch" in r
}

test_unauthorized_and_insufficient if {
	r := rules_for(with_approval({"approvals": [by("mallory@example", "2026-10-02T09:00:00Z")]}))
	"approval.approver_unauthorized" in r
	"approval.insufficient_approvals" in r
}

test_two_required if {
	# Release approvals need not be signed (the seed trust): two approvers in the record count.
	trust := object.union(fx.trust_with_approver("dana@buyer.example"), {"requirements": {"requiredApprovals": 2}})
	"approval.insufficient_approvals" in rules_with(fx.strong, trust)
	two := [by("carol@supplier.example", "2026-10-02T09:00:00Z"), by("dana@buyer.example", "2026-10-02T09:30:00Z")]
	rules_with(with_approval({"approvals": two}), trust) == set()

	# They must be signed: the record is signed by carol only, so dana's does not count...
	dana := object.union(fx.trust_with_signing_approver("dana@buyer.example", "dana-2026"), {"requirements": {"requiredApprovals": 2}})
	carol_only := signed_approval({"approvals": two})
	rules_with(carol_only, dana) == {"approval.insufficient_approvals", "approval.not_signed_by_approver"}

	# ... until each approver signs the record with the key the trust configuration maps to them.
	rules_with(fx.signed_also_by(carol_only, "approval", "dana-2026"), dana) == set()
}

# A forged approval (valid YAML naming an authorized approver) does not count and does not verify.
test_forged_approval_unsigned if {
	signed_rules(fx.signed) == set()
	inp := fx.patch_item(fx.signed, "approval", {"attestation": null})
	signed_rules(inp) == {"approval.insufficient_approvals", "approval.not_signed_by_approver"}
	approval.level == 3 with input as inp with data.trust as fx.signed_trust

	# Where release approvals need not be signed, the unsigned approval counts as before.
	rules_for(inp) == set()
	approval.level == 4 with input as inp with data.trust as fx.trust
}

test_forged_approval_signed_by_another_key if {
	# A key the trust configuration authorizes for release approvals, mapped to another approver.
	trust := fx.trust_with_signing_approver("dana@buyer.example", "dana-2026")
	inp := fx.patch_item(fx.signed, "approval", {"attestation": fx.signed_with("dana-2026", "approval.yaml.sig")})
	rules_with(inp, trust) == {"approval.insufficient_approvals", "approval.not_signed_by_approver"}
	approval.level == 3 with input as inp with data.trust as trust
}

test_approval_signed_by_mapped_identity if {
	identity := object.union(fx.release_identity, {
		"id": "carol-mail", "issuer": "https://accounts.example", "subject": "carol@supplier.example",
		"sourceRepository": null, "usage": ["release-approval"],
	})
	trust := object.union(fx.signed_trust, {
		"identities": [identity],
		"approvers": [object.union(fx.signed_trust.approvers[0], {"keys": [], "identities": ["carol-mail"]})],
	})
	cert := object.union(fx.certificate_signature, {"identity": {
		"issuer": "https://accounts.example", "subject": "carol@supplier.example",
		"sourceRepository": null, "sourceRef": null, "signerWorkflow": null,
	}})
	inp := fx.patch_item(fx.signed, "approval", {"attestation": {
		"carrier": "sigstore-bundle", "file": "approval.sigstore.json", "signatures": [cert],
		"payloadType": "application/vnd.in-toto+json",
		"predicateType": "https://update-gate.dev/attestation/release-approval/v1",
		"subjects": [{"name": "ic22-5.4.3.bin", "sha256": fx.digest_a}], "subjectsMatch": true,
	}})
	rules_with(inp, trust) == set()
}

test_rejected if {
	no := object.union(by("dana@buyer.example", "2026-10-02T09:30:00Z"), {"decision": "rejected"})
	"approval.rejected" in rules_with(with_approval({"approvals": [by("carol@supplier.example", "2026-10-02T09:00:00Z"), no]}), fx.trust_with_approver("dana@buyer.example"))
}

test_signing_time_unknown if "approval.signing_time_unknown" in rules_for(fx.without(fx.strong, "signing-event"))

# The artifacts' digests did not exist before their build started (provenance: 2026-10-01T08:00:00Z).
test_approval_before_build if {
	inp := with_approval({"approvals": [by("carol@supplier.example", "2026-09-01T15:00:00Z")]})
	rules_for(inp) == {"approval.before_build"}
	some f in approval.findings with input as inp with data.trust as fx.trust
	f.rule == "approval.before_build"
	f.severity == "violation"
	f.evidence == ["approval", "provenance"]
	f.message == concat("", [
		"approval by carol@supplier.example in approval at 2026-09-01T15:00:00Z is before the build of ",
		"provenance at 2026-10-01T08:00:00Z: it cannot approve artifacts that did not exist yet",
	])
	rules_for(with_approval({"approvals": [by("carol@supplier.example", "2026-10-01T08:00:00Z")]})) == set()
}

# The replay of exp1: an approval after this release's signing, with the signing event swapped for
# one of another release dated later. Its time is not this release's signing time: no signing
# time is left to order the approval against.
test_signing_event_of_another_release_orders_nothing if {
	late := with_approval({"approvals": [by("carol@supplier.example", "2026-10-02T11:00:00Z")]})
	"approval.after_signing" in rules_for(late)
	replay := fx.with_record(late, "signing-event", object.union(fx.signing_event, {"version": "5.4.4", "time": "2026-10-03T09:00:00Z"}))
	rules_for(replay) == {"approval.signing_time_unknown"}
}
