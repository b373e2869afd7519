# METADATA
# title: Retention and exceptions
# description: >-
#   Are deployment failures, exclusions and decisions retained? Retention owners and locations
#   are named; deployment records are retained (level 5 per configuration); every exception has
#   a mitigation, remains on the version its configuration runs (the scope's from-version and,
#   with a fleet inventory, the inventory's), has a follow-up date after the evaluation time and
#   was accepted by a risk acceptor; known gaps are listed.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.controls.retention

import data.update_gate.fleet
import data.update_gate.lib

pkg := input.package

scope := input.package.scope

# METADATA
# title: Retention owners
# description: The named owners; a blank name names no one.
owners := named(object.get(pkg, ["retention", "owners"], []))

# METADATA
# title: Retention locations
# description: The named locations; a blank name names nowhere.
locations := named(object.get(pkg, ["retention", "locations"], []))

named(names) := [n | some n in names; trim_space(n) != ""]

# METADATA
# title: Retention missing
# description: The package names no retention owner or no retention location.
findings contains owner_missing_finding if {
	count(owners) == 0
}

owner_missing_finding := lib.finding({"rule": "retention.owner_missing", "severity": "gap", "message": msg, "evidence": []}) if {
	msg := concat("", [
		"no retention owner named: add retention.owners to ",
		"update-evidence.yaml (who keeps the release and deployment records, ",
		"docs/evidence-format.md#index-update-evidenceyaml)",
	])
}

findings contains location_missing_finding if {
	count(locations) == 0
}

location_missing_finding := lib.finding({"rule": "retention.location_missing", "severity": "gap", "message": msg, "evidence": []}) if {
	msg := concat("", [
		"no retention location named: add retention.locations to ",
		"update-evidence.yaml (where the records are kept, ",
		"docs/evidence-format.md#index-update-evidenceyaml)",
	])
}

deployment_items := lib.deployment_records

# METADATA
# title: Deployment records of another fleet
# description: >-
#   A deployment-records record names another product or cohort than the update in scope: it
#   records another fleet's deployments (configuration ids are unique only within a cohort),
#   so none of them counts here.
findings contains deployment_scope_mismatch_finding(e) if {
	some e in lib.records_of("deployment-records")
	not lib.deployments_in_scope(e.record)
}

deployment_scope_mismatch_finding(e) := lib.finding({"rule": "retention.deployment_records_scope_mismatch", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		"deployment records ", e.id, " are for ", record_field(e.record, "product"), " cohort ",
		record_field(e.record, "cohort"), ", scope is ", pkg.scope.product, " cohort ", pkg.scope.cohort,
		": they record another fleet's deployments, so none of them counts",
	])
}

record_field(record, field) := record[field] if is_string(record[field])

else := "(none named)"

# METADATA
# title: No deployment records
# description: No deployment records; level 5 needs them.
findings contains deployment_records_missing_finding if {
	count(deployment_items) == 0
}

deployment_records_missing_finding := lib.finding({"rule": "retention.deployment_records_missing", "severity": "info", "message": msg, "evidence": []}) if {
	msg := concat("", [
		"no deployment records retained: no configuration reaches level 5; add an ",
		"evidence item of kind deployment-records (schema ",
		"records/deployment-records.schema.json, example ",
		"docs/evidence-format.md#deployment-records)",
	])
}

# METADATA
# title: Deployment failed
# description: A retained deployment of the target version failed or was rolled back.
findings contains deployment_failed_finding(e, r) if {
	some e in deployment_items
	some r in e.record.records
	r.version == scope.toVersion
	r.outcome != "succeeded"
}

deployment_failed_finding(e, r) := lib.finding({
	"rule": "retention.deployment_failed",
	"severity": "warning",
	"message": msg,
	"evidence": [e.id],
	"configuration": r.configuration,
}) if {
	msg := concat("", ["deployment to ", r.configuration, " at ", r.time, " ", r.outcome])
}

# METADATA
# title: Configuration retained
# description: >-
#   Configurations with a retained, succeeded deployment of the target version and a named
#   retention owner.
retained contains r.configuration if {
	count(owners) > 0
	some e in deployment_items
	trim_space(e.record.retainedAt) != ""
	some r in e.record.records
	r.version == scope.toVersion
	r.outcome == "succeeded"
	lib.counts_for_hardware(e, lib.configurations[r.configuration].hardware)
}

# METADATA
# title: Exception problems
# description: Why each exception is invalid, by exception id; an exception with no problem is valid.
exception_problems[ex.id] := problems if {
	some ex in pkg.exceptions
	problems := exception_checks(ex) | incomplete(ex)
}

exception_fields := ["id", "configuration", "reason", "mitigation", "remainOn", "followUpBy", "acceptedBy", "acceptedAt"]

incomplete(ex) := {p |
	missing := [k | some k in exception_fields; not is_string(object.get(ex, k, null))]
	count(missing) > 0
	p := {
		"rule": "retention.exception_incomplete",
		"message": concat("", ["exception ", object.get(ex, "id", "?"), " lacks ", concat(", ", missing)]),
	}
}

exception_checks(ex) := {p |
	checkable(ex)
	some rule in exception_rules
	exception_fails(rule, ex)
	p := {"rule": rule, "message": concat("", ["exception ", ex.id, " for ", ex.configuration, " ", exception_message(rule, ex)])}
}

# The checks read these fields; an exception without them is only exception_incomplete.
checkable(ex) if {
	every k in ["id", "configuration", "remainOn", "followUpBy", "acceptedBy"] {
		is_string(ex[k])
	}
}

exception_rules := [
	"retention.exception_mitigation_missing",
	"retention.exception_remain_on_invalid",
	"retention.exception_expired",
	"retention.exception_acceptor_unauthorized",
	"retention.exception_acceptance_unsigned",
	"retention.exception_not_kept",
]

# Each check fails unless the value is proven good, so a malformed exception is invalid.
exception_fails("retention.exception_mitigation_missing", ex) if trim_space(object.get(ex, "mitigation", "")) == ""

exception_fails("retention.exception_mitigation_missing", ex) if not is_string(object.get(ex, "mitigation", ""))

# An excluded configuration stays on what it runs: remainOn is the scope's from-version and, when
# the fleet inventory gives the configuration's running version, that version.
exception_fails("retention.exception_remain_on_invalid", ex) if count(remain_on_expected(ex)) > 0

exception_fails("retention.exception_expired", ex) if not follow_up_after[ex.followUpBy]

exception_fails("retention.exception_acceptor_unauthorized", ex) if not risk_acceptors[ex.acceptedBy]

# Required: accepted as signed. Not required: an unsigned exception counts, but one that says
# other than what its acceptor signed does not.
exception_fails("retention.exception_acceptance_unsigned", ex) if {
	lib.signature_required("risk-acceptance")
	not lib.authentic_exception(ex)
}

exception_fails("retention.exception_acceptance_unsigned", ex) if {
	count(lib.signed_acceptances(ex)) > 0
	not lib.authentic_exception(ex)
}

# The excluded configuration already runs the target version: the exclusion is not kept.
exception_fails("retention.exception_not_kept", ex) if runs_target[ex.configuration]

exception_message("retention.exception_mitigation_missing", _) := "has no mitigation"

exception_message("retention.exception_remain_on_invalid", ex) := concat("", [
	"remains on ", ex.remainOn, ", not the version the configuration runs: expected ",
	concat(" and ", remain_on_expected(ex)),
])

# What remainOn should have been, for each source it differs from (none when it is right).
remain_on_expected(ex) := [text |
	some [version, source] in running_sources[ex.configuration]
	version != ex.remainOn
	text := concat("", [version, " (", source, ")"])
]

# METADATA
# title: Versions the excepted configurations run
# description: >-
#   By configuration an exception names, the versions it runs, each with where it is stated: the
#   scope's from-version and, when the fleet inventory lists the configuration, its version there.
# scope: document
running_sources[id] := [from_version_source, [fleet.inventory[id].version, "the version the fleet inventory says it runs"]] if {
	some id in excepted_configurations
	fleet.inventory[id]
}

running_sources[id] := [from_version_source] if {
	some id in excepted_configurations
	not fleet.inventory[id]
}

from_version_source := [scope.fromVersion, "the scope's from-version"]

exception_message("retention.exception_expired", ex) := concat("", [
	"follow-up date ", ex.followUpBy,
	" is not after the evaluation time ", input.evaluationTime,
])

exception_message("retention.exception_acceptor_unauthorized", ex) := concat("", ["was accepted by ", ex.acceptedBy, ", not a risk acceptor in the trust configuration"])

exception_message("retention.exception_acceptance_unsigned", ex) := concat("", [
	"says other than the acceptance ", ex.acceptedBy, " signed (", concat(", ", lib.acceptance_differences(ex)),
	" differ): it counts only as signed",
]) if {
	count(lib.signed_acceptances(ex)) > 0
} else := concat("", [
	"has no risk-acceptance record signed by ", ex.acceptedBy,
	" (a key or identity the trust configuration maps to them), and requirements.signedRecords",
	" requires signed risk-acceptance records: anyone who writes the package could have written it",
])

exception_message("retention.exception_not_kept", ex) := concat("", [
	"is not kept: the deployment records show it on ", scope.toVersion, " since ",
	runs_target[ex.configuration], ", not on ", ex.remainOn,
])

# METADATA
# title: Excepted configurations on the target version
# description: >-
#   By configuration that an exception excludes, the time of its latest deployment record when
#   every record at that time is a succeeded deployment of the target version: the
#   configuration runs it (a later record of another version or a rollback says it does not).
runs_target[c] := latest[0].time if {
	some c, records in excepted_deployments
	newest := max({lib.time_key(r.time) | some r in records})
	latest := [r | some r in records; lib.time_key(r.time) == newest]
	every r in latest {
		r.version == scope.toVersion
		r.outcome == "succeeded"
	}
}

# METADATA
# title: Deployment records of excepted configurations
# description: The deployment records of each configuration an exception excludes, in one pass.
excepted_deployments[r.configuration] contains r if {
	some e in deployment_items
	some r in e.record.records
	excepted_configurations[r.configuration]
}

excepted_configurations := {ex.configuration | some ex in pkg.exceptions}

# METADATA
# title: Follow-up dates after the evaluation time
# description: Computed once per distinct followUpBy value, not per exception.
follow_up_after contains t if {
	some t in {ex.followUpBy | some ex in pkg.exceptions}
	lib.time_lt(input.evaluationTime, t)
}

# METADATA
# title: Risk acceptors
# description: The approvers with the risk-acceptor role in the trust configuration.
risk_acceptors contains a.id if {
	some a in data.trust.approvers
	"risk-acceptor" in a.roles
}

# METADATA
# title: Exception invalid
# description: >-
#   An exception fails a check; it is a violation for its configuration, so the configuration
#   is rejected rather than excluded.
findings contains lib.finding({"rule": p.rule, "severity": "violation", "message": p.message, "evidence": [id], "configuration": ex.configuration}) if {
	some ex in pkg.exceptions
	lib.configurations[ex.configuration]
	id := ex.id
	some p in exception_problems[id]
}

# METADATA
# title: Exception for unknown configuration
# description: An exception names a configuration that is not in scope.
findings contains exception_unknown_configuration_finding(ex) if {
	some ex in pkg.exceptions
	not lib.configurations[ex.configuration]
}

exception_unknown_configuration_finding(ex) := lib.finding({"rule": "retention.exception_unknown_configuration", "severity": "violation", "message": msg, "evidence": [ex.id]}) if {
	msg := concat("", ["exception ", ex.id, " names configuration ", ex.configuration, ", which is not in scope"])
}

# METADATA
# title: Exception without known gap
# description: An excepted configuration is not listed in the known gaps.
findings contains exception_gap_unlisted_finding(ex) if {
	some ex in pkg.exceptions
	not gap_configurations[ex.configuration]
}

exception_gap_unlisted_finding(ex) := lib.finding({
	"rule": "retention.exception_gap_unlisted",
	"severity": "warning",
	"message": msg,
	"evidence": [ex.id],
	"configuration": ex.configuration,
}) if {
	msg := concat("", ["exception ", ex.id, ": configuration ", ex.configuration, " is not listed in the known gaps"])
}

# METADATA
# title: Configurations with a known gap
# description: The configurations the known gaps list.
gap_configurations contains c if {
	some g in pkg.knownGaps
	some c in g.configurations
}

# METADATA
# title: Known gap
# description: A known gap the supplier lists, recorded for the reviewer.
findings contains known_gap_finding(g) if {
	some g in pkg.knownGaps
}

known_gap_finding(g) := lib.finding({"rule": "retention.known_gap", "severity": "info", "message": msg, "evidence": [g.id]}) if {
	msg := concat("", [g.id, " (", concat(", ", sort(g.configurations)), "): ", g.description])
}

# METADATA
# title: Valid exceptions
# description: Ids of exceptions that pass every check and name a configuration in scope.
valid_exceptions contains ex.id if {
	some ex in pkg.exceptions
	count(exception_problems[ex.id]) == 0
	lib.configurations[ex.configuration]
}

# METADATA
# title: Verified
# description: Owners and locations named and no update-wide violation or gap.
verified if {
	count(owners) > 0
	count(locations) > 0
	count({f | some f in lib.blocking(findings); not f.configuration}) == 0
}

# METADATA
# title: Level
# description: 4 when verified (5 is reached per configuration with retained deployments), else the evidence present capped at 3.
level := 4 if verified

else := lib.unverified("retention", findings).level

# METADATA
# title: Level reason
# description: Why the control has its level.
level_reason := concat("", [
	"verified: retained by ", concat(", ", owners), " in ", concat(", ", locations),
	retained_reason,
]) if verified

else := lib.unverified("retention", findings).reason

retained_reason := concat("", ["; succeeded deployments retained for ", concat(", ", lib.sorted(retained))]) if count(retained) > 0

else := "; no succeeded deployment retained"
