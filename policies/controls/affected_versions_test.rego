package update_gate.test.controls.affected_versions_test

import data.update_gate.controls.affected_versions as av
import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

rules_for(inp) := r if {
	r := fx.rules(av.findings) with input as inp with data.trust as fx.trust
}

with_vuln(patch) := fx.with_record(fx.strong, "affected-versions", object.union(fx.affected, {"vulnerabilities": [object.union(fx.affected.vulnerabilities[0], patch)]}))

test_strong_verified if {
	rules_for(fx.strong) == set()
	av.level == 4 with input as fx.strong with data.trust as fx.trust
	contains(av.level_reason, "VULN-2026-014 mapped to records; 5.4.2 affected, 5.4.3 fixed (semver versions)") with input as fx.strong with data.trust as fx.trust
}

test_open_ended_and_introduced_zero if {
	rules_for(with_vuln({"ranges": [{"introduced": "0", "fixed": "5.4.3"}]})) == set()
}

test_from_version_not_affected if {
	"affected_versions.from_version_not_affected" in rules_for(with_vuln({"ranges": [{"introduced": "5.4.0", "fixed": "5.4.1"}], "fixedIn": "5.4.1"}))
}

test_to_version_still_affected if {
	r := rules_for(with_vuln({"ranges": [{"introduced": "5.2.0", "fixed": null}], "fixedIn": null}))
	r == {"affected_versions.to_version_affected"}
	"affected_versions.to_version_affected" in rules_for(with_vuln({"fixedIn": "5.4.4"}))
}

test_unmapped_and_record_missing if {
	inp := fx.patch_package(with_vuln({"record": ""}), {"scope": {"vulnerabilities": ["VULN-2026-014", "VULN-2026-099"]}})
	r := rules_for(inp)
	"affected_versions.vulnerability_unmapped" in r
	"affected_versions.record_missing" in r
}

test_invalid_version if {
	"affected_versions.invalid_version" in rules_for(with_vuln({"ranges": [{"introduced": "five", "fixed": "5.4.3"}]}))
}

test_missing_and_product if {
	"affected_versions.missing" in rules_for(fx.without(fx.strong, "affected-versions"))
	"affected_versions.product_mismatch" in rules_for(fx.with_record(fx.strong, "affected-versions", object.union(fx.affected, {"product": "IC-30"})))
}

# A supplier document (VexDocument facts) in place of the YAML record.
statement(patch) := object.union(
	{
		"vulnerability": "VULN-2026-014", "statement": "/statements/0/products/0",
		"product": "pkg:generic/ic-22@5.4.2", "identifier": "purl pkg:generic/ic-22",
		"status": "affected", "justification": null, "allVersions": false,
		"versions": ["5.4.2"], "vers": [], "ranges": [],
		"fromVersion": "affected", "toVersion": null,
	},
	patch,
)

document(statements) := {
	"kind": "VexDocument", "format": "openvex", "document": "https://supplier.example/vex/1",
	"versionScheme": "semver", "vulnerabilities": ["VULN-2026-014"], "statements": statements,
	"notThisProduct": [], "notThisProductCount": 0, "unsupported": [],
}

with_document(statements) := fx.with_record(fx.strong, "affected-versions", document(statements))

# `inp` with one more affected-versions item, id csaf, whose record is `record`.
with_second_document(inp, record) := object.union(inp, {"evidence": array.concat(inp.evidence, [{
	"id": "csaf", "kind": "affected-versions", "file": "csaf.json", "producer": "psirt",
	"time": null, "controls": [], "present": true, "sha256": fx.digest_b, "statement": null,
	"record": record, "verification": null,
}])})

fixed_to := statement({"statement": "/statements/1/products/0", "status": "fixed", "versions": ["5.4.3"], "fromVersion": null, "toVersion": "fixed"})

test_document_verified if {
	inp := with_document([statement({}), fixed_to])
	rules_for(inp) == set()
	av.level == 4 with input as inp with data.trust as fx.trust
	contains(av.level_reason, "(semver versions)") with input as inp with data.trust as fx.trust
}

test_document_from_not_affected if {
	says_not := statement({"status": "not_affected", "fromVersion": "not_affected", "justification": "component_not_present"})
	r := rules_for(with_document([says_not, fixed_to]))
	r == {"affected_versions.from_version_not_affected"}
}

test_document_to_version_affected_and_not_covered if {
	"affected_versions.to_version_affected" in rules_for(with_document([statement({"toVersion": "affected"})]))
	unsure := statement({"status": "under_investigation", "fromVersion": null, "toVersion": "under_investigation"})
	"affected_versions.to_version_affected" in rules_for(with_document([statement({}), unsure]))
	rules_for(with_document([statement({})])) == {"affected_versions.to_version_not_covered"}
}

test_document_justification if {
	no_reason := statement({"status": "not_affected", "fromVersion": null, "toVersion": "not_affected"})
	rules_for(with_document([statement({}), no_reason])) == {"affected_versions.justification_missing"}
	blank := object.union(no_reason, {"justification": " \t\n"})
	rules_for(with_document([statement({}), blank])) == {"affected_versions.justification_missing"}
	with_reason := object.union(no_reason, {"justification": "vulnerable_code_not_in_execute_path"})
	inp := with_document([statement({}), with_reason])
	rules_for(inp) == set()

	# The level reason says what the documents say of the to-version.
	reason := av.level_reason with input as inp with data.trust as fx.trust
	contains(reason, "5.4.2 affected, 5.4.3 not affected (semver versions)")
	both := av.level_reason with input as with_document([statement({}), with_reason, fixed_to]) with data.trust as fx.trust
	contains(both, "5.4.3 fixed or not affected")
}

test_blank_record_id if {
	"affected_versions.record_missing" in rules_for(with_vuln({"record": "  "}))
}

test_documents_contradict if {
	says_not := statement({
		"statement": "/vulnerabilities/0/product_status/known_not_affected/0",
		"status": "not_affected", "justification": "component_not_present", "fromVersion": "not_affected",
	})
	other := object.union(document([says_not]), {"format": "csaf"})
	inp := with_second_document(with_document([statement({}), fixed_to]), other)
	findings := av.findings with input as inp with data.trust as fx.trust
	some f in findings
	f.rule == "affected_versions.contradiction"
	f.evidence == ["affected-versions", "csaf"]
	contains(f.message, "affected-versions#/statements/0/products/0 says 5.4.2 is affected")
	contains(f.message, "csaf#/vulnerabilities/0/product_status/known_not_affected/0 says not_affected")
}

test_document_not_this_product_and_unsupported if {
	doc := object.union(document([statement({}), fixed_to]), {
		"notThisProduct": ["CSAFPID-0009 (Other 1.0)"], "notThisProductCount": 3,
		"unsupported": [{
			"statement": "/affected/0/ranges/1", "vulnerability": "VULN-2026-014", "status": "fixed",
			"product": "GIT/x", "reason": "GIT ranges need the repository commit graph",
		}],
	})
	findings := av.findings with input as fx.with_record(fx.strong, "affected-versions", doc) with data.trust as fx.trust
	some f in findings
	f.rule == "affected_versions.not_this_product"
	f.severity == "info"
	contains(f.message, "CSAFPID-0009 (Other 1.0) and 2 more")
	some g in findings
	g.rule == "affected_versions.range_unsupported"
	g.severity == "warning"
	av.verified with input as fx.with_record(fx.strong, "affected-versions", doc) with data.trust as fx.trust
}

# An affected (or under_investigation) range the gate cannot evaluate may hold the to-version:
# the to-version is not shown fixed, even where another statement says it is.
test_unsupported_affected_range_blocks if {
	some status in ["affected", "under_investigation"]
	doc := object.union(document([statement({}), fixed_to]), {"unsupported": [{
		"statement": "/vulnerabilities/0/product_status/known_affected/1", "vulnerability": "VULN-2026-014",
		"status": status, "product": "IC22-RANGE", "reason": "range \"<=5.4.9\" is not a vers: range",
	}]})
	inp := fx.with_record(fx.strong, "affected-versions", doc)
	findings := av.findings with input as inp with data.trust as fx.trust
	some f in findings
	f.rule == "affected_versions.range_unsupported"
	f.severity == "gap"
	contains(f.message, "may include to-version 5.4.3")
	not av.verified with input as inp with data.trust as fx.trust
	av.level < 4 with input as inp with data.trust as fx.trust
}

test_document_unmapped if {
	inp := fx.patch_package(with_document([statement({}), fixed_to]), {"scope": {"vulnerabilities": ["VULN-2026-014", "VULN-2026-099"]}})
	rules_for(inp) == {"affected_versions.vulnerability_unmapped"}
}

# A document naming a vulnerability in scope only for other products is no evidence of "fixed",
# whatever the other records say.
test_document_not_about_product if {
	silent := object.union(document([]), {"notThisProduct": ["IC22-543 (Supplier IC-22 5.4.3)"], "notThisProductCount": 1})
	inp := with_second_document(fx.strong, silent)
	findings := av.findings with input as inp with data.trust as fx.trust
	some f in findings
	f.rule == "affected_versions.not_about_product"
	f.severity == "gap"
	f.evidence == ["csaf"]
	not av.verified with input as inp with data.trust as fx.trust
	about := fx.with_record(fx.strong, "affected-versions", document([statement({}), fixed_to]))
	not "affected_versions.not_about_product" in rules_for(about)
}

# Whether a document is signed is the attestation package's to judge: the control reads it the
# same, signed or not; where affected-versions must be signed, the decision caps an unsigned one
# at level 3 and a document signed by a key authorized for affected-versions keeps its level 4.
test_signed_and_unsigned_documents if {
	inp := with_document([statement({}), fixed_to])
	signed := fx.patch_item(inp, "affected-versions", {"attestation": fx.signed_with("ic22-release-records-2026", "vex.json.sig")})
	every i in [inp, signed] {
		rules_for(i) == set()
		av.level == 4 with input as i with data.trust as fx.signed_trust
	}
	unsigned := decision.result with input as inp with data.trust as fx.signed_trust
	unsigned.maturity.controls["affected-versions"].level == 3
	contains(unsigned.maturity.controls["affected-versions"].reason, "unsigned record(s) affected-versions")
	r := decision.result with input as signed with data.trust as fx.signed_trust
	r.maturity.controls["affected-versions"].level == 4
}
