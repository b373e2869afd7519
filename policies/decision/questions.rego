# Questions:
# The seed's five verification questions, each answered from the findings of its controls.
# The table (question_table) is data; the answering logic is the same for every question.
# (package update_gate.decision: its METADATA is in decision.rego.)
package update_gate.decision

import data.update_gate.lib

# METADATA
# title: Question table
# description: Each question's id, wording, the controls that answer it and the reason given when it passes.
question_table := [
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

# METADATA
# title: Result of a set of findings
# description: fail when one is a violation, else gap when one is a gap, else pass (a control's result and a question's answer).
result_of(fs) := "fail" if {
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
	some q in question_table
	fs := question_findings[q.id]
	ans := result_of(fs)
	a := {
		"id": q.id,
		"question": q.question,
		"answer": ans,
		"reasons": question_reasons(q, fs, ans),
		"evidence": lib.sorted({id | some ctl in q.controls; some id in lib.supporting(ctl)} | {id | some f in fs; some id in f.evidence}),
	}
]

# METADATA
# title: Findings of each question
# description: By question id, the findings of its controls and those team packages file under it.
question_findings[q.id] := {f | some ctl in q.controls; some f in controls[ctl].findings} | object.get(custom_question_findings, q.id, set()) if {
	some q in question_table
}

# METADATA
# title: Blocking findings of each question, grouped
# description: >-
#   By [question id, rule label, configuration ("" when none)], the question's blocking findings,
#   grouped in one pass.
question_reason_groups[[id, rule_label(f), object.get(f, "configuration", "")]] contains f if {
	some id, fs in question_findings
	some f in lib.blocking(fs)
}

question_reasons(q, _, "pass") := [q.pass]

# The blocking findings as "rule: message", sorted by rule label, configuration and message (the
# order of sort([[label, configuration, message]])), from the groups: only the few labels, the
# configurations (once for all questions) and each group's messages are sorted.
question_reasons(q, fs, ans) := [concat("", [rule, ": ", message]) |
	some rule in sort({rule_label(f) | some f in lib.blocking(fs)})
	some configuration in finding_configurations
	group := question_reason_groups[[q.id, rule, configuration]]
	some message in lib.sorted([f.message | some f in group])
] if ans != "pass"
