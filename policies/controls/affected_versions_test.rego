package update_gate.test.controls.affected_versions_test

import data.update_gate.controls.affected_versions as av
import data.update_gate.test.fixtures_test as fx

rules_for(inp) := r if {
	r := fx.rules(av.findings) with input as inp with data.trust as fx.trust
}

with_vuln(patch) := fx.with_record(fx.strong, "affected-versions", object.union(fx.affected, {"vulnerabilities": [object.union(fx.affected.vulnerabilities[0], patch)]}))

test_strong_verified if {
	rules_for(fx.strong) == set()
	av.level == 4 with input as fx.strong with data.trust as fx.trust
	contains(av.level_reason, "VULN-2026-014") with input as fx.strong with data.trust as fx.trust
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
