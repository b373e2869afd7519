# METADATA
# title: Change under review
# description: >-
#   On a pull request the trust configuration, policy and data that judge the change come from
#   the base commit, never from the change. A change that edits them needs its own review, so it
#   cannot pass the gate in the same pull request.
# scope: package
package update_gate.controls.change

# METADATA
# title: Findings
# description: One violation per gate configuration file the change modifies.
findings contains f if {
	some file in input.change.gateConfigurationChanged
	f := {
		"rule": "change.gate_configuration_modified",
		"control": "change",
		"severity": "violation",
		"message": concat("", [
			file,
			" is gate configuration (trust, policy or data) and was judged from the base commit;",
			" review and merge that change on its own before evidence can pass in the same pull request",
		]),
		"evidence": [],
	}
}
