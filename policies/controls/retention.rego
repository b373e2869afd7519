# METADATA
# title: Retention and exceptions
# description: >-
#   Are deployment failures, exclusions and decisions retained? Retention owners and locations
#   are named; deployment records are retained (level 5 per configuration); every exception has
#   a mitigation, a version to remain on, a follow-up date after the evaluation time and was
#   accepted by a risk acceptor; known gaps are listed.
# scope: package
package update_gate.controls.retention

import data.update_gate.lib

pkg := input.package

scope := input.package.scope

finding(rule, severity, message, evidence) := {
	"rule": rule,
	"control": "retention",
	"severity": severity,
	"message": message,
	"evidence": sort(evidence),
}

config_finding(rule, severity, message, evidence, configuration) := object.union(
	finding(rule, severity, message, evidence),
	{"configuration": configuration},
)

owners := object.get(pkg, ["retention", "owners"], [])

locations := object.get(pkg, ["retention", "locations"], [])

# METADATA
# title: Retention missing
# description: The package names no retention owner or no retention location.
findings contains finding("retention.owner_missing", "gap", msg, []) if {
	count(owners) == 0
	msg := concat("", [
		"no retention owner named: add retention.owners to ",
		"update-evidence.yaml (who keeps the release and deployment records, ",
		"docs/evidence-format.md#index-update-evidenceyaml)",
	])
}

findings contains finding("retention.location_missing", "gap", msg, []) if {
	count(locations) == 0
	msg := concat("", [
		"no retention location named: add retention.locations to ",
		"update-evidence.yaml (where the records are kept, ",
		"docs/evidence-format.md#index-update-evidenceyaml)",
	])
}

deployment_items := lib.records_of("deployment-records")

# METADATA
# title: No deployment records
# description: No deployment records; level 5 needs them.
findings contains finding("retention.deployment_records_missing", "info", msg, []) if {
	count(deployment_items) == 0
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
findings contains config_finding("retention.deployment_failed", "warning", msg, [e.id], r.configuration) if {
	some e in deployment_items
	some r in e.record.records
	r.version == scope.toVersion
	r.outcome != "succeeded"
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
	r.configuration in lib.configuration_ids
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
	some [rule, msg, bad] in [
		[
			"retention.exception_mitigation_missing", "has no mitigation",
			blank(object.get(ex, "mitigation", "")),
		],
		[
			"retention.exception_remain_on_invalid", concat("", ["remains on ", ex.remainOn, ", not a version before ", scope.toVersion]),
			not_before(ex.remainOn, scope.toVersion),
		],
		[
			"retention.exception_expired", concat("", ["follow-up date ", ex.followUpBy, " is not after the evaluation time ", input.evaluationTime]),
			not_after(object.get(ex, "followUpBy", ""), input.evaluationTime),
		],
		[
			"retention.exception_acceptor_unauthorized", concat("", ["was accepted by ", ex.acceptedBy, ", not a risk acceptor in the trust configuration"]),
			not_risk_acceptor(ex.acceptedBy),
		],
	]
	bad == true
	p := {"rule": rule, "message": concat("", ["exception ", ex.id, " for ", ex.configuration, " ", msg])}
}

# Each check is true unless the value is proven good, so a malformed exception is invalid.
blank(s) := false if trim_space(s) != ""

else := true

not_after(t, ref) := false if lib.ns(t) > lib.ns(ref)

else := true

not_before(v, target) := false if lib.version_lt(v, target)

else := true

not_risk_acceptor(id) := false if lib.has_role(id, "risk-acceptor")

else := true

# METADATA
# title: Exception invalid
# description: >-
#   An exception fails a check; it is a violation for its configuration, so the configuration
#   is rejected rather than excluded.
findings contains config_finding(p.rule, "violation", p.message, [id], ex.configuration) if {
	some ex in pkg.exceptions
	ex.configuration in lib.configuration_ids
	some id, problems in exception_problems
	id == ex.id
	some p in problems
}

# METADATA
# title: Exception for unknown configuration
# description: An exception names a configuration that is not in scope.
findings contains finding("retention.exception_unknown_configuration", "violation", msg, [ex.id]) if {
	some ex in pkg.exceptions
	not ex.configuration in lib.configuration_ids
	msg := concat("", ["exception ", ex.id, " names configuration ", ex.configuration, ", which is not in scope"])
}

# METADATA
# title: Exception without known gap
# description: An excepted configuration is not listed in the known gaps.
findings contains config_finding("retention.exception_gap_unlisted", "warning", msg, [ex.id], ex.configuration) if {
	some ex in pkg.exceptions
	not ex.configuration in {c | some g in pkg.knownGaps; some c in g.configurations}
	msg := concat("", ["exception ", ex.id, ": configuration ", ex.configuration, " is not listed in the known gaps"])
}

# METADATA
# title: Known gap
# description: A known gap the supplier lists, recorded for the reviewer.
findings contains finding("retention.known_gap", "info", msg, [g.id]) if {
	some g in pkg.knownGaps
	msg := concat("", [g.id, " (", concat(", ", sort(g.configurations)), "): ", g.description])
}

# METADATA
# title: Valid exceptions
# description: Ids of exceptions that pass every check and name a configuration in scope.
valid_exceptions contains id if {
	some id, problems in exception_problems
	count(problems) == 0
	some ex in pkg.exceptions
	ex.id == id
	ex.configuration in lib.configuration_ids
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

retained_reason := concat("", ["; succeeded deployments retained for ", concat(", ", sort(retained))]) if count(retained) > 0

else := "; no succeeded deployment retained"
