# Outcome and summary:
# (package update_gate.decision: its METADATA is in decision.rego.)
package update_gate.decision

import data.update_gate.lib

minimum := lib.requirements.minimumMaturity

# A shortfall of the scope's maturity is a reason of its own only when nothing update-wide
# already fails: then every configuration is rejected for that, and the scope's level measures
# nothing that was approved (a change-control reject is not a maturity reject).
default maturity_shortfall := false

maturity_shortfall if {
	count(global_blocking) == 0
	overall.level < minimum
}

# METADATA
# title: Reject reasons
# description: Each reason that applies, in a fixed order.
reject_reasons := [check.reason |
	some check in [
		{"applies": count(global_blocking) > 0, "reason": concat("", [lib.int_text(count(global_blocking)), " update-wide blocking finding(s)"])},
		{"applies": count(rejected) > 0, "reason": concat("", ["rejected configuration(s): ", concat(", ", rejected)])},
		{"applies": count(approved) == 0, "reason": "no configuration approved"},
		{"applies": maturity_shortfall, "reason": concat("", [
			"maturity level ", lib.int_text(overall.level),
			" is below the required ", lib.int_text(minimum),
		])},
	]
	check.applies == true
]

# METADATA
# title: Decision
# description: reject, conditional (some configurations excluded, or team conditions) or approve.
outcome := "reject" if count(reject_reasons) > 0

else := "conditional" if count(excluded) > 0

else := "conditional" if count(fleet_conditions) > 0

else := "conditional" if count(custom_conditions) > 0

else := "approve"

update_name := concat("", [scope.product, " ", scope.fromVersion, " -> ", scope.toVersion, " for cohort ", scope.cohort])

# METADATA
# title: Summary
# description: One sentence for the reviewer.
summary := concat("", [
	"Reject ", update_name, ": ", concat("; ", reject_reasons),
	"; evidence maturity level ", lib.int_text(overall.level), ".",
]) if outcome == "reject"

else := concat("", [
	"Approve ", update_name, " only for ", concat(", ", approved), "; excluded: ",
	concat(", ", [concat("", [id, " (", configuration_results[id].exception, ")"]) | some id in excluded]),
	conditions_note, "; evidence maturity level ", lib.int_text(overall.level), ".",
]) if {
	outcome == "conditional"
	count(excluded) > 0
}

else := concat("", [
	"Approve ", update_name, " for every configuration (", concat(", ", approved), ")",
	conditions_note, "; evidence maturity level ", lib.int_text(overall.level), ".",
]) if {
	outcome == "conditional"
}

else := concat("", [
	"Approve ", update_name, ": every configuration (", concat(", ", approved),
	") passes every required control; evidence maturity level ", lib.int_text(overall.level), ".",
])

# Fleet conditions are not repeated: their configurations are listed as excluded.
conditions_note := "" if count(custom_conditions) == 0

else := concat("", ["; under condition(s) ", concat(", ", [c.id | some c in custom_conditions])])
