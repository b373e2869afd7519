package update_gate.lib_test

import data.update_gate.lib
import data.update_gate.test.fixtures_test as fx
import data.update_gate.timeline

test_versions if {
	lib.version_lt("5.4.2", "5.4.10")
	not lib.version_lt("5.4.10", "5.4.2")
	lib.version_lte("5.4.2", "5.4.2")
	not lib.version_lt("x", "5.4.2")
	lib.valid_version("1.2.3")
	not lib.valid_version(123)
}

generic := {"package": {"scope": {"versionScheme": "generic"}}}

test_generic_versions if {
	lib.version_lt("2.4", "2.6") with input as generic
	lib.version_lt("2.9", "2.10") with input as generic
	lib.version_lt("2.4", "2.4.1") with input as generic
	lib.version_cmp("2.4", "2.4") == 0 with input as generic
	lib.version_cmp("4.2-rc1", "4.2") == 1 with input as generic
	lib.version_cmp("4.2a", "4.2.1") == -1 with input as generic
	lib.version_cmp("1.b", "1.a") == 1 with input as generic
	lib.valid_version("2.4") with input as generic
	not lib.valid_version("2.4") with input as {"package": {"scope": {"versionScheme": "semver"}}}
	not lib.valid_version(" 2.4") with input as generic
}

test_time if {
	lib.ns("2026-10-01T11:00:00+02:00") == lib.ns("2026-10-01T09:00:00Z")
}

test_evidence_reason_none if {
	lib.evidence_reason("signing") == "level 1: no evidence" with input as {"evidence": []}
}

test_time_order_without_host_calls if {
	lib.time_key("2026-10-02T10:00:00Z") == "2026-10-02T10:00:00000000000"
	lib.time_key("2026-10-02T10:00:00.5Z") == "2026-10-02T10:00:00500000000"
	lib.time_lt("2026-10-02T10:00:00Z", "2026-10-02T10:00:00.5Z")
	not lib.time_lt("2026-10-02T10:00:00.5Z", "2026-10-02T10:00:00Z")
	lib.time_lte("2026-10-02T10:00:00Z", "2026-10-02T10:00:00Z")
	not lib.time_lt("2026-10-02T10:00:00Z", "2026-10-02T10:00:00Z")
}

test_time_order_falls_back_to_parsing if {
	not lib.time_key("2026-10-02T12:00:00+02:00")
	lib.time_lt("2026-10-02T11:30:00+02:00", "2026-10-02T10:00:00Z")
	lib.time_lte("2026-10-02T12:00:00+02:00", "2026-10-02T10:00:00Z")
	not lib.time_lt("not a time", "2026-10-02T10:00:00Z")
}

test_versions_plain_and_semver if {
	lib.version_parts("5.4.10") == [5, 4, 10]
	not lib.version_parts("05.4.1")
	lib.version_parts("100000000000000.0.999999999999999") == [100000000000000, 0, 999999999999999]
	not lib.version_parts("1000000000000000.0.0")
	not lib.version_parts("0.0.1000000000000000")
	not lib.version_parts("1.2.3.4")
	not lib.version_parts("1.2.")
	lib.version_lt("5.9.9", "10.0.0")
	lib.version_lt("1.0.0-rc.1", "1.0.0")
	lib.version_lte("1.0.0-rc.1", "1.0.0-rc.1")
	not lib.version_lte("1.0.1", "1.0.0")
	lib.valid_version("1.0.0-rc.1")
	not lib.valid_version("1.0")
}

test_sorted_equals_sort if {
	small := [3, 1, 2]
	lib.sorted(small) == [1, 2, 3]
	big := [x | some i in numbers.range(0, 599); x := (i * 7919) % 1000]
	lib.sorted(big) == sort(big)
	ids := {concat("", ["cfg-", format_int((i * 31) % 997, 10)]) | some i in numbers.range(0, 499)}
	lib.sorted(ids) == sort(ids)
	dups := [x | some i in numbers.range(0, 299); x := [i % 3, "a"]]
	lib.sorted(dups) == sort(dups)
}

# The checks that replace regex.match accept exactly what the patterns they replace match.

test_normal_time_is_the_pattern if {
	cases := [
		"2026-10-02T10:00:00Z", "2026-10-02T10:00:00.5Z", "2026-10-02T10:00:00.12Z", "2026-10-02T10:00:00.123Z",
		"2026-10-02T10:00:00.1234Z", "2026-10-02T10:00:00.12345Z", "2026-10-02T10:00:00.123456Z",
		"2026-10-02T10:00:00.1234567Z", "2026-10-02T10:00:00.12345678Z", "2026-10-02T10:00:00.123456789Z",
		"2026-10-02T10:00:00.1234567890Z", "2026-10-02T10:00:00.Z", "2026-10-02T10:00:00",
		"2026-10-02T10:00:00+02:00", "2026-10-02t10:00:00Z", "2026-10-02 10:00:00Z",
		"2026/10/02T10:00:00Z", "2026-10-02T10-00:00Z", "226-10-02T10:00:00Z", "20260-10-02T10:00:00Z",
		"2026-1a-02T10:00:00Z", "2026-10-02T10:00:0xZ", "2026-10-02T10:00:00.5aZ", "2026-10-02T10:00:00,5Z",
		"2026-10-02T10:00:00ZZ", "2026-10-02T10:00:00.5ZZ", "x2026-10-02T10:00:00Z", "", "Z",
		"２026-10-02T10:00:00Z", "2026-10-02T10:00:00.５Z", "2026-10-02T10:00:00Zé",
	]
	{s | some s in cases; lib.normal_time(s)} == {s | some s in cases; regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z$`, s)}
	not lib.time_key(20261002)
}

test_plain_versions_are_the_pattern if {
	cases := [
		"0.0.0", "5.4.10", "10.20.30", "05.4.1", "5.04.1", "5.4.00", "1.2", "1.2.3.4", "1.2.", ".1.2",
		"1..2", "1.2.3-rc.1", "1.2.3+b", "a.b.c", "-1.2.3", "1.2.3 ", " 1.2.3", "١.2.3", "",
	]
	{s | some s in cases; lib.version_parts(s)} == {s | some s in cases; regex.match(`^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$`, s)}
	not lib.version_parts(123)
}

test_generic_versions_are_the_pattern if {
	long := concat("", ["a", concat("", [x | some _ in numbers.range(1, 255); x := "1"])])
	cases := [
		"2.4", "4.2-rc1", "a", "Z9", "0.+~_-", long, concat("", [long, "2"]), ".1", "-1", "_a", "~a",
		"+a", "", "1 2", "1/2", "1:2", "é1", "1é", "1.2,3",
	]
	{s | some s in cases; lib.generic_version(s)} == {s | some s in cases; regex.match(`^[0-9A-Za-z][0-9A-Za-z.+~_-]{0,255}$`, s)}
	lib.valid_version(long) with input as generic
	not lib.valid_version(concat("", [long, "2"])) with input as generic
}

test_digits_is_the_pattern if {
	cases := ["0", "0123456789", "", "1a", "a1", " 1", "1 ", "-1", "1.0", "٣"]
	{s | some s in cases; lib.digits(s)} == {s | some s in cases; regex.match(`^[0-9]+$`, s)}
	not lib.digits(1)
}

test_int_text_is_format_int if {
	every n in [0, 1, 5, 9, 10, 42, 1000, 123456789] {
		lib.int_text(n) == format_int(n, 10)
	}
}

# The build's start, else its finish, of each build provenance whose signature verified.
test_build_instants if {
	lib.build_instants == {{"time": "2026-10-01T08:00:00Z", "evidence": "provenance"}} with input as fx.strong
	finished := fx.patch_item(fx.strong, "provenance", {"verification": {"slsa": {"startedOn": null}}})
	lib.build_instants == {{"time": "2026-10-01T08:20:00Z", "evidence": "provenance"}} with input as finished
	sigs := [object.union(s, {"verified": false}) | some s in fx.provenance_verification.signatures]
	unverified := fx.patch_item(fx.strong, "provenance", {"verification": {"signatures": sigs}})
	lib.build_instants == set() with input as unverified
}

# Every record kind may be signed, affected-versions included (signed by usage alone, like signing
# events and notifications); without requirements.signedRecords every kind must be signed.
test_affected_versions_is_a_signed_record_kind if {
	"affected-versions" in lib.record_kinds
	"affected-versions" in lib.usage_signed_kinds
	unset := object.union(object.remove(fx.trust, ["requirements"]), {"requirements": object.remove(fx.trust.requirements, ["signedRecords"])})
	lib.signed_record_kinds == lib.record_kinds with data.trust as unset
	lib.signature_required("affected-versions") with data.trust as unset
	not lib.signature_required("affected-versions") with data.trust as fx.trust

	e := fx.item_of(fx.signed, "affected-versions")
	lib.authentic(e) with input as fx.signed with data.trust as fx.signed_trust
	lib.signers_of("affected-versions") == {{"key": "ic22-release-records-2026"}} with input as fx.signed with data.trust as fx.signed_trust

	# A key trusted, but not for affected-versions, authenticates nothing: the mapping is refused.
	no_usage := fx.signed_trust_with_key("ic22-release-records-2026", {"usage": ["signing-event"]})
	not lib.authentic(e) with input as fx.signed with data.trust as no_usage
	lib.refused_records["affected-versions"] with input as fx.signed with data.trust as no_usage
}

# A certificate no identity matches: the message says which field failed.
test_mismatch_reason_names_the_field if {
	cert := object.union(fx.certificate_signature.identity, {"sourceRepository": "https://github.com/mallory/fork", "sourceRef": "refs/heads/x"})
	pinned := object.union(fx.release_identity, {"sourceRef": "refs/heads/main"})
	lib.mismatch_reason(cert) == concat("; ", [
		"its sourceRef is refs/heads/x, identity ic22-release-workflow expects refs/heads/main",
		"its sourceRepository is https://github.com/mallory/fork, identity ic22-release-workflow expects https://github.com/supplier/ic22-firmware",
	]) with data.trust as object.union(fx.keyless_trust, {"identities": [pinned]})

	other_san := object.union(cert, {"subject": "https://github.com/x/y/.github/workflows/z.yml@refs/heads/main"})
	no_san := concat("", ["no identity with issuer ", fx.github_issuer, " matches its SAN (subject or subjectPattern)"])
	lib.mismatch_reason(other_san) == no_san with data.trust as fx.keyless_trust

	other_issuer := object.union(cert, {"issuer": "https://accounts.example"})
	lib.mismatch_reason(other_issuer) == "no identity has issuer https://accounts.example" with data.trust as fx.keyless_trust
	lib.mismatch_reason(object.union(cert, {"issuer": null})) == "no identity has issuer (none)" with data.trust as fx.keyless_trust
}

test_identity_label_names_the_source_repository if {
	cert := fx.certificate_signature.identity
	lib.identity_label(cert) == concat("", [cert.subject, " (issuer ", fx.github_issuer, ", source repository https://github.com/supplier/ic22-firmware)"])
	lib.identity_label(object.union(cert, {"sourceRepository": null})) == concat("", [cert.subject, " (issuer ", fx.github_issuer, ")"])
}

# A GitHub Actions identity without sourceRepository trusts every caller of its workflow.
test_unpinned_identities_sign_nothing if {
	cert := fx.certificate_signature.identity
	unpinned := object.union(fx.release_identity, {"sourceRepository": null})
	count(lib.unpinned_problems(unpinned)) == 1
	lib.unpinned_problems(fx.release_identity) == set()
	lib.authorized_identities(cert, "build-provenance") == [] with data.trust as object.union(fx.keyless_trust, {"identities": [unpinned]})
	lib.authorized_identities(cert, "build-provenance") == ["ic22-release-workflow"] with data.trust as fx.keyless_trust

	# Another issuer's identity is not GitHub's concern.
	mail := object.union(unpinned, {"issuer": "https://accounts.example"})
	lib.unpinned_problems(mail) == set()
}

# A build provenance of several candidate attestations is judged on the first a trusted signer
# signed: lib.evidence (and what reads it) sees that one as its verification, no alternatives.
test_evidence_judged_on_a_trusted_candidate if {
	trusted := fx.item_of(fx.keyless, "provenance").verification
	fork := object.union(trusted, {"signatures": [object.union(fx.certificate_signature, {
		"source": "attestation.jsonl#1",
		"identity": {"sourceRepository": "https://github.com/mallory/fork"},
		"tlogEntries": [{"logId": "x", "logIndex": "7", "integratedTime": "2026-10-01T08:35:00Z"}],
	})]})
	inp := fx.patch_item(fx.keyless, "provenance", {"verification": fork, "alternatives": [trusted]})
	judged := lib.evidence_by_id.provenance with input as inp with data.trust as fx.keyless_trust
	judged.verification == trusted
	not "alternatives" in object.keys(judged)
	[e.verification | some e in lib.of_kind("build-provenance")] == [trusted] with input as inp with data.trust as fx.keyless_trust

	# The timeline reads the judged candidate's log times, not those of the one set aside.
	logged := {h.what | some h in timeline.happened; contains(h.what, "transparency-log")} with input as inp with data.trust as fx.keyless_trust
	logged == {"transparency-log integrated time (log index 42) of provenance"}

	# No trusted one: the first.
	lib.evidence_by_id.provenance.verification == fork with input as inp with data.trust as object.union(fx.keyless_trust, {"identities": []})
}

# runnerEnvironment (gh attestation verify --deny-self-hosted-runners): when an identity sets it,
# the certificate's runner environment extension must be that value; one without it matches not.
test_runner_environment_pin if {
	cert := fx.certificate_signature.identity
	hosted := {"identities": [object.union(fx.release_identity, {"runnerEnvironment": "github-hosted"})]}
	trust := object.union(fx.keyless_trust, hosted)
	[i.id | some i in lib.matching_identities(cert)] == ["ic22-release-workflow"] with data.trust as trust

	self_hosted := object.union(cert, {"runnerEnvironment": "self-hosted"})
	lib.matching_identities(self_hosted) == [] with data.trust as trust
	lib.mismatch_reason(self_hosted) == "its runnerEnvironment is self-hosted, identity ic22-release-workflow expects github-hosted" with data.trust as trust

	# Byte for byte: no case folding.
	lib.matching_identities(object.union(cert, {"runnerEnvironment": "GitHub-hosted"})) == [] with data.trust as trust

	# A certificate without the extension (null in the facts, or the field left out).
	unnamed := object.union(cert, {"runnerEnvironment": null})
	lib.matching_identities(unnamed) == [] with data.trust as trust
	lib.matching_identities(object.remove(cert, ["runnerEnvironment"])) == [] with data.trust as trust
	lib.mismatch_reason(unnamed) == "its runnerEnvironment is (none), identity ic22-release-workflow expects github-hosted" with data.trust as trust

	# Not pinned: any runner, or none.
	count(lib.matching_identities(self_hosted)) == 1 with data.trust as fx.keyless_trust
	count(lib.matching_identities(unnamed)) == 1 with data.trust as fx.keyless_trust
}

# {version} in sourceRef is the update's target version (slsa-verifier's --source-tag v<version>).
versioned_trust := object.union(fx.keyless_trust, {"identities": [object.union(fx.release_identity, {"sourceRef": "refs/tags/v{version}"})]})

tagged(ref) := object.union(fx.certificate_signature.identity, {"sourceRef": ref})

test_versioned_source_ref_is_the_target_version if {
	fx.keyless.package.scope.toVersion == "5.4.3"
	[i.id | some i in lib.matching_identities(tagged("refs/tags/v5.4.3"))] == ["ic22-release-workflow"] with input as fx.keyless with data.trust as versioned_trust

	# Another version's tag, the placeholder as written, or the branch: none matches.
	every ref in ["refs/tags/v5.4.2", "refs/tags/v5.4.3-rc.1", "refs/tags/v{version}", "refs/heads/main"] {
		lib.matching_identities(tagged(ref)) == [] with input as fx.keyless with data.trust as versioned_trust
	}
	older := "its sourceRef is refs/tags/v5.4.2, identity ic22-release-workflow expects refs/tags/v5.4.3"
	lib.mismatch_reason(tagged("refs/tags/v5.4.2")) == older with input as fx.keyless with data.trust as versioned_trust

	# Every occurrence stands for the version.
	twice := object.union(fx.keyless_trust, {"identities": [object.union(fx.release_identity, {"sourceRef": "refs/tags/{version}/v{version}"})]})
	count(lib.matching_identities(tagged("refs/tags/5.4.3/v5.4.3"))) == 1 with input as fx.keyless with data.trust as twice
}

test_source_ref_without_placeholder_stays_exact if {
	exact := object.union(fx.keyless_trust, {"identities": [object.union(fx.release_identity, {"sourceRef": "refs/tags/v5.4.2"})]})
	count(lib.matching_identities(tagged("refs/tags/v5.4.2"))) == 1 with input as fx.keyless with data.trust as exact
	lib.matching_identities(tagged("refs/tags/v5.4.3")) == [] with input as fx.keyless with data.trust as exact
}

# No target version to put in {version}: the identity matches nothing (fail closed), and the
# message says why.
test_versioned_source_ref_without_target_version if {
	no_version := json.remove(fx.keyless, ["package/scope/toVersion"])
	not "toVersion" in object.keys(no_version.package.scope)
	every ref in ["refs/tags/v5.4.3", "refs/tags/v{version}", "refs/tags/v"] {
		lib.matching_identities(tagged(ref)) == [] with input as no_version with data.trust as versioned_trust
	}
	why := concat("", [
		"its sourceRef is refs/tags/v5.4.3, identity ic22-release-workflow expects refs/tags/v{version}, ",
		"and the update names no target version (package.scope.toVersion) for {version}",
	])
	lib.mismatch_reason(tagged("refs/tags/v5.4.3")) == why with input as no_version with data.trust as versioned_trust

	# A target version that is not a string counts as none.
	numeric := fx.patch_package(fx.keyless, {"scope": {"toVersion": 5}})
	lib.matching_identities(tagged("refs/tags/v5")) == [] with input as numeric with data.trust as versioned_trust
}
