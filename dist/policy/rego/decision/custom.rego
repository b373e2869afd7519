# Custom team packages:
# What team packages under data.update_gate.custom contribute to the decision (findings,
# violations, conditions, exclusions), read and checked here and aggregated by the decision.
# The contract is docs/policy-authoring.md.
# (package update_gate.decision: its METADATA is in decision.rego.)
package update_gate.decision

import data.update_gate.lib

severities := {"violation", "gap", "warning", "info"}

# METADATA
# title: Custom findings
# scope: document
# description: >-
#   Findings of team packages (their findings, and their violations with severity violation),
#   control set to custom.<team>. An unknown severity counts as a violation, a finding naming a
#   configuration not in scope is update-wide, and a malformed contribution is a violation, so a
#   broken custom rule fails closed.
custom_findings contains normalise(f, team_control(team)) if {
	some team, pkg in data.update_gate.custom
	some f in object.get(pkg, "findings", set())
	well_formed(f)
}

custom_findings contains normalise(object.union(v, {"severity": "violation"}), team_control(team)) if {
	some team, pkg in data.update_gate.custom
	some v in object.get(pkg, "violations", set())
	well_formed(v)
}

custom_findings contains normalise({"rule": concat("", [team, ".violation"]), "message": v, "severity": "violation"}, team_control(team)) if {
	some team, pkg in data.update_gate.custom
	some v in object.get(pkg, "violations", set())
	is_string(v)
}

custom_findings contains malformed(team, kind) if {
	some team, pkg in data.update_gate.custom
	some kind in ["findings", "violations", "conditions", "exclusions", "questions"]
	some x in object.get(pkg, kind, set())
	not contribution_ok(kind, x)
}

team_control(team) := concat("", ["custom.", team])

malformed(team, kind) := {
	"rule": "custom.malformed_contribution",
	"control": team_control(team),
	"severity": "violation",
	"message": concat("", [
		"data.update_gate.custom.", team, ".", kind,
		" holds an entry that does not have the contract's shape (docs/policy-authoring.md)",
	]),
	"evidence": [],
}

# METADATA
# title: Well-formed custom finding
# description: >-
#   An object with string rule and message, a string configuration and a boolean waivable when
#   it has them.
# scope: document
well_formed(f) if {
	is_string(f.rule)
	is_string(f.message)
	is_string(object.get(f, "configuration", ""))
	is_array(object.get(f, "evidence", []))
	is_boolean(object.get(f, "waivable", true))
}

contribution_ok("findings", x) if well_formed(x)

contribution_ok("violations", x) if well_formed(x)

contribution_ok("violations", x) if is_string(x)

contribution_ok("conditions", x) if well_formed_condition(x)

contribution_ok("exclusions", x) if well_formed_exclusion(x)

contribution_ok("questions", x) if question_ids[x]

question_ids := {q.id | some q in question_table}

# METADATA
# title: Custom controls
# description: >-
#   Each team package under data.update_gate.custom as a control custom.<team>: its findings
#   and the ids of the verification questions it declares it bears on (its `questions` rule, a
#   set of question ids), so it shows in the Controls table and answers those questions.
custom_controls[team_control(team)] := {
	"findings": object.get(custom_findings_by_control, team_control(team), set()),
	"questions": {q | some q in object.get(pkg, "questions", set()); question_ids[q]},
} if {
	some team, pkg in data.update_gate.custom
	is_object(pkg)
}

custom_findings_by_control[f.control] contains f if some f in custom_findings

# METADATA
# title: Custom findings by question
# description: The findings of the team packages that declare they bear on each question, by question id.
custom_question_findings[q] contains f if {
	some c in custom_controls
	some q in c.questions
	some f in c.findings
}

# METADATA
# title: Rule label
# description: >-
#   How a finding's rule is named in reasons: a team package's rule with its control
#   ("signing.key_revoked [custom.ops]"), so it is not mistaken for a built-in rule.
rule_label(f) := concat("", [f.rule, " [", f.control, "]"]) if startswith(f.control, "custom.")

else := f.rule

# A configuration not in scope cannot be excluded or rejected alone: the finding is update-wide.
normalise(f, control) := object.union(object.filter(f, {"rule", "message", "waivable"}), {
	"control": control,
	"severity": severity_of(f),
	"evidence": sort(object.get(f, "evidence", [])),
	"configuration": f.configuration,
}) if {
	lib.configurations[f.configuration]
} else := object.union(object.filter(f, {"rule", "waivable"}), {
	"control": control,
	"severity": severity_of(f),
	"evidence": sort(object.get(f, "evidence", [])),
	"message": concat("", [f.message, " (configuration ", f.configuration, " is not in scope)"]),
}) if {
	is_string(f.configuration)
} else := object.union(object.filter(f, {"rule", "message", "waivable"}), {
	"control": control,
	"severity": severity_of(f),
	"evidence": sort(object.get(f, "evidence", [])),
})

severity_of(f) := f.severity if f.severity in severities

else := "violation"

well_formed_condition(c) if {
	is_string(c.id)
	is_string(c.text)
	in_scope_or_null(object.get(c, "configuration", null))
	is_string_or_null(object.get(c, "followUpBy", null))
}

in_scope_or_null(null)

in_scope_or_null(id) if lib.configurations[id]

well_formed_exclusion(x) if {
	lib.configurations[x.configuration]
	is_string(x.reason)
	is_string(object.get(x, "id", ""))
}

is_string_or_null(x) if is_string(x)

is_string_or_null(null)

# METADATA
# title: Custom conditions
# description: Conditions team packages attach to the deployment; any condition makes an approval conditional.
custom_conditions := [c |
	some [_, team, x] in sort([[x.id, team, x] |
		some team, pkg in data.update_gate.custom
		some x in object.get(pkg, "conditions", set())
		well_formed_condition(x)
	])
	c := {
		"id": x.id,
		"configuration": object.get(x, "configuration", null),
		"text": concat("", ["[", team_control(team), "] ", x.text]),
		"followUpBy": object.get(x, "followUpBy", null),
	}
]

# METADATA
# title: Custom exclusions
# description: >-
#   Configurations a team package keeps out of this deployment, grouped by configuration, each as
#   {id, control, reason}. An exclusion only removes a configuration that would otherwise be
#   approved: it never turns a rejected configuration into an excluded one (only a valid
#   exception record does).
custom_exclusions[x.configuration] contains {"id": id, "control": team_control(team), "reason": x.reason} if {
	some team, pkg in data.update_gate.custom
	some x in object.get(pkg, "exclusions", set())
	well_formed_exclusion(x)
	id := object.get(x, "id", concat("", [team_control(team), ":", x.configuration]))
}

# The exclusion of a configuration: the smallest id, then control, then reason.
custom_exclusion_for(configuration) := {"id": id, "control": control, "reason": reason} if {
	xs := custom_exclusions[configuration]
	id := min({x.id | some x in xs})
	control := min({x.control | some x in xs; x.id == id})
	reason := min({x.reason | some x in xs; x.id == id; x.control == control})
}
