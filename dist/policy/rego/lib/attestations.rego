# Signed records:
# Who signed each record (signing-event, release-approval, risk-acceptance,
# rollback-recovery-tests, customer-notification, deployment-records): the principals (a trusted
# key or a trusted certificate identity, authorized for the record's kind) of its verified
# signatures, and the parties of the trust configuration they sign for (approvers, test and
# deployment systems). A record is authentic when the party its content names signed it.
# (package update_gate.lib: its METADATA is in lib.rego.)
package update_gate.lib

# METADATA
# title: Signable record kinds
# description: The record kinds whose authenticity the gate checks.
record_kinds := {
	"signing-event", "release-approval", "risk-acceptance", "rollback-recovery-tests",
	"customer-notification", "deployment-records",
}

# METADATA
# title: Principals of a signature
# description: >-
#   {"key": id} for a verified signature by a trusted, unrevoked key whose usage includes the
#   kind; {"identity": id} for each trusted identity authorized for the kind that matches a
#   verified certificate; nothing otherwise.
principals(s, kind) := {{"key": s.keyId}} if {
	key_signature(s)
	k := trusted_key(s.keyId)
	k.revoked == false
	kind in k.usage
} else := {{"identity": id} | some id in authorized_identities(s.identity, kind)} if {
	certificate_signature(s)
} else := set()

# METADATA
# title: Attestation of an item
# description: The item's attestation facts, null when it has none.
attestation(e) := object.get(e, "attestation", null)

# METADATA
# title: Record signers
# description: >-
#   By evidence id, the principals that signed a record. A statement whose subjects are not the
#   signed manifest's artifacts binds nothing: it has no signer.
record_signers[e.id] := {p |
	some s in a.signatures
	some p in principals(s, e.kind)
} if {
	some e in input.evidence
	record_kinds[e.kind]
	a := attestation(e)
	is_object(a)
	a.subjectsMatch != false
}

signers_of(id) := object.get(record_signers, id, set())

# METADATA
# title: Principals of a party
# description: The keys and identities the trust configuration maps to an approver or a system.
party_principals(party) := {{"key": k} | some k in object.get(party, "keys", [])} | {{"identity": i} | some i in object.get(party, "identities", [])}

approver_principals[a.id] := party_principals(a) if some a in data.trust.approvers

# METADATA
# title: Signed by a person
# description: The record's signers include a key or identity the trust configuration maps to this person.
# scope: document
signed_by_person(e, person) if signed_by_person_id(e.id, person)

# METADATA
# title: Signed by a person, by evidence id
# description: As signed_by_person, for the evidence item with this id.
# scope: document
signed_by_person_id(id, person) if {
	some p in signers_of(id)
	object.get(approver_principals, person, set())[p]
}

# METADATA
# title: Hardware of the signing systems
# description: >-
#   By evidence id, the hardware the record's signers are authorized for, as test systems
#   (tester_hardware) and as deployment systems (deployment_hardware).
tester_hardware[id] := systems_hardware(object.get(data.trust, "testSystems", []), signers) if {
	some id, signers in record_signers
}

deployment_hardware[id] := systems_hardware(object.get(data.trust, "deploymentSystems", []), signers) if {
	some id, signers in record_signers
}

systems_hardware(systems, signers) := {h |
	some sys in systems
	count(party_principals(sys) & signers) > 0
	some h in sys.hardware
}

# METADATA
# title: Authentic record
# description: Signed by whom its content names (approvers, the acceptor, authorized systems), or for a signing event and a notification by a principal authorized for the kind.
# scope: document
authentic(e) if {
	e.kind in {"signing-event", "customer-notification"}
	count(signers_of(e.id)) > 0
}

authentic(e) if {
	e.kind == "release-approval"
	every a in e.record.approvals {
		signed_by_person(e, a.approver)
	}
}

authentic(e) if {
	e.kind == "risk-acceptance"
	signed_by_person(e, e.record.acceptedBy)
}

authentic(e) if {
	e.kind == "rollback-recovery-tests"
	hw := object.get(tester_hardware, e.id, set())
	every r in e.record.results {
		hw[r.hardware]
	}
}

authentic(e) if {
	e.kind == "deployment-records"
	hw := object.get(deployment_hardware, e.id, set())
	every r in e.record.records {
		deployment_authorized(hw, r)
	}
}

deployment_authorized(hw, r) if hw[configurations[r.configuration].hardware]

deployment_authorized(_, r) if not configurations[r.configuration]

# METADATA
# title: Unsigned records
# description: Ids of the records that are not authentic (unsigned, or signed by someone else).
unsigned_records contains e.id if {
	some e in input.evidence
	record_kinds[e.kind]
	e.record != null
	not authentic(e)
}
