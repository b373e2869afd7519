# METADATA
# title: Affected versions
# description: >-
#   Is the affected-version analysis tied to product versions and vulnerability records? Every
#   vulnerability in scope has an entry with a vulnerability record, in the gate's YAML record
#   or in a supplier's CSAF, OpenVEX, OSV or CycloneDX VEX document; the from-version is
#   affected and the to-version is fixed or not affected; documents do not contradict each other.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.controls.affected_versions

import data.update_gate.lib

scope := input.package.scope

# METADATA
# title: Affected-versions records
# description: Affected-versions items with a parsed record.
records := lib.records_of("affected-versions")

# METADATA
# title: Entries by vulnerability
# description: >-
#   The entries of every record with the record's evidence id, grouped by the vulnerability they
#   name (one pass over the entries).
entries_by_vulnerability[v.id] contains {"evidence": e.id, "entry": v} if {
	some e in yaml_records
	some v in e.record.vulnerabilities
}

# Entries for a vulnerability across the YAML records, with the record's evidence id.
entries(vuln) := object.get(entries_by_vulnerability, vuln, set())

# The gate's own YAML records and the supplier documents (VexDocument facts).
yaml_records := [e | some e in records; e.record.kind == "AffectedVersions"]

documents := [e | some e in records; e.record.kind == "VexDocument"]

# Statements of the supplier documents about a vulnerability in scope, with the evidence id.
statements(vuln) := [[e.id, s] |
	some e in documents
	some s in e.record.statements
	s.vulnerability == vuln
]

# What the statements say about one version (role "fromVersion" or "toVersion").
said(vuln, role) := [[id, s] |
	some [id, s] in statements(vuln)
	s[role] != null
]

# affected vs not affected (fixed, not_affected); under_investigation is neither.
status_class("affected") := "affected"

status_class(status) := "not affected" if status in {"fixed", "not_affected"}

where(id, s) := concat("", [id, "#", s.statement])

# A version is in an OSV-style range: introduced (inclusive, "0" for all) to fixed (exclusive).
in_range(version, r) if {
	lower_ok(version, r.introduced)
	upper_ok(version, r.fixed)
}

lower_ok(_, "0")

lower_ok(version, introduced) if lib.version_lte(introduced, version)

upper_ok(_, null)

upper_ok(version, fixed) if lib.version_lt(version, fixed)

is_affected(version, ranges) if {
	some r in ranges
	in_range(version, r)
}

affected_flag(version, ranges) if is_affected(version, ranges)

else := false

fixed_flag(version, s) if {
	not is_affected(version, s.ranges)
	fixed_in_ok(version, s.fixedIn)
} else := false

fixed_in_ok(_, null)

fixed_in_ok(version, fixed_in) if lib.version_lte(fixed_in, version)

# The part of an entry its verdicts depend on: its ranges and fixed-in version.
shape(v) := {"ranges": object.get(v, "ranges", []), "fixedIn": object.get(v, "fixedIn", "(missing)")}

# METADATA
# title: Verdicts by range shape
# description: >-
#   For each distinct shape among the entries, computed once rather than per entry (a fleet's
#   entries share a few shapes): whether the from-version is affected, whether the to-version
#   is fixed, and the range bounds that are not valid versions.
verdicts[s] := {
	"from_affected": affected_flag(scope.fromVersion, s.ranges),
	"to_fixed": fixed_flag(scope.toVersion, s),
	"invalid_bounds": {b |
		some r in s.ranges
		some b in [r.introduced, r.fixed]
		b != null
		b != "0"
		not lib.valid_version(b)
	},
} if {
	some s in {shape(v) | some e in records; some v in e.record.vulnerabilities}
}

# Scope versions that are not valid versions.
invalid_scope_versions := {v | some v in {scope.fromVersion, scope.toVersion}; not lib.valid_version(v)}

# METADATA
# title: Mapping missing
# description: No affected-versions record in the package.
findings contains missing_finding if {
	count(records) == 0
}

missing_finding := lib.finding({"rule": "affected_versions.missing", "severity": "gap", "message": msg, "evidence": []}) if {
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
findings contains product_mismatch_finding(e) if {
	some e in yaml_records
	e.record.product != scope.product
}

product_mismatch_finding(e) := lib.finding({"rule": "affected_versions.product_mismatch", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", ["affected-version mapping ", e.id, " is for product ", e.record.product, ", scope is ", scope.product])
}

# METADATA
# title: Vulnerability not mapped
# description: A vulnerability in scope has no entry in the mapping.
findings contains vulnerability_unmapped_finding(vuln) if {
	count(records) > 0
	some vuln in scope.vulnerabilities
	count(entries(vuln)) == 0
	count(statements(vuln)) == 0
}

vulnerability_unmapped_finding(vuln) := lib.finding({
	"rule": "affected_versions.vulnerability_unmapped",
	"severity": "gap",
	"message": msg,
	"evidence": [e.id | some e in records],
}) if {
	msg := concat("", [
		vuln,
		" has no affected-version entry: add it to vulnerabilities[] of the ",
		"affected-versions record with its ranges and fixedIn, or list a supplier document that covers it ",
		"(docs/evidence-format.md#affected-versions)",
	])
}

# METADATA
# title: Vulnerability record missing
# description: An entry does not name its vulnerability record.
findings contains record_missing_finding(id, vuln) if {
	some vuln in scope.vulnerabilities
	some x in entries(vuln)
	id := x.evidence
	v := x.entry
	not non_empty(v.record)
}

record_missing_finding(id, vuln) := lib.finding({"rule": "affected_versions.record_missing", "severity": "gap", "message": msg, "evidence": [id]}) if {
	msg := concat("", [
		vuln,
		" is not tied to a vulnerability record: set its record (advisory id) ",
		"in the affected-versions record, ",
		"docs/evidence-format.md#affected-versions",
	])
}

# A string with more than white space (a blank record id or justification says nothing).
non_empty(s) if {
	is_string(s)
	trim_space(s) != ""
}

# METADATA
# title: Invalid version
# description: A version in scope or in a range is not a valid semantic version.
findings contains invalid_version_finding(id, vuln, ver) if {
	some vuln in scope.vulnerabilities
	some x in entries(vuln)
	id := x.evidence
	v := x.entry
	some ver in (invalid_scope_versions | verdicts[shape(v)].invalid_bounds)
}

invalid_version_finding(id, vuln, ver) := lib.finding({"rule": "affected_versions.invalid_version", "severity": "violation", "message": msg, "evidence": [id]}) if {
	msg := concat("", [vuln, ": ", ver, " is not a valid semantic version"])
}

# METADATA
# title: From-version not affected
# description: The version being replaced is not in any affected range, so the mapping does not explain the update.
findings contains from_version_not_affected_finding(id, vuln) if {
	some vuln in scope.vulnerabilities
	some x in entries(vuln)
	id := x.evidence
	v := x.entry
	verdicts[shape(v)].from_affected == false
}

from_version_not_affected_finding(id, vuln) := lib.finding({"rule": "affected_versions.from_version_not_affected", "severity": "violation", "message": msg, "evidence": [id]}) if {
	msg := concat("", [vuln, ": from-version ", scope.fromVersion, " is not in an affected range"])
}

# METADATA
# title: To-version affected
# description: The target version is still in an affected range, or before the fixed-in version.
findings contains to_version_affected_finding(id, vuln) if {
	some vuln in scope.vulnerabilities
	some x in entries(vuln)
	id := x.evidence
	v := x.entry
	verdicts[shape(v)].to_fixed == false
}

to_version_affected_finding(id, vuln) := lib.finding({"rule": "affected_versions.to_version_affected", "severity": "violation", "message": msg, "evidence": [id]}) if {
	msg := concat("", [vuln, ": to-version ", scope.toVersion, " is still affected"])
}

# METADATA
# title: From-version not shown affected by a document
# description: >-
#   Supplier documents cover the vulnerability for this product, but none says the version
#   being replaced is affected, so they do not explain the update.
findings contains from_version_undocumented_finding(ids, vuln) if {
	some vuln in scope.vulnerabilities
	count(statements(vuln)) > 0
	not "affected" in {s.fromVersion | some [_, s] in said(vuln, "fromVersion")}
	ids := sort({id | some [id, _] in statements(vuln)})
}

from_version_undocumented_finding(ids, vuln) := lib.finding({"rule": "affected_versions.from_version_not_affected", "severity": "violation", "message": msg, "evidence": ids}) if {
	msg := concat("", [
		vuln, ": no document says from-version ", scope.fromVersion, " is affected",
		" (", lib.version_scheme, " versions)",
	])
}

# METADATA
# title: To-version affected per a document
# description: A supplier document says the target version is affected or still under investigation.
findings contains to_version_stated_affected_finding(id, vuln, s) if {
	some vuln in scope.vulnerabilities
	some [id, s] in said(vuln, "toVersion")
	s.toVersion in {"affected", "under_investigation"}
}

to_version_stated_affected_finding(id, vuln, s) := lib.finding({"rule": "affected_versions.to_version_affected", "severity": "violation", "message": msg, "evidence": [id]}) if {
	msg := concat("", [
		vuln, ": to-version ", scope.toVersion, " is ", s.toVersion,
		" per ", where(id, s), " (", s.product, ")",
	])
}

# METADATA
# title: To-version not covered
# description: >-
#   Supplier documents cover the vulnerability for this product but none says anything about
#   the target version, so it is not shown fixed.
findings contains to_version_not_covered_finding(ids, vuln) if {
	some vuln in scope.vulnerabilities
	count(statements(vuln)) > 0
	count(said(vuln, "toVersion")) == 0
	ids := sort({id | some [id, _] in statements(vuln)})
}

to_version_not_covered_finding(ids, vuln) := lib.finding({"rule": "affected_versions.to_version_not_covered", "severity": "gap", "message": msg, "evidence": ids}) if {
	msg := concat("", [vuln, ": no document says whether to-version ", scope.toVersion, " is fixed"])
}

# METADATA
# title: Not affected without justification
# description: A document says the target version is not affected but gives no justification or impact statement.
findings contains justification_missing_finding(id, vuln, s) if {
	some vuln in scope.vulnerabilities
	some [id, s] in said(vuln, "toVersion")
	s.toVersion == "not_affected"
	not non_empty(s.justification)
}

justification_missing_finding(id, vuln, s) := lib.finding({"rule": "affected_versions.justification_missing", "severity": "gap", "message": msg, "evidence": [id]}) if {
	msg := concat("", [vuln, ": ", where(id, s), " says not_affected without a justification"])
}

# METADATA
# title: Documents contradict each other
# description: >-
#   Two statements (in one document or in two) disagree about one vulnerability and version:
#   one says affected, the other fixed or not affected. A contradiction is a violation, never
#   resolved by taking the last one.
findings contains contradiction_finding(id1, id2, vuln, s1, role, s2) if {
	some vuln in scope.vulnerabilities
	some role in ["fromVersion", "toVersion"]
	some [id1, s1] in said(vuln, role)
	some [id2, s2] in said(vuln, role)
	status_class(s1[role]) == "affected"
	status_class(s2[role]) == "not affected"
}

contradiction_finding(id1, id2, vuln, s1, role, s2) := lib.finding({
	"rule": "affected_versions.contradiction",
	"severity": "violation",
	"message": msg,
	"evidence": sort({id1, id2}),
}) if {
	msg := concat("", [
		vuln, ": ", where(id1, s1), " says ", scope[role], " is ", s1[role],
		", ", where(id2, s2), " says ", s2[role],
	])
}

# METADATA
# title: Not this product
# description: >-
#   Entries of a supplier document that match no scope identifier are ignored; they are listed
#   for the reviewer.
findings contains not_this_product_finding(e, more) if {
	some e in documents
	e.record.notThisProductCount > 0
	more := e.record.notThisProductCount - count(e.record.notThisProduct)
}

not_this_product_finding(e, more) := lib.finding({"rule": "affected_versions.not_this_product", "severity": "info", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		e.id, ": not this product: ", concat(", ", e.record.notThisProduct), more_suffix(more),
	])
}

more_suffix(0) := ""

more_suffix(n) := concat("", [" and ", lib.int_text(n), " more"]) if n > 0

# METADATA
# title: Document not about this product
# description: >-
#   A listed document names a vulnerability in scope, but none of its statements about it is
#   about this product (none matches scope.identifiers). It cannot show the to-version fixed, and
#   what it says of the product under a name no identifier matches must not go unseen: a gap.
findings contains not_about_product_finding(e, vuln) if {
	some e in documents
	some vuln in e.record.vulnerabilities
	vuln in scope.vulnerabilities
	not about_product(e.record, vuln)
}

about_product(record, vuln) if {
	some s in record.statements
	s.vulnerability == vuln
}

about_product(record, vuln) if {
	some u in record.unsupported
	u.vulnerability == vuln
}

not_about_product_finding(e, vuln) := lib.finding({"rule": "affected_versions.not_about_product", "severity": "gap", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		vuln, ": ", e.id, " names it, but none of its statements about it is about this product ",
		"(none matches scope.identifiers), so it is no evidence that ", scope.toVersion, " is fixed: ",
		"name this product in scope.identifiers as the document does, or leave the document out",
	])
}

# METADATA
# title: Range not evaluated
# description: >-
#   A range or version the gate cannot evaluate (OSV GIT ranges, ecosystems that do not order as
#   SemVer, a range in another version scheme or not a vers range, a version invalid in the
#   product's scheme) is reported, never guessed. In an affected or under_investigation statement
#   about this product it may hold any version, the to-version too, so the to-version is not
#   shown fixed: a gap. In a fixed or not_affected statement it only fails to clear: a warning.
findings contains range_unsupported_finding(e, u) if {
	some e in documents
	some u in e.record.unsupported
	u.vulnerability in scope.vulnerabilities
}

range_unsupported_finding(e, u) := lib.finding({"rule": "affected_versions.range_unsupported", "severity": severity, "message": msg, "evidence": [e.id]}) if {
	severity := unsupported_severity(u.status)
	msg := concat("", [
		u.vulnerability, ": ", e.id, "#", u.statement, " (", u.product, ") not evaluated: ", u.reason,
		unsupported_consequence(severity, u.status),
	])
}

unsupported_severity(status) := "gap" if status in {"affected", "under_investigation"}

else := "warning"

unsupported_consequence("warning", _) := ""

unsupported_consequence("gap", status) := concat("", [
	"; its ", status, " versions may include to-version ", scope.toVersion,
	", which is therefore not shown fixed",
])

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
	"verified: ", concat(", ", lib.sorted(scope.vulnerabilities)),
	" mapped to records; ", scope.fromVersion, " affected, ", scope.toVersion, " ",
	concat(" or ", [status_text(t) | some t in sort(to_version_statuses)]),
	" (", lib.version_scheme, " versions)",
]) if verified

else := lib.unverified("affected-versions", findings).reason

# What the mapping says of the to-version: fixed (the gate's records: past every range and at or
# after fixedIn) and the statuses the documents give it.
to_version_statuses := {"fixed" | count(yaml_records) > 0} | {s.toVersion |
	some e in documents
	some s in e.record.statements
	s.toVersion != null
}

status_text("not_affected") := "not affected"

status_text(status) := status if status != "not_affected"
