package update_gate.test.controls.provenance_test

import data.update_gate.controls.provenance
import data.update_gate.test.fixtures_test as fx

rules_for(inp, trust) := r if {
	r := fx.rules(provenance.findings) with input as inp with data.trust as trust
}

patched(patch) := fx.patch_item(fx.strong, "provenance", {"verification": patch})

test_strong_verified if {
	rules_for(fx.strong, fx.trust) == set()
	provenance.level == 4 with input as fx.strong with data.trust as fx.trust
	startswith(provenance.level_reason, "verified") with input as fx.strong with data.trust as fx.trust
}

test_missing_and_unverifiable if {
	"provenance.missing" in rules_for(fx.without(fx.strong, "provenance"), fx.trust)
	"provenance.unverifiable" in rules_for(fx.patch_item(fx.strong, "provenance", {"verification": null}), fx.trust)
}

test_unverified_signature if {
	inp := patched({"signatures": [{"source": "envelope#0", "verified": false, "keyId": null, "keyFingerprint": null, "algorithm": null, "reason": "bad"}]})
	"provenance.signature_unverified" in rules_for(inp, fx.trust)
}

test_key_unauthorized if {
	sig := object.union(fx.provenance_verification.signatures[0], {"keyId": "ic30-release-2026"})
	some f in provenance.findings with input as patched({"signatures": [sig]}) with data.trust as fx.trust
	f.rule == "provenance.key_unauthorized"
	contains(f.message, "may not sign build provenance")
	unknown := object.union(sig, {"keyId": "nobody"})
	"provenance.key_unauthorized" in rules_for(patched({"signatures": [unknown]}), fx.trust)
	revoked := fx.trust_with_key("ic22-build-2026", {"revoked": true})
	"provenance.key_unauthorized" in rules_for(fx.strong, revoked)
}

test_predicate_builder_subjects if {
	inp := patched({
		"statement": {"predicateType": "https://example.com/other"},
		"slsa": {"builderId": "https://evil.example/builder"},
		"artifactsInSubjects": [{"name": "ic22-5.4.3.bin", "sha256": fx.digest_a, "inSubjects": false}],
	})
	r := rules_for(inp, fx.trust)
	"provenance.predicate_type" in r
	"provenance.builder_untrusted" in r
	"provenance.artifact_not_in_subjects" in r
	provenance.level == 3 with input as inp with data.trust as fx.trust
}

test_subjects_unchecked if {
	"provenance.subjects_unchecked" in rules_for(patched({"artifactsInSubjects": []}), fx.trust)
}
