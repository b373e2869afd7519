# METADATA
# title: Fleet inventory
# description: >-
#   The buyer's fleet, not the package, decides the scope. With a fleet inventory in the trust
#   configuration (data.trust.fleet: per product and cohort, the configurations with their
#   hardware and running version), a configuration of the cohort missing from the package's scope
#   is not covered by the evidence, a configuration the inventory does not know is a violation, a
#   from-version other than what a configuration runs is a violation, and a to-version not above
#   it is a rollback unless the trust configuration allows a downgrade for the product (with a
#   reason). An update older than a version approved earlier for the cohort (retained reports,
#   or the inventory's approvedVersions) is flagged. With or without an inventory, the update
#   itself must be an upgrade (to-version above from-version in the product's version scheme)
#   unless a downgrade of the product is allowed, and each configuration in scope that a known
#   gap of the package names has a blocking finding only a valid exception of it waives. Its
#   findings always block, whatever requiredControls says; it is not a maturity control. Without
#   an inventory the scope is as the package declares it and the output says so.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.fleet

import data.update_gate.lib

scope := input.package.scope

# METADATA
# title: Inventory given
# description: The trust configuration holds a fleet inventory.
given if is_object(data.trust.fleet)

# METADATA
# title: Cohort inventory
# description: The inventory entry of the product and cohort in scope.
cohort := c if {
	some c in data.trust.fleet.cohorts
	c.product == scope.product
	c.cohort == scope.cohort
}

# METADATA
# title: Inventory by configuration id
# description: >-
#   The cohort's configurations by id, built once (a complete rule: each lookup is a key lookup,
#   never a scan of the inventory).
inventory := {c.id: c | some c in cohort.configurations}

# The ids of the configurations in scope, built once (lib.configuration_ids), for key lookups.
in_scope := lib.configuration_ids

partial_allowed if cohort.allowPartial == true

# METADATA
# title: Downgrade allowance
# description: The reason the trust configuration gives for allowing a downgrade of the product.
downgrade_reason := d.reason if {
	some d in object.get(data.trust.fleet, "downgrades", [])
	d.product == scope.product
}

# METADATA
# title: Known gap of a configuration
# description: >-
#   A known gap names configurations the supplier says the update does not fully serve: each
#   named configuration in scope has a blocking gap, which only a valid exception of that
#   configuration waives (decision: every valid exception of the configuration waives it,
#   whatever its waives list), so it ends excluded under the exception or rejected. One pass
#   over the gaps and the names they list.
findings contains known_gap_finding(g, id) if {
	some g in input.package.knownGaps
	some id in g.configurations
	lib.configurations[id]
}

known_gap_finding(g, id) := lib.finding({
	"rule": "fleet.known_gap",
	"severity": "gap",
	"message": concat("", [
		"known gap ", g.id, ": the supplier says the update does not fully serve configuration ", id,
		" (", trim_right(g.description, ". "), "); only a valid exception of ", id,
		" (docs/evidence-format.md#index-update-evidenceyaml), which keeps it on ", scope.fromVersion,
		", lets the update go ahead without it",
	]),
	"evidence": [],
	"configuration": id,
})

# METADATA
# title: Known gap names an unknown configuration
# description: >-
#   A known gap names a configuration that is not in scope (update-wide), nor one of the
#   cohort's a partial update leaves out (excluded, where a gap about it changes nothing).
findings contains known_gap_unknown_configuration_finding(g, id) if {
	some g in input.package.knownGaps
	some id in g.configurations
	not lib.configurations[id]
	not excluded[id]
}

known_gap_unknown_configuration_finding(g, id) := lib.finding({
	"rule": "fleet.known_gap_unknown_configuration",
	"severity": "violation",
	"message": concat("", [
		"known gap ", g.id, " names configuration ", id, ", which is not in scope: ",
		"the gap the supplier declares must be on a configuration the decision covers",
	]),
	"evidence": [],
})

# METADATA
# title: Cohort unknown
# description: The inventory has no entry for the product and cohort in scope.
findings contains cohort_unknown_finding if {
	given
	not cohort
}

cohort_unknown_finding := lib.finding({
	"rule": "fleet.cohort_unknown",
	"severity": "violation",
	"message": concat("", ["the fleet inventory has no cohort ", scope.cohort, " of ", scope.product]),
	"evidence": [],
})

# METADATA
# title: Configuration not covered
# description: >-
#   A configuration of the cohort is missing from the package's scope: neither approved nor
#   silently skipped. Update-wide, so the update is rejected, unless the cohort allows partial
#   updates: then a warning and a condition naming it.
findings contains configuration_not_covered_finding(c) if {
	some c in not_covered
}

configuration_not_covered_finding(c) := lib.finding({
	"rule": "fleet.configuration_not_covered",
	"severity": not_covered_severity,
	"message": not_covered_message(c),
	"evidence": [],
})

not_covered_severity := "warning" if partial_allowed

else := "violation"

not_covered_message(c) := concat("", [
	"configuration ", c.id, " (", c.hardware, ", running ", c.version, ") of cohort ", scope.cohort,
	" is not covered by the evidence",
])

# METADATA
# title: Configurations not covered
# description: The cohort's configurations the package's scope leaves out.
not_covered contains c if {
	some c in cohort.configurations
	not in_scope[c.id]
}

# METADATA
# title: Configuration unknown
# description: A configuration in the scope that the cohort's inventory does not know.
findings contains configuration_unknown_finding(c) if {
	cohort
	some c in scope.configurations
	not inventory[c.id]
}

configuration_unknown_finding(c) := lib.finding({
	"rule": "fleet.configuration_unknown",
	"severity": "violation",
	"message": concat("", ["configuration ", c.id, " is not in the fleet inventory of cohort ", scope.cohort]),
	"evidence": [],
	"configuration": c.id,
})

# METADATA
# title: Hardware mismatch
# description: The scope names other hardware for a configuration than the inventory.
findings contains hardware_mismatch_finding(c) if {
	some c in scope.configurations
	inventory[c.id].hardware != c.hardware
}

hardware_mismatch_finding(c) := lib.finding({
	"rule": "fleet.hardware_mismatch",
	"severity": "violation",
	"message": concat("", ["configuration ", c.id, " is ", inventory[c.id].hardware, " in the fleet inventory, the scope says ", c.hardware]),
	"evidence": [],
	"configuration": c.id,
})

# METADATA
# title: From-version mismatch
# description: The scope's from-version is not the version the inventory says the configuration runs.
findings contains from_version_mismatch_finding(id, inv) if {
	some id, inv in inventory
	in_scope[id]
	inv.version != scope.fromVersion
}

from_version_mismatch_finding(id, inv) := lib.finding({
	"rule": "fleet.from_version_mismatch",
	"severity": "violation",
	"message": concat("", ["configuration ", id, " runs ", inv.version, ", the scope's from-version is ", scope.fromVersion]),
	"evidence": [],
	"configuration": id,
})

# METADATA
# title: Rollback
# description: >-
#   The to-version is not above the version the configuration runs (by semantic-version order):
#   a rollback, unless the trust configuration allows a downgrade of the product.
findings contains rollback_finding(inv, id) if {
	some id, inv in inventory
	in_scope[id]
	not_above[inv.version]
	not downgrade_reason
}

rollback_finding(inv, id) := lib.finding({
	"rule": "fleet.rollback",
	"severity": "violation",
	"message": concat("", ["the update to ", scope.toVersion, " is not above the ", inv.version, " that configuration ", id, " runs"]),
	"evidence": [],
	"configuration": id,
})

# METADATA
# title: Downgrade allowed
# description: >-
#   A downgrade the trust configuration allows for the product, recorded with its reason: per
#   configuration the inventory says runs a version the to-version is not above, and update-wide
#   when the scope's to-version is not above its from-version.
findings contains downgrade_allowed_finding(inv, id) if {
	some id, inv in inventory
	in_scope[id]
	not_above[inv.version]
	downgrade_reason
}

downgrade_allowed_finding(inv, id) := lib.finding({
	"rule": "fleet.downgrade_allowed",
	"severity": "warning",
	"message": concat("", [
		"the update to ", scope.toVersion, " is not above the ", inv.version, " that configuration ", id,
		" runs; downgrades of ", scope.product, " are allowed: ", downgrade_reason,
	]),
	"evidence": [],
	"configuration": id,
})

# METADATA
# title: Not an upgrade
# description: >-
#   The update's to-version is not above its from-version in the product's version scheme (a
#   downgrade, or the same version again), or one of them is no version of the scheme so the two
#   cannot be compared (fail closed): update-wide, with or without an inventory, unless the trust
#   configuration's downgrades allow one for the product, then fleet.downgrade_allowed (a
#   warning with its reason).
findings contains not_upgrade_finding if {
	not upgrade
	not downgrade_reason
}

findings contains scope_downgrade_allowed_finding if {
	not upgrade
	downgrade_reason
}

# The scope's to-version is above its from-version (undefined when either is not a version of
# the product's scheme).
upgrade if lib.version_lt(scope.fromVersion, scope.toVersion)

not_upgrade_finding := lib.finding({
	"rule": "fleet.not_upgrade",
	"severity": "violation",
	"message": concat("", [
		"the update ", scope.fromVersion, " -> ", scope.toVersion, " ", not_upgrade_text,
		": only an upgrade is approved, unless the trust configuration's fleet.downgrades allows downgrades of ",
		scope.product,
	]),
	"evidence": [],
})

scope_downgrade_allowed_finding := lib.finding({
	"rule": "fleet.downgrade_allowed",
	"severity": "warning",
	"message": concat("", [
		"the update ", scope.fromVersion, " -> ", scope.toVersion, " ", not_upgrade_text,
		"; downgrades of ", scope.product, " are allowed: ", downgrade_reason,
	]),
	"evidence": [],
})

not_upgrade_text := concat("", ["cannot be compared: ", concat(" and ", invalid_scope_versions), " not a ", lib.version_scheme, " version"]) if {
	count(invalid_scope_versions) > 0
} else := "installs the version already running" if {
	lib.version_cmp(scope.fromVersion, scope.toVersion) == 0
} else := concat("", ["is a downgrade (", lib.version_scheme, " order)"])

invalid_scope_versions := [v | some v in [scope.fromVersion, scope.toVersion]; not lib.valid_version(v)]

# Running versions the to-version is not above: compared once per distinct version, not per
# configuration, and built once (a complete rule) so each configuration's check is a lookup.
not_above := {v |
	some v in running_versions
	not lib.version_lt(v, scope.toVersion)
}

running_versions := {c.version | some c in cohort.configurations}

# METADATA
# title: Approved versions
# scope: document
# description: >-
#   Versions approved earlier for the product and cohort in scope, each with where it comes from:
#   retained reports (input.retainedReports, given by the gate runner) of the same product and
#   cohort whose decision is approve or conditional and whose evaluation time is not after this
#   evaluation's, and the cohort's approvedVersions in the inventory (approvals the gate runner
#   records by hand, e.g. made before the gate was used). One pass over each source.
approved contains {"version": r.toVersion, "source": concat("", ["report ", r.file, " (", r.decision, " at ", r.evaluationTime, ")"])} if {
	some r in input.retainedReports
	r.product == scope.product
	r.cohort == scope.cohort
	r.decision in {"approve", "conditional"}
	time.parse_rfc3339_ns(r.evaluationTime) <= evaluation_ns
}

approved contains {"version": v, "source": concat("", ["the fleet inventory's approvedVersions of cohort ", scope.cohort])} if {
	some v in object.get(cohort, "approvedVersions", [])
}

evaluation_ns := time.parse_rfc3339_ns(input.evaluationTime)

# Approved versions above the to-version (by the product's version scheme).
newer contains a if {
	some a in approved
	lib.version_lt(scope.toVersion, a.version)
}

newer_versions := {a.version | some a in newer}

# The newest of them: none of the others is above it (compared among the newer versions only).
newest := lib.sorted([v |
	some v in newer_versions
	not above_any(v)
])[0]

above_any(v) if {
	some w in newer_versions
	lib.version_lt(v, w)
}

# METADATA
# title: Older than an approved version
# description: >-
#   The to-version is older than the newest version already approved for the product and cohort
#   (retained reports, the inventory's approvedVersions): a rollback past an approval, flagged
#   with where that approval is recorded.
findings contains older_than_approved_finding if newest

older_than_approved_finding := lib.finding({
	"rule": "fleet.older_than_approved",
	"severity": "warning",
	"message": concat("", [
		"the update to ", scope.toVersion, " is older than ", newest, ", already approved for ",
		scope.product, " cohort ", scope.cohort, " in ", concat("; ", lib.sorted([a.source | some a in newer; a.version == newest])),
	]),
	"evidence": [],
})

# METADATA
# title: Approved version not comparable
# description: >-
#   An approved version (of the same product and cohort) that is not a version of the product's
#   scheme cannot be compared: flagged, never silently ignored.
findings contains lib.finding({
	"rule": "fleet.approved_version_invalid",
	"severity": "warning",
	"message": concat("", [
		"the approved version ", a.version, " in ", a.source, " is not a ", lib.version_scheme,
		" version of ", scope.product, "; it was not compared with the update to ", scope.toVersion,
	]),
	"evidence": [],
}) if {
	some a in approved
	not lib.valid_version(a.version)
}

# METADATA
# title: Conditions
# description: >-
#   With a partial cohort allowed, one condition per configuration the evidence does not cover,
#   naming it (the decision lists it as excluded under the condition's id).
conditions contains {
	"id": concat("", ["fleet:", c.id]),
	"configuration": c.id,
	"text": concat("", [
		"Configuration ", c.id, " of cohort ", scope.cohort, " is not covered by the evidence and stays on ",
		c.version, " (", c.hardware, ")",
	]),
	"followUpBy": null,
} if {
	partial_allowed
	some c in not_covered
}

# METADATA
# title: Configurations excluded as not covered
# description: >-
#   With a partial cohort allowed, each configuration the evidence does not cover, by id, with
#   the id of its condition (fleet:<id>) and why: the decision lists it as excluded.
excluded[c.id] := {
	"condition": concat("", ["fleet:", c.id]),
	"reason": concat("", [
		"not covered by the evidence (not in the package's scope); cohort ", scope.cohort,
		" allows partial updates, so it stays on ", c.version, " (", c.hardware, ")",
	]),
} if {
	partial_allowed
	some c in not_covered
}

# METADATA
# title: Fleet view
# description: The inventory's view beside the package's, for the report.
view := cohort_view if cohort

else := unknown_cohort_view if given

else := {
	"inventory": false,
	"cohort": scope.cohort,
	"covered": [],
	"notCovered": [],
	"unknown": [],
	"note": "scope as declared by the package; no fleet inventory given",
}

# The inventory's configurations come sorted by id (the load stage sorts them), so covered and
# not covered are in id order by construction: one pass each, no sort of 10 000 ids.
cohort_view := {
	"inventory": true,
	"cohort": scope.cohort,
	"covered": [c.id | some c in cohort.configurations; in_scope[c.id]],
	"notCovered": [c.id | some c in cohort.configurations; not in_scope[c.id]],
	"unknown": lib.sorted([c.id | some c in scope.configurations; not inventory[c.id]]),
	"note": concat("", [
		"scope checked against the fleet inventory of ", scope.product, " cohort ", scope.cohort, ": ",
		lib.int_text(count(cohort.configurations) - count(not_covered)), " of ",
		lib.int_text(count(cohort.configurations)), " configuration(s) covered",
	]),
}

unknown_cohort_view := {
	"inventory": true,
	"cohort": scope.cohort,
	"covered": [],
	"notCovered": [],
	"unknown": lib.sorted([c.id | some c in scope.configurations]),
	"note": concat("", ["the fleet inventory has no cohort ", scope.cohort, " of ", scope.product]),
}
