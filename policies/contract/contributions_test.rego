package update_gate.contract_test

import data.update_gate.contract

test_no_custom_package_contributes_nothing if {
	contract.contributions == {} with data.update_gate.custom as {}
}

test_sets_are_sorted_and_other_rules_ignored if {
	custom := {"ops": {
		"findings": {{"rule": "b", "message": "m", "severity": "info"}, "a bare string"},
		"helper": 3,
	}}
	contract.contributions == {"ops": {"findings": ["a bare string", {"rule": "b", "message": "m", "severity": "info"}]}} with data.update_gate.custom as custom
}

test_a_value_that_is_not_a_set_is_kept_as_it_is if {
	contract.contributions == {"ops": {"violations": "not a set"}} with data.update_gate.custom as {"ops": {"violations": "not a set"}}
}
