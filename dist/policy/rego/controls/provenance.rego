# METADATA
# title: Provenance
# description: >-
#   The build provenance is a DSSE envelope (bare, or in a Sigstore bundle) signed by a trusted
#   key or through a Sigstore certificate of a trusted identity allowed to sign build provenance,
#   holds an in-toto Statement v1 with SLSA Provenance v1 from a trusted builder (for keyless
#   provenance: the certificate identity), and names every manifest artifact's digest among its
#   subjects.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.controls.provenance

import data.update_gate.lib

slsa_v1 := "https://slsa.dev/provenance/v1"

# METADATA
# title: Provenance items
# description: Build-provenance evidence items with verification facts.
items := [e |
	some e in lib.of_kind("build-provenance")
	e.verification.type == "build-provenance"
]

verified_signatures(p) := verified_in(p.verification)

verified_in(verification) := [s | some s in verification.signatures; s.verified == true]

# METADATA
# title: Provenance missing
# description: No build provenance in the package.
findings contains missing_finding if {
	count(lib.of_kind("build-provenance")) == 0
}

missing_finding := lib.finding({"rule": "provenance.missing", "severity": "gap", "message": msg, "evidence": []}) if {
	msg := concat("", [
		"no build provenance in the package: add an evidence item of kind ",
		"build-provenance, a DSSE envelope of an in-toto Statement v1 with a ",
		"SLSA Provenance v1 predicate (`update-gate package sign ",
		"--provenance`, example docs/evidence-format.md#build-provenance)",
	])
}

# METADATA
# title: Provenance not verifiable
# description: A build-provenance item whose envelope could not be read.
findings contains unverifiable_finding(e) if {
	some e in lib.of_kind("build-provenance")
	object.get(e, ["verification", "type"], null) != "build-provenance"
}

unverifiable_finding(e) := lib.finding({"rule": "provenance.unverifiable", "severity": "gap", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		"build provenance ",
		e.id,
		" could not be read as a DSSE envelope: the file is missing or is not ",
		"one (write it with `update-gate package sign --provenance`, ",
		"docs/evidence-format.md#dsse-and-pae)",
	])
}

# METADATA
# title: Signature not verified
# description: No trusted key or Sigstore certificate verifies the envelope.
findings contains signature_unverified_finding(p, reasons) if {
	some p in items
	count(verified_signatures(p)) == 0
	reasons := sort({r | some s in p.verification.signatures; r := object.get(s, "reason", null); is_string(r)})
}

signature_unverified_finding(p, reasons) := lib.finding({"rule": "provenance.signature_unverified", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", ["no trusted key or certificate verifies the envelope of ", p.id, because(reasons)])
}

because(reasons) := concat("", [": ", concat("; ", reasons)]) if count(reasons) > 0

else := ""

# METADATA
# title: Key not authorized for provenance
# description: >-
#   The verifying key is unknown, revoked, not for build-provenance, not for this product or
#   version, or not valid when the provenance was signed (its trusted time, else the build's
#   start and finish and the item's time).
findings contains key_unauthorized_finding(p, s, why) if {
	some p in items
	some s in verified_signatures(p)
	lib.key_signature(s)
	some why in lib.signature_key_problems(s, p)
}

key_unauthorized_finding(p, s, why) := lib.finding({"rule": "provenance.key_unauthorized", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", ["key ", s.keyId, " that signed ", p.id, " ", why])
}

# METADATA
# title: Certificate identity not trusted
# description: >-
#   The envelope verifies through a Sigstore certificate whose identity (issuer, SAN,
#   repository and workflow extensions) matches no identity of the trust configuration.
findings contains identity_untrusted_finding(p, s) if {
	some p in items
	some s in verified_signatures(p)
	lib.certificate_signature(s)
	count(lib.matching_identities(s.identity)) == 0
}

identity_untrusted_finding(p, s) := lib.finding({"rule": "provenance.identity_untrusted", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", [
		"certificate identity ", lib.identity_label(s.identity), " that signed ", p.id,
		lib.log_label(s), " is not a trusted identity: ", lib.mismatch_reason(s.identity),
	])
}

# METADATA
# title: Certificate identity not authorized
# description: The matching trusted identity may not sign build provenance for this product and version.
findings contains identity_unauthorized_finding(p, i, s, why) if {
	some p in items
	some s in verified_signatures(p)
	lib.certificate_signature(s)
	count(lib.matching_identities(s.identity)) > 0
	count(lib.authorized_identities(s.identity, "build-provenance")) == 0
	some i in lib.matching_identities(s.identity)
	some why in lib.identity_problems(i, "build-provenance")
}

identity_unauthorized_finding(p, i, s, why) := lib.finding({"rule": "provenance.identity_unauthorized", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", ["identity ", i.id, " (", lib.identity_label(s.identity), ") that signed ", p.id, " ", why])
}

# METADATA
# title: Keyless provenance
# description: Provenance verified through a certificate of an authorized identity.
keyless(p) if {
	some s in verified_signatures(p)
	lib.certificate_signature(s)
	count(lib.authorized_identities(s.identity, "build-provenance")) > 0
}

# METADATA
# title: Other attestations
# description: >-
#   A build provenance of several candidate attestations naming an artifact (a .jsonl, a GitHub
#   attestations answer; lib.evidence): how many were tried, which one is judged, and why each
#   other one does not count (the first five, in order; the rest counted).
findings contains other_attestations_finding(e) if {
	some e in input.evidence
	e.kind == "build-provenance"
	count(object.get(e, "alternatives", [])) > 0
}

other_attestations_finding(e) := lib.finding({"rule": "provenance.other_attestations", "severity": "info", "message": msg, "evidence": [e.id]}) if {
	cs := lib.candidates(e)
	j := lib.judged_candidate(e)
	others := [concat("", [candidate_source(c), ": ", set_aside_reason(c, i, j)]) | some i, c in cs; i != j]
	msg := concat("", [
		e.id, ": ", lib.int_text(count(cs)), " attestations name a manifest artifact; judged ",
		candidate_source(cs[j]), judged_note(cs[j]), "; not judged: ",
		concat("; ", array.slice(others, 0, 5)), more_note(count(others) - 5),
	])
}

candidate_source(c) := object.get(c, ["signatures", 0, "source"], "(no signature)")

judged_note(c) := " (signed by a trusted signer authorized for build provenance)" if {
	lib.trusted_provenance(c)
} else := " (the first: none is signed by a trusted signer authorized for build provenance)"

more_note(n) := concat("", ["; and ", lib.int_text(n), " more"]) if n > 0

else := ""

set_aside_reason(c, i, j) := "also signed by a trusted signer; the first such one is judged" if {
	i > j
	lib.trusted_provenance(c)
} else := concat("", ["does not verify: ", clipped(concat("; ", reasons))]) if {
	count(verified_in(c)) == 0
	reasons := sort({r | some s in c.signatures; r := object.get(s, "reason", null); is_string(r)})
} else := untrusted_signer(verified_in(c)[0])

# Who signed a verified candidate that no trusted signer authorized for build provenance signed.
untrusted_signer(s) := concat("", [
	"signed by certificate identity ", lib.identity_label(s.identity),
	", not a trusted identity: ", lib.mismatch_reason(s.identity),
]) if {
	lib.certificate_signature(s)
	count(lib.matching_identities(s.identity)) == 0
} else := concat("", [
	"signed by identity ", concat("/", [i.id | some i in lib.matching_identities(s.identity)]),
	" (", lib.identity_label(s.identity), "), which ",
	concat("; ", sort({p | some i in lib.matching_identities(s.identity); some p in lib.identity_problems(i, "build-provenance")})),
]) if {
	lib.certificate_signature(s)
} else := concat("", ["signed by key ", s.keyId, ", which may not sign build-provenance"])

clipped(text) := concat("", [substring(text, 0, 200), "..."]) if count(text) > 200

else := text

# METADATA
# title: Envelope payload type
# description: The DSSE payloadType must be application/vnd.in-toto+json.
findings contains payload_type_finding(p) if {
	some p in items
	p.verification.payloadType != lib.in_toto_payload_type
}

payload_type_finding(p) := lib.finding({"rule": "provenance.payload_type", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", [p.id, " has DSSE payloadType ", p.verification.payloadType, ", expected ", lib.in_toto_payload_type])
}

statement_v1 := "https://in-toto.io/Statement/v1"

# METADATA
# title: Statement type
# description: The statement _type must be in-toto Statement v1 (v0.1 is not accepted).
findings contains statement_type_finding(p) if {
	some p in items
	p.verification.statement.type != statement_v1
}

statement_type_finding(p) := lib.finding({"rule": "provenance.statement_type", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", [p.id, " has statement _type ", p.verification.statement.type, ", expected ", statement_v1])
}

# METADATA
# title: Not SLSA Provenance v1
# description: The statement's predicate is not SLSA Provenance v1.
findings contains predicate_type_finding(p) if {
	some p in items
	p.verification.statement.predicateType != slsa_v1
}

predicate_type_finding(p) := lib.finding({"rule": "provenance.predicate_type", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", [p.id, " has predicate type ", p.verification.statement.predicateType, ", expected ", slsa_v1, legacy_note(p)])
}

legacy_note(p) := " (SLSA Provenance v0.2 is recognised but not supported: only SLSA v1 is read)" if {
	p.verification.statement.predicateType == "https://slsa.dev/provenance/v0.2"
} else := ""

# METADATA
# title: Builder not trusted
# description: >-
#   The SLSA builder id is not in data.trust.builders. Applies to key-signed provenance; for
#   provenance signed through certificates only, the certificate identity establishes the builder,
#   trusted or not, and for keyless provenance that did not verify at all the unverified
#   signature is the finding.
findings contains builder_untrusted_finding(p) if {
	some p in items
	p.verification.slsa != null
	not certificates_only(p)
	not keyless_unverified(p)
	not p.verification.slsa.builderId in {b.id | some b in data.trust.builders}
}

# Keyless provenance none of whose signatures verified: its builder would be the certificate's
# identity, and provenance.signature_unverified is the one finding that says why there is none.
keyless_unverified(p) if {
	count(verified_signatures(p)) == 0
	count(p.verification.signatures) > 0
	every s in p.verification.signatures {
		s.method == "certificate"
	}
}

# Provenance verified through certificates alone: its builder is the certificate's identity, which
# the identity rules judge (naming the builder id too would ask for GitHub's shared runner id in
# the builders list, which would then pass any key-signed provenance claiming it).
certificates_only(p) if {
	some s in verified_signatures(p)
	lib.certificate_signature(s)
	not key_signed(p)
}

key_signed(p) if {
	some s in verified_signatures(p)
	not lib.certificate_signature(s)
}

builder_untrusted_finding(p) := lib.finding({"rule": "provenance.builder_untrusted", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", ["builder ", p.verification.slsa.builderId, " of ", p.id, " is not a trusted builder"])
}

# METADATA
# title: Builder claimed by the predicate is not the signer
# description: >-
#   For keyless provenance the builder is the certificate's identity: a predicate builder.id
#   that names a workflow identity must equal the certificate SAN (a generic builder id such as
#   GitHub's https://github.com/actions/runner/github-hosted is accepted).
findings contains builder_not_signer_finding(p, s) if {
	some p in items
	p.verification.slsa != null
	some s in verified_signatures(p)
	lib.certificate_signature(s)
	workflow_identity(p.verification.slsa.builderId)
	p.verification.slsa.builderId != s.identity.subject
}

builder_not_signer_finding(p, s) := lib.finding({"rule": "provenance.builder_not_signer", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", [
		p.id, " claims builder ", p.verification.slsa.builderId,
		" but its certificate was issued to ", lib.identity_label(s.identity),
	])
}

# METADATA
# title: Builder claimed by the predicate did not sign
# description: >-
#   For key-signed provenance, a trusted builder that names its keys (builders[].keys): the
#   provenance claiming it counts only when one of those keys verified it, or any key allowed
#   to sign build provenance could claim the builder.
findings contains builder_key_not_signer_finding(p, b) if {
	some p in items
	p.verification.slsa != null
	key_signed(p)
	some b in data.trust.builders
	b.id == p.verification.slsa.builderId
	is_array(object.get(b, "keys", null))
	count(signing_keys(p) & {k | some k in b.keys}) == 0
}

signing_keys(p) := {s.keyId | some s in verified_signatures(p); lib.key_signature(s)}

builder_key_not_signer_finding(p, b) := lib.finding({"rule": "provenance.builder_not_signer", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", [
		p.id, " claims builder ", b.id, " but was signed by key ", concat(", ", sort(signing_keys(p))),
		", not one of the builder's keys (", concat(", ", sort(b.keys)), ")",
	])
}

# A builder id that names a CI workflow identity (a certificate SAN), not a generic builder.
workflow_identity(id) if contains(id, "/.github/workflows/")

# METADATA
# title: Artifact not in subjects
# description: >-
#   A manifest artifact's computed digest is not among the provenance subjects (a statement
#   without subjects names none). Subjects with digests other than sha256 only are reported by
#   provenance.subjects_without_sha256 instead.
findings contains artifact_not_in_subjects_finding(p, a) if {
	some p in items
	not only_other_digests(p)
	some a in p.verification.artifactsInSubjects
	a.inSubjects != true
}

artifact_not_in_subjects_finding(p, a) := lib.finding({"rule": "provenance.artifact_not_in_subjects", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", ["artifact ", a.name, " is not a subject of ", p.id, no_subjects_note(p)])
}

no_subjects_note(p) := " (its statement has no subjects)" if {
	count(p.verification.statement.subjects) == 0
} else := ""

has_sha256_subject(p) if {
	some s in p.verification.statement.subjects
	s.sha256 != null
}

# Subjects there, none with a sha256 digest.
only_other_digests(p) if {
	count(p.verification.statement.subjects) > 0
	not has_sha256_subject(p)
}

# METADATA
# title: Subjects without sha256
# description: No subject carries a sha256 digest (e.g. sha512 only), so artifacts cannot be matched.
findings contains subjects_without_sha256_finding(p, algorithms) if {
	some p in items
	only_other_digests(p)
	algorithms := sort({a | some s in p.verification.statement.subjects; some a in object.get(s, "algorithms", [])})
}

subjects_without_sha256_finding(p, algorithms) := lib.finding({"rule": "provenance.subjects_without_sha256", "severity": "violation", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", [
		"the subjects of ", p.id, " carry only ", concat(", ", algorithms),
		" digests; the gate matches artifacts by sha256",
	])
}

# METADATA
# title: No artifacts to check
# description: There is no manifest artifact to look up among the subjects.
findings contains subjects_unchecked_finding(p) if {
	some p in items
	count(p.verification.artifactsInSubjects) == 0
}

subjects_unchecked_finding(p) := lib.finding({"rule": "provenance.subjects_unchecked", "severity": "gap", "message": msg, "evidence": [p.id]}) if {
	msg := concat("", ["no manifest artifact to check against the subjects of ", p.id, ": add the signed update manifest (docs/evidence-format.md#update-manifest)"])
}

# METADATA
# title: Verified
# description: Provenance is there and no violation or gap remains.
verified if {
	count(items) > 0
	count(lib.blocking(findings)) == 0
}

# METADATA
# title: Level
# description: 4 when verified, else the evidence present capped at 3.
level := 4 if verified

else := lib.unverified("provenance", findings).level

# METADATA
# title: Level reason
# description: Why the control has its level.
level_reason := concat("", [
	"verified: ", concat(", ", [p.id | some p in items]),
	" ", signer_summary, ", SLSA v1, every artifact a subject",
]) if verified

else := lib.unverified("provenance", findings).reason

signer_summary := concat("", [
	"signed by ", concat(", ", sort({signer_label(p, s) | some p in items; some s in verified_signatures(p)})),
])

signer_label(p, s) := concat("", [
	"identity ", concat("/", lib.authorized_identities(s.identity, "build-provenance")), " ",
	lib.identity_label(s.identity), lib.log_label(s), ", builder ", p.verification.slsa.builderId,
]) if {
	lib.certificate_signature(s)
} else := concat("", ["key ", s.keyId, " from trusted builder ", p.verification.slsa.builderId])
