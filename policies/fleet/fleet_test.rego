package update_gate.fleet_test

import data.update_gate.decision
import data.update_gate.fleet
import data.update_gate.test.fixtures_test as fx

# The seed's inventory: cohort A of IC-22, reference on IC-22-REF-C and regional on IC-22-RG-B, both on 5.4.2.
inventory := {"cohorts": [{
	"product": "IC-22",
	"cohort": "A",
	"configurations": [
		{"id": "reference", "hardware": "IC-22-REF-C", "version": "5.4.2"},
		{"id": "regional", "hardware": "IC-22-RG-B", "version": "5.4.2"},
	],
}]}

trust_with(fleet_inventory) := object.union(fx.trust, {"fleet": fleet_inventory})

result_for(inp, fleet_inventory) := r if {
	r := decision.result with input as inp with data.trust as trust_with(fleet_inventory)
}

rules_of(r) := {f.rule | some f in r.findings}

scope_patch(inp, patch) := fx.patch_package(inp, {"scope": object.union(inp.package.scope, patch)})

# strong without regional: its exception and known gap go too, so only the fleet speaks.
without_regional := fx.patch_package(fx.strong, {
	"scope": object.union(fx.strong.package.scope, {"configurations": [c | some c in fx.strong.package.scope.configurations; c.id != "regional"]}),
	"exceptions": [],
	"knownGaps": [],
})

test_strong_stays_conditional_with_the_inventory if {
	r := result_for(fx.strong, inventory)
	r.decision == "conditional"
	{c.id: c.result | some c in r.configurations} == {"reference": "approved", "regional": "excluded"}
	r.fleet == {
		"inventory": true, "cohort": "A", "covered": ["reference", "regional"], "notCovered": [], "unknown": [],
		"note": "scope checked against the fleet inventory of IC-22 cohort A: 2 of 2 configuration(s) covered",
	}
	not "fleet.configuration_not_covered" in rules_of(r)
}

test_without_inventory_the_report_says_so if {
	r := decision.result with input as fx.strong with data.trust as fx.trust
	r.decision == "conditional"
	r.fleet.inventory == false
	r.fleet.note == "scope as declared by the package; no fleet inventory given"

	# Only the known gap, which does not need an inventory.
	{f.rule | some f in r.findings; startswith(f.rule, "fleet.")} == {"fleet.known_gap"}
}

test_omitted_configuration_rejects if {
	r := result_for(without_regional, inventory)
	r.decision == "reject"
	"fleet.configuration_not_covered" in rules_of(r)
	r.fleet.notCovered == ["regional"]
	r.fleet.covered == ["reference"]
	some f in r.findings
	f.rule == "fleet.configuration_not_covered"
	f.severity == "violation"
	contains(f.message, "regional (IC-22-RG-B, running 5.4.2) of cohort A is not covered by the evidence")
}

test_omitted_configuration_with_partial_cohort_is_conditional_and_named if {
	partial := {"cohorts": [object.union(inventory.cohorts[0], {"allowPartial": true})]}
	r := result_for(without_regional, partial)
	r.decision == "conditional"
	[c.id | some c in r.conditions] == ["fleet:regional"]
	contains(r.conditions[0].text, "regional of cohort A is not covered by the evidence and stays on 5.4.2")
	r.conditions[0].configuration == "regional"
	contains(r.summary, "only for reference; excluded: regional (fleet:regional)")

	# Listed as excluded like any other excluded configuration (the Action's output, the VSA).
	[c | some c in r.configurations; c.id == "regional"] == [{
		"id": "regional", "result": "excluded", "exception": "fleet:regional", "waivers": [],
		"reasons": ["not covered by the evidence (not in the package's scope); cohort A allows partial updates, so it stays on 5.4.2 (IC-22-RG-B)"],
	}]
	not r.maturity.configurations.regional

	# A known gap about the configuration the partial update leaves out changes nothing.
	gap := {"id": "GAP-R", "description": "d", "configurations": ["regional"]}
	with_gap := result_for(object.union(without_regional, {"package": {"knownGaps": [gap]}}), partial)
	with_gap.decision == "conditional"
	[f | some f in with_gap.findings; f.rule == "fleet.known_gap_unknown_configuration"] == []
}

test_without_partial_the_omitted_configuration_is_not_listed if {
	r := result_for(without_regional, inventory)
	[c.id | some c in r.configurations] == ["reference"]
	fleet.excluded == {} with input as without_regional with data.trust as trust_with(inventory)
}

# The update itself must be an upgrade, with or without an inventory (F4).
test_downgrade_without_inventory_rejects if {
	r := decision.result with input as scope_patch(fx.all_tested, {"fromVersion": "5.4.9"}) with data.trust as fx.trust
	r.decision == "reject"
	[f | some f in r.findings; f.rule == "fleet.not_upgrade"] == [{
		"rule": "fleet.not_upgrade", "control": "fleet", "severity": "violation", "evidence": [],
		"message": "the update 5.4.9 -> 5.4.3 is a downgrade (semver order): only an upgrade is approved, unless the trust configuration's fleet.downgrades allows downgrades of IC-22",
	}]
	{c.result | some c in r.configurations} == {"rejected"}
}

test_same_version_without_inventory_rejects if {
	r := decision.result with input as scope_patch(fx.all_tested, {"fromVersion": "5.4.3"}) with data.trust as fx.trust
	r.decision == "reject"
	some f in r.findings
	f.rule == "fleet.not_upgrade"
	contains(f.message, "5.4.3 -> 5.4.3 installs the version already running")
}

test_incomparable_versions_reject if {
	fs := fleet.findings with input as scope_patch(fx.all_tested, {"fromVersion": "five"}) with data.trust as fx.trust
	some f in fs
	f.rule == "fleet.not_upgrade"
	contains(f.message, "cannot be compared: five not a semver version")
}

test_upgrade_is_no_finding if {
	fs := fleet.findings with input as fx.all_tested with data.trust as fx.trust
	fs == set()
}

test_allowed_downgrade_without_inventory_is_a_warning if {
	allowed := {"cohorts": [], "downgrades": [{"product": "IC-22", "reason": "5.4.9 bricks units"}]}
	inp := scope_patch(fx.all_tested, {"fromVersion": "5.4.9"})
	r := decision.result with input as inp with data.trust as trust_with(allowed)
	not "fleet.not_upgrade" in rules_of(r)
	[f.severity | some f in r.findings; f.rule == "fleet.downgrade_allowed"; not f.configuration] == ["warning"]
}

test_downgrade_allowance_of_another_product_does_not_count if {
	allowed := {"cohorts": [], "downgrades": [{"product": "IC-23", "reason": "other"}]}
	fs := fleet.findings with input as scope_patch(fx.all_tested, {"fromVersion": "5.4.9"}) with data.trust as trust_with(allowed)
	"fleet.not_upgrade" in {f.rule | some f in fs}
}

# Known gaps (F2): each configuration in scope a known gap names is blocked unless excepted.
known_gaps(inp, gaps) := fx.patch_package(inp, {"knownGaps": gaps})

test_known_gap_without_exception_rejects_its_configuration if {
	gap := {"id": "GAP-9", "description": "Not soak-tested on reference.", "configurations": ["reference"]}
	r := decision.result with input as known_gaps(fx.all_tested, [gap]) with data.trust as fx.trust
	r.decision == "reject"
	{c.id: c.result | some c in r.configurations} == {"reference": "rejected", "regional": "approved"}
	[[f.severity, f.configuration] | some f in r.findings; f.rule == "fleet.known_gap"] == [["gap", "reference"]]
}

test_known_gap_naming_a_configuration_out_of_scope_is_a_violation if {
	gap := {"id": "GAP-9", "description": "d", "configurations": ["ghost-config"]}
	r := decision.result with input as known_gaps(fx.all_tested, [gap]) with data.trust as fx.trust
	r.decision == "reject"
	[f | some f in r.findings; f.rule == "fleet.known_gap_unknown_configuration"] == [{
		"rule": "fleet.known_gap_unknown_configuration", "control": "fleet", "severity": "violation", "evidence": [],
		"message": "known gap GAP-9 names configuration ghost-config, which is not in scope: the gap the supplier declares must be on a configuration the decision covers",
	}]
}

# The known gap blocks whatever requiredControls says (fleet findings always block).
test_known_gap_blocks_without_required_controls if {
	gap := {"id": "GAP-9", "description": "d", "configurations": ["reference"]}
	trust := object.union(fx.trust, {"requirements": {"requiredControls": ["signing"]}})
	r := decision.result with input as known_gaps(fx.all_tested, [gap]) with data.trust as trust
	{c.id: c.result | some c in r.configurations}.reference == "rejected"
}

# The seed's strong example: GAP-1 on regional, waived by its valid exception EXC-1.
test_strong_known_gap_is_waived_by_its_exception if {
	r := decision.result with input as fx.strong with data.trust as fx.trust
	r.decision == "conditional"
	[f.configuration | some f in r.findings; f.rule == "fleet.known_gap"] == ["regional"]
	some c in r.configurations
	c.id == "regional"
	c.result == "excluded"
	some reason in c.reasons
	startswith(reason, "fleet.known_gap: known gap GAP-1: the supplier says the update does not fully serve configuration regional (Recovery")
	endswith(reason, "(waived by EXC-1)")
}

# An exception that is not valid waives nothing: the known gap rejects its configuration.
test_known_gap_with_an_invalid_exception_rejects if {
	exc := object.union(fx.exc1, {"followUpBy": "2026-10-01T00:00:00Z"})
	r := decision.result with input as fx.with_exceptions(fx.strong, [exc]) with data.trust as fx.trust
	{c.id: c.result | some c in r.configurations}.regional == "rejected"
}

test_wrong_from_version_rejects if {
	r := result_for(scope_patch(fx.strong, {"fromVersion": "5.4.1"}), inventory)
	r.decision == "reject"
	"fleet.from_version_mismatch" in rules_of(r)
	"rejected" in {c.result | some c in r.configurations}
}

test_older_to_version_is_a_rollback if {
	r := result_for(scope_patch(fx.strong, {"toVersion": "5.4.1"}), inventory)
	r.decision == "reject"
	"fleet.rollback" in rules_of(r)
}

test_allowed_downgrade_is_a_warning_with_its_reason if {
	allowed := object.union(inventory, {"downgrades": [{"product": "IC-22", "reason": "5.4.2 bricks IC-22-RG-B units"}]})
	fs := fleet.findings with input as scope_patch(fx.strong, {"toVersion": "5.4.1"}) with data.trust as trust_with(allowed)
	not "fleet.rollback" in {f.rule | some f in fs}
	some f in fs
	f.rule == "fleet.downgrade_allowed"
	f.severity == "warning"
	contains(f.message, "5.4.2 bricks IC-22-RG-B units")
}

test_unknown_configuration_rejects if {
	mystery := {"id": "mystery", "name": "Unlisted", "hardware": "IC-22-X"}
	inp := scope_patch(fx.all_tested, {"configurations": array.concat(fx.all_tested.package.scope.configurations, [mystery])})
	r := result_for(inp, inventory)
	r.decision == "reject"
	{c.id: c.result | some c in r.configurations}.mystery == "rejected"
	"fleet.configuration_unknown" in rules_of(r)
	r.fleet.unknown == ["mystery"]
}

test_hardware_mismatch_is_a_violation if {
	inp := scope_patch(fx.all_tested, {"configurations": [
		{"id": "reference", "name": "Reference", "hardware": "IC-22-REF-C"},
		{"id": "regional", "name": "Regional", "hardware": "IC-22-REF-C"},
	]})
	fs := fleet.findings with input as inp with data.trust as trust_with(inventory)
	{[f.rule, f.configuration] | some f in fs} == {["fleet.hardware_mismatch", "regional"]}
}

test_unknown_cohort_rejects if {
	other := {"cohorts": [object.union(inventory.cohorts[0], {"cohort": "B"})]}
	r := result_for(fx.all_tested, other)
	r.decision == "reject"
	"fleet.cohort_unknown" in rules_of(r)
	r.fleet.note == "the fleet inventory has no cohort A of IC-22"
}

test_older_than_an_approved_version_is_flagged if {
	approved := {"cohorts": [object.union(inventory.cohorts[0], {"approvedVersions": ["5.4.4"]})]}
	fs := fleet.findings with input as fx.all_tested with data.trust as trust_with(approved)
	some f in fs
	f.rule == "fleet.older_than_approved"
	f.severity == "warning"
	contains(f.message, "older than 5.4.4")
}

test_all_tested_still_approves_with_the_inventory if {
	result_for(fx.all_tested, inventory).decision == "approve"
}

# Retained reports, as the gate reads them (input.retainedReports).
report(file, patch) := object.union(
	{
		"file": file, "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
		"product": "IC-22", "cohort": "A", "fromVersion": "5.4.2", "toVersion": "5.4.4",
		"decision": "approve", "evaluationTime": "2026-10-01T00:00:00Z",
	},
	patch,
)

with_reports(inp, reports) := object.union(inp, {"retainedReports": reports})

older_findings(inp) := [f | some f in fleet.findings with input as inp with data.trust as fx.trust; f.rule == "fleet.older_than_approved"]

test_a_retained_approval_of_a_newer_version_is_flagged_without_an_inventory if {
	fs := older_findings(with_reports(fx.all_tested, [report("reports/5.4.4.json", {})]))
	count(fs) == 1
	fs[0].severity == "warning"
	fs[0].message == "the update to 5.4.3 is older than 5.4.4, already approved for IC-22 cohort A in report reports/5.4.4.json (approve at 2026-10-01T00:00:00Z)"
}

test_a_conditional_report_counts_as_an_approval if {
	count(older_findings(with_reports(fx.all_tested, [report("c.json", {"decision": "conditional"})]))) == 1
}

test_a_rejected_report_does_not_count if {
	older_findings(with_reports(fx.all_tested, [report("r.json", {"decision": "reject"})])) == []
}

test_reports_of_another_cohort_or_product_do_not_count if {
	older_findings(with_reports(fx.all_tested, [
		report("b.json", {"cohort": "B"}),
		report("p.json", {"product": "IC-23"}),
	])) == []
}

test_a_report_evaluated_after_the_evaluation_time_does_not_count if {
	at_noon := object.union(fx.all_tested, {"evaluationTime": "2026-10-05T12:00:00Z"})
	later := report("later.json", {"evaluationTime": "2026-10-05T12:00:00.5Z"})
	older_findings(with_reports(at_noon, [later])) == []
	same := report("same.json", {"evaluationTime": "2026-10-05T12:00:00Z"})
	count(older_findings(with_reports(at_noon, [same]))) == 1
}

test_the_same_version_approved_again_is_not_flagged if {
	older_findings(with_reports(fx.all_tested, [report("same.json", {"toVersion": "5.4.3"})])) == []
}

test_the_newest_approval_is_named_by_version_order_not_string_order if {
	fs := older_findings(with_reports(fx.all_tested, [
		report("a.json", {"toVersion": "5.4.4"}),
		report("b.json", {"toVersion": "5.4.10"}),
		report("c.json", {"toVersion": "5.4.9"}),
		report("d.json", {"toVersion": "5.4.10", "decision": "conditional"}),
	]))
	count(fs) == 1
	contains(fs[0].message, concat("", [
		"is older than 5.4.10, already approved for IC-22 cohort A in ",
		"report b.json (approve at 2026-10-01T00:00:00Z); report d.json (conditional at 2026-10-01T00:00:00Z)",
	]))
}

test_reports_and_the_hand_list_name_their_source if {
	approved := {"cohorts": [object.union(inventory.cohorts[0], {"approvedVersions": ["5.4.5"]})]}
	fs := [f |
		some f in fleet.findings with input as with_reports(fx.all_tested, [report("r.json", {})]) with data.trust as trust_with(approved)
		f.rule == "fleet.older_than_approved"
	]
	fs[0].message == "the update to 5.4.3 is older than 5.4.5, already approved for IC-22 cohort A in the fleet inventory's approvedVersions of cohort A"
}

test_generic_scheme_orders_approved_versions_by_the_products_scheme if {
	generic := scope_patch(fx.all_tested, {"versionScheme": "generic", "fromVersion": "2026.9", "toVersion": "2026.10"})
	fs := older_findings(with_reports(generic, [
		report("a.json", {"toVersion": "2026.9"}),
		report("b.json", {"toVersion": "2026.11"}),
	]))
	count(fs) == 1
	contains(fs[0].message, "older than 2026.11")
}

test_an_approved_version_that_is_not_a_version_is_flagged if {
	fs := fleet.findings with input as with_reports(fx.all_tested, [report("x.json", {"toVersion": "five"})]) with data.trust as fx.trust
	some f in fs
	f.rule == "fleet.approved_version_invalid"
	f.message == "the approved version five in report x.json (approve at 2026-10-01T00:00:00Z) is not a semver version of IC-22; it was not compared with the update to 5.4.3"
}
