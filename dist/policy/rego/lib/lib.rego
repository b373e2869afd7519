# METADATA
# title: Shared helpers
# description: >-
#   Evidence lookup, evidence levels for unverified evidence, time and version comparisons.
#   Time and version helpers call builtins the wasm runtime lacks (time.parse_rfc3339_ns,
#   semver.compare, semver.is_valid); the host supplies them (policies/host-builtins.json).
# scope: package
package update_gate.lib

# METADATA
# title: Natural control of each evidence kind
# description: The control an evidence item supports by its kind, besides the ids in its controls list.
natural_control := {
	"update-manifest": "signing",
	"signing-event": "signing",
	"build-provenance": "provenance",
	"release-approval": "approval",
	"rollback-recovery-tests": "rollback-recovery",
	"recovery-procedure": "rollback-recovery",
	"affected-versions": "affected-versions",
	"customer-notification": "notification",
	"deployment-records": "retention",
}

# METADATA
# title: Evidence level of a kind before verification
# description: 1 assertion, 2 process or procedure document, 3 a produced artifact.
kind_level := {
	"assertion": 1,
	"process-document": 2,
	"recovery-procedure": 2,
	"update-manifest": 3,
	"build-provenance": 3,
	"signing-event": 3,
	"release-approval": 3,
	"rollback-recovery-tests": 3,
	"affected-versions": 3,
	"customer-notification": 3,
	"deployment-records": 3,
}

# METADATA
# title: Level names
# description: The seed's wording for each maturity level.
level_name := {
	1: "supplier assertion",
	2: "documented process",
	3: "produced artifact without complete verification",
	4: "verified",
	5: "verified and retained",
}

# METADATA
# title: Effective requirements
# description: >-
#   data.trust.requirements overridden key by key by data.update_gate.requirements (a data file
#   passed with --data / the Action's data input). Every rule reads the requirements here.
requirements := object.union(data.trust.requirements, requirement_overrides)

requirement_overrides := data.update_gate.requirements if is_object(data.update_gate.requirements)

else := {}

# METADATA
# title: Blocking severities
# description: Severities that fail a required control; warning and info never change the decision.
blocking_severities := {"violation", "gap"}

# METADATA
# title: Evidence items of a kind
# description: The evidence items of one kind, in index order.
of_kind(kind) := [e | some e in input.evidence; e.kind == kind]

# METADATA
# title: Records of a kind
# description: The parsed records of the evidence items of one kind (items without a record are left out).
records_of(kind) := [e | some e in input.evidence; e.kind == kind; e.record != null]

# METADATA
# title: Evidence item is there
# description: An assertion is there when it states something; any other item when its file was read.
# scope: document
available(e) if {
	e.kind == "assertion"
	is_string(e.statement)
	e.statement != ""
}

available(e) if {
	e.kind != "assertion"
	e.present == true
}

# METADATA
# title: Evidence item supports a control
# description: By its kind or by its controls list.
# scope: document
supports(e, control) if natural_control[e.kind] == control

supports(e, control) if control in e.controls

# METADATA
# title: Evidence supporting a control
# description: Sorted ids of the available evidence items that support a control.
supporting(control) := sort([e.id | some e in input.evidence; supports(e, control); available(e)])

# METADATA
# title: Evidence level of a control before verification
# description: The highest level of the evidence present for a control, 1 to 3.
evidence_level(control) := max({1} | {l |
	some e in input.evidence
	supports(e, control)
	available(e)
	l := object.get(kind_level, e.kind, 1)
})

# METADATA
# title: Reason for an unverified evidence level
# description: Names the evidence items behind the level.
# scope: document
evidence_reason(control) := r if {
	lvl := evidence_level(control)
	ids := sort([e.id |
		some e in input.evidence
		supports(e, control)
		available(e)
		kind_level[e.kind] == lvl
	])
	count(ids) > 0
	r := concat("", ["level ", format_int(lvl, 10), " (", level_name[lvl], "): ", concat(", ", ids)])
}

evidence_reason(control) := "level 1: no evidence" if {
	count(supporting(control)) == 0
}

# METADATA
# title: Blocking findings
# description: The violation and gap findings of a set of findings.
blocking(findings) := {f | some f in findings; f.severity in blocking_severities}

# METADATA
# title: Rule ids of findings
# description: Sorted, distinct rule ids.
rule_ids(findings) := sort({f.rule | some f in findings})

# METADATA
# title: Unverified level and reason
# description: >-
#   The level and reason of a control that did not verify: the evidence present, capped at 3,
#   and the rules that stopped it.
unverified(control, findings) := {
	"level": min({3, evidence_level(control)}),
	"reason": concat("", [
		evidence_reason(control),
		"; not verified: ",
		concat(", ", rule_ids(blocking(findings))),
	]),
}

# METADATA
# title: Time in nanoseconds
# description: Parses an RFC 3339 time (host builtin in wasm).
ns(t) := time.parse_rfc3339_ns(t)

# METADATA
# title: Version scheme
# scope: document
# description: >-
#   The product's version scheme (scope.versionScheme, from the trust configuration):
#   semver or generic; semver when the input predates it.
default version_scheme := "semver"

version_scheme := input.package.scope.versionScheme

# METADATA
# title: Version a is before version b
# description: Order in the product's version scheme; undefined for invalid versions.
version_lt(a, b) if version_cmp(a, b) < 0

# METADATA
# title: Version a is at or before version b
# description: Order in the product's version scheme; undefined for invalid versions.
version_lte(a, b) if version_cmp(a, b) <= 0

# METADATA
# title: Valid version
# scope: document
# description: A string that is a valid version in the product's scheme (SemVer, or a vers generic version).
valid_version(v) if {
	is_string(v)
	version_scheme == "semver"
	semver.is_valid(v)
}

valid_version(v) if {
	is_string(v)
	version_scheme == "generic"
	regex.match(`^[0-9A-Za-z][0-9A-Za-z.+~_-]{0,255}$`, v)
}

# METADATA
# title: Compare versions
# scope: document
# description: >-
#   -1, 0 or 1 in the product's version scheme: SemVer precedence, or the generic order of
#   src/shared/versions.ts (segments split at . - _ + ~ and digit/letter changes; numbers
#   numerically, a number after a word, a prefix first). Undefined for invalid versions.
version_cmp(a, b) := semver.compare(a, b) if {
	version_scheme == "semver"
	valid_version(a)
	valid_version(b)
}

version_cmp(a, b) := generic_cmp(a, b) if {
	version_scheme == "generic"
	valid_version(a)
	valid_version(b)
}

# Segments of a generic version (host builtin regex.find_n in wasm).
generic_segments(v) := regex.find_n(`[0-9]+|[^0-9.\-_+~]+`, v, -1)

generic_cmp(a, b) := c if {
	sa := generic_segments(a)
	sb := generic_segments(b)
	n := min([count(sa), count(sb)])
	diffs := [d |
		some i in numbers.range(0, n - 1)
		i < n
		d := segment_cmp(sa[i], sb[i])
		d != 0
	]
	c := first_or_length(diffs, count(sa), count(sb))
}

first_or_length(diffs, _, _) := diffs[0] if count(diffs) > 0

first_or_length(diffs, la, lb) := sign(la - lb) if count(diffs) == 0

sign(x) := -1 if x < 0

sign(0) := 0

sign(x) := 1 if x > 0

numeric(s) if regex.match(`^[0-9]+$`, s)

segment_cmp(x, y) := sign(to_number(x) - to_number(y)) if {
	numeric(x)
	numeric(y)
}

segment_cmp(x, y) := 1 if {
	numeric(x)
	not numeric(y)
}

segment_cmp(x, y) := -1 if {
	not numeric(x)
	numeric(y)
}

segment_cmp(x, y) := string_cmp(x, y) if {
	not numeric(x)
	not numeric(y)
}

string_cmp(x, y) := -1 if x < y

string_cmp(x, y) := 0 if x == y

string_cmp(x, y) := 1 if x > y

# METADATA
# title: Trusted key by id
# description: The data.trust key with this id.
trusted_key(id) := k if {
	some k in data.trust.keys
	k.id == id
}

# METADATA
# title: Person holds a role
# description: The id is in data.trust.approvers with this role.
has_role(id, role) if {
	some a in data.trust.approvers
	a.id == id
	role in a.roles
}

# METADATA
# title: Signing times
# description: The times of the signing-event records, in nanoseconds.
signing_times := {ns(e.record.time) | some e in records_of("signing-event")}

# METADATA
# title: Signers
# description: The signers named by the signing-event records.
signers := {e.record.signer | some e in records_of("signing-event")}

# METADATA
# title: Builders
# description: The producers of the build-provenance evidence items.
builders := {e.producer | some e in of_kind("build-provenance")}

# METADATA
# title: Manifest artifacts
# description: The artifacts of the signed manifests, as name and sha256.
manifest_artifacts := {{"name": a.name, "sha256": a.sha256} |
	some e in of_kind("update-manifest")
	e.verification.type == "update-manifest"
	some a in e.verification.manifest.artifacts
}

# METADATA
# title: Configuration ids in scope
# description: The ids of the configurations in scope.
configuration_ids := {c.id | some c in input.package.scope.configurations}
