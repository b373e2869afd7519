package update_gate.decision_test

import data.update_gate.decision
import data.update_gate.lib
import data.update_gate.test.fixtures_test as fx

result_for(inp) := r if {
	r := decision.result with input as inp with data.trust as fx.trust
}

config_results(r) := {c.id: c.result | some c in r.configurations}

test_strong_conditional if {
	r := result_for(fx.strong)
	r.decision == "conditional"
	r.maturity.level == 5
	config_results(r) == {"reference": "approved", "regional": "excluded"}
	r.configurations[1].exception == "EXC-1"
	[c.id | some c in r.conditions] == ["EXC-1"]
	r.conditions[0].followUpBy == "2027-01-15T00:00:00Z"
	contains(r.conditions[0].text, "stays on 5.4.2")
	{q.id: q.answer | some q in r.questions}["rollback-recovery-tested"] == "gap"
	startswith(r.summary, "Approve IC-22 5.4.2 -> 5.4.3 for cohort A only for reference")
	r.apiVersion == "update-gate.dev/policy-output/v1"
}

test_strong_without_deployments_level_4 if {
	r := result_for(fx.without(fx.strong, "deployments"))
	r.decision == "conditional"
	r.maturity.level == 4
}

test_all_tested_approve if {
	r := result_for(fx.all_tested)
	r.decision == "approve"
	config_results(r) == {"reference": "approved", "regional": "approved"}
	every q in r.questions {
		q.answer == "pass"
	}
	every c in r.controls {
		c.result == "pass"
	}
	r.conditions == []
}

test_weak_reject_level_1 if {
	r := result_for(fx.weak)
	r.decision == "reject"
	r.maturity.level == 1
	config_results(r) == {"reference": "rejected", "regional": "rejected"}
}

test_better_reject_level_3 if {
	r := result_for(fx.better)
	r.decision == "reject"
	r.maturity.level == 3
	some f in r.findings
	f.rule == "signing.signing_event_missing"
	f.severity == "gap"
}

test_missing_recovery_test_without_exception if {
	r := result_for(fx.patch_package(fx.strong, {"exceptions": []}))
	r.decision == "reject"
	config_results(r) == {"reference": "approved", "regional": "rejected"}
}

test_expired_exception_rejects if {
	r := result_for(fx.patch_package(fx.strong, {"exceptions": [object.union(fx.exc1, {"followUpBy": "2026-10-01T00:00:00Z"})]}))
	r.decision == "reject"
	config_results(r).regional == "rejected"
}

test_unauthorized_acceptor_rejects if {
	r := result_for(fx.patch_package(fx.strong, {"exceptions": [object.union(fx.exc1, {"acceptedBy": "mallory@example"})]}))
	r.decision == "reject"
}

test_global_violation_rejects_all if {
	r := result_for(fx.with_record(fx.all_tested, "notification", object.union(fx.notification, {"scope": {"configurations": ["reference"]}})))
	r.decision == "reject"
	config_results(r) == {"reference": "rejected", "regional": "rejected"}
	{q.id: q.answer | some q in r.questions}["decisions-retained"] == "fail"
	some c in r.controls
	c.id == "notification"
	c.result == "fail"
}

test_affected_version_mismatch_rejects if {
	inp := fx.with_record(fx.all_tested, "affected-versions", object.union(fx.affected, {"product": "IC-30"}))
	result_for(inp).decision == "reject"
}

test_custom_team_findings_aggregated if {
	custom := {"ot-security": {"findings": {
		{"rule": "ot.port_closed", "control": "ignored", "severity": "violation", "message": "port 502 open", "evidence": ["manifest"]},
		{"rule": "ot.note", "severity": "info", "message": "reviewed", "configuration": "reference"},
		{"rule": "ot.weird", "severity": "fatal", "message": "unknown severity"},
	}}}
	r := decision.result with input as fx.all_tested with data.trust as fx.trust with data.update_gate.custom as custom
	r.decision == "reject"
	found := {[f.rule, f.control, f.severity] | some f in r.findings; startswith(f.rule, "ot.")}
	found == {
		["ot.port_closed", "custom.ot-security", "violation"],
		["ot.note", "custom.ot-security", "info"],
		["ot.weird", "custom.ot-security", "violation"],
	}
}

pilot_gap := {"rule": "fleet.pilot", "severity": "gap", "message": "no pilot", "configuration": "regional"}

regional(r) := [c | some c in r.configurations; c.id == "regional"][0]

recovery_missing := "rollback_recovery.recovery_test_missing"

known_gap := "fleet.known_gap"

# The known gap GAP-1 on regional as the strong example's findings give it ({rule, message}).
gap1_waived(r) := {"rule": known_gap, "message": message} if {
	some f in r.findings
	f.rule == known_gap
	message := f.message
}

# The strong example: EXC-1 waives the regional recovery test its waives list names, and the
# known gap GAP-1 (every valid exception of the configuration waives its known gap).
test_exc1_waives_the_recovery_test if {
	c := regional(result_for(fx.strong))
	c.result == "excluded"
	c.exception == "EXC-1"
	[w.exception | some w in c.waivers] == ["EXC-1"]
	[f.rule | some f in c.waivers[0].waived] == [known_gap, recovery_missing]
	c.waivers[0].notWaived == []
	some reason in c.reasons
	startswith(reason, "rollback_recovery.recovery_test_missing: recovery test not run on regional")
	endswith(reason, "that waives this rule (waived by EXC-1)")
}

# EXC-1 waives only the recovery test: a team finding on regional is not waived.
test_custom_configuration_finding_needs_a_waiver if {
	r := decision.result with input as fx.strong with data.trust as fx.trust
		with data.update_gate.custom as {"fleet": {"findings": {pilot_gap}}}
	r.decision == "reject"
	config_results(r) == {"reference": "approved", "regional": "rejected"}
	c := regional(r)
	c.exception == null
	c.waivers == [{
		"exception": "EXC-1",
		"waived": [gap1_waived(r), {"rule": recovery_missing, "message": [f.message | some f in r.findings; f.rule == recovery_missing][0]}],
		"notWaived": [{"rule": "fleet.pilot", "message": "no pilot", "why": "not-in-waives"}],
	}]
	"fleet.pilot [custom.fleet]: no pilot (not waived: not in the waives of EXC-1)" in c.reasons
	"its valid exceptions do not waive every blocking finding on it" in c.reasons
}

test_exception_naming_every_blocking_rule_excludes if {
	exc := object.union(fx.exc1, {"waives": [recovery_missing, "fleet.pilot"]})
	r := decision.result with input as fx.with_exceptions(fx.strong, [exc]) with data.trust as fx.trust
		with data.update_gate.custom as {"fleet": {"findings": {pilot_gap}}}
	r.decision == "conditional"
	config_results(r) == {"reference": "approved", "regional": "excluded"}
	"fleet.pilot [custom.fleet]: no pilot (waived by EXC-1)" in regional(r).reasons
}

# Two exceptions that each waive part of the findings exclude together; the smallest id that
# waives one is the configuration's exception.
test_exceptions_waive_together if {
	exc2 := object.union(fx.exc1, {"id": "EXC-0", "waives": ["fleet.pilot"]})
	r := decision.result with input as fx.with_exceptions(fx.strong, [fx.exc1, exc2]) with data.trust as fx.trust
		with data.update_gate.custom as {"fleet": {"findings": {pilot_gap}}}
	c := regional(r)
	c.result == "excluded"
	c.exception == "EXC-0"
	[w.exception | some w in c.waivers] == ["EXC-0", "EXC-1"]
	"fleet.pilot [custom.fleet]: no pilot (waived by EXC-0)" in c.reasons
	c.waivers[0].notWaived[0].rule == recovery_missing
}

test_unwaivable_finding_rejects_despite_an_exception_naming_it if {
	exc := object.union(fx.exc1, {"waives": [recovery_missing, "fleet.pilot"]})
	gap := object.union(pilot_gap, {"waivable": false})
	r := decision.result with input as fx.with_exceptions(fx.strong, [exc]) with data.trust as fx.trust
		with data.update_gate.custom as {"fleet": {"findings": {gap}}}
	r.decision == "reject"
	config_results(r) == {"reference": "approved", "regional": "rejected"}
	c := regional(r)
	c.waivers[0].notWaived == [{"rule": "fleet.pilot", "message": "no pilot", "why": "not-waivable"}]
	"fleet.pilot [custom.fleet]: no pilot (not waived: its rule marks it waivable: false)" in c.reasons
	some f in r.findings
	f.rule == "fleet.pilot"
	f.waivable == false
}

test_unwaivable_violation_rejects if {
	exc := object.union(fx.exc1, {"waives": [recovery_missing, "fleet.pilot"]})
	v := {"rule": "fleet.pilot", "message": "no pilot", "configuration": "regional", "waivable": false}
	r := decision.result with input as fx.with_exceptions(fx.strong, [exc]) with data.trust as fx.trust
		with data.update_gate.custom as {"fleet": {"violations": {v}}}
	config_results(r).regional == "rejected"
}

# A control's rule marks its findings not waivable through lib.finding.
test_control_finding_marked_unwaivable if {
	exc := object.union(fx.exc1, {"waives": [recovery_missing, "pilot.missing"]})
	pilot := {
		"findings": {lib.finding({
			"rule": "pilot.missing", "severity": "gap", "message": "no pilot",
			"evidence": [], "configuration": "regional", "waivable": false,
		})},
		"level": 5, "level_reason": "r",
	}
	trust := object.union(fx.trust, {"requirements": {"requiredControls": array.concat(fx.trust.requirements.requiredControls, ["pilot"])}})
	r := decision.result with input as fx.with_exceptions(fx.strong, [exc]) with data.trust as trust
		with data.update_gate.controls.pilot as pilot
	c := regional(r)
	c.result == "rejected"
	c.waivers[0].notWaived == [{"rule": "pilot.missing", "message": "no pilot", "why": "not-waivable"}]
}

test_exception_without_waives_waives_nothing if {
	exc := object.remove(fx.exc1, ["waives"])
	r := decision.result with input as fx.with_exceptions(fx.strong, [exc]) with data.trust as fx.trust
	r.decision == "reject"
	config_results(r) == {"reference": "approved", "regional": "rejected"}
	c := regional(r)
	c.waivers[0].waived == [gap1_waived(r)]
	some reason in c.reasons
	endswith(reason, "(not waived: not in the waives of EXC-1)")
}

test_configuration_without_findings_has_no_waivers if {
	r := result_for(fx.strong)
	[c.waivers | some c in r.configurations; c.id == "reference"] == [[]]
}

test_minimum_maturity if {
	trust := object.union(fx.trust, {"requirements": {"minimumMaturity": 5}})
	r := decision.result with input as fx.without(fx.all_tested, "deployments") with data.trust as trust
	r.decision == "reject"
	contains(r.summary, "below the required 5")
}

test_non_required_control_ignored if {
	trust := object.union(fx.trust, {"requirements": {"requiredControls": ["signing", "approval", "rollback-recovery"]}})
	inp := fx.without(fx.all_tested, "notification")
	r := decision.result with input as inp with data.trust as trust
	r.decision == "approve"
	some c in r.controls
	c.id == "notification"
	c.required == false
	c.result == "gap"
}

test_unknown_required_control_rejects if {
	trust := object.union(fx.trust, {"requirements": {"requiredControls": ["signin"]}})
	r := decision.result with input as fx.weak with data.trust as trust
	r.decision == "reject"
	some f in r.findings
	f.rule == "decision.unknown_required_control"
	f.control == "signin"
	contains(f.message, "names signin, which is no control of this policy (known: affected-versions, approval,")

	# custom.<team> of a team package present is a known control
	custom := {"ops": {"findings": set()}}
	trust_ops := object.union(fx.trust, {"requirements": {"requiredControls": ["signing", "custom.ops"]}})
	rules := {f.rule | some f in decision.result.findings} with input as fx.all_tested
		with data.trust as trust_ops
		with data.update_gate.custom as custom
	not "decision.unknown_required_control" in rules
}

test_no_required_controls_uses_all if {
	trust := object.union(fx.trust, {"requirements": {"requiredControls": [], "minimumMaturity": 1}})
	r := decision.result with input as fx.weak with data.trust as trust
	r.decision == "approve"
	r.maturity.level == 1
}

test_no_configurations if {
	r := result_for(fx.patch_package(fx.all_tested, {"scope": {"configurations": []}}))
	r.decision == "reject"
	contains(r.summary, "no configuration approved")
}

test_findings_sorted if {
	r := result_for(fx.weak)
	keys := [[f.control, f.rule] | some f in r.findings]
	keys == sort(keys)
}

# A valid exception excludes its configuration even when nothing blocks on it (F3): the signed
# acceptance says it stays on remainOn, so it is excluded under the exception's condition.
exc_on_tested_regional := object.union(fx.exc1, {"reason": "Regional must not get 5.4.3 yet.", "waives": []})

# all-tested (both configurations pass every control) with that exception on regional; without
# deployment records, which show regional on 5.4.3 (the exclusion would not be kept).
excepted_all_tested := fx.without(
	fx.patch_package(fx.with_exceptions(fx.all_tested, [exc_on_tested_regional]), {"knownGaps": []}),
	"deployments",
)

test_valid_exception_excludes_a_configuration_without_blocking_findings if {
	r := result_for(excepted_all_tested)
	r.decision == "conditional"
	config_results(r) == {"reference": "approved", "regional": "excluded"}
	c := regional(r)
	c.exception == "EXC-1"
	c.waivers == []
	c.reasons == ["excluded under exception EXC-1: Regional must not get 5.4.3 yet. (no blocking finding on it; the accepted exception keeps it on 5.4.2)"]
	[[x.id, x.configuration, x.remainOn] | some x in r.conditions] == [["EXC-1", "regional", "5.4.2"]]
	contains(r.summary, "only for reference; excluded: regional (EXC-1)")
}

# An exception that is not valid excludes nothing: the configuration is approved (and the
# exception's own violation rejects it).
test_invalid_exception_does_not_exclude if {
	exc := object.union(exc_on_tested_regional, {"acceptedBy": "carol@supplier.example"})
	r := result_for(fx.without(fx.patch_package(fx.with_exceptions(fx.all_tested, [exc]), {"knownGaps": []}), "deployments"))
	config_results(r).regional == "rejected"
	regional(r).exception == null
}

# With an update-wide failure the excepted configuration stays excluded (it does not get the
# update either way); the others are rejected and so is the update.
test_valid_exception_excludes_when_the_update_fails if {
	r := decision.result with input as fx.without(excepted_all_tested, "approval") with data.trust as fx.trust
	r.decision == "reject"
	config_results(r) == {"reference": "rejected", "regional": "excluded"}
}

# The exception takes precedence over a team's exclusion of the same configuration.
test_valid_exception_before_a_team_exclusion if {
	exclusion := {"id": "PILOT-1", "configuration": "regional", "reason": "pilot only"}
	r := decision.result with input as excepted_all_tested with data.trust as fx.trust
		with data.update_gate.custom as {"fleet": {"exclusions": {exclusion}}}
	regional(r).exception == "EXC-1"
}

# Evidence from the future: rejected (timeline.evidence_from_the_future), and never credited.
test_maturity_leaves_out_deployments_from_the_future if {
	deployments := fx.record_of(fx.all_tested, "deployments")
	later := [object.union(d, {"time": "2026-12-01T09:00:00Z"}) | some d in deployments.records]
	r := result_for(fx.with_record(fx.all_tested, "deployments", object.union(deployments, {"records": later})))
	r.decision == "reject"
	"timeline.evidence_from_the_future" in fx.rules(r.findings)

	# as without the deployment records: level 4, not 5
	r.maturity.level == 4
	{id: m.level | some id, m in r.maturity.configurations} == {"reference": 4, "regional": 4}
	startswith(r.maturity.controls.retention.reason, "evidence dated after the evaluation time not counted (deployments); verified:")
	not contains(r.maturity.controls.signing.reason, "not counted")
}

test_maturity_with_all_evidence_from_the_future if {
	r := result_for(object.union(fx.all_tested, {"evaluationTime": "2026-01-01T00:00:00Z"}))
	r.decision == "reject"

	# only the index's retention owners and locations are left: capped at 3, as without evidence
	r.maturity.level == 3
	{c.id: c.level | some c in r.controls; c.level > 1} == {"retention": 4}
	startswith(r.maturity.controls.approval.reason, "evidence dated after the evaluation time not counted (approval); ")

	# the findings are those of all the evidence: the approval is there, only from the future
	not "approval.missing" in fx.rules(r.findings)
}
