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
	some f in provenance.findings with input as patched({"signatures": [sig]}) with data.trust as fx.trust_with_other_product_key
	f.rule == "provenance.key_unauthorized"
	contains(f.message, "may not sign build-provenance")
	unknown := object.union(sig, {"keyId": "nobody"})
	"provenance.key_unauthorized" in rules_for(patched({"signatures": [unknown]}), fx.trust)
	revoked := fx.trust_with_key("ic22-provenance-2026", {"revoked": true})
	"provenance.key_unauthorized" in rules_for(fx.strong, revoked)
}

test_key_outside_its_version_or_validity if {
	some v in provenance.findings with input as fx.strong with data.trust as fx.trust_with_key("ic22-provenance-2026", {"maxVersion": "5.4.0"})
	v.rule == "provenance.key_unauthorized"
	contains(v.message, "is not authorized for version 5.4.3 (authorized 5.0.0 to 5.4.0)")
	some t in provenance.findings with input as fx.strong with data.trust as fx.trust_with_key("ic22-provenance-2026", {"validUntil": "2026-03-01T00:00:00Z"})
	t.rule == "provenance.key_unauthorized"
	contains(t.message, "was not valid at ")
	contains(t.message, "(valid 2026-01-01T00:00:00Z to 2026-03-01T00:00:00Z)")
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

keyless_rules(inp, trust) := rules_for(inp, trust)

keyless_with(sig_patch) := fx.patch_item(fx.keyless, "provenance", {"verification": {"signatures": [object.union(fx.certificate_signature, sig_patch)]}})

test_keyless_trusted_identity_verified if {
	keyless_rules(fx.keyless, fx.keyless_trust) == set()
	reason := provenance.level_reason with input as fx.keyless with data.trust as fx.keyless_trust
	contains(reason, "identity ic22-release-workflow")
	contains(reason, "Rekor log index 42")
}

test_keyless_untrusted_identity if {
	inp := keyless_with({"identity": {"subject": "https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/main"}})
	some f in provenance.findings with input as inp with data.trust as fx.keyless_trust
	f.rule == "provenance.identity_untrusted"
	contains(f.message, "https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/main")
	contains(f.message, "Rekor log index 42")

	# and the predicate's builder claims the trusted workflow: the certificate decides
	"provenance.builder_not_signer" in keyless_rules(inp, fx.keyless_trust)
}

# A reusable workflow called from another repository: the SAN is the trusted workflow's, the
# source repository the caller's; the message names the field that failed.
test_keyless_untrusted_caller_names_the_repository if {
	inp := keyless_with({"identity": {"sourceRepository": "https://github.com/mallory/fork"}})
	msgs := {f.message | some f in provenance.findings with input as inp with data.trust as fx.keyless_trust; f.rule == "provenance.identity_untrusted"}
	msgs == {concat("", [
		"certificate identity ", fx.builder, " (issuer ", fx.github_issuer,
		", source repository https://github.com/mallory/fork) that signed provenance (Rekor log index 42)",
		" is not a trusted identity: its sourceRepository is https://github.com/mallory/fork,",
		" identity ic22-release-workflow expects https://github.com/supplier/ic22-firmware",
	])}
}

# Without sourceRepository the same caller would be trusted: the identity signs nothing, and the
# finding names the caller's repository and what to pin.
test_keyless_identity_without_repository_signs_nothing if {
	trust := object.union(fx.keyless_trust, {"identities": [object.union(fx.release_identity, {"sourceRepository": null})]})
	inp := keyless_with({"identity": {"sourceRepository": "https://github.com/mallory/fork"}})
	some f in provenance.findings with input as inp with data.trust as trust
	f.rule == "provenance.identity_unauthorized"
	f.severity == "violation"
	contains(f.message, "source repository https://github.com/mallory/fork)")
	contains(f.message, "has no sourceRepository, so it would trust a run of its workflow from every repository")
	pinned := provenance.level with input as fx.keyless with data.trust as fx.keyless_trust
	unpinned := provenance.level with input as fx.keyless with data.trust as trust
	unpinned < pinned
}

test_keyless_untrusted_identity_does_not_ask_for_the_builder if {
	untrusted := {"identity": {"subject": "https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/main"}}
	inp := fx.patch_item(keyless_with(untrusted), "provenance", {"verification": {"slsa": {"builderId": "https://github.com/actions/runner/github-hosted"}}})
	r := keyless_rules(inp, fx.keyless_trust)
	"provenance.identity_untrusted" in r
	not "provenance.builder_untrusted" in r
}

test_keyless_identity_unauthorized if {
	trust := object.union(fx.keyless_trust, {"identities": [object.union(fx.release_identity, {"usage": ["update-manifest"], "products": ["IC-30"]})]})
	msgs := {f.message | some f in provenance.findings with input as fx.keyless with data.trust as trust; f.rule == "provenance.identity_unauthorized"}
	some m1 in msgs
	contains(m1, "may not sign build-provenance")
	some m2 in msgs
	contains(m2, "is not authorized for product IC-22")
}

test_keyless_generic_builder_accepted if {
	inp := fx.patch_item(fx.keyless, "provenance", {"verification": {"slsa": {"builderId": "https://github.com/actions/runner/github-hosted"}}})
	keyless_rules(inp, fx.keyless_trust) == set()
	reason := provenance.level_reason with input as inp with data.trust as fx.keyless_trust
	contains(reason, "builder https://github.com/actions/runner/github-hosted")
}

test_key_signed_generic_builder_still_needs_builders_list if {
	inp := patched({"slsa": {"builderId": "https://github.com/actions/runner/github-hosted"}})
	"provenance.builder_untrusted" in rules_for(inp, fx.trust)
}

test_payload_and_statement_type if {
	r := rules_for(patched({"payloadType": "application/json", "statement": {"type": "https://in-toto.io/Statement/v0.1"}}), fx.trust)
	"provenance.payload_type" in r
	"provenance.statement_type" in r
}

test_slsa_v02_reported if {
	inp := patched({"statement": {"predicateType": "https://slsa.dev/provenance/v0.2"}, "slsa": null})
	some f in provenance.findings with input as inp with data.trust as fx.trust
	f.rule == "provenance.predicate_type"
	contains(f.message, "SLSA Provenance v0.2 is recognised but not supported")
}

test_sha512_only_subjects if {
	inp := patched({
		"statement": {"subjects": [{"name": "pkg:npm/sigstore@2.1.0", "sha256": null, "algorithms": ["sha512"]}]},
		"artifactsInSubjects": [{"name": "ic22-5.4.3.bin", "sha256": fx.digest_a, "inSubjects": false}],
	})
	r := rules_for(inp, fx.trust)
	"provenance.subjects_without_sha256" in r
	not "provenance.artifact_not_in_subjects" in r
}

test_no_subjects_binds_no_artifact if {
	inp := patched({
		"statement": {"subjects": []},
		"artifactsInSubjects": [{"name": "ic22-5.4.3.bin", "sha256": fx.digest_a, "inSubjects": false}],
	})
	some f in provenance.findings with input as inp with data.trust as fx.trust
	f.rule == "provenance.artifact_not_in_subjects"
	contains(f.message, "has no subjects")
	not provenance.verified with input as inp with data.trust as fx.trust
}

test_unverified_reason_in_message if {
	inp := patched({"signatures": [{"source": "a.jsonl", "verified": false, "keyId": null, "keyFingerprint": null, "algorithm": null, "reason": "TIMESTAMP_ERROR: no trusted time"}]})
	some f in provenance.findings with input as inp with data.trust as fx.trust
	f.rule == "provenance.signature_unverified"
	contains(f.message, "TIMESTAMP_ERROR: no trusted time")
}

# Several candidate attestations (a .jsonl, a GitHub answer): the item is judged on the first a
# trusted signer signed, whatever their order; the others are listed with why they do not count.
candidate(n, identity_patch) := object.union(fx.item_of(fx.keyless, "provenance").verification, {"signatures": [object.union(
	fx.certificate_signature,
	{"source": concat("", ["attestation.jsonl#", n]), "identity": identity_patch},
)]})

from_fork := {"sourceRepository": "https://github.com/mallory/fork"}

with_candidates(cs) := fx.patch_item(fx.keyless, "provenance", {"verification": cs[0], "alternatives": array.slice(cs, 1, count(cs))})

other_attestations(inp) := [f.message |
	some f in provenance.findings with input as inp with data.trust as fx.keyless_trust
	f.rule == "provenance.other_attestations"
]

fork_reason := concat("", [
	"signed by certificate identity ", fx.builder, " (issuer ", fx.github_issuer,
	", source repository https://github.com/mallory/fork), not a trusted identity: its sourceRepository is",
	" https://github.com/mallory/fork, identity ic22-release-workflow expects https://github.com/supplier/ic22-firmware",
])

test_candidates_judged_on_the_trusted_one_whatever_the_order if {
	fork_first := with_candidates([candidate("1", from_fork), candidate("2", {})])
	keyless_rules(fork_first, fx.keyless_trust) == {"provenance.other_attestations"}
	provenance.level == 4 with input as fork_first with data.trust as fx.keyless_trust
	other_attestations(fork_first) == [concat("", [
		"provenance: 2 attestations name a manifest artifact; judged attestation.jsonl#2 (signed by a trusted",
		" signer authorized for build provenance); not judged: attestation.jsonl#1: ", fork_reason,
	])]

	trusted_first := with_candidates([candidate("1", {}), candidate("2", from_fork)])
	keyless_rules(trusted_first, fx.keyless_trust) == {"provenance.other_attestations"}
	other_attestations(trusted_first) == [concat("", [
		"provenance: 2 attestations name a manifest artifact; judged attestation.jsonl#1 (signed by a trusted",
		" signer authorized for build provenance); not judged: attestation.jsonl#2: ", fork_reason,
	])]
}

test_candidates_none_trusted_judged_on_the_first if {
	unverified := object.union(candidate("2", {}), {"signatures": [{
		"source": "attestation.jsonl#2", "verified": false, "keyId": null, "keyFingerprint": null,
		"algorithm": null, "reason": "CERTIFICATE_ERROR: Failed to verify certificate chain", "method": "certificate",
	}]})
	inp := with_candidates([candidate("1", from_fork), unverified])
	"provenance.identity_untrusted" in keyless_rules(inp, fx.keyless_trust)
	other_attestations(inp) == [concat("", [
		"provenance: 2 attestations name a manifest artifact; judged attestation.jsonl#1 (the first: none is",
		" signed by a trusted signer authorized for build provenance); not judged: attestation.jsonl#2: does not",
		" verify: CERTIFICATE_ERROR: Failed to verify certificate chain",
	])]
}

test_candidates_listed_up_to_five if {
	cs := array.concat([candidate("1", {})], [candidate(format_int(n, 10), {}) | some n in numbers.range(2, 8)])
	[m] := other_attestations(with_candidates(cs))
	contains(m, "8 attestations name a manifest artifact; judged attestation.jsonl#1")
	contains(m, "attestation.jsonl#6: also signed by a trusted signer; the first such one is judged; and 2 more")
	not contains(m, "attestation.jsonl#7")
}

test_candidate_unauthorized_and_key_signed if {
	unauthorized := object.union(fx.keyless_trust, {"identities": [object.union(fx.release_identity, {"products": ["IC-30"]})]})
	inp := with_candidates([candidate("1", {}), candidate("2", {})])
	[m] := [f.message |
		some f in provenance.findings with input as inp with data.trust as unauthorized
		f.rule == "provenance.other_attestations"
	]
	contains(m, "attestation.jsonl#2: signed by identity ic22-release-workflow (")
	contains(m, "), which is not authorized for product IC-22")

	keyed := with_candidates([candidate("1", from_fork), fx.item_of(fx.strong, "provenance").verification])
	provenance.level == 4 with input as keyed with data.trust as object.union(fx.trust, {"identities": [fx.release_identity]})
}

# Keyless provenance that did not verify: one clear finding, not the builders list as well.
test_keyless_unverified_is_one_finding if {
	unverified := {"verified": false, "reason": "TIMESTAMP_ERROR: timestamp could not be verified", "identity": null, "tlogEntries": []}
	inp := keyless_with(unverified)
	keyless_rules(inp, fx.keyless_trust) == {"provenance.signature_unverified"}

	# A key-signed envelope that does not verify is still judged against the builders list.
	key_signed := patched({"signatures": [{"source": "envelope#0", "verified": false, "keyId": null, "keyFingerprint": null, "algorithm": null, "reason": "bad"}]})
	"provenance.builder_untrusted" in rules_for(key_signed, object.union(fx.trust, {"builders": []}))
}

# The trust with the seed's builder pinned to these keys (builders[].keys).
builder_keys(keys) := object.union(fx.trust, {"builders": [object.union(b, {"keys": keys}) | some b in fx.trust.builders]})

test_a_builder_that_names_its_keys_signs_its_provenance_with_them if {
	rules_for(fx.strong, builder_keys(["ic22-provenance-2026"])) == set()
	rules_for(fx.strong, builder_keys(["ic22-provenance-2026", "other"])) == set()
}

test_provenance_claiming_a_builder_signed_by_another_key if {
	trust := builder_keys(["builder-hsm-2026"])
	{f.message | some f in provenance.findings; f.rule == "provenance.builder_not_signer"} == {concat("", [
		"provenance claims builder ", fx.trust.builders[0].id,
		" but was signed by key ic22-provenance-2026, not one of the builder's keys (builder-hsm-2026)",
	])} with input as fx.strong with data.trust as trust
	provenance.level == 3 with input as fx.strong with data.trust as trust
}

test_a_builder_without_keys_is_claimed_by_any_allowed_key if {
	rules_for(fx.strong, builder_keys(null)) == set()
}
