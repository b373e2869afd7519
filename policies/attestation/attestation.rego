# METADATA
# title: Signed records
# description: >-
#   Authenticity of the records (docs/policies.md, signed records). Hostile records are refused,
#   each with its own rule: a signature that does not verify over the record's bytes (or the
#   statement's PAE), a statement whose subjects are not the signed manifest's artifact digests,
#   a verified signer outside the trust configuration. Records not signed by whom they name are
#   listed; the control they support is at most level 3 (produced artifact without complete
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
findings contains finding("attestation.signature_invalid", e, msg) if {
	some e in signed_items
	some s in e.attestation.signatures
	s.verified == false
	msg := concat("", [
		e.kind, " ", e.id, ": signature ", s.source, " in ", e.attestation.file,
		" does not verify (", object.get(s, "reason", "no reason given"),
		"); the record is refused",
	])
}

# METADATA
# title: Subjects of other artifacts
# description: A record's in-toto statement binds digests other than the signed manifest's artifacts.
findings contains finding("attestation.subjects_mismatch", e, msg) if {
	some e in signed_items
	e.attestation.subjectsMatch == false
	named := sort([s.sha256 | some s in e.attestation.subjects; is_string(s.sha256)])
	msg := concat("", [
		e.kind, " ", e.id, ": the statement's subjects (", concat(", ", named),
		") are not the signed manifest's artifact digests; the record is refused",
	])
}

# METADATA
# title: Signer not trusted
# description: A record's signature verifies, but with a revoked key, a key or identity not authorized for the kind, or a certificate identity that no trusted identity matches.
findings contains finding("attestation.signer_untrusted", e, msg) if {
	some e in signed_items
	some s in e.attestation.signatures
	s.verified == true
	count(lib.principals(s, e.kind)) == 0
	msg := concat("", [
		e.kind, " ", e.id, ": signed by ", signer_label(s),
		", which the trust configuration does not authorize to sign ", e.kind,
		" records; the record is refused",
	])
}

signer_label(s) := concat("", ["identity ", lib.identity_label(s.identity)]) if lib.certificate_signature(s)

else := concat("", ["key ", s.keyId]) if is_string(s.keyId)

else := "an unknown signer"

finding(rule, e, msg) := lib.finding({"rule": rule, "severity": "violation", "message": msg, "evidence": [e.id]})

# METADATA
# title: Unsigned records
# description: Records not signed by whom they name, listed (info); their control is capped at level 3.
findings contains lib.finding({"rule": "attestation.unsigned", "severity": "info", "message": msg, "evidence": [id]}) if {
	some id in lib.unsigned_records
	e := lib.evidence_by_id[id]
	msg := concat("", [
		e.kind, " ", id, " is not signed by ", expected_signer[e.kind],
		": a produced artifact without complete verification, so control ",
		lib.natural_control[e.kind], " is at most level 3",
	])
}

expected_signer := {
	"signing-event": "a key or identity authorized for signing-event",
	"customer-notification": "a key or identity authorized for customer-notification",
	"release-approval": "each approver it names (approvers[].keys or identities in the trust configuration)",
	"risk-acceptance": "the risk acceptor it names (approvers[].keys or identities in the trust configuration)",
	"rollback-recovery-tests": "a test system authorized for the hardware of each result (testSystems in the trust configuration)",
	"deployment-records": "a deployment system authorized for the hardware of each configuration (deploymentSystems in the trust configuration)",
}

# METADATA
# title: Unsigned records by control
# description: By control id, the sorted ids of the unsigned records supporting it.
unsigned_by_control[ctl] := sort(ids) if {
	some ctl in {lib.natural_control[lib.evidence_by_id[id].kind] | some id in lib.unsigned_records}
	ids := {id | some id in lib.unsigned_records; lib.natural_control[lib.evidence_by_id[id].kind] == ctl}
}
