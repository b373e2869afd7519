package update_gate.change_test

import data.update_gate.change
import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

pr_editing(files) := object.union(fx.all_tested, {"change": {"event": "pull_request", "gateConfigurationChanged": files}})

test_no_change_context_no_finding if {
	count(change.findings) == 0 with input as fx.all_tested
}

test_untouched_configuration_no_finding if {
	count(change.findings) == 0 with input as pr_editing([])
}

test_one_violation_per_edited_file if {
	fs := change.findings with input as pr_editing([".github/update-gate/trust.yaml", "policies/custom.rego"])
	{f.message | some f in fs; f.severity == "violation"; f.rule == "change.gate_configuration_modified"} == {
		concat("", [
			".github/update-gate/trust.yaml",
			" is gate configuration (trust, policy, data or a workflow) and was judged from the base commit;",
			" review and merge that change on its own before evidence can pass in the same pull request",
		]),
		concat("", [
			"policies/custom.rego",
			" is gate configuration (trust, policy, data or a workflow) and was judged from the base commit;",
			" review and merge that change on its own before evidence can pass in the same pull request",
		]),
	}
}

test_edited_trust_rejects_otherwise_approved_package if {
	decision.result.decision == "approve" with input as fx.all_tested with data.trust as fx.trust
	r := decision.result with input as pr_editing([".github/update-gate/trust.yaml"]) with data.trust as fx.trust
	r.decision == "reject"
	"change.gate_configuration_modified" in {f.rule | some f in r.findings}
}

test_change_reject_claims_no_maturity_shortfall if {
	strict := object.union(fx.trust, {"requirements": {"minimumMaturity": 5}})
	contains(decision.result.summary, "maturity level 4 is below the required 5") with input as fx.without(fx.all_tested, "deployments") with data.trust as strict
	r := decision.result with input as pr_editing([".github/update-gate/trust.yaml"]) with data.trust as strict
	r.decision == "reject"
	not contains(r.summary, "is below the required")
	not decision.maturity_shortfall with input as pr_editing([".github/update-gate/trust.yaml"]) with data.trust as strict
}
