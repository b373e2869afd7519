# METADATA
# title: Shared helpers
# description: >-
#   The finding constructor, indexes of the input (configurations by id, evidence by id and by
#   kind), evidence levels for unverified evidence, time and version comparisons. Time and
#   version helpers call builtins the wasm runtime lacks (time.parse_rfc3339_ns,
#   semver.compare, semver.is_valid); the host supplies them (policies/host-builtins.json).
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
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
	"risk-acceptance": "retention",
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
	"risk-acceptance": 3,
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
# title: Finding
# description: >-
#   The one constructor of a control's finding. f holds rule (<package>.<name>), severity,
#   message, evidence (ids) and, for a finding about one configuration, configuration; the
#   control is the rule's package with "-" for "_", and the evidence ids are sorted.
finding(f) := object.union(f, {"control": control_of_rule(f.rule), "evidence": sort(f.evidence)})

# METADATA
# title: Control of a rule id
# description: rollback_recovery.tests_missing -> rollback-recovery.
control_of_rule(rule) := replace(split(rule, ".")[0], "_", "-")

# METADATA
# title: Evidence as judged
# description: >-
#   input.evidence, each build provenance of several candidate attestations (alternatives: a
#   .jsonl or a GitHub attestations answer in which more than one SLSA v1 statement names an
#   artifact) judged on one of them, its verification: the first, in the file's or the
#   answer's order, that a trusted signer authorized for build provenance signed (a certificate
#   of an authorized identity, or a trusted key with usage build-provenance), else the first.
#   Anyone who can attest to the repository can list an attestation first: the order never
#   decides. provenance.other_attestations says which was judged and why the others were not.
evidence := [judged(e) | some e in input.evidence]

judged(e) := object.union(object.remove(e, {"verification", "alternatives"}), {"verification": candidates(e)[judged_candidate(e)]}) if {
	count(object.get(e, "alternatives", [])) > 0
} else := e

# METADATA
# title: Candidate attestations of a build provenance
# description: The item's verification, then its alternatives, in the file's or the answer's order.
candidates(e) := array.concat([e.verification], object.get(e, "alternatives", []))

# METADATA
# title: Index of the judged candidate
# description: The first candidate a trusted signer authorized for build provenance signed, else 0.
judged_candidate(e) := min(trusted) if {
	trusted := {i | some i, c in candidates(e); trusted_provenance(c)}
	count(trusted) > 0
} else := 0

# METADATA
# title: Provenance signed by a trusted signer
# description: >-
#   A build-provenance verification with a verified signature by a certificate of an identity
#   authorized for build provenance (usage, product, version), or by a trusted key that may sign
#   build provenance (usage, product, version, not revoked; its validity at the signing time is
#   judged by the provenance control).
# scope: document
trusted_provenance(v) if {
	some s in v.signatures
	certificate_signature(s)
	count(authorized_identities(s.identity, "build-provenance")) > 0
}

trusted_provenance(v) if {
	some s in v.signatures
	key_signature(s)
	count(key_problems(trusted_key(s.keyId), "build-provenance")) == 0
}

# METADATA
# title: Evidence items by kind
# description: The evidence items of each kind as judged (evidence), in index order (one pass over the evidence).
items_by_kind[kind] := [e | some e in evidence; e.kind == kind] if {
	some kind in {e.kind | some e in evidence}
}

# METADATA
# title: Evidence items of a kind
# description: The evidence items of one kind, in index order.
of_kind(kind) := object.get(items_by_kind, kind, [])

# METADATA
# title: Records of a kind
# description: The parsed records of the evidence items of one kind (items without a record are left out).
records_of(kind) := [e | some e in of_kind(kind); e.record != null]

# METADATA
# title: Deployment records of this update's fleet
# description: >-
#   The deployment-records items whose record names this update's product and cohort
#   (configuration ids are unique only within a cohort): the only deployments that count.
#   Records of another product or cohort are reported by the retention control.
deployment_records := [e | some e in records_of("deployment-records"); deployments_in_scope(e.record)]

# METADATA
# title: Deployments in scope
# description: The deployment record names this update's product and cohort.
# scope: document
deployments_in_scope(record) if {
	record.product == input.package.scope.product
	record.cohort == input.package.scope.cohort
}

# METADATA
# title: Evidence by id
# description: The evidence items as judged (evidence) by their (unique) id.
evidence_by_id[e.id] := e if some e in evidence

# METADATA
# title: Configurations by id
# description: The configurations in scope by their (unique) id.
configurations[c.id] := c if some c in input.package.scope.configurations

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
# title: Evidence supporting each control
# description: The ids of the available evidence items supporting each control (one pass over the evidence).
supported_by[control] contains e.id if {
	some e in input.evidence
	available(e)
	some control in controls_supported_by(e)
}

controls_supported_by(e) := {c | some c in e.controls} | {c | c := natural_control[e.kind]}

# METADATA
# title: Evidence supporting a control
# description: Sorted ids of the available evidence items that support a control.
supporting(control) := sort(object.get(supported_by, control, set()))

# METADATA
# title: Evidence levels before verification
# description: Per control, the highest level of the evidence present, 1 to 3.
evidence_levels[control] := max({1} | {object.get(kind_level, evidence_by_id[id].kind, 1) | some id in ids}) if {
	some control, ids in supported_by
}

# METADATA
# title: Evidence level of a control before verification
# description: The highest level of the evidence present for a control, 1 to 3.
evidence_level(control) := object.get(evidence_levels, control, 1)

# METADATA
# title: Reasons for unverified evidence levels
# description: Per control, the evidence items behind its level.
evidence_reasons[control] := r if {
	some control, lvl in evidence_levels
	ids := sort([id | some id in supported_by[control]; kind_level[evidence_by_id[id].kind] == lvl])
	count(ids) > 0
	r := concat("", ["level ", int_text(lvl), " (", level_name[lvl], "): ", concat(", ", ids)])
}

# METADATA
# title: Reason for an unverified evidence level
# description: Names the evidence items behind the level.
evidence_reason(control) := object.get(evidence_reasons, control, "level 1: no evidence")

# METADATA
# title: Blocking findings
# description: The violation and gap findings of a set of findings.
blocking(findings) := {f | some f in findings; f.severity in blocking_severities}

# METADATA
# title: Sorted, at any size
# description: >-
#   sort(xs) (an array or a set) for large inputs. OPA's wasm runtime sorts by insertion, which
#   costs O(n^2) comparisons on unordered input; above 256 elements the array is split at about
#   sqrt(n) sampled splitters into buckets that are sorted one by one and joined in order
#   (O(n^1.5) comparisons). The result is exactly sort(xs).
sorted(xs) := sort(xs) if count(xs) <= 256

else := bucket_sorted(xs)

# The large case in a function of its own: a first evaluation on a small package compiles only sort.
bucket_sorted(xs) := [x | some part in [first, middle, last]; some x in part] if {
	arr := [y | some y in xs]
	step := min({s | some s in sort_steps; s * s >= count(arr)})
	splitters := sort([arr[i * step] | some i in numbers.range(0, floor((count(arr) - 1) / step))])
	k := count(splitters)
	bottom := splitters[0]
	top := splitters[k - 1]
	first := sort([y | some y in arr; y <= bottom])
	middle := [x |
		some j in numbers.range(1, k - 1)
		lo := splitters[j - 1]
		hi := splitters[j]
		some x in sort([y | some y in arr; lo < y; y <= hi])
	]
	last := sort([y | some y in arr; top < y])
}

sort_steps := {16, 32, 64, 128, 256, 512, 1024, 2048, 4096}

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
# title: Integer as text
# description: >-
#   format_int(n, 10). The levels and most counts in messages are one digit, looked up: OPA's
#   wasm format_int goes through its decimal arithmetic, which a first evaluation would
#   otherwise compile for a few digits.
int_text(n) := text if {
	text := digit_text[n]
} else := format_int(n, 10)

digit_text := {0: "0", 1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 7: "7", 8: "8", 9: "9"}

# METADATA
# title: Time in nanoseconds
# description: Parses an RFC 3339 time (host builtin in wasm).
ns(t) := time.parse_rfc3339_ns(t)

# METADATA
# title: Time order key
# description: >-
#   For a UTC time in the input's normal form (YYYY-MM-DDTHH:MM:SS[.fraction]Z, as the load stage
#   writes every time), a fixed-width string whose order is the time order: comparing two costs
#   no host call (time.parse_rfc3339_ns is a host builtin, and host calls are the slow path).
time_key(t) := concat("", [substring(t, 0, 19), substring(concat("", [fraction, "000000000"]), 0, 9)]) if {
	normal_time(t)

	# The fraction's digits, padded to nine: no arithmetic (a wasm bignum step per time).
	fraction := trim_suffix(substring(t, 20, -1), "Z")
}

# METADATA
# title: Time in normal form
# description: >-
#   What `^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z$` matches,
#   without a regular expression (the first regex.match of a run compiles RE2's code and the
#   pattern, a large share of a cold evaluation): every digit made 0, the time is one of the
#   shapes. One builtin call per time, as cheap as the cached pattern on large packages.
normal_time(t) if {
	is_string(t)
	strings.replace_n(digit_to_zero, t) in normal_time_shapes
}

digit_to_zero := {"1": "0", "2": "0", "3": "0", "4": "0", "5": "0", "6": "0", "7": "0", "8": "0", "9": "0"}

# Written out: a set built with numbers.range would bring wasm's decimal arithmetic into every run.
normal_time_shapes := {
	"0000-00-00T00:00:00Z",
	"0000-00-00T00:00:00.0Z",
	"0000-00-00T00:00:00.00Z",
	"0000-00-00T00:00:00.000Z",
	"0000-00-00T00:00:00.0000Z",
	"0000-00-00T00:00:00.00000Z",
	"0000-00-00T00:00:00.000000Z",
	"0000-00-00T00:00:00.0000000Z",
	"0000-00-00T00:00:00.00000000Z",
	"0000-00-00T00:00:00.000000000Z",
}

# METADATA
# title: Digits
# description: >-
#   A non-empty string of ASCII digits (what `^[0-9]+$` matches), without a regular expression.
digits(s) if {
	is_string(s)
	s != ""
	trim_left(s, "0123456789") == ""
}

# METADATA
# title: Time a is before time b
# description: By time_key when both are in normal form, else by time.parse_rfc3339_ns; undefined for invalid times.
# scope: document
time_lt(a, b) if time_key(a) < time_key(b)

time_lt(a, b) if {
	not both_time_keys(a, b)
	ns(a) < ns(b)
}

# METADATA
# title: Time a is at or before time b
# description: By time_key when both are in normal form, else by time.parse_rfc3339_ns; undefined for invalid times.
# scope: document
time_lte(a, b) if time_key(a) <= time_key(b)

time_lte(a, b) if {
	not both_time_keys(a, b)
	ns(a) <= ns(b)
}

both_time_keys(a, b) if {
	time_key(a)
	time_key(b)
}

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
# title: Signing events of this release
# description: >-
#   The signing-event records that name this release: the product and target version in scope.
#   One that names another release (a replay of its signing event) says nothing of when this
#   one was signed, nor by whom (signing.signing_event_scope_mismatch reports it).
signing_events := [e |
	some e in records_of("signing-event")
	[e.record.product, e.record.version] == [input.package.scope.product, input.package.scope.toVersion]
]

# METADATA
# title: Signing instants
# description: >-
#   When the release was signed, as {time, evidence}: the time of each signing-event record of
#   this release (signing_events), and the trusted time (transparency-log integrated time or
#   signed timestamp) of each verified signature over a manifest. A trusted time is the signing
#   time (signing.rego holds the records to within minutes of it), so ordering rules compare
#   with both.
# scope: document
signing_instants contains {"time": e.record.time, "evidence": e.id} if {
	some e in signing_events
}

signing_instants contains {"time": s.signedAt, "evidence": m.id} if {
	some m in of_kind("update-manifest")
	some s in object.get(m, ["verification", "signatures"], [])
	s.verified == true
	is_string(object.get(s, "signedAt", null))
}

# METADATA
# title: Build instants
# description: >-
#   When the release's artifacts were built, as {time, evidence}: for each build provenance
#   whose signature verified, the build's start (SLSA startedOn) or, when it states none, its
#   finish (finishedOn). Nothing that build made can have been tested or approved before it.
# scope: document
build_instants contains {"time": t, "evidence": e.id} if {
	some e in of_kind("build-provenance")
	true in {s.verified | some s in object.get(e, ["verification", "signatures"], [])}
	t := build_time(object.get(e, ["verification", "slsa"], null))
}

build_time(slsa) := slsa.startedOn if {
	is_string(slsa.startedOn)
} else := slsa.finishedOn if {
	is_string(slsa.finishedOn)
}

# METADATA
# title: Signing evidence
# description: The sorted ids of the evidence items signing_instants come from.
signing_evidence := sorted({i.evidence | some i in signing_instants})

# METADATA
# title: Signers
# description: The signers named by the signing-event records of this release.
signers := {e.record.signer | some e in signing_events}

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

# METADATA
# title: Signature verified through a certificate
# description: A verified signature whose certificate chains to the Sigstore trusted root.
certificate_signature(s) if {
	s.verified == true
	s.method == "certificate"
	is_object(s.identity)
}

# METADATA
# title: Signature verified by a trusted key
# description: A verified signature made with a key of the trust configuration.
key_signature(s) if {
	s.verified == true
	object.get(s, "method", "key") == "key"
}

# METADATA
# title: Trusted identities
# description: The identities of the trust configuration (none when it lists none).
identities := object.get(data.trust, "identities", [])

# METADATA
# title: Identities matching a certificate
# description: >-
#   Trusted identities whose issuer (exact), subject (exact, or a pattern matching the whole
#   SAN) and extensions (sourceRepository, sourceRef, signerWorkflow, runnerEnvironment, when
#   set) match the certificate. Values are compared as they are, byte for byte, once {version}
#   in sourceRef is the update's target version (expected_value).
matching_identities(cert) := [i |
	some i in identities
	identity_matches(i, cert)
]

identity_matches(i, cert) if {
	i.issuer == cert.issuer
	subject_matches(i, cert.subject)
	every field in extension_fields {
		pin_holds(i, field, cert)
	}
}

subject_matches(i, san) if {
	is_string(i.subject)
	i.subject == san
}

subject_matches(i, san) if {
	is_string(i.subjectPattern)
	is_string(san)
	regex.match(concat("", ["^(?:", i.subjectPattern, ")$"]), san)
}

# An extension the identity does not pin holds for every certificate; a pinned one only when the
# certificate's value is the one expected (so a certificate without the extension fails it).
pin_holds(i, field, cert) if extension_matches(expected_value(i, field), object.get(cert, field, null))

extension_matches(null, _)

extension_matches(want, got) if {
	is_string(want)
	want == got
}

# METADATA
# title: The value an identity pins an extension to
# description: >-
#   The identity's value of the field (null: not pinned), with {version} in sourceRef standing
#   for the update's target version (input.package.scope.toVersion), as slsa-verifier's
#   --source-tag v<version> for every version: refs/tags/v{version} pins the tag deployed. Undefined
#   (nothing matches: fail closed) for a sourceRef with {version} when the input has no target
#   version.
# scope: document
expected_value(i, field) := object.get(i, field, null) if not versioned_ref(i, field)

expected_value(i, field) := replace(i.sourceRef, version_placeholder, input.package.scope.toVersion) if {
	versioned_ref(i, field)
	is_string(input.package.scope.toVersion)
}

version_placeholder := "{version}"

versioned_ref(i, "sourceRef") if {
	is_string(i.sourceRef)
	contains(i.sourceRef, version_placeholder)
}

# METADATA
# title: Identity label
# description: >-
#   How a certificate identity is named in messages: its SAN and issuer, as gh attestation
#   verify prints them, and the source repository when the certificate names one (for a
#   reusable workflow the SAN is the workflow, the repository is its caller).
identity_label(cert) := concat("", [
	format_value(cert.subject), " (issuer ", format_value(cert.issuer),
	repository_label(object.get(cert, "sourceRepository", null)), ")",
])

repository_label(repository) := concat("", [", source repository ", repository]) if is_string(repository)

else := ""

format_value(v) := v if is_string(v)

format_value(v) := "(none)" if not is_string(v)

# METADATA
# title: Identity fields pinned to certificate extensions
# description: The identity fields compared with a Fulcio extension of the same name when set.
extension_fields := ["sourceRepository", "sourceRef", "signerWorkflow", "runnerEnvironment"]

# METADATA
# title: Why no trusted identity matches a certificate
# description: >-
#   For a certificate that no trusted identity matches, which field failed: for each identity
#   with its issuer and SAN, every pinned extension (sourceRepository, sourceRef,
#   signerWorkflow, runnerEnvironment) whose value differs, with the certificate's value and the
#   one expected ({version} expanded); else that no identity with its issuer matches its SAN, or
#   that none has its issuer.
mismatch_reason(cert) := mismatch_among([i | some i in identities; i.issuer == cert.issuer], cert)

# Why none of the identities of the certificate's issuer matches it.
mismatch_among(same_issuer, cert) := concat("; ", sort([m |
	some i in same_issuer
	subject_matches(i, cert.subject)
	some m in extension_mismatches(i, cert)
])) if {
	some i in same_issuer
	subject_matches(i, cert.subject)
} else := concat("", ["no identity with issuer ", cert.issuer, " matches its SAN (subject or subjectPattern)"]) if {
	count(same_issuer) > 0
} else := concat("", ["no identity has issuer ", format_value(cert.issuer)])

extension_mismatches(i, cert) := [concat("", [
	"its ", field, " is ", format_value(object.get(cert, field, null)),
	", identity ", i.id, " expects ", expected_label(i, field),
]) |
	some field in extension_fields
	not pin_holds(i, field, cert)
]

# The value expected, or why there is none: a {version} ref without a target version.
expected_label(i, field) := want if {
	want := expected_value(i, field)
} else := concat("", [i.sourceRef, ", and the update names no target version (package.scope.toVersion) for {version}"])

# METADATA
# title: GitHub Actions OIDC issuer
# description: The issuer of the certificates Fulcio issues to GitHub Actions workflow runs.
github_actions_issuer := "https://token.actions.githubusercontent.com"

# METADATA
# title: GitHub identity open to every repository
# description: >-
#   Why a trusted identity of the GitHub Actions issuer without sourceRepository may sign
#   nothing. Such an identity would trust a run of its workflow from any repository: a reusable
#   workflow's SAN names the workflow, its caller is only in the source repository extension, so
#   every repository that can call it would sign as the identity (gh attestation verify always
#   asks for --repo or --owner, slsa-verifier for --source-uri).
unpinned_problems(i) := {concat("", [
	"has no sourceRepository, so it would trust a run of its workflow from every repository ",
	"(every caller of a reusable workflow): pin sourceRepository to the repository that builds and signs",
])} if {
	i.issuer == github_actions_issuer
	not is_string(object.get(i, "sourceRepository", null))
} else := set()

# METADATA
# title: Problems of an identity
# description: >-
#   Why a trusted identity may not sign this usage, product and version, or may sign nothing
#   (unpinned_problems); empty when it may.
identity_problems(i, usage) := ((usage_problems(i, usage) | product_problems(i)) | version_problems(i)) | unpinned_problems(i)

usage_problems(i, usage) := {concat("", ["may not sign ", usage])} if {
	not usage in i.usage
} else := set()

product_problems(i) := {concat("", ["is not authorized for product ", input.package.scope.product])} if {
	not input.package.scope.product in i.products
} else := set()

version_problems(i) := {concat("", [
	"is not authorized for version ", input.package.scope.toVersion,
	" (authorized ", i.minVersion, " to ", i.maxVersion, ")",
])} if {
	not version_in(i, input.package.scope.toVersion)
} else := set()

version_in(i, v) if {
	version_lte(i.minVersion, v)
	version_lte(v, i.maxVersion)
}

# METADATA
# title: Authorized identities of a certificate
# description: The matching trusted identities with no problem for this usage, product and version.
authorized_identities(cert, usage) := [i.id |
	some i in matching_identities(cert)
	count(identity_problems(i, usage)) == 0
]

# METADATA
# title: Log index label
# description: The transparency-log indexes of a signature, for messages.
log_label(s) := concat("", [" (Rekor log index ", concat(", ", [e.logIndex | some e in s.tlogEntries]), ")"]) if {
	count(object.get(s, "tlogEntries", [])) > 0
} else := ""
