package update_gate.test.safety_critical_test

import data.update_gate.custom.safety_critical
import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

test_strong_regional_at_level_3_rejects if {
	r := decision.result with input as fx.strong with data.trust as fx.trust
	r.decision == "reject"
	some f in r.findings
	f.rule == "safety_critical.maturity_below_5"
	contains(f.message, "configuration regional is at maturity 3")
}

test_level_4_is_not_enough if {
	# all_tested without the deployment record of regional: regional is at level 4.
	deployments := fx.record_of(fx.all_tested, "deployments")
	reference_only := object.union(deployments, {"records": [d | some d in deployments.records; d.configuration == "reference"]})
	inp := fx.with_record(fx.all_tested, "deployments", reference_only)
	some f in safety_critical.findings with input as inp with data.trust as fx.trust
	contains(f.message, "configuration regional is at maturity 4")
}

test_other_cohort_not_concerned if {
	inp := fx.patch_package(fx.strong, {"scope": object.union(fx.strong.package.scope, {"cohort": "B"})})
	count(safety_critical.findings) == 0 with input as inp with data.trust as fx.trust
}

test_cohorts_from_parameters if {
	count(safety_critical.findings) == 0 with input as fx.strong
		with data.trust as fx.trust
		with data.update_gate.parameters.safety_critical as {"cohorts": ["C"]}
}
