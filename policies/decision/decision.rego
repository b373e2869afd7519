# METADATA
# title: Decision
# description: >-
#   Aggregates the control packages and the custom team packages (data.update_gate.custom[team]:
#   findings, violations, conditions, exclusions) into the decision, per-configuration results,
#   maturity levels, the seed's five verification questions, conditions and a summary.
# scope: package
package update_gate.decision

import data.update_gate.controls.affected_versions
import data.update_gate.controls.approval
import data.update_gate.controls.change
import data.update_gate.controls.notification
import data.update_gate.controls.provenance
import data.update_gate.controls.release_assets
import data.update_gate.controls.retention
import data.update_gate.controls.rollback_recovery
import data.update_gate.controls.signing
import data.update_gate.lib

scope := input.package.scope

# METADATA
# title: Built-in controls
# description: Each control's findings, level, reason and per-configuration levels.
controls := {
	"signing": {"findings": (signing.findings | release_assets.findings), "level": signing.level, "reason": signing.level_reason, "configurations": {}},
	"provenance": {"findings": provenance.findings, "level": provenance.level, "reason": provenance.level_reason, "configurations": {}},
	"approval": {"findings": approval.findings, "level": approval.level, "reason": approval.level_reason, "configurations": {}},
	"rollback-recovery": {
		"findings": rollback_recovery.findings,
		"level": rollback_recovery.level,
		"reason": rollback_recovery.level_reason,
		"configurations": rollback_recovery.configuration_levels,
	},
	"affected-versions": {
		"findings": affected_versions.findings,
		"level": affected_versions.level,
		"reason": affected_versions.level_reason,
		"configurations": {},
	},
	"notification": {"findings": notification.findings, "level": notification.level, "reason": notification.level_reason, "configurations": {}},
	"retention": {"findings": retention.findings, "level": retention.level, "reason": retention.level_reason, "configurations": {}},
}

required_controls := {c | some c in lib.requirements.requiredControls}

# Required built-in controls, or all of them when the trust configuration requires none.
maturity_controls := {c | some c in object.keys(controls); c in required_controls} if {
	count({c | some c in object.keys(controls); c in required_controls}) > 0
} else := object.keys(controls)

# METADATA
# title: Required control
# description: A control whose blocking findings count; custom team findings always count.
# scope: document
required(control) if control in required_controls

required(control) if startswith(control, "custom.")

# A change that edits the gate's own configuration always blocks.
required("change")

all_findings := ({f | some c in controls; some f in c.findings} | custom_findings) | change.findings

configuration_of(f) := object.get(f, "configuration", null)

# METADATA
# title: Findings
# description: All findings, sorted by control, rule, configuration, message.
findings := [t[4] | some t in sort([[f.control, f.rule, object.get(f, "configuration", ""), f.message, f] | some f in all_findings])]

blocking := {f | some f in all_findings; f.severity in lib.blocking_severities; required(f.control)}

global_blocking := {f | some f in blocking; configuration_of(f) == null}

configuration_blocking(id) := {f | some f in blocking; configuration_of(f) == id}

exception_for(id) := min(ids) if {
	ids := {ex.id |
		some ex in input.package.exceptions
		ex.configuration == id
		ex.id in retention.valid_exceptions
	}
	count(ids) > 0
}

exception_by_id(id) := ex if {
	some ex in input.package.exceptions
	ex.id == id
}

# Configuration results:
# approved, excluded (failing, with a valid exception) or rejected, by configuration id.
configuration_results[c.id] := {"id": c.id, "result": "excluded", "reasons": reasons, "exception": ex} if {
	some c in scope.configurations
	count(configuration_blocking(c.id)) > 0
	ex := exception_for(c.id)
	reasons := array.concat(
		blocking_reasons(configuration_blocking(c.id)),
		[concat("", ["excluded under exception ", ex, ": ", exception_by_id(ex).reason])],
	)
}

configuration_results[c.id] := {"id": c.id, "result": "rejected", "reasons": reasons, "exception": null} if {
	some c in scope.configurations
	count(configuration_blocking(c.id)) > 0
	not exception_for(c.id)
	reasons := array.concat(blocking_reasons(configuration_blocking(c.id)), ["no valid exception excludes it"])
}

configuration_results[c.id] := {"id": c.id, "result": "rejected", "reasons": reasons, "exception": null} if {
	some c in scope.configurations
	count(configuration_blocking(c.id)) == 0
	count(global_blocking) > 0

	# The summary lists the update-wide findings; each configuration does not repeat the list.
	reasons := [concat("", ["the update as a whole fails (", format_int(count(global_blocking), 10), " update-wide blocking finding(s))"])]
}

configuration_results[c.id] := {"id": c.id, "result": "excluded", "reasons": [reason], "exception": x[0]} if {
	some c in scope.configurations
	count(configuration_blocking(c.id)) == 0
	count(global_blocking) == 0
	x := custom_exclusion_for(c.id)
	reason := concat("", ["excluded by ", x[1], " (", x[0], "): ", x[2]])
}

configuration_results[c.id] := {"id": c.id, "result": "approved", "reasons": ["passes every required control"], "exception": null} if {
	some c in scope.configurations
	count(configuration_blocking(c.id)) == 0
	count(global_blocking) == 0
	not custom_exclusion_for(c.id)
}

blocking_reasons(fs) := [m | some t in sort([[f.rule, f.message] | some f in fs]); m := concat("", [t[0], ": ", t[1]])]

ids_with(result) := sort([id | some id, r in configuration_results; r.result == result])

approved := ids_with("approved")

excluded := ids_with("excluded")

rejected := ids_with("rejected")

# Level of a control for one configuration.
control_level(ctl, id) := object.get(controls[ctl].configurations, [id, "level"], controls[ctl].level)

# Configuration maturity:
# Minimum over the required controls (configuration-specific where a control has per-configuration
# levels), raised to 5 when all are at least 4 and the configuration has a retained, succeeded
# deployment and a named retention owner.
configuration_maturity[c.id] := {"level": 5, "reason": reason} if {
	some c in scope.configurations
	min({control_level(ctl, c.id) | some ctl in maturity_controls}) >= 4
	c.id in retention.retained
	reason := "verified and retained: every required control verified, succeeded deployment records retained with a named owner"
}

configuration_maturity[c.id] := {"level": l, "reason": reason} if {
	some c in scope.configurations
	l := min({control_level(ctl, c.id) | some ctl in maturity_controls})
	not raised(c.id, l)
	weakest := sort([ctl | some ctl in maturity_controls; control_level(ctl, c.id) == l])
	reason := concat("", [lib.level_name[l], ": lowest required control(s) ", concat(", ", weakest), retained_note(l)])
}

raised(id, l) if {
	l >= 4
	id in retention.retained
}

retained_note(l) := "" if l < 4

else := "; no retained succeeded deployment record"

all_verified if every ctl in maturity_controls {
	controls[ctl].level >= 4
}

maturity_scope := approved if count(approved) > 0

else := sort([c.id | some c in scope.configurations])

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
		"lowest level of the ", scope_name, ": ",
		concat(", ", [concat("", [id, " ", format_int(configuration_maturity[id].level, 10)]) | some id in maturity_scope]),
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
	l := min({3, max({controls[ctl].level | some ctl in object.keys(controls)})})
	unverified := sort([concat("", [ctl, " ", format_int(controls[ctl].level, 10)]) |
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

minimum := lib.requirements.minimumMaturity

# A shortfall of the scope's maturity is a reason of its own only when nothing update-wide
# already fails: then every configuration is rejected for that, and the scope's level measures
# nothing that was approved (a change-control reject is not a maturity reject).
default maturity_shortfall := false

maturity_shortfall if {
	count(global_blocking) == 0
	overall.level < minimum
}

reject_reasons := [r |
	some [bad, r] in [
		[count(global_blocking) > 0, concat("", [format_int(count(global_blocking), 10), " update-wide blocking finding(s)"])],
		[count(rejected) > 0, concat("", ["rejected configuration(s): ", concat(", ", rejected)])],
		[count(approved) == 0, "no configuration approved"],
		[maturity_shortfall, concat("", ["maturity level ", format_int(overall.level, 10), " is below the required ", format_int(minimum, 10)])],
	]
	bad == true
]

# METADATA
# title: Decision
# description: reject, conditional (some configurations excluded) or approve.
outcome := "reject" if count(reject_reasons) > 0

else := "conditional" if count(excluded) > 0

else := "conditional" if count(custom_conditions) > 0

else := "approve"

update_name := concat("", [scope.product, " ", scope.fromVersion, " -> ", scope.toVersion, " for cohort ", scope.cohort])

summary := concat("", [
	"Reject ", update_name, ": ", concat("; ", reject_reasons),
	"; evidence maturity level ", format_int(overall.level, 10), ".",
]) if outcome == "reject"

else := concat("", [
	"Approve ", update_name, " only for ", concat(", ", approved), "; excluded: ",
	concat(", ", [concat("", [id, " (", configuration_results[id].exception, ")"]) | some id in excluded]),
	conditions_note, "; evidence maturity level ", format_int(overall.level, 10), ".",
]) if {
	outcome == "conditional"
	count(excluded) > 0
}

else := concat("", [
	"Approve ", update_name, " for every configuration (", concat(", ", approved), ")",
	conditions_note, "; evidence maturity level ", format_int(overall.level, 10), ".",
]) if {
	outcome == "conditional"
}

else := concat("", [
	"Approve ", update_name, ": every configuration (", concat(", ", approved),
	") passes every required control; evidence maturity level ", format_int(overall.level, 10), ".",
])

conditions_note := "" if count(custom_conditions) == 0

else := concat("", ["; under condition(s) ", concat(", ", [c.id | some c in custom_conditions])])

# METADATA
# title: Conditions
# description: >-
#   One per excluded configuration - stay on a version with a mitigation until a dated follow-up,
#   or excluded by a team package - then the team packages' own conditions.
conditions := array.flatten([exception_conditions, exclusion_conditions, custom_conditions])

exclusion_conditions := [c |
	some id in excluded
	x := custom_exclusion_for(id)
	configuration_results[id].exception == x[0]
	c := {
		"id": x[0],
		"configuration": id,
		"text": concat("", ["Configuration ", id, " is excluded by ", x[1], " and stays on ", scope.fromVersion, ": ", x[2]]),
		"followUpBy": null,
	}
]

exception_conditions := [c |
	some id in excluded
	ex := exception_by_id(configuration_results[id].exception)
	c := {
		"id": ex.id,
		"configuration": id,
		"text": concat("", [
			"Configuration ", id, " is excluded and stays on ", ex.remainOn, " (mitigation: ",
			trim_right(ex.mitigation, ". "), "); follow-up decision due by ", ex.followUpBy, " (accepted by ", ex.acceptedBy, ")",
		]),
		"followUpBy": ex.followUpBy,
		"remainOn": ex.remainOn,
		"mitigation": ex.mitigation,
		"acceptedBy": ex.acceptedBy,
	}
]

control_result(ctl) := "fail" if {
	some f in controls[ctl].findings
	f.severity == "violation"
} else := "gap" if {
	some f in controls[ctl].findings
	f.severity == "gap"
} else := "pass"

questions_spec := [
	{
		"id": "approved-before-signing",
		"question": "Was the update approved before signing and deployment?",
		"controls": ["approval"],
		"pass": "the release approval binds the artifact digests, precedes signing and deployment, and comes from authorized approvers who neither signed nor built",
	},
	{
		"id": "signed-by-authorized-key",
		"question": "Is the update package signed by an authorized key for this product and release?",
		"controls": ["signing"],
		"pass": "the manifest signature verifies with a key authorized for this product and version, valid at signing time and not revoked; every artifact matches",
	},
	{
		"id": "affected-versions-mapped",
		"question": "Is the affected-version analysis tied to product versions and vulnerability records?",
		"controls": ["affected-versions"],
		"pass": "every vulnerability in scope is tied to a record; the from-version is affected and the to-version fixed",
	},
	{
		"id": "rollback-recovery-tested",
		"question": "Are rollback and recovery conditions documented and tested?",
		"controls": ["rollback-recovery"],
		"pass": "rollback conditions are documented; rollback and recovery tests passed on every configuration's hardware",
	},
	{
		"id": "decisions-retained",
		"question": "Are deployment failures, exclusions, and customer notification decisions retained?",
		"controls": ["notification", "retention"],
		"pass": "retention owners and locations are named, exceptions are valid and the notification covers the affected operators",
	},
]

question_findings(q) := {f | some ctl in q.controls; some f in controls[ctl].findings}

answer(fs) := "fail" if {
	some f in fs
	f.severity == "violation"
} else := "gap" if {
	some f in fs
	f.severity == "gap"
} else := "pass"

# METADATA
# title: Questions
# description: The seed's five verification questions, answered pass, fail or gap with reasons and evidence ids.
questions := [a |
	some q in questions_spec
	fs := question_findings(q)
	ans := answer(fs)
	a := {
		"id": q.id,
		"question": q.question,
		"answer": ans,
		"reasons": question_reasons(q, fs, ans),
		"evidence": sort({id | some ctl in q.controls; some id in lib.supporting(ctl)} | {id | some f in fs; some id in f.evidence}),
	}
]

question_reasons(q, _, "pass") := [q.pass]

question_reasons(_, fs, ans) := [m |
	some t in sort([[f.rule, object.get(f, "configuration", ""), f.message] | some f in lib.blocking(fs)])
	m := concat("", [t[0], ": ", t[2]])
] if ans != "pass"

# METADATA
# title: Result
# description: The policy output (src/evaluate/policy-output.ts).
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
	"controls": [{"id": ctl, "result": control_result(ctl), "level": controls[ctl].level, "required": ctl in required_controls} |
		some ctl in sort(object.keys(controls))
	],
	"configurations": [configuration_results[id] | some id in sort(object.keys(configuration_results))],
	"questions": questions,
	"conditions": conditions,
	"findings": findings,
}
