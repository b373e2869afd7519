# METADATA
# title: Change under review
# description: >-
#   On a pull request the trust configuration, policy and data that judge the change come from
#   the base commit, never from the change. A change that edits them needs its own review, so it
#   cannot pass the gate in the same pull request. This package is the one Rego home of that
#   rule: its findings always block (the decision counts them whatever the required controls),
#   and it is not a maturity control, so it lives outside data.update_gate.controls. The host
#   keeps its own invariant on top (src/gate.ts: a replacement policy cannot drop it).
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.change

import data.update_gate.lib

# METADATA
# title: Findings
# description: One violation per gate configuration file the change modifies.
findings contains lib.finding({
	"rule": "change.gate_configuration_modified",
	"severity": "violation",
	"message": concat("", [
		file,
		" is gate configuration (trust, policy, data or a workflow) and was judged from the base commit;",
		" review and merge that change on its own before evidence can pass in the same pull request",
	]),
	"evidence": [],
}) if {
	some file in input.change.gateConfigurationChanged
}
