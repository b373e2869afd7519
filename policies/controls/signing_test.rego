package update_gate.test.controls.signing_test

import data.update_gate.controls.signing
import data.update_gate.lib
import data.update_gate.test.fixtures_test as fx

manifest := fx.strong.evidence[0]

with_key(key_id) := fx.patch_item(fx.strong, "manifest", {"verification": {"signatures": [object.union(
	fx.manifest_verification.signatures[0],
	{"keyId": key_id},
)]}})

rules_for(inp) := r if {
	r := fx.rules(signing.findings) with input as inp with data.trust as fx.trust
}

test_strong_verified if {
	rules_for(fx.strong) == set()
	signing.level == 4 with input as fx.strong with data.trust as fx.trust
	startswith(signing.level_reason, "verified") with input as fx.strong with data.trust as fx.trust
}

test_unknown_key if "signing.key_unknown" in rules_for(with_key("someone-else"))

test_revoked_key if {
	inp := fx.with_record(with_key("ic22-release-2025"), "signing-event", object.union(fx.signing_event, {"keyId": "ic22-release-2025"}))
	r := rules_for(inp)
	"signing.key_revoked" in r
	"signing.key_not_valid_at_signing" in r
	some f in signing.findings with input as inp with data.trust as fx.trust
	f.rule == "signing.key_revoked"
	contains(f.message, "before signing")
}

test_revoked_after_signing if {
	trust := fx.trust_with_key("ic22-release-2026", {"revoked": true, "revokedAt": "2026-11-01T00:00:00Z"})
	some f in signing.findings with input as fx.strong with data.trust as trust
	f.rule == "signing.key_revoked"
	not contains(f.message, "before signing")
}

test_key_for_another_product if {
	r := fx.rules(signing.findings) with input as with_key("ic30-release-2026") with data.trust as fx.trust_with_other_product_key
	"signing.key_product" in r
	"signing.key_version" in r
	"signing.signing_event_key_mismatch" in r
}

test_key_usage if "signing.key_usage" in rules_for(with_key("ic22-provenance-2026"))

test_outside_validity_window if {
	inp := fx.with_record(fx.strong, "signing-event", object.union(fx.signing_event, {"time": "2027-02-01T00:00:00Z"}))
	"signing.key_not_valid_at_signing" in rules_for(inp)
}

test_signature_unverified if {
	inp := fx.patch_item(fx.strong, "manifest", {"verification": {"signatures": [{
		"source": "manifest.json.sig", "verified": false, "keyId": null, "keyFingerprint": null,
		"algorithm": null, "reason": "no trusted key verifies this signature",
	}]}})
	r := rules_for(inp)
	"signing.signature_unverified" in r
	signing.level == 3 with input as inp with data.trust as fx.trust
}

test_extra_unverified_signature if {
	sigs := array.concat(fx.manifest_verification.signatures, [{
		"source": "other.sig", "verified": false, "keyId": null, "keyFingerprint": null,
		"algorithm": null, "reason": "bad",
	}])
	inp := fx.patch_item(fx.strong, "manifest", {"verification": {"signatures": sigs}})
	rules_for(inp) == {"signing.signature_extra_unverified"}
}

test_digest_mismatch_and_missing_artifact if {
	inp := fx.patch_item(fx.strong, "manifest", {"verification": {"artifacts": [
		object.union(fx.manifest_verification.artifacts[0], {"matches": false}),
		{"name": "extra.bin", "file": "artifacts/extra.bin", "present": false, "size": null, "sha256": null, "matches": false},
	]}})
	r := rules_for(inp)
	"signing.artifact_digest_mismatch" in r
	"signing.artifact_missing" in r
}

test_manifest_scope_mismatch if {
	inp := fx.patch_item(fx.strong, "manifest", {"verification": {"manifest": {"product": "IC-30", "version": "5.4.4", "artifacts": []}}})
	r := rules_for(inp)
	"signing.manifest_product_mismatch" in r
	"signing.manifest_version_mismatch" in r
	"signing.manifest_empty" in r
}

test_missing_and_unverifiable if {
	"signing.manifest_missing" in rules_for(fx.without(fx.strong, "manifest"))
	"signing.manifest_unverifiable" in rules_for(fx.patch_item(fx.strong, "manifest", {"verification": null, "present": false}))
	"signing.signing_event_missing" in rules_for(fx.without(fx.strong, "signing-event"))
}

test_weak_level_assertion if {
	signing.level == 1 with input as fx.weak with data.trust as fx.trust
	contains(signing.level_reason, "claim") with input as fx.weak with data.trust as fx.trust
}

keyless_manifest(sig_patch) := fx.patch_item(fx.strong, "manifest", {"verification": {"signatures": [object.union_n([
	fx.certificate_signature,
	{"signedAt": "2026-10-02T10:00:30Z"},
	sig_patch,
])]}})

keyless_rules(inp) := r if {
	r := fx.rules(signing.findings) with input as inp with data.trust as fx.keyless_trust
}

test_keyless_manifest_verified if {
	inp := fx.with_record(keyless_manifest({}), "signing-event", object.union(fx.signing_event, {"keyId": "ic22-release-workflow"}))
	keyless_rules(inp) == set()
	reason := signing.level_reason with input as inp with data.trust as fx.keyless_trust
	contains(reason, "identity ic22-release-workflow")
}

# A GitHub Actions identity without sourceRepository would take a run of its workflow from any
# repository: it signs nothing, and the finding says what to pin.
test_keyless_manifest_identity_without_repository_signs_nothing if {
	trust := object.union(fx.keyless_trust, {"identities": [object.union(fx.release_identity, {"sourceRepository": null})]})
	inp := fx.with_record(keyless_manifest({}), "signing-event", object.union(fx.signing_event, {"keyId": "ic22-release-workflow"}))
	some f in signing.findings with input as inp with data.trust as trust
	f.rule == "signing.identity_unauthorized"
	f.severity == "violation"
	contains(f.message, "identity ic22-release-workflow (")
	contains(f.message, ") that signed manifest has no sourceRepository, so it would trust a run of its workflow from every repository")
	pinned := signing.level with input as inp with data.trust as fx.keyless_trust
	unpinned := signing.level with input as inp with data.trust as trust
	unpinned < pinned
}

test_keyless_manifest_untrusted_identity if {
	inp := keyless_manifest({"identity": {"issuer": "https://accounts.example.com"}})
	r := keyless_rules(inp)
	"signing.identity_untrusted" in r
	not "signing.key_unknown" in r
	some f in signing.findings with input as inp with data.trust as fx.keyless_trust
	f.rule == "signing.identity_untrusted"
	endswith(f.message, "is not a trusted identity: no identity has issuer https://accounts.example.com")
}

test_keyless_manifest_unauthorized_version if {
	trust := object.union(fx.keyless_trust, {"identities": [object.union(fx.release_identity, {"maxVersion": "5.4.2"})]})
	some f in signing.findings with input as keyless_manifest({}) with data.trust as trust
	f.rule == "signing.identity_unauthorized"
	contains(f.message, "is not authorized for version 5.4.3")
}

test_trusted_time_is_the_signing_time if {
	# the signing event says 10:00:00, the log says 12:00:00: the record disagrees
	inp := keyless_manifest({"signedAt": "2026-10-02T12:00:00Z"})
	some f in signing.findings with input as inp with data.trust as fx.keyless_trust
	f.rule == "signing.signing_event_time_mismatch"
	contains(f.message, "2026-10-02T12:00:00Z")

	# without a signing event the trusted time is enough
	not "signing.signing_event_missing" in keyless_rules(fx.without(inp, "signing-event"))
}

test_managed_key_bundle_validity_from_log_time if {
	# a key-signed bundle whose log time lies outside the key's validity
	sig := object.union(fx.manifest_verification.signatures[0], {"method": "key", "tlogEntries": [], "signedAt": "2027-02-01T00:00:00Z"})
	inp := fx.patch_item(fx.strong, "manifest", {"verification": {"signatures": [sig]}})
	some f in signing.findings with input as inp with data.trust as fx.trust
	f.rule == "signing.key_not_valid_at_signing"
	contains(f.message, "2027-02-01T00:00:00Z")
}

# A signing event of another release (here 5.4.4, signed later) is not this release's: reported,
# and neither its time nor its signer is taken (the manifest has no signing event left).
test_signing_event_of_another_release if {
	inp := fx.with_record(fx.strong, "signing-event", object.union(fx.signing_event, {"version": "5.4.4", "time": "2026-10-03T09:00:00Z"}))
	rules_for(inp) == {"signing.signing_event_scope_mismatch", "signing.signing_event_missing"}
	some f in signing.findings with input as inp with data.trust as fx.trust
	f.rule == "signing.signing_event_scope_mismatch"
	f.message == concat("", [
		"signing event signing-event is for IC-22 5.4.4, scope is IC-22 5.4.3: it records the ",
		"signing of another release, so its time and signer do not count",
	])
	lib.signing_instants == set() with input as inp
	lib.signers == set() with input as inp
	other := fx.with_record(fx.strong, "signing-event", object.union(fx.signing_event, {"product": "GW-7"}))
	"signing.signing_event_scope_mismatch" in rules_for(other)
}
