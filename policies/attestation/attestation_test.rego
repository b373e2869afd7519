package update_gate.attestation_test

import data.update_gate.attestation
import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

rules_for(inp) := {[f.rule, f.evidence] | some f in attestation.findings with input as inp with data.trust as fx.trust}

test_strong_is_signed if {
	rules_for(fx.strong) == set()
	attestation.unsigned_by_control == {} with input as fx.strong with data.trust as fx.trust
}

# A signature over other bytes: the detached signature no longer verifies.
test_signature_over_other_bytes if {
	bad := object.union(fx.signed_with("ic22-test-lab-2026", "tests.yaml.sig"), {"signatures": [{
		"source": "tests.yaml.sig", "verified": false, "keyId": null, "keyFingerprint": null,
		"algorithm": null, "reason": "no trusted key verifies this signature",
	}]})
	inp := fx.patch_item(fx.strong, "tests", {"attestation": bad})
	["attestation.signature_invalid", ["tests"]] in rules_for(inp)
	r := decision.result with input as inp with data.trust as fx.trust
	r.decision == "reject"
}

test_subjects_name_other_digests if {
	stmt := {
		"carrier": "dsse", "file": "approval.dsse.json",
		"predicateType": "https://update-gate.dev/attestation/release-approval/v1",
		"subjects": [{"name": "other.bin", "sha256": fx.digest_b}], "subjectsMatch": false,
		"signatures": fx.signed_with("carol-2026", "approval.dsse.json").signatures,
	}
	inp := fx.patch_item(fx.strong, "approval", {"attestation": stmt})
	["attestation.subjects_mismatch", ["approval"]] in rules_for(inp)

	# and the statement binds nothing, so its signer does not count either
	"approval" in attestation.unsigned_by_control.approval with input as inp with data.trust as fx.trust
}

mail_identity(san) := {
	"issuer": "https://accounts.example", "subject": san,
	"sourceRepository": null, "sourceRef": null, "signerWorkflow": null,
}

test_identity_outside_trust if {
	cert := object.union(fx.certificate_signature, {"identity": mail_identity("mallory@example.com")})
	inp := fx.patch_item(fx.strong, "approval", {"attestation": {
		"carrier": "signature", "file": "approval.sigstore.json", "signatures": [cert],
		"predicateType": null, "subjects": null, "subjectsMatch": null,
	}})
	r := rules_for(inp)
	["attestation.signer_untrusted", ["approval"]] in r
	some f in attestation.findings with input as inp with data.trust as fx.trust
	contains(f.message, "identity mallory@example.com (issuer https://accounts.example)")
}

test_key_not_authorized_for_the_kind if {
	# The release key verifies, but may sign manifests only.
	inp := fx.patch_item(fx.strong, "notification", {"attestation": fx.signed_with("ic22-release-2026", "notification.yaml.sig")})
	["attestation.signer_untrusted", ["notification"]] in rules_for(inp)
}

# Maturity follows authenticity: unsigned records cap their controls at level 3 and are listed.
test_unsigned_records_cap_the_level if {
	inp := fx.patch_item(fx.patch_item(fx.all_tested, "notification", {"attestation": null}), "signing-event", {"attestation": null})
	r := decision.result with input as inp with data.trust as fx.trust
	r.maturity.controls.notification.level == 3
	r.maturity.controls.signing.level == 3
	contains(r.maturity.controls.notification.reason, "unsigned record(s) notification")
	r.maturity.level == 3
	r.decision == "reject"
	unsigned := {f.evidence[0] | some f in r.findings; f.rule == "attestation.unsigned"}
	unsigned == {"notification", "signing-event"}
	signed := decision.result with input as fx.all_tested with data.trust as fx.trust
	signed.maturity.level == 5
	signed.decision == "approve"
}

test_unsigned_tests_cap_configurations if {
	trust := object.union(fx.trust, {"testSystems": []})
	r := decision.result with input as fx.all_tested with data.trust as trust
	r.maturity.configurations.reference.level <= 3
	r.decision == "reject"
}
