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

test_failed_deployment if {
	rec := object.union(fx.deployments.records[0], {"outcome": "rolled-back"})
	inp := fx.with_record(fx.strong, "deployments", object.union(fx.deployments, {"records": [rec]}))
	["retention.deployment_failed", "warning", "reference"] in findings_for(inp)
	retention.retained == set() with input as inp with data.trust as fx.trust
	contains(retention.level_reason, "no succeeded deployment") with input as inp with data.trust as fx.trust
}

test_forged_acceptance_unsigned if {
	inp := fx.patch_item(fx.strong, "acceptance", {"attestation": null})
	["retention.exception_acceptance_unsigned", "violation", "regional"] in findings_for(inp)
	valid_for(inp) == set()
	some f in retention.findings with input as inp with data.trust as fx.trust
	f.rule == "retention.exception_acceptance_unsigned"
	contains(f.message, "has no risk-acceptance record signed by olga@buyer.example")
}

test_forged_acceptance_signed_by_another_key if {
	inp := fx.patch_item(fx.strong, "acceptance", {"attestation": fx.signed_with("carol-2026", "acceptance.yaml.sig")})
	valid_for(inp) == set()
}

test_acceptance_widened_after_signing if {
	inp := with_exception({"mitigation": "None needed", "followUpBy": "2027-06-01T00:00:00Z", "waives": ["rollback_recovery.recovery_test_missing", "signing.key_revoked"]})
	valid_for(inp) == set()
	some f in retention.findings with input as inp with data.trust as fx.trust
	f.rule == "retention.exception_acceptance_unsigned"
	contains(f.message, "(followUpBy, mitigation, waives differ)")
}

test_acceptance_waives_as_signed if {
	waives := ["rollback_recovery.recovery_test_missing", "rollback_recovery.rollback_test_missing"]
	accepted := object.union(fx.accepted_exc1, {"waives": waives})
	inp := fx.with_record(with_exception({"waives": waives}), "acceptance", object.union(fx.acceptance, {"exceptions": [accepted]}))
	valid_for(inp) == {"EXC-1"}
}

test_unsigned_deployments_not_retained if {
	inp := fx.patch_item(fx.strong, "deployments", {"attestation": null})
	retention.retained == set() with input as inp with data.trust as fx.trust
}
