# Tests for the __TEAM__ package, in a package outside update_gate.custom (the decision reads
# every package there). `update-gate policy test .` runs them with opa test, the same
# capabilities as the gate, the built-in policy sources (so data.update_gate.decision is the
# aggregated decision) and the seed fixtures (data.update_gate.test.fixtures_test: strong,
# all_tested, weak, better as policy input, and trust).
package update_gate.test.__TEAM___test

import data.update_gate.custom.__TEAM__
import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

test_allowed_product_has_no_finding if {
	count(__TEAM__.findings) == 0 with input as fx.all_tested with data.trust as fx.trust
}

test_all_tested_still_approved if {
	r := decision.result with input as fx.all_tested with data.trust as fx.trust
	r.decision == "approve"
}

test_other_product_rejects_the_update if {
	r := decision.result with input as fx.all_tested
		with data.trust as fx.trust
		with data.update_gate.parameters.__TEAM__ as {"products": ["IC-30"]}
	r.decision == "reject"
	some f in r.findings
	f.rule == "__TEAM__.product_not_allowed"
	f.control == "custom.__TEAM__"
}
