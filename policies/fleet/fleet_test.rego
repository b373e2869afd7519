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
	every f in r.findings {
		not startswith(f.rule, "fleet.")
	}
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
	contains(r.summary, "fleet:regional")
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
