# METADATA
# title: Affected versions
# description: >-
#   Is the affected-version analysis tied to product versions and vulnerability records? Every
#   vulnerability in scope has an entry with a vulnerability record; the from-version is
#   affected (introduced <= v < fixed in some range) and the to-version is not.
# scope: package
package update_gate.controls.affected_versions

import data.update_gate.lib

scope := input.package.scope

# METADATA
# title: Affected-versions records
# description: Affected-versions items with a parsed record.
records := lib.records_of("affected-versions")

finding(rule, severity, message, evidence) := {
	"rule": rule,
	"control": "affected-versions",
	"severity": severity,
	"message": message,
	"evidence": sort(evidence),
}

# Entries for a vulnerability across the records, with the record's evidence id.
entries(vuln) := [[e.id, v] |
	some e in records
	some v in e.record.vulnerabilities
	v.id == vuln
]

# A version is in an OSV-style range: introduced (inclusive, "0" for all) to fixed (exclusive).
in_range(version, r) if {
	lower_ok(version, r.introduced)
	upper_ok(version, r.fixed)
}

lower_ok(_, "0")

lower_ok(version, introduced) if lib.version_lte(introduced, version)

upper_ok(_, null)

upper_ok(version, fixed) if lib.version_lt(version, fixed)

affected(version, v) if {
	some r in v.ranges
	in_range(version, r)
}

# METADATA
# title: Mapping missing
# description: No affected-versions record in the package.
findings contains finding("affected_versions.missing", "gap", msg, []) if {
	count(records) == 0
	msg := concat("", [
		"no affected-version mapping in the package: add an evidence item of ",
		"kind affected-versions to update-evidence.yaml evidence[] and its ",
		"record (schema records/affected-versions.schema.json, example ",
		"docs/evidence-format.md#affected-versions)",
	])
}

# METADATA
# title: Mapping for another product
# description: The record names a product other than the one in scope.
findings contains finding("affected_versions.product_mismatch", "violation", msg, [e.id]) if {
	some e in records
	e.record.product != scope.product
	msg := concat("", ["affected-version mapping ", e.id, " is for product ", e.record.product, ", scope is ", scope.product])
}

# METADATA
# title: Vulnerability not mapped
# description: A vulnerability in scope has no entry in the mapping.
findings contains finding("affected_versions.vulnerability_unmapped", "gap", msg, [e.id | some e in records]) if {
	count(records) > 0
	some vuln in scope.vulnerabilities
	count(entries(vuln)) == 0
	msg := concat("", [
		vuln,
		" has no affected-version entry: add it to vulnerabilities[] of the ",
		"affected-versions record with its ranges and fixedIn ",
		"(docs/evidence-format.md#affected-versions)",
	])
}

# METADATA
# title: Vulnerability record missing
# description: An entry does not name its vulnerability record.
findings contains finding("affected_versions.record_missing", "gap", msg, [id]) if {
	some vuln in scope.vulnerabilities
	some [id, v] in entries(vuln)
	not non_empty(v.record)
	msg := concat("", [
		vuln,
		" is not tied to a vulnerability record: set its record (advisory id) ",
		"in the affected-versions record, ",
		"docs/evidence-format.md#affected-versions",
	])
}

non_empty(s) if {
	is_string(s)
	s != ""
}

# METADATA
# title: Invalid version
# description: A version in scope or in a range is not a valid semantic version.
findings contains finding("affected_versions.invalid_version", "violation", msg, [id]) if {
	some vuln in scope.vulnerabilities
	some [id, v] in entries(vuln)
	some ver in ({scope.fromVersion, scope.toVersion} | {b |
		some r in v.ranges
		some b in [r.introduced, r.fixed]
		b != null
		b != "0"
	})
	not lib.valid_version(ver)
	msg := concat("", [vuln, ": ", ver, " is not a valid semantic version"])
}

# METADATA
# title: From-version not affected
# description: The version being replaced is not in any affected range, so the mapping does not explain the update.
findings contains finding("affected_versions.from_version_not_affected", "violation", msg, [id]) if {
	some vuln in scope.vulnerabilities
	some [id, v] in entries(vuln)
	not affected(scope.fromVersion, v)
	msg := concat("", [vuln, ": from-version ", scope.fromVersion, " is not in an affected range"])
}

# METADATA
# title: To-version affected
# description: The target version is still in an affected range, or before the fixed-in version.
findings contains finding("affected_versions.to_version_affected", "violation", msg, [id]) if {
	some vuln in scope.vulnerabilities
	some [id, v] in entries(vuln)
	not fixed(scope.toVersion, v)
	msg := concat("", [vuln, ": to-version ", scope.toVersion, " is still affected"])
}

fixed(version, v) if {
	not affected(version, v)
	fixed_in_ok(version, v.fixedIn)
}

fixed_in_ok(_, null)

fixed_in_ok(version, fixed_in) if lib.version_lte(fixed_in, version)

# METADATA
# title: Verified
# description: A mapping is there and no violation or gap remains.
verified if {
	count(records) > 0
	count(lib.blocking(findings)) == 0
}

# METADATA
# title: Level
# description: 4 when verified, else the evidence present capped at 3.
level := 4 if verified

else := lib.unverified("affected-versions", findings).level

# METADATA
# title: Level reason
# description: Why the control has its level.
level_reason := concat("", [
	"verified: ", concat(", ", sort(scope.vulnerabilities)),
	" mapped to records; ", scope.fromVersion, " affected, ", scope.toVersion, " fixed",
]) if verified

else := lib.unverified("affected-versions", findings).reason
