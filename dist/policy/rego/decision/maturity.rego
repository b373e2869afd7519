# Maturity:
# Evidence maturity per configuration and overall, from the levels of the required controls
# (configuration-specific where a control has configuration_levels) and retention, measured on
# the evidence valid at the evaluation time (timeline.evidence_at_evaluation_time).
# (package update_gate.decision: its METADATA is in decision.rego.)
package update_gate.decision

import data.update_gate.controls.retention
import data.update_gate.lib
import data.update_gate.timeline

# METADATA
# title: Maturity controls
# description: The required controls, or all of them when the trust configuration requires none.
maturity_controls := {c | some c, _ in controls; required_controls[c]} if {
	count({c | some c, _ in controls; required_controls[c]}) > 0
} else := object.keys(controls)

# Level of a control for one configuration.
control_level(ctl, id) := object.get(controls[ctl].configurations, [id, "level"], controls[ctl].level)

# METADATA
# title: Control levels per configuration
# description: By configuration id, the level of each maturity control for it.
configuration_control_levels[c.id] := {ctl: control_level(ctl, c.id) | some ctl in maturity_controls} if {
	some c in scope.configurations
}

# METADATA
# title: Configuration maturity
# description: >-
#   Minimum over the required controls, raised to 5 when all are at least 4 and the
#   configuration has a retained, succeeded deployment and a named retention owner.
# scope: rule
configuration_maturity[id] := {"level": 5, "reason": reason} if {
	some id, levels in configuration_control_levels
	raised(id, min({v | some v in levels}))
	reason := "verified and retained: every required control verified, succeeded deployment records retained with a named owner"
}

configuration_maturity[id] := {"level": l, "reason": reason} if {
	some id, levels in configuration_control_levels
	l := min({v | some v in levels})
	not raised(id, l)
	weakest := sort([ctl | some ctl, cl in levels; cl == l])
	reason := concat("", [lib.level_name[l], ": lowest required control(s) ", concat(", ", weakest), retained_note(l)])
}

raised(id, l) if {
	l >= 4
	retained_at_evaluation_time[id]
}

# METADATA
# title: Retained at the evaluation time
# description: >-
#   The configurations with retained succeeded deployments (retention.retained), from the evidence
#   valid at the evaluation time: deployment records dated after it raise no level.
# scope: document
retained_at_evaluation_time := retention.retained if count(timeline.future_evidence) == 0

retained_at_evaluation_time := at_evaluation_time.retained if count(timeline.future_evidence) > 0

retained_note(l) := "" if l < 4

else := "; no retained succeeded deployment record"

all_verified if every ctl in maturity_controls {
	controls[ctl].level >= 4
}

maturity_scope := approved if count(approved) > 0

else := lib.sorted([c.id | some c in scope.configurations])

# METADATA
# title: Overall maturity
# description: >-
#   The level of the approved scope (all configurations when none is approved) when every required
#   control is verified; otherwise the highest level of evidence present, capped at 3.
# scope: document
overall := {"level": l, "reason": reason} if {
	all_verified
	count(maturity_scope) > 0
	l := min({configuration_maturity[id].level | some id in maturity_scope})
	reason := concat("", [
		"lowest level of the ", scope_name, none_approved_note, ": ",
		concat(", ", [concat("", [id, " ", lib.int_text(configuration_maturity[id].level)]) | some id in maturity_scope]),
	])
}

overall := {"level": l, "reason": reason} if {
	all_verified
	count(maturity_scope) == 0
	l := min({controls[ctl].level | some ctl in maturity_controls})
	reason := "no configuration in scope: lowest required control level"
}

overall := {"level": l, "reason": reason} if {
	not all_verified
	l := min({3, max({c.level | some c in controls})})
	unverified := sort([concat("", [ctl, " ", lib.int_text(controls[ctl].level)]) |
		some ctl in maturity_controls
		controls[ctl].level < 4
	])
	reason := concat("", [
		"not every required control is verified (", concat(", ", unverified),
		"); highest level of evidence present, capped at 3: ", lib.level_name[l],
	])
}

scope_name := "approved scope" if count(approved) > 0

else := "configurations in scope"

# METADATA
# title: Why no configuration is approved
# description: >-
#   When none is approved, the maturity is measured on every configuration: the note names the
#   blocking findings no exception waives (rule ids, a team rule with its control).
none_approved_note := "" if count(approved) > 0

else := concat("", [" (none approved, because of ", concat(", ", sort(rejecting_rules)), ")"]) if count(rejecting_rules) > 0

else := ""

rejecting_rules := {rule_label(f) | some f in global_blocking} | {rule_label(f) | some fs in unwaived_by_configuration; some f in fs}
