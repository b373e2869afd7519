package update_gate.test.two_approvers_test

import data.update_gate.custom.two_approvers
import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

approval_by(approvers) := fx.with_record(fx.strong, "approval", object.union(fx.approval, {"approvals": [
{"approver": a, "role": "release-approver", "decision": "approved", "time": "2026-11-10T09:00:00Z"} |
	some a in approvers
]}))

test_one_approver_rejects_the_update if {
	r := decision.result with input as fx.strong with data.trust as fx.trust
	r.decision == "reject"
	some f in r.findings
	f.rule == "two_approvers.too_few"
	f.control == "custom.two_approvers"
	not f.configuration
}

test_two_distinct_approvers_pass if {
	count(two_approvers.findings) == 0 with input as approval_by(["carol@supplier.example", "dana@buyer.example"])
		with data.trust as fx.trust_with_approver("dana@buyer.example")
}

test_same_person_twice_counts_once if {
	some f in two_approvers.findings with input as approval_by(["carol@supplier.example", "Carol@Supplier.example"])
		with data.trust as fx.trust
	f.rule == "two_approvers.too_few"
}

test_non_approver_does_not_count if {
	some f in two_approvers.findings with input as approval_by(["carol@supplier.example", "olga@buyer.example"])
		with data.trust as fx.trust
	f.rule == "two_approvers.too_few"
}

test_minimum_from_parameters if {
	count(two_approvers.findings) == 0 with input as fx.strong
		with data.trust as fx.trust
		with data.update_gate.parameters.two_approvers as {"minimum": 1}
}
