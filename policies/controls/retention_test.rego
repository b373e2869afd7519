package update_gate.test.controls.retention_test

import data.update_gate.controls.retention
import data.update_gate.test.fixtures_test as fx

findings_for(inp) := fs if {
	fs := {[f.rule, f.severity, object.get(f, "configuration", "")] | some f in retention.findings} with input as inp with data.trust as fx.trust
}

with_exception(patch) := fx.patch_package(fx.strong, {"exceptions": [object.union(fx.exc1, patch)]})

valid_for(inp) := v if {
	v := retention.valid_exceptions with input as inp with data.trust as fx.trust
}

test_strong if {
	findings_for(fx.strong) == {["retention.known_gap", "info", ""]}
	valid_for(fx.strong) == {"EXC-1"}
	retention.retained == {"reference"} with input as fx.strong with data.trust as fx.trust
	retention.level == 4 with input as fx.strong with data.trust as fx.trust
	contains(retention.level_reason, "retained for reference") with input as fx.strong with data.trust as fx.trust
}

test_expired_follow_up if {
	inp := with_exception({"followUpBy": "2026-10-01T00:00:00Z"})
	["retention.exception_expired", "violation", "regional"] in findings_for(inp)
	valid_for(inp) == set()
}

test_unauthorized_acceptor if {
	inp := with_exception({"acceptedBy": "carol@supplier.example"})
	["retention.exception_acceptor_unauthorized", "violation", "regional"] in findings_for(inp)
	valid_for(inp) == set()
}

test_mitigation_and_remain_on if {
	f := findings_for(with_exception({"mitigation": "  ", "remainOn": "5.4.3"}))
	["retention.exception_mitigation_missing", "violation", "regional"] in f
	["retention.exception_remain_on_invalid", "violation", "regional"] in f
}

remain_on_messages(inp, trust) := {f.message |
	some f in retention.findings with input as inp with data.trust as trust
	f.rule == "retention.exception_remain_on_invalid"
}

# remainOn is what the configuration runs: the scope's from-version (F5), even when it is a
# version before the target.
remain_on_prefix := "exception EXC-1 for regional remains on "

test_remain_on_other_than_the_from_version if {
	expected := concat("", [remain_on_prefix, "0.0.1, not the version the configuration runs: expected 5.4.2 (the scope's from-version)"])
	remain_on_messages(with_exception({"remainOn": "0.0.1"}), fx.trust) == {expected}
	valid_for(with_exception({"remainOn": "5.4.1"})) == set()
}

inventory_running(version) := object.union(fx.trust, {"fleet": {"cohorts": [{
	"product": "IC-22", "cohort": "A",
	"configurations": [
		{"id": "reference", "hardware": "IC-22-REF-C", "version": "5.4.2"},
		{"id": "regional", "hardware": "IC-22-RG-B", "version": version},
	],
}]}})

# With a fleet inventory, also the version it says the configuration runs.
test_remain_on_checked_against_the_inventory if {
	remain_on_messages(fx.strong, inventory_running("5.4.2")) == set()
	inventory_only := concat("", [
		remain_on_prefix, "5.4.2, not the version the configuration runs: ",
		"expected 5.4.1 (the version the fleet inventory says it runs)",
	])
	remain_on_messages(fx.strong, inventory_running("5.4.1")) == {inventory_only}
	both := concat("", [
		remain_on_prefix, "0.0.1, not the version the configuration runs: ",
		"expected 5.4.2 (the scope's from-version) and 5.4.2 (the version the fleet inventory says it runs)",
	])
	remain_on_messages(with_exception({"remainOn": "0.0.1"}), inventory_running("5.4.2")) == {both}
}

test_incomplete_exception if {
	inp := fx.patch_package(fx.strong, {"exceptions": [object.remove(fx.exc1, ["acceptedAt"])]})
	["retention.exception_incomplete", "violation", "regional"] in findings_for(inp)
	valid_for(inp) == set()
}

test_unknown_configuration_and_unlisted_gap if {
	f := findings_for(fx.patch_package(with_exception({"configuration": "mars"}), {"knownGaps": []}))
	["retention.exception_unknown_configuration", "violation", ""] in f
	["retention.exception_gap_unlisted", "warning", "mars"] in f
}

test_no_retention if {
	inp := fx.without(fx.without(fx.patch_package(fx.strong, {"retention": null}), "deployments"), "acceptance")
	f := findings_for(inp)
	["retention.owner_missing", "gap", ""] in f
	["retention.location_missing", "gap", ""] in f
	["retention.deployment_records_missing", "info", ""] in f
	retention.level == 1 with input as inp with data.trust as fx.trust
	retention.retained == set() with input as inp with data.trust as fx.trust
}

test_blank_owner_and_location_name_no_one if {
	inp := fx.patch_package(fx.strong, {"retention": {"owners": [" ", "\t"], "locations": [""]}})
	f := findings_for(inp)
	["retention.owner_missing", "gap", ""] in f
	["retention.location_missing", "gap", ""] in f
}

# Deployment records show regional, excluded by EXC-1 to stay on 5.4.2, on 5.4.3 already.
deployed_to_regional(records) := fx.with_record(fx.strong, "deployments", object.union(fx.deployments, {"records": array.concat(
	fx.deployments.records,
	[object.union(fx.deployments.records[0], r) | some r in records],
)}))

regional_on(t, version, outcome) := {"configuration": "regional", "time": t, "version": version, "outcome": outcome}

test_exception_not_kept if {
	inp := deployed_to_regional([regional_on("2026-10-06T09:00:00Z", "5.4.3", "succeeded")])
	some f in retention.findings with input as inp with data.trust as fx.trust
	f.rule == "retention.exception_not_kept"
	f.configuration == "regional"
	contains(f.message, "the deployment records show it on 5.4.3 since 2026-10-06T09:00:00Z, not on 5.4.2")
	valid_for(inp) == set()
}

test_exception_kept_after_a_rollback_or_a_failure if {
	rolled_back := deployed_to_regional([
		regional_on("2026-10-06T09:00:00Z", "5.4.3", "succeeded"),
		regional_on("2026-10-06T10:00:00Z", "5.4.3", "rolled-back"),
	])
	valid_for(rolled_back) == {"EXC-1"}
	failed := deployed_to_regional([regional_on("2026-10-06T09:00:00Z", "5.4.3", "failed")])
	valid_for(failed) == {"EXC-1"}
}

test_failed_deployment if {
	rec := object.union(fx.deployments.records[0], {"outcome": "rolled-back"})
	inp := fx.with_record(fx.strong, "deployments", object.union(fx.deployments, {"records": [rec]}))
	["retention.deployment_failed", "warning", "reference"] in findings_for(inp)
	retention.retained == set() with input as inp with data.trust as fx.trust
	contains(retention.level_reason, "no succeeded deployment") with input as inp with data.trust as fx.trust
}

# The signed example (every record signed) and the trust requiring every kind signed.
signed_findings(inp) := fs if {
	fs := {[f.rule, f.severity, object.get(f, "configuration", "")] | some f in retention.findings} with input as inp with data.trust as fx.signed_trust
}

signed_valid(inp) := v if {
	v := retention.valid_exceptions with input as inp with data.trust as fx.signed_trust
}

signed_exception(patch) := fx.patch_package(fx.signed, {"exceptions": [object.union(fx.exc1, patch)]})

test_signed_acceptance if {
	signed_findings(fx.signed) == {["retention.known_gap", "info", ""]}
	signed_valid(fx.signed) == {"EXC-1"}
}

test_forged_acceptance_unsigned if {
	inp := fx.patch_item(fx.signed, "acceptance", {"attestation": null})
	["retention.exception_acceptance_unsigned", "violation", "regional"] in signed_findings(inp)
	signed_valid(inp) == set()
	some f in retention.findings with input as inp with data.trust as fx.signed_trust
	f.rule == "retention.exception_acceptance_unsigned"
	contains(f.message, "has no risk-acceptance record signed by olga@buyer.example")

	# Where risk acceptances need not be signed, the exception counts as before.
	valid_for(inp) == {"EXC-1"}
}

test_forged_acceptance_signed_by_another_key if {
	# A key the trust configuration authorizes for release approvals only: refused, so no acceptance.
	carol := fx.patch_item(fx.signed, "acceptance", {"attestation": fx.signed_with("carol-2026", "acceptance.yaml.sig")})
	signed_valid(carol) == set()

	# A key authorized for risk acceptances, but another risk acceptor's.
	trust := object.union(fx.signed_trust, {
		"keys": array.concat(fx.signed_trust.keys, [fx.record_key("rick-2026", "sha256:4400", ["risk-acceptance"])]),
		"approvers": array.concat(fx.signed_trust.approvers, [{
			"id": "rick@buyer.example", "name": "Rick", "roles": ["risk-acceptor"],
			"keys": ["rick-2026"], "identities": [], "github": null,
		}]),
	})
	rick := fx.patch_item(fx.signed, "acceptance", {"attestation": fx.signed_with("rick-2026", "acceptance.yaml.sig")})
	retention.valid_exceptions == set() with input as rick with data.trust as trust
}

test_acceptance_widened_after_signing if {
	inp := signed_exception({"mitigation": "None needed", "followUpBy": "2027-06-01T00:00:00Z", "waives": ["rollback_recovery.recovery_test_missing", "signing.key_revoked"]})
	signed_valid(inp) == set()
	some f in retention.findings with input as inp with data.trust as fx.signed_trust
	f.rule == "retention.exception_acceptance_unsigned"
	contains(f.message, "(followUpBy, mitigation, waives differ)")

	# Even where risk acceptances need not be signed: what the acceptor signed shows the widening.
	valid_for(inp) == set()
	["retention.exception_acceptance_unsigned", "violation", "regional"] in findings_for(inp)
}

test_acceptance_waives_as_signed if {
	waives := ["rollback_recovery.recovery_test_missing", "rollback_recovery.rollback_test_missing"]
	accepted := object.union(fx.accepted_exc1, {"waives": waives})
	inp := fx.with_record(signed_exception({"waives": waives}), "acceptance", object.union(fx.acceptance, {"exceptions": [accepted]}))
	signed_valid(inp) == {"EXC-1"}
}

test_unsigned_deployments_not_retained if {
	retention.retained == {"reference"} with input as fx.signed with data.trust as fx.signed_trust
	inp := fx.patch_item(fx.signed, "deployments", {"attestation": null})
	retention.retained == set() with input as inp with data.trust as fx.signed_trust

	# Where deployment records need not be signed, they count as before.
	retention.retained == {"reference"} with input as inp with data.trust as fx.trust
}

# The replay of exp2: olga's signed acceptance of cohort A's regional (IC-22-RG-B) in a cohort B
# package whose regional is other hardware. Configuration ids are unique only per cohort: it
# accepts nothing there. Nor does it cover a reason it does not say.
test_acceptance_of_another_cohort_or_hardware if {
	cohort_b := fx.patch_package(fx.signed, {"scope": {
		"cohort": "B",
		"configurations": array.concat(
			[c | some c in fx.signed.package.scope.configurations; c.id == "reference"],
			[{"id": "regional", "name": "Regional configuration", "hardware": "IC-22-RG-X"}],
		),
	}})
	signed_valid(cohort_b) == set()
	some f in retention.findings with input as cohort_b with data.trust as fx.signed_trust
	f.rule == "retention.exception_acceptance_unsigned"
	contains(f.message, "(cohort, hardware differ)")

	# Even where risk acceptances need not be signed.
	valid_for(cohort_b) == set()

	reason := signed_exception({"reason": "Regional hardware is end of life"})
	signed_valid(reason) == set()
	some g in retention.findings with input as reason with data.trust as fx.signed_trust
	contains(g.message, "(reason differ)")
}

# Deployment records of another cohort (or product): configuration ids are unique only within a
# cohort, so cohort B's "reference" is other devices; none of its records counts here.
other_fleet(patch) := fx.with_record(fx.strong, "deployments", object.union(fx.deployments, patch))

test_deployments_of_another_cohort_do_not_count if {
	inp := other_fleet({"cohort": "B"})
	f := findings_for(inp)
	["retention.deployment_records_scope_mismatch", "violation", ""] in f
	["retention.deployment_records_missing", "info", ""] in f
	retention.retained == set() with input as inp with data.trust as fx.trust
	some m in retention.findings with input as inp with data.trust as fx.trust
	m.rule == "retention.deployment_records_scope_mismatch"
	m.message == "deployment records deployments are for IC-22 cohort B, scope is IC-22 cohort A: they record another fleet's deployments, so none of them counts"
}

test_deployments_of_another_product_do_not_count if {
	inp := other_fleet({"product": "IC-23"})
	["retention.deployment_records_scope_mismatch", "violation", ""] in findings_for(inp)
	retention.retained == set() with input as inp with data.trust as fx.trust
}

test_deployments_naming_no_fleet_do_not_count if {
	inp := other_fleet({"product": null, "cohort": null})
	some m in retention.findings with input as inp with data.trust as fx.trust
	m.rule == "retention.deployment_records_scope_mismatch"
	contains(m.message, "are for (none named) cohort (none named)")
	retention.retained == set() with input as inp with data.trust as fx.trust
}
