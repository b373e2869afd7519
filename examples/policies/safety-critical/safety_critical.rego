# METADATA
# title: Maturity 5 for safety-critical cohorts (supplier)
# description: >-
#   In a safety-critical cohort every configuration in scope must reach maturity level 5
#   (verified and retained). The finding is update-wide on purpose: an exception record cannot
#   exclude a configuration of a safety-critical cohort and let the rest ship.
# scope: package
package update_gate.custom.safety_critical

import data.update_gate.decision

# Parameters: update_gate.parameters.safety_critical.cohorts (default ["A"]).
params := data.update_gate.parameters.safety_critical if is_object(data.update_gate.parameters.safety_critical)

else := {}

cohorts := object.get(params, "cohorts", ["A"])

applies if input.package.scope.cohort in cohorts

# METADATA
# title: Configuration below level 5
# description: A configuration of a safety-critical cohort whose maturity is below 5.
findings contains {
	"rule": "safety_critical.maturity_below_5",
	"severity": "violation",
	"message": concat("", [
		"cohort ", input.package.scope.cohort, " is safety-critical: configuration ", id,
		" is at maturity ", format_int(m.level, 10), " (", m.reason, "), 5 required",
	]),
	"evidence": [],
} if {
	applies
	some id, m in decision.configuration_maturity
	m.level < 5
}
