package update_gate.test.controls.rollback_recovery_test

import data.update_gate.controls.rollback_recovery as rr
import data.update_gate.test.fixtures_test as fx

findings_for(inp) := fs if {
	fs := {[f.rule, f.severity, object.get(f, "configuration", "")] | some f in rr.findings} with input as inp with data.trust as fx.trust
}

with_results(results) := fx.with_record(fx.strong, "tests", object.union(fx.tests, {"results": results}))

passed := [
	fx.result_of("reference", "IC-22-REF-C", "rollback", "passed"),
	fx.result_of("reference", "IC-22-REF-C", "recovery", "passed"),
]

test_strong_regional_recovery_not_run if {
	findings_for(fx.strong) == {["rollback_recovery.recovery_test_missing", "gap", "regional"]}
	levels := rr.configuration_levels with input as fx.strong with data.trust as fx.trust
	levels.reference.level == 4
	levels.regional.level == 3
	rr.level == 4 with input as fx.strong with data.trust as fx.trust
	contains(rr.level_reason, "regional: level 3") with input as fx.strong with data.trust as fx.trust
}

test_all_tested if findings_for(fx.all_tested) == set()

test_missing_tests_for_configuration if {
	f := findings_for(with_results(passed))
	["rollback_recovery.rollback_test_missing", "gap", "regional"] in f
	["rollback_recovery.recovery_test_missing", "gap", "regional"] in f
}

test_failed_test if {
	r := array.concat(passed, [
		fx.result_of("regional", "IC-22-RG-B", "rollback", "failed"),
		fx.result_of("regional", "IC-22-RG-B", "recovery", "passed"),
	])
	findings_for(with_results(r)) == {["rollback_recovery.rollback_test_failed", "violation", "regional"]}
}

test_wrong_hardware if {
	r := array.concat(passed, [
		fx.result_of("regional", "IC-22-REF-C", "rollback", "passed"),
		fx.result_of("regional", "IC-22-RG-B", "recovery", "passed"),
	])
	f := findings_for(with_results(r))
	["rollback_recovery.hardware_mismatch", "violation", "regional"] in f
	["rollback_recovery.rollback_test_missing", "gap", "regional"] in f
}

test_no_tests_record if {
	inp := fx.without(fx.strong, "tests")
	findings_for(inp) == {["rollback_recovery.tests_missing", "gap", ""]}
	rr.level == 2 with input as inp with data.trust as fx.trust
}

test_scope_and_conditions if {
	inp := fx.with_record(fx.all_tested, "tests", object.union(fx.tests, {"toVersion": "5.4.4", "rollbackConditions": []}))
	f := findings_for(inp)
	["rollback_recovery.scope_mismatch", "violation", ""] in f
	["rollback_recovery.conditions_missing", "gap", ""] in f
}

test_procedure_missing if {
	["rollback_recovery.procedure_missing", "warning", ""] in findings_for(fx.without(fx.strong, "recovery-procedure"))
}

test_weak_level if {
	rr.level == 1 with input as fx.weak with data.trust as fx.trust
}
