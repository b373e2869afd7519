package update_gate.contract_evaluation_test

import data.update_gate.contract

custom := {"ops": {"findings": {{"rule": "ops.x", "message": "m", "severity": "info"}}}}

test_holds_the_contributions_and_the_decision if {
	evaluation := contract.evaluation with data.update_gate.custom as custom
		with data.update_gate.decision.result as {"decision": "approve"}
	evaluation == {
		"contributions": {"ops": {"findings": [{"rule": "ops.x", "message": "m", "severity": "info"}]}},
		"result": {"decision": "approve"},
	}
}

test_the_contributions_are_the_contributions_entrypoint if {
	evaluation := contract.evaluation with data.update_gate.custom as custom
	evaluation.contributions == contract.contributions with data.update_gate.custom as custom
}
