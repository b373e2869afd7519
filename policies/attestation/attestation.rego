# METADATA
# title: Signed records
# description: >-
#   Authenticity of the records (docs/policies.md, signed records). Hostile records are refused,
#   each with its own rule, whether or not their kind must be signed: a signature that does not
#   verify over the record's bytes (or the statement's PAE), an envelope whose payload is not an
#   in-toto statement, a statement whose subjects are not the signed manifest's artifact digests,
#   a verified signer outside the trust configuration, a
#   test or deployment system vouching for hardware it is not authorized for. Records not signed
#   by whom they name are listed; when requirements.signedRecords names their kind they do not
#   count and the control they support is at most level 3 (produced artifact without complete
#   verification), see unsigned_by_control.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.attestation

import data.update_gate.lib

signed_items := [e |
	some e in input.evidence
	lib.record_kinds[e.kind]
	is_object(lib.attestation(e))
]

# METADATA
# title: Signature invalid
# description: A record's signature does not verify (over other bytes, or by a key the trust configuration does not list).
findings contains signature_invalid_finding(e, s) if {
	some e in signed_items
	some s in e.attestation.signatures
	s.verified == false
}

signature_invalid_finding(e, s) := finding("attestation.signature_invalid", e, msg) if {
	msg := concat("", [
		e.kind, " ", e.id, ": signature ", s.source, " in ", e.attestation.file,
		" does not verify (", object.get(s, "reason", "no reason given"),
		"); the record is refused",
	])
}

# METADATA
# title: Subjects of other artifacts
# description: A record's in-toto statement binds digests other than the signed manifest's artifacts.
findings contains subjects_mismatch_finding(e, named) if {
	some e in signed_items
	e.attestation.subjectsMatch == false
	named := sort([s.sha256 | some s in e.attestation.subjects; is_string(s.sha256)])
}

subjects_mismatch_finding(e, named) := finding("attestation.subjects_mismatch", e, msg) if {
	msg := concat("", [e.kind, " ", e.id, ": ", subjects_said(named), "; the record is refused"])
}

subjects_said(named) := "the statement names no subjects, so it binds no artifact" if count(named) == 0

subjects_said(named) := concat("", [
	"the statement's subjects (", concat(", ", named),
	") are not the signed manifest's artifact digests",
]) if count(named) > 0

# METADATA
# title: Payload type not in-toto
# description: >-
#   A record's DSSE envelope says its payload is something other than an in-toto statement: the
#   signature was made for another kind of message, so it binds no record.
findings contains payload_type_finding(e) if {
	some e in signed_items
	not lib.in_toto_payload(e.attestation)
}

payload_type_finding(e) := finding("attestation.payload_type", e, msg) if {
	msg := concat("", [
		e.kind, " ", e.id, ": the envelope in ", e.attestation.file, " has payloadType ",
		e.attestation.payloadType, ", expected ", lib.in_toto_payload_type, "; the record is refused",
	])
}

# METADATA
# title: Signer not trusted
# description: >-
#   A record's signature verifies, but with a key not in the trust configuration, a revoked key,
#   a key or identity not authorized for the kind, product or version, a key not valid when the
#   record was signed (lib.signed_times), or a certificate identity that no trusted identity
#   matches.
findings contains signer_untrusted_finding(e, s) if {
	some e in signed_items
	some s in e.attestation.signatures
	s.verified == true
	count(lib.principals(s, e)) == 0
}

signer_untrusted_finding(e, s) := finding("attestation.signer_untrusted", e, msg) if {
	msg := concat("", [
		e.kind, " ", e.id, ": signed by ", signer_label(s),
		", which the trust configuration does not authorize to sign ", e.kind,
		" records", key_reasons(s, e), identity_reasons(s, e), "; the record is refused",
	])
}

# Why no trusted identity matches a certificate, or why those that match may not sign the
# record (none for a key).
identity_reasons(s, e) := concat("", [" (", lib.mismatch_reason(s.identity), ")"]) if {
	lib.certificate_signature(s)
	count(lib.matching_identities(s.identity)) == 0
} else := concat("", [
	" (", concat("; ", sort({concat(" ", ["identity", i.id, p]) |
		some i in lib.matching_identities(s.identity)
		some p in lib.identity_problems(i, e.kind)
	})),
	")",
]) if {
	lib.certificate_signature(s)
} else := ""

# Why a trusted key may not sign the record (none for an unknown key or a certificate).
key_reasons(s, e) := concat("", [" (it ", concat("; ", sort(lib.signature_key_problems(s, e))), ")"]) if {
	lib.key_signature(s)
	lib.trusted_key(s.keyId)
} else := ""

# METADATA
# title: One signature, several people
# description: >-
#   A record's signature is made with a certificate that the identities of more than one
#   approver match (subjects or patterns wider than one person): one signature is one person, so
#   it counts for none of them (lib.signed_by_person_id).
findings contains ambiguous_signer_finding(e, people) if {
	some id, per_signature in lib.signature_people
	some people in per_signature
	count(people) > 1
	e := lib.evidence_by_id[id]
}

ambiguous_signer_finding(e, people) := lib.finding({"rule": "attestation.ambiguous_signer", "severity": "warning", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		e.kind, " ", e.id, ": one signature maps to approvers ", concat(", ", sort(people)),
		" (their identities match the same certificate); one signature is one person, so it ",
		"counts for none of them: narrow approvers' identities (subject, subjectPattern) so that ",
		"each certificate matches one person",
	])
}

# METADATA
# title: System not authorized for the hardware
# description: >-
#   A test or deployment record signed by a system of its kind (testSystems, deploymentSystems)
#   holds results or deployments for hardware that none of its signing systems is authorized for.
findings contains hardware_unauthorized_finding(e, hws) if {
	some id, hws in lib.unauthorized_hardware
	e := lib.evidence_by_id[id]
}

hardware_unauthorized_finding(e, hws) := finding("attestation.hardware_unauthorized", e, msg) if {
	msg := concat("", [
		e.kind, " ", e.id, ": signed by ", concat(", ", signing_system_ids(e)),
		", not authorized (", lib.system_list[e.kind], "[].hardware) for hardware ",
		concat(", ", sort(hws)), " it vouches for; the record is refused",
	])
}

signing_system_ids(e) := sort([sys.id |
	some sys in object.get(data.trust, lib.system_list[e.kind], [])
	count(lib.party_principals(sys) & lib.signers_of(e.id)) > 0
])

signer_label(s) := concat("", ["identity ", lib.identity_label(s.identity)]) if lib.certificate_signature(s)

else := concat("", ["key ", s.keyId]) if is_string(s.keyId)

else := "an unknown signer"

finding(rule, e, msg) := lib.finding({"rule": rule, "severity": "violation", "message": msg, "evidence": [e.id]})

# METADATA
# title: Unsigned records
# description: >-
#   Records not signed by whom they name, listed (info). When requirements.signedRecords names
#   their kind they do not count and their control is capped at level 3; otherwise they count
#   as before, and the finding says so.
findings contains unsigned_finding(id, e, effect) if {
	some id in lib.unsigned_records
	e := lib.evidence_by_id[id]
	effect := unsigned_effect(
		e.kind, lib.natural_control[e.kind],
		id in lib.refused_records, e.kind in lib.signed_record_kinds,
	)
}

unsigned_finding(id, e, effect) := lib.finding({"rule": "attestation.unsigned", "severity": "info", "message": msg, "evidence": [id]}) if {
	msg := concat("", ["record ", id, " (", e.kind, ") is not signed by ", expected_signer[e.kind], effect])
}

# METADATA
# title: Exceptions no signed risk acceptance states
# description: >-
#   Where risk acceptances need not be signed, the sorted ids of the exceptions that no
#   risk-acceptance record signed by their acceptor speaks of: they count, and are listed (one
#   finding for all of them; where risk acceptances must be signed,
#   retention.exception_acceptance_unsigned refuses each).
unsigned_exceptions := lib.sorted([ex.id |
	not lib.signature_required("risk-acceptance")
	some ex in input.package.exceptions
	is_string(ex.acceptedBy)
	count(lib.signed_acceptances(ex)) == 0
	not lib.authentic_exception(ex)
])

findings contains unsigned_exceptions_finding if {
	count(unsigned_exceptions) > 0
}

unsigned_exceptions_finding := lib.finding({"rule": "attestation.unsigned", "severity": "info", "message": msg, "evidence": unsigned_exceptions}) if {
	msg := concat("", [
		unsigned_exceptions_text(unsigned_exceptions),
		", because requirements.signedRecords does not name risk-acceptance",
	])
}

unsigned_exceptions_text(ids) := concat("", ["exception ", ids[0], " is in no risk-acceptance record its acceptor signed; it counts"]) if count(ids) == 1

else := concat("", [
	lib.int_text(count(ids)), " exceptions (", concat(", ", array.slice(ids, 0, 3)), more(count(ids) - 3),
	") are in no risk-acceptance record their acceptor signed; they count",
])

more(n) := concat("", [" and ", lib.int_text(n), " more"]) if n > 0

else := ""

# What follows for the record: of a kind that must be signed (required) or not, refused or not.
# (package check reads "control <id> is at most level 3" at the end.)
unsigned_effect(_, ctl, true, true) := concat("", [
	": it is refused (an attestation violation says why), so it does not count, and control ",
	ctl, " is at most level 3",
])

unsigned_effect(_, _, true, false) := ": it is refused (an attestation violation says why), so it does not count"

unsigned_effect(kind, ctl, false, true) := concat("", [
	" (requirements.signedRecords names ", kind, ")", not_counted[kind], ": control ",
	ctl, " is at most level 3",
])

# What an unsigned record of a required kind loses besides the level (signing events,
# notifications and affected-version mappings are still read; they only cap their control).
not_counted := object.union({k: "" | some k in lib.usage_signed_kinds}, {
	"release-approval": ", so its approvals do not count",
	"risk-acceptance": ", so it accepts nothing",
	"rollback-recovery-tests": ", so its results do not count",
	"deployment-records": ", so its deployments are not retained",
})

unsigned_effect(kind, _, false, false) := concat("", [": it counts because requirements.signedRecords does not name ", kind])

expected_signer := object.union({k: concat("", ["a key or identity authorized for ", k]) | some k in lib.usage_signed_kinds}, {
	"release-approval": "each approver it names (approvers[].keys or identities in the trust configuration)",
	"risk-acceptance": "the risk acceptor it names (approvers[].keys or identities in the trust configuration)",
	"rollback-recovery-tests": "a test system authorized for the hardware of each result (testSystems in the trust configuration)",
	"deployment-records": "a deployment system authorized for the hardware of each configuration (deploymentSystems in the trust configuration)",
})

# METADATA
# title: Unsigned records by control
# description: >-
#   By control id, the sorted ids of the unsigned records supporting it whose kind must be signed
#   (requirements.signedRecords): the controls capped at level 3.
unsigned_by_control[ctl] := sort(ids) if {
	some ctl in {lib.natural_control[lib.evidence_by_id[id].kind] | some id in capping}
	ids := {id | some id in capping; lib.natural_control[lib.evidence_by_id[id].kind] == ctl}
}

capping := {id |
	some id in lib.unsigned_records
	lib.signature_required(lib.evidence_by_id[id].kind)
}
