package update_gate.test.freeze_window_test

import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

windows := [
	{"id": "YE-2026", "start": "2026-12-18T00:00:00Z", "end": "2027-01-04T00:00:00Z", "reason": "year-end change freeze"},
	{"id": "RG-MAINT", "start": "2026-12-01T00:00:00Z", "end": "2026-12-08T00:00:00Z", "reason": "regional maintenance", "configurations": ["regional"]},
]

# The fixture without its exception record, whose follow-up date would expire in December.
at(t) := object.union(fx.patch_package(fx.all_tested, {"exceptions": []}), {"evaluationTime": t})

result_at(t) := r if {
	r := decision.result with input as at(t)
		with data.trust as fx.trust
		with data.update_gate.parameters.freeze_window as {"windows": windows}
}

test_outside_any_window_approves if {
	result_at("2026-11-26T00:00:00Z").decision == "approve"
}

test_inside_fleet_window_rejects if {
	r := result_at("2026-12-20T00:00:00Z")
	r.decision == "reject"
	some f in r.findings
	f.rule == "freeze_window.frozen"
	f.control == "custom.freeze_window"
}

test_end_is_exclusive if {
	result_at("2027-01-04T00:00:00Z").decision == "approve"
}

test_configuration_window_excludes if {
	r := result_at("2026-12-05T00:00:00Z")
	r.decision == "conditional"
	{c.id: c.result | some c in r.configurations} == {"reference": "approved", "regional": "excluded"}
	r.configurations[1].exception == "freeze:RG-MAINT"
}

test_no_windows_no_effect if {
	r := decision.result with input as at("2026-12-20T00:00:00Z") with data.trust as fx.trust
	r.decision == "approve"
}

test_invalid_window_fails_closed if {
	r := decision.result with input as at("2026-11-26T00:00:00Z")
		with data.trust as fx.trust
		with data.update_gate.parameters.freeze_window as {"windows": [{"id": "X", "start": "soon", "end": "later", "reason": "?"}]}
	r.decision == "reject"
	some f in r.findings
	f.rule == "freeze_window.invalid_window"
}
