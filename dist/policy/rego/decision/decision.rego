# METADATA
# title: Decision
# description: >-
#   Aggregates the controls (every package under data.update_gate.controls, each implementing
#   the control interface: findings, level, level_reason, optional configuration_levels), the
#   change control (data.update_gate.change), evidence from the future (data.update_gate.timeline),
#   where approvals GitHub authenticates came from and mapped approvers' objections
#   (data.update_gate.github)
#   and the custom team packages
#   (data.update_gate.custom[team], custom.rego) into the policy output. The work is split by
#   job: configurations.rego (per-configuration results), maturity.rego, questions.rego (the
#   seed's five questions, their table as data), summary.rego (outcome and summary) and
#   conditions.rego.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.decision

import data.update_gate.attestation
import data.update_gate.change
import data.update_gate.controls.retention
import data.update_gate.fleet
import data.update_gate.github
import data.update_gate.lib
import data.update_gate.timeline

scope := input.package.scope

# METADATA
# title: Controls
# description: >-
#   Each control under data.update_gate.controls by its id (the package name with "-" for "_"):
#   findings, level, reason and per-configuration levels ({} when the control has none).
controls[ctl] := control_entry(name, ctl, fs) if {
	some name
	fs := data.update_gate.controls[name].findings
	ctl := lib.control_of_rule(name)
}

# The planner writes the rule body above once per control package; the rest of the interface
# (level, level_reason, configuration_levels) is read here, once, by the package's name.
control_entry(name, ctl, fs) := object.union(levels, {"findings": fs}) if {
	count(timeline.future_evidence) == 0
	levels := control_levels(name, ctl)
}

# METADATA
# title: Control levels at the evaluation time
# description: >-
#   With evidence dated after the evaluation time (which the decision rejects), a control's
#   levels are those of the evidence valid at that time: the control is evaluated again without
#   the items from the future (its findings stay those of all the evidence), and its reason
#   names the items of it left out.
# scope: document
control_entry(name, ctl, fs) := object.union(levels, {"findings": fs, "reason": reason}) if {
	count(timeline.future_evidence) > 0

	levels := at_evaluation_time.controls[name]
	reason := concat("", [future_note(ctl), levels.reason])
}

# METADATA
# title: Levels at the evaluation time
# description: >-
#   With evidence dated after the evaluation time (which the decision rejects), every control's
#   levels and the retained deployments, from one second evaluation without the items from the
#   future: one evaluation, so the facts the controls share are computed once more, not once
#   more per control.
# scope: document
at_evaluation_time := result if {
	count(timeline.future_evidence) > 0

	# regal ignore:with-outside-test-context
	result := {"controls": all_control_levels, "retained": retention.retained} with input.evidence as timeline.evidence_at_evaluation_time
}

# Every control's levels (control_levels), by package name.
all_control_levels[name] := control_levels(name, lib.control_of_rule(name)) if {
	some name
	data.update_gate.controls[name].level
}

# METADATA
# title: Control levels
# description: >-
#   A control's level, reason and per-configuration levels, capped by authenticity; undefined
#   for a control without a level (a malformed control, below).
control_levels(name, ctl) := {
	"level": capped(ctl, level),
	"reason": capped_reason(ctl, level, data.update_gate.controls[name].level_reason),
	"configurations": capped_levels(ctl, configuration_levels_of(name)),
} if {
	level := data.update_gate.controls[name].level
}

# METADATA
# title: Evidence from the future a control leaves out
# description: The note its reason starts with, naming the items; "" when none supports it.
future_note(ctl) := concat("", [
	"evidence dated after the evaluation time not counted (", concat(", ", ids), "); ",
]) if {
	ids := sort([id | some id in timeline.future_evidence; lib.supports(lib.evidence_by_id[id], ctl)])
	count(ids) > 0
} else := ""

configuration_levels_of(name) := levels if {
	levels := data.update_gate.controls[name].configuration_levels
} else := {}

capped_levels(ctl, levels) := {id: {"level": capped(ctl, l.level), "reason": capped_reason(ctl, l.level, l.reason)} |
	some id, l in levels
} if {
	attestation.unsigned_by_control[ctl]
} else := levels

# METADATA
# title: Level capped by authenticity
# description: >-
#   A control supported by a record not signed by whom it names is at most level 3 (produced
#   artifact without complete verification): maturity follows authenticity.
capped(ctl, level) := min({level, 3}) if attestation.unsigned_by_control[ctl]

else := level

capped_reason(ctl, level, reason) := concat("", [
	"level 3 (", lib.level_name[3], "): unsigned record(s) ",
	concat(", ", attestation.unsigned_by_control[ctl]), "; without them: ", reason,
]) if {
	attestation.unsigned_by_control[ctl]
	level > 3
} else := reason

# METADATA
# title: Malformed controls
# description: >-
#   Packages under data.update_gate.controls with findings but without the rest of the control
#   interface (level, level_reason): each is a blocking violation, so a broken control fails
#   closed instead of dropping out of the decision.
malformed_controls contains lib.control_of_rule(name) if {
	some name
	data.update_gate.controls[name].findings
	not controls[lib.control_of_rule(name)]
}

malformed_control_findings contains finding if {
	some id in malformed_controls
	finding := {
		"rule": "decision.control_malformed",
		"control": id,
		"severity": "violation",
		"message": concat("", [
			"control ", id, " does not implement the control interface",
			" (findings, level, level_reason: docs/policies.md)",
		]),
		"evidence": [],
	}
}

required_controls := {c | some c in lib.requirements.requiredControls}

# METADATA
# title: Unknown required controls
# description: >-
#   A name in requirements.requiredControls that is no control of this policy (its controls,
#   malformed ones included, its team packages' custom.<team>, the change, fleet, timeline,
#   attestation, github and requirements checks). A
#   typo (signin) would leave the control it meant optional, and the update approved without
#   it: a blocking violation of the name instead.
unknown_required_control_findings contains finding if {
	some name in required_controls
	not known_control(name)
	finding := {
		"rule": "decision.unknown_required_control",
		"control": name,
		"severity": "violation",
		"message": concat("", [
			"requirements.requiredControls names ", name, ", which is no control of this policy",
			" (known: ", concat(", ", sort(known_controls)), "); a misspelt name would leave",
			" the control it meant optional",
		]),
		"evidence": [],
	}
}

# METADATA
# title: Requirements a data file weakens
# description: >-
#   The trust file owns the requirements; a data file (data.update_gate.requirements) may
#   strengthen them. Each way the effective requirements (lib.requirements) are weaker than the
#   trust file's is a finding: a lower minimumMaturity or requiredApprovals, a control left out
#   of requiredControls, a record kind left out of signedRecords, a GitHub environment added to
#   deploymentApprovalEnvironments. A blocking violation, or a
#   warning when the trust file lists the key under requirementOverrides.mayWeaken: never silent.
weakened_requirement_findings contains finding if {
	some weakening in weakened_requirements
	finding := {
		"rule": "decision.requirement_weakened",
		"control": "requirements",
		"severity": weakening_severity(weakening.key),
		"message": concat("", ["a data file ", weakening.change, weakening_note(weakening.key)]),
		"evidence": [],
	}
}

trust_requirements := data.trust.requirements

# METADATA
# title: Weakened requirements
# description: Each weakening, as {key, change}.
# scope: document
weakened_requirements contains {"key": key, "change": change} if {
	some key in ["minimumMaturity", "requiredApprovals"]
	lib.requirements[key] < trust_requirements[key]
	change := concat("", [
		"lowers requirements.", key, " from ", lib.int_text(trust_requirements[key]),
		" (the trust file's) to ", lib.int_text(lib.requirements[key]),
	])
}

weakened_requirements contains {"key": "requiredControls", "change": change} if {
	some name in trust_requirements.requiredControls
	not required_controls[name]

	# A check that always blocks (and a team's package) blocks whatever requiredControls says.
	not checks[name]
	not startswith(name, "custom.")
	change := concat("", [
		"leaves ", name, " out of requirements.requiredControls, which the trust file requires",
		" (its findings would no longer block)",
	])
}

weakened_requirements contains {"key": "signedRecords", "change": change} if {
	some kind in trust_requirements.signedRecords
	not lib.signed_record_kinds[kind]
	change := concat("", [
		"leaves ", kind, " out of requirements.signedRecords, which the trust file requires signed",
		" (unsigned ", kind, " records would count)",
	])
}

weakened_requirements contains {"key": "deploymentApprovalEnvironments", "change": change} if {
	trusted := {lower(e) | some e in object.get(trust_requirements, "deploymentApprovalEnvironments", [])}
	some environment in lib.approval_environments
	not trusted[environment]
	change := concat("", [
		"adds ", environment, " to requirements.deploymentApprovalEnvironments, which the trust ",
		"file does not list (a deployment approval of it would count as a signed approval)",
	])
}

weakening_allowed(key) if key in object.get(data.trust, ["requirementOverrides", "mayWeaken"], [])

weakening_severity(key) := "warning" if weakening_allowed(key)

else := "violation"

weakening_note(key) := concat("", ["; the trust file allows it (requirementOverrides.mayWeaken names ", key, ")"]) if {
	weakening_allowed(key)
} else := concat("", [
	"; the trust file owns the requirements: to allow it, name ", key,
	" under requirementOverrides.mayWeaken in the trust file",
])

# (Team packages by comprehension: without any, data.update_gate.custom is undefined.)
known_controls := (object.keys(controls) | malformed_controls) | (team_controls | checks)

team_controls := {team_control(t) | some t, _ in data.update_gate.custom}

checks := {"change", "fleet", "timeline", "attestation", "github", "requirements"}

known_control(name) if name in known_controls

# METADATA
# title: Required control
# description: >-
#   A control whose blocking findings count: a required control, a custom team control, and the
#   checks that always block: change (a change that edits the gate's own configuration), fleet,
#   timeline, attestation and github (a mapped approver's objection).
# scope: document
required(control) if required_controls[control]

required(control) if startswith(control, "custom.")

required("change")

required("fleet")

required(control) if malformed_controls[control]

# Evidence from the future always blocks.
required("timeline")

# Hostile records always block.
required("attestation")

# A mapped approver's objection on GitHub always blocks.
required("github")

# A weakening of the trust file's requirements blocks unless the trust file allows it (a warning).
required("requirements")

control_findings := {f | some c in controls; some f in c.findings}

# From an array of the sets, never a set of sets: building {control_findings, fleet.findings, ...}
# compares large sets with each other (each comparison sorts both), which at 10 000
# configurations cost more than the rest of the decision.
all_findings := {f |
	some fs in [
		control_findings, custom_findings, change.findings, timeline.findings, fleet.findings,
		attestation.findings, github.findings, malformed_control_findings,
		unknown_required_control_findings, weakened_requirement_findings,
	]
	some f in fs
}

# METADATA
# title: Findings
# description: >-
#   All findings, sorted by control, rule, configuration, message (then the finding): the
#   order of sort([[control, rule, configuration, message, f]]). Built from findings grouped by
#   control, rule and configuration in one pass, so only the few control/rule pairs, the
#   configuration ids and each group's messages are sorted (strings, not 5-element arrays).
findings := [f |
	some [control, rule] in sort({[f.control, f.rule] | some f in all_findings})
	some configuration in finding_configurations
	group := findings_by_group[[control, rule, configuration]]
	some [_, f] in lib.sorted([[f.message, f] | some f in group])
]

# The configuration of each finding and of each question's finding ("" when it names none), sorted once.
finding_configurations := lib.sorted(configurations_named)

configurations_named contains object.get(f, "configuration", "") if some f in all_findings

configurations_named contains object.get(f, "configuration", "") if {
	some fs in question_findings
	some f in fs
}

# METADATA
# title: Findings by control, rule and configuration
# description: The findings grouped by [control, rule, configuration ("" when none)], in one pass.
findings_by_group[[f.control, f.rule, object.get(f, "configuration", "")]] contains f if some f in all_findings

# METADATA
# title: Result
# description: The policy output (schemas/policy-output.schema.json).
# entrypoint: true
result := {
	"apiVersion": "update-gate.dev/policy-output/v1",
	"decision": outcome,
	"summary": summary,
	"maturity": {
		"level": overall.level,
		"reason": overall.reason,
		"controls": {ctl: {"level": c.level, "reason": c.reason} | some ctl, c in controls},
		"configurations": configuration_maturity,
	},
	"controls": [row | some [_, row] in sort(array.concat(
		[[ctl, {"id": ctl, "result": result_of(controls[ctl].findings), "level": controls[ctl].level, "required": ctl in required_controls}] |
			some ctl in object.keys(controls)
		],
		[[ctl, {"id": ctl, "result": result_of(c.findings), "level": null, "required": true, "questions": sort(c.questions)}] |
			some ctl, c in custom_controls
		],
	))],
	"configurations": [configuration_results[id] | some id in configuration_ids],
	"questions": questions,
	"conditions": conditions,
	"findings": findings,
	"fleet": fleet.view,
}
