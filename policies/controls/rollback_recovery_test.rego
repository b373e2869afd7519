package update_gate.test.controls.rollback_recovery_test

import data.update_gate.controls.rollback_recovery as rr
import data.update_gate.test.fixtures_test as fx

findings_for(inp) := rules_with(inp, fx.trust)

rules_with(inp, trust) := fs if {
	fs := {[f.rule, f.severity, object.get(f, "configuration", "")] | some f in rr.findings} with input as inp with data.trust as trust
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

test_result_signed_by_unauthorized_system if {
	# The lab may test the reference hardware only, but signs regional results too: the record is
	# refused (attestation.hardware_unauthorized), none of its results counts, required or not.
	lab := object.union(fx.signed_trust.testSystems[0], {"hardware": ["IC-22-REF-C"]})
	every trust in [fx.signed_trust, fx.trust] {
		f := rules_with(fx.all_tested, object.union(trust, {"testSystems": [lab]}))
		not ["rollback_recovery.result_unsigned", "warning", ""] in f
		["rollback_recovery.rollback_test_missing", "gap", "regional"] in f
		["rollback_recovery.recovery_test_missing", "gap", "regional"] in f
		["rollback_recovery.rollback_test_missing", "gap", "reference"] in f
	}
}

test_results_signed_by_a_key_of_no_test_system if {
	# A key trusted for test results, but no test system's: the results are not the lab's.
	key := fx.record_key("lab-2-2026", "sha256:5500", ["rollback-recovery-tests"])
	inp := fx.patch_item(fx.all_tested, "tests", {"attestation": fx.signed_with("lab-2-2026", "tests.yaml.sig")})
	required := rules_with(inp, object.union(fx.signed_trust, {"keys": array.concat(fx.signed_trust.keys, [key])}))
	["rollback_recovery.result_unsigned", "warning", ""] in required
	["rollback_recovery.rollback_test_missing", "gap", "reference"] in required

	# Where test results need not be signed, they count as before.
	rules_with(inp, object.union(fx.trust, {"keys": array.concat(fx.trust.keys, [key])})) == set()
}

test_unsigned_results if {
	rules_with(fx.all_tested, fx.signed_trust) == set()
	inp := fx.patch_item(fx.all_tested, "tests", {"attestation": null})
	["rollback_recovery.result_unsigned", "warning", ""] in rules_with(inp, fx.signed_trust)
	rules_with(inp, fx.trust) == set()
}

# A result dated before the build started (provenance: 2026-10-01T08:00:00Z) tested another build.
test_tested_before_build if {
	early := object.union(fx.result_of("regional", "IC-22-RG-B", "rollback", "passed"), {"time": "2026-03-01T10:00:00Z"})
	inp := with_results(array.concat(passed, [early, fx.result_of("regional", "IC-22-RG-B", "recovery", "passed")]))
	findings_for(inp) == {["rollback_recovery.tested_before_build", "violation", "regional"]}
	some f in rr.findings with input as inp with data.trust as fx.trust
	f.rule == "rollback_recovery.tested_before_build"
	f.evidence == ["provenance", "tests"]
	f.message == concat("", [
		"rollback test on regional in tests at 2026-03-01T10:00:00Z is before the build of ",
		"provenance at 2026-10-01T08:00:00Z: it does not test this build",
	])
}
