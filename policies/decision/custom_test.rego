package update_gate.decision_custom_test

import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

result_with(inp, custom) := r if {
	r := decision.result with input as inp with data.trust as fx.trust with data.update_gate.custom as custom
}

config_results(r) := {c.id: c.result | some c in r.configurations}

rules_of(r) := {f.rule | some f in r.findings}

test_violation_strings_and_objects if {
	r := result_with(fx.all_tested, {"ops": {"violations": {
		"no change ticket",
		{"rule": "ops.window", "message": "outside the window", "severity": "info", "configuration": "regional"},
	}}})
	r.decision == "reject"
	found := {[f.rule, f.control, f.severity, object.get(f, "configuration", "")] | some f in r.findings; f.control == "custom.ops"}
	found == {["ops.violation", "custom.ops", "violation", ""], ["ops.window", "custom.ops", "violation", "regional"]}
}

test_conditions_make_approval_conditional if {
	r := result_with(fx.all_tested, {"ops": {"conditions": {{"id": "OPS-1", "text": "deploy during the maintenance window", "followUpBy": "2026-12-01T00:00:00Z"}}}})
	r.decision == "conditional"
	config_results(r) == {"reference": "approved", "regional": "approved"}
	r.conditions == [{"id": "OPS-1", "configuration": null, "text": "[custom.ops] deploy during the maintenance window", "followUpBy": "2026-12-01T00:00:00Z"}]
	contains(r.summary, "under condition(s) OPS-1")
	startswith(r.summary, "Approve IC-22 5.4.2 -> 5.4.3 for cohort A for every configuration (reference, regional)")
}

test_conditions_do_not_lift_a_rejection if {
	r := result_with(fx.weak, {"ops": {"conditions": {{"id": "OPS-1", "text": "t"}}}})
	r.decision == "reject"
}

test_exclusion_of_an_approved_configuration if {
	r := result_with(fx.all_tested, {"fleet": {"exclusions": {{"configuration": "regional", "reason": "pilot first on reference"}}}})
	r.decision == "conditional"
	config_results(r) == {"reference": "approved", "regional": "excluded"}
	r.configurations[1].exception == "custom.fleet:regional"
	r.conditions[0].id == "custom.fleet:regional"
	contains(r.conditions[0].text, "excluded by custom.fleet and stays on 5.4.2: pilot first on reference")
	contains(r.summary, "excluded: regional (custom.fleet:regional)")
}

test_exclusion_of_every_configuration_rejects if {
	r := result_with(fx.all_tested, {"fleet": {"exclusions": {
		{"id": "F-1", "configuration": "regional", "reason": "r"},
		{"id": "F-2", "configuration": "reference", "reason": "r"},
	}}})
	r.decision == "reject"
	contains(r.summary, "no configuration approved")
}

test_exclusion_never_lifts_a_rejection if {
	inp := fx.patch_package(fx.strong, {"exceptions": []})
	r := result_with(inp, {"fleet": {"exclusions": {{"configuration": "regional", "reason": "r"}}}})
	config_results(r).regional == "rejected"
	r.decision == "reject"
}

test_lowest_exclusion_id_wins if {
	r := result_with(fx.all_tested, {
		"a": {"exclusions": {{"id": "Z", "configuration": "regional", "reason": "z"}}},
		"b": {"exclusions": {{"id": "B", "configuration": "regional", "reason": "b"}}},
	})
	r.configurations[1].exception == "B"
}

test_malformed_contributions_fail_closed if {
	some kind in ["findings", "violations", "conditions", "exclusions"]
	r := result_with(fx.all_tested, {"bad": {kind: {{"nonsense": true}}}})
	r.decision == "reject"
	"custom.malformed_contribution" in rules_of(r)
}

test_exclusion_of_unknown_configuration_is_malformed if {
	r := result_with(fx.all_tested, {"fleet": {"exclusions": {{"configuration": "nowhere", "reason": "r"}}}})
	r.decision == "reject"
	"custom.malformed_contribution" in rules_of(r)
}

test_unknown_configuration_finding_is_update_wide if {
	r := result_with(fx.all_tested, {"ops": {"findings": {{"rule": "ops.x", "severity": "gap", "message": "m", "configuration": "nowhere"}}}})
	r.decision == "reject"
	some f in r.findings
	f.rule == "ops.x"
	not f.configuration
	f.message == "m (configuration nowhere is not in scope)"
}

test_warning_and_info_never_block if {
	r := result_with(fx.all_tested, {"ops": {"findings": {
		{"rule": "ops.w", "severity": "warning", "message": "w"},
		{"rule": "ops.i", "severity": "info", "message": "i", "configuration": "regional"},
	}}})
	r.decision == "approve"
}

test_requirements_overridden_by_data if {
	r := decision.result with input as fx.strong with data.trust as fx.trust with data.update_gate.requirements as {"requiredApprovals": 2}
	r.decision == "reject"
	"approval.insufficient_approvals" in rules_of(r)
}

test_requirements_override_keeps_other_keys if {
	r := decision.result with input as fx.all_tested with data.trust as fx.trust with data.update_gate.requirements as {"requiredApprovals": 1}
	r.decision == "approve"
	r2 := decision.result with input as fx.without(fx.all_tested, "deployments") with data.trust as fx.trust with data.update_gate.requirements as {"minimumMaturity": 5}
	r2.decision == "reject"
	contains(r2.summary, "below the required 5")
}

test_custom_package_reads_configuration_maturity if {
	r := decision.configuration_maturity with input as fx.strong with data.trust as fx.trust
	r.reference.level == 5
	r.regional.level == 3
}

company := {"company": {
	"questions": {"decisions-retained"},
	"violations": {{"rule": "signing.key_revoked", "message": "the notification was not sent"}},
}}

test_custom_control_in_the_controls_table if {
	r := result_with(fx.all_tested, company)
	[c | some c in r.controls; c.id == "custom.company"] == [{
		"id": "custom.company", "result": "fail", "level": null, "required": true,
		"questions": ["decisions-retained"],
	}]

	# sorted by id with the built-in controls
	ids := [c.id | some c in r.controls]
	ids == sort(ids)
}

test_team_package_without_findings_passes_in_the_table if {
	r := result_with(fx.all_tested, {"quiet": {"findings": set()}})
	[c.result | some c in r.controls; c.id == "custom.quiet"] == ["pass"]
}

test_custom_findings_answer_the_questions_they_bear_on if {
	r := result_with(fx.all_tested, company)
	answers := {q.id: q.answer | some q in r.questions}
	answers["decisions-retained"] == "fail"
	answers["signed-by-authorized-key"] == "pass"
	some q in r.questions
	q.id == "decisions-retained"
	q.reasons == ["signing.key_revoked [custom.company]: the notification was not sent"]
}

test_without_questions_a_custom_control_answers_none if {
	r := result_with(fx.all_tested, {"company": object.remove(company.company, ["questions"])})
	every q in r.questions {
		q.answer == "pass"
	}
}

test_unknown_question_is_malformed if {
	r := result_with(fx.all_tested, {"company": {"questions": {"is-it-safe"}}})
	"custom.malformed_contribution" in rules_of(r)
	r.decision == "reject"
}

test_maturity_reason_names_the_findings_when_none_is_approved if {
	r := result_with(fx.strong, company)
	r.decision == "reject"
	r.maturity.reason == "lowest level of the configurations in scope (none approved, because of signing.key_revoked [custom.company]): reference 5, regional 3"
}

test_configuration_reasons_show_the_team_control if {
	r := result_with(fx.all_tested, {"company": {"violations": {{"rule": "signing.key_revoked", "message": "m", "configuration": "regional"}}}})
	[c.reasons | some c in r.configurations; c.id == "regional"] == [["signing.key_revoked [custom.company]: m", "no valid exception excludes it"]]
}

weakened_by(r) := {[f.severity, f.message] | some f in r.findings; f.rule == "decision.requirement_weakened"}

refused(change, key) := ["violation", concat("", [
	"a data file ", change, "; the trust file owns the requirements: to allow it, name ", key,
	" under requirementOverrides.mayWeaken in the trust file",
])]

# A data file that lowers every requirement of the trust file: each weakening a blocking violation.
test_data_file_weakening_the_requirements_rejects if {
	lowered := {
		"requiredControls": ["signing"], "minimumMaturity": 1,
		"requiredApprovals": 0, "signedRecords": ["signing-event"],
	}
	r := decision.result with input as fx.signed with data.trust as fx.signed_trust
		with data.update_gate.requirements as lowered
	r.decision == "reject"
	weakened := weakened_by(r)
	count(weakened) == (2 + 6) + 6
	{severity | some [severity, _] in weakened} == {"violation"}
	refused("lowers requirements.minimumMaturity from 4 (the trust file's) to 1", "minimumMaturity") in weakened
	refused("lowers requirements.requiredApprovals from 1 (the trust file's) to 0", "requiredApprovals") in weakened
	controls := "leaves approval out of requirements.requiredControls, which the trust file requires"
	refused(concat("", [controls, " (its findings would no longer block)"]), "requiredControls") in weakened
	kinds := "leaves release-approval out of requirements.signedRecords, which the trust file requires signed"
	refused(concat("", [kinds, " (unsigned release-approval records would count)"]), "signedRecords") in weakened
	some f in r.findings
	f.rule == "decision.requirement_weakened"
	f.control == "requirements"
	not f.configuration
}

# The seed's weak package: approved with every requirement lifted before; rejected now.
test_data_file_lifting_every_required_control_rejects_weak if {
	lifted := {"requiredControls": [], "minimumMaturity": 1, "requiredApprovals": 0}
	r := decision.result with input as fx.weak with data.trust as fx.trust with data.update_gate.requirements as lifted
	r.decision == "reject"
	count(weakened_by(r)) == 9
}

# Allowed by the trust file: a warning for each, the decision as the data file says.
test_weakening_the_trust_file_allows_is_a_warning if {
	trust := object.union(fx.trust, {"requirementOverrides": {"mayWeaken": ["requiredApprovals"]}})
	r := decision.result with input as fx.all_tested with data.trust as trust
		with data.update_gate.requirements as {"requiredApprovals": 0}
	r.decision == "approve"
	weakened_by(r) == {["warning", concat("", [
		"a data file lowers requirements.requiredApprovals from 1 (the trust file's) to 0;",
		" the trust file allows it (requirementOverrides.mayWeaken names requiredApprovals)",
	])]}

	# another key stays a violation
	r2 := decision.result with input as fx.all_tested with data.trust as trust
		with data.update_gate.requirements as {"minimumMaturity": 3}
	r2.decision == "reject"
	{s | some [s, _] in weakened_by(r2)} == {"violation"}
}

# Adding a GitHub environment whose deployment approval counts widens who may approve: a weakening.
test_data_file_adding_an_approval_environment_rejects if {
	trust := object.union(fx.trust, {"requirements": object.union(fx.trust.requirements, {"deploymentApprovalEnvironments": ["production"]})})
	added := {"deploymentApprovalEnvironments": ["Production", "docs-preview"]}
	r := decision.result with input as fx.all_tested with data.trust as trust with data.update_gate.requirements as added
	r.decision == "reject"
	weakened_by(r) == {["violation", concat("", [
		"a data file adds docs-preview to requirements.deploymentApprovalEnvironments, which the ",
		"trust file does not list (a deployment approval of it would count as a signed approval);",
		" the trust file owns the requirements: to allow it, name deploymentApprovalEnvironments",
		" under requirementOverrides.mayWeaken in the trust file",
	])]}

	# Narrowing the list is no weakening.
	narrowed := decision.result with input as fx.all_tested with data.trust as trust
		with data.update_gate.requirements as {"deploymentApprovalEnvironments": []}
	weakened_by(narrowed) == set()
}

# Leaving out a check that blocks whatever requiredControls says weakens nothing.
test_leaving_out_an_always_blocking_check_is_no_weakening if {
	trust := object.union(fx.trust, {"requirements": object.union(fx.trust.requirements, {
		"requiredControls": array.concat(fx.trust.requirements.requiredControls, ["timeline", "change"]),
	})})
	r := decision.result with input as fx.all_tested with data.trust as trust
		with data.update_gate.requirements as {"requiredControls": fx.trust.requirements.requiredControls}
	weakened_by(r) == set()
	r.decision == "approve"
}

# Strengthening, or restating, the trust file's requirements is no finding.
test_strengthening_the_requirements_is_no_weakening if {
	stronger := {
		"requiredControls": array.concat(fx.trust.requirements.requiredControls, ["change"]),
		"minimumMaturity": 5, "requiredApprovals": 1, "signedRecords": ["release-approval"],
	}
	r := decision.result with input as fx.all_tested with data.trust as fx.trust
		with data.update_gate.requirements as stronger
	r.decision == "approve"
	count(weakened_by(r)) == 0
}
