# Signed records:
# Who signed each record (signing-event, release-approval, risk-acceptance,
# rollback-recovery-tests, affected-versions, customer-notification, deployment-records; an
# affected-versions item is the gate's YAML record or a supplier's VEX document, record kind
# VexDocument): the principals (a trusted key or a trusted certificate identity, authorized for
# the record's kind) of its verified signatures, and the parties of the trust configuration they
# sign for (approvers, test and deployment systems). A record is authentic when the party its
# content names signed it; which kinds must be authentic to count is requirements.signedRecords.
# (package update_gate.lib: its METADATA is in lib.rego.)
package update_gate.lib

# METADATA
# title: Signable record kinds
# description: >-
#   The record kinds whose authenticity the gate checks: every record kind (affected-versions as
#   the YAML record or a supplier's CSAF, OpenVEX, OSV or CycloneDX VEX document).
record_kinds := {
	"signing-event", "release-approval", "risk-acceptance", "rollback-recovery-tests",
	"affected-versions", "customer-notification", "deployment-records",
}

# METADATA
# title: Record kinds that must be signed
# description: >-
#   requirements.signedRecords: the kinds whose records count only when signed by the party they
#   name. The load stage writes every kind when the trust file leaves it out; so does this
#   default, should data.trust come from elsewhere (fail closed).
signed_record_kinds := {k | some k in object.get(requirements, "signedRecords", record_kinds)}

# METADATA
# title: Signature required
# description: The trust configuration requires records of this kind to be signed by the party they name.
# scope: document
signature_required(kind) if signed_record_kinds[kind]

# METADATA
# title: Principals of a signature
# description: >-
#   For the verified signature s over the item e: {"key": id} when the key is trusted, has no
#   key_problems for e's kind, product and version, and was valid at e's signing times;
#   {"identity": id} for each trusted identity authorized for the kind, product and version
#   that matches a verified certificate; nothing otherwise.
principals(s, e) := {{"key": s.keyId}} if {
	key_signature(s)
	count(signature_key_problems(s, e)) == 0
} else := {{"identity": id} | some id in authorized_identities(s.identity, e.kind)} if {
	certificate_signature(s)
} else := set()

# METADATA
# title: Problems of a signature's key
# description: >-
#   Why the key of the key signature s may not sign the item e (empty when it may): unknown,
#   key_problems for e's kind, or not valid at the times e was signed (signed_times).
# scope: document
signature_key_problems(s, e) := {"is not in the trust configuration"} if {
	not trusted_key(s.keyId)
} else := key_problems(k, e.kind) | validity_problems(k, signed_times(e, s)) if {
	k := trusted_key(s.keyId)
}

# METADATA
# title: Times an item was signed
# description: >-
#   The times the signature s over the item e was made at, as far as the gate can tell: the
#   signature's trusted time (transparency-log integrated time or signed timestamp) when it has
#   one; else the times e states (stated_times); else the evaluation time (a key that signed an
#   item stating no time must be valid now).
# scope: document
signed_times(e, s) := {s.signedAt} if {
	is_string(object.get(s, "signedAt", null))
} else := stated if {
	stated := stated_times(e)
	count(stated) > 0
} else := {input.evaluationTime}

# METADATA
# title: Stated times of an item
# description: >-
#   The times an evidence item states for what it records: its time in the index, a signing
#   event's time, each approval, test result and deployment, a risk acceptance's time, a
#   build's start and finish (a notification or an affected-version mapping states no time of
#   its own: its index time, if any).
# scope: document
stated_times(e) := {t | some t in ({object.get(e, "time", null)} | content_times(e)); is_string(t)}

content_times(e) := {e.record.time} if {
	e.kind == "signing-event"
} else := {a.time | some a in e.record.approvals} if {
	e.kind == "release-approval"
} else := {r.time | some r in e.record.results} if {
	e.kind == "rollback-recovery-tests"
} else := {r.time | some r in e.record.records} if {
	e.kind == "deployment-records"
} else := {e.record.acceptedAt} if {
	e.kind == "risk-acceptance"
} else := {object.get(e, ["verification", "slsa", n], null) | some n in ["startedOn", "finishedOn"]} if {
	e.kind == "build-provenance"
} else := set()

# METADATA
# title: Problems of a key
# description: >-
#   Why a trusted key may not sign this usage, product and version (empty when it may): the
#   checks of identity_problems, and revocation. (A revoked key is never trusted: the gate
#   cannot tell a signature made before the revocation from one made after.)
# scope: document
key_problems(k, usage) := identity_problems(k, usage) | revoked_problems(k)

revoked_problems(k) := {"is revoked"} if {
	k.revoked == true
} else := set()

# METADATA
# title: Validity problems of a key
# description: >-
#   Whether the key was valid ([validFrom, validUntil]) at every one of the times: one problem
#   naming the earliest time outside, and how many there are.
# scope: document
validity_problems(k, times) := {concat("", [
	"was not valid at ", outside[0], more_times(count(outside) - 1),
	" (valid ", k.validFrom, " to ", k.validUntil, ")",
])} if {
	outside := sort([t | some t in times; not valid_at(k, t)])
	count(outside) > 0
} else := set()

more_times(0) := ""

more_times(n) := concat("", [" and ", format_int(n, 10), " more times"]) if n > 0

valid_at(k, t) if {
	time_lte(k.validFrom, t)
	time_lte(t, k.validUntil)
}

# METADATA
# title: Attestation of an item
# description: The item's attestation facts, null when it has none.
attestation(e) := object.get(e, "attestation", null)

# METADATA
# title: Record signers
# description: >-
#   By evidence id, the principals that signed a record. A statement whose subjects are not the
#   signed manifest's artifacts, or an envelope that does not hold an in-toto statement, binds
#   nothing: it has no signer.
record_signers[e.id] := {p |
	some s in a.signatures
	some p in principals(s, e)
} if {
	some e in input.evidence
	a := binding_attestation(e)
}

# The attestation of a record when it can bind the record to its signers (record_signers).
binding_attestation(e) := a if {
	record_kinds[e.kind]
	a := attestation(e)
	is_object(a)
	a.subjectsMatch != false
	in_toto_payload(a)
}

# METADATA
# title: People of each certificate signature
# description: >-
#   By evidence id, for each certificate signature of a record (as record_signers reads them),
#   the approvers the trusted identities its certificate matches are mapped to
#   (approvers[].identities). One signature is one person: a certificate that the identities of
#   two approvers match (patterns wider than one person, which the load stage cannot see, as it
#   sees a key or an identity listed under two approvers) vouches for neither
#   (signed_by_person_id; package update_gate.attestation reports it).
signature_people[e.id] := [people |
	some s in a.signatures
	certificate_signature(s)
	people := {person |
		some p in principals(s, e)
		some person, mapped in approver_principals
		mapped[p]
	}
] if {
	some e in input.evidence
	a := binding_attestation(e)
}

# METADATA
# title: In-toto payload type
# description: The DSSE payload type of an in-toto statement.
in_toto_payload_type := "application/vnd.in-toto+json"

# METADATA
# title: In-toto payload
# scope: document
# description: >-
#   An attestation whose envelope holds an in-toto statement, or a detached signature (no
#   envelope: payloadType null, or absent in inputs written before the field was).
in_toto_payload(a) if object.get(a, "payloadType", null) == null

in_toto_payload(a) if a.payloadType == in_toto_payload_type

signers_of(id) := object.get(record_signers, id, set())

# METADATA
# title: Principals of a party
# description: The keys and identities the trust configuration maps to an approver or a system.
party_principals(party) := {{"key": k} | some k in object.get(party, "keys", [])} | {{"identity": i} | some i in object.get(party, "identities", [])}

approver_principals[a.id] := party_principals(a) if some a in data.trust.approvers

# METADATA
# title: Makers of a verified signature
# description: >-
#   Who made the verified signature s, whatever they may sign: {"key": id} for a key signature,
#   {"identity": id} for each trusted identity its certificate matches. Separation of duties asks
#   who signed, not whether they were authorized to (principals).
signature_makers(s) := {{"key": s.keyId}} if {
	key_signature(s)
} else := {{"identity": i.id} | some i in matching_identities(s.identity)} if {
	certificate_signature(s)
} else := set()

# METADATA
# title: Approvers' signatures of the release
# description: >-
#   By approver id, the update manifests and build provenance a key or identity the trust
#   configuration maps to them (approvers[].keys, approvers[].identities) made a verified
#   signature of, each as {"evidence", "kind", "principal"}: authenticated separation-of-duties
#   facts, where signing events and provenance producers are what the package claims.
approver_signatures[person] contains {"evidence": e.id, "kind": e.kind, "principal": p} if {
	some e in input.evidence
	e.kind in {"update-manifest", "build-provenance"}
	some s in object.get(e, ["verification", "signatures"], [])
	some p in signature_makers(s)
	some person, mapped in approver_principals
	mapped[p]
}

# METADATA
# title: Signed by a person
# description: The record's signers include a key or identity the trust configuration maps to this person.
# scope: document
signed_by_person(e, person) if signed_by_person_id(e.id, person)

# METADATA
# title: Signed by a person, by evidence id
# description: >-
#   As signed_by_person, for the evidence item with this id: signed with a key mapped to this
#   person, or a certificate whose matching identities map to this person and no other
#   (signature_people).
# scope: document
signed_by_person_id(id, person) if {
	some p in signers_of(id)
	p.key
	object.get(approver_principals, person, set())[p]
}

signed_by_person_id(id, person) if {
	some people in object.get(signature_people, id, [])
	people == {person}
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
# description: >-
#   Signed by whom its content names (approvers, the acceptor, authorized systems), or for a
#   signing event, a notification and an affected-version mapping (the YAML record or a
#   supplier's document) by a principal authorized for the kind, product and version.
# scope: document
authentic(e) if {
	e.kind in usage_signed_kinds
	count(signers_of(e.id)) > 0
}

# METADATA
# title: Kinds signed by usage alone
# description: >-
#   The record kinds whose records name no party: any key or identity authorized for the kind
#   (its usage), product and version vouches for them.
usage_signed_kinds := {"signing-event", "customer-notification", "affected-versions"}

authentic(e) if {
	e.kind == "release-approval"
	every a in e.record.approvals {
		authentic_approval(e, a.approver)
	}
}

authentic(e) if {
	e.kind == "risk-acceptance"
	authentic_acceptance(e.id, e.record.acceptedBy)
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
# title: Authentic approval
# description: >-
#   The approval by person in the release-approval item e is person's own: the record is signed
#   by a key or identity the trust configuration maps to person (approvers[].keys, identities).
#   Another source of authentication (e.g. a review the platform authenticates) adds a body.
# scope: document
authentic_approval(e, person) if signed_by_person(e, person)

# METADATA
# title: Authentic risk acceptance
# description: >-
#   The risk-acceptance item with this evidence id is person's own: signed by a key or identity
#   the trust configuration maps to person. Another source of authentication adds a body.
# scope: document
authentic_acceptance(id, person) if signed_by_person_id(id, person)

# METADATA
# title: Unsigned records
# description: Ids of the records that are not authentic (unsigned, or signed by someone else).
unsigned_records contains e.id if {
	some e in input.evidence
	record_kinds[e.kind]
	e.record != null
	not authentic(e)
}

# METADATA
# title: Refused records
# description: >-
#   Ids of the hostile records, which never count: a signature that does not verify, a
#   statement whose subjects are not the signed manifest's artifacts, a verified signer the trust
#   configuration does not authorize for the kind, a system signing for hardware it is not
#   authorized for (package update_gate.attestation reports each).
refused_records contains e.id if {
	some e in input.evidence
	record_kinds[e.kind]
	hostile(e)
}

hostile(e) if {
	some s in attestation(e).signatures
	s.verified == false
}

hostile(e) if attestation(e).subjectsMatch == false

hostile(e) if {
	is_object(attestation(e))
	not in_toto_payload(attestation(e))
}

hostile(e) if {
	some s in attestation(e).signatures
	s.verified == true
	count(principals(s, e)) == 0
}

hostile(e) if unauthorized_hardware[e.id]

# METADATA
# title: Hardware beyond the signing systems' authorization
# description: >-
#   By evidence id of a test or deployment record signed by at least one system of its kind
#   (testSystems, deploymentSystems), the hardware of its results or deployments that none of
#   those systems is authorized for: a system vouching for hardware it may not.
# scope: rule
unauthorized_hardware[e.id] := hws if {
	some e in input.evidence
	e.kind == "rollback-recovery-tests"
	signing_systems(e)
	hw := object.get(tester_hardware, e.id, set())
	hws := {r.hardware | some r in e.record.results; not hw[r.hardware]}
	count(hws) > 0
}

unauthorized_hardware[e.id] := hws if {
	some e in input.evidence
	e.kind == "deployment-records"
	signing_systems(e)
	hw := object.get(deployment_hardware, e.id, set())
	hws := {h |
		some r in e.record.records
		h := configurations[r.configuration].hardware
		not hw[h]
	}
	count(hws) > 0
}

# A system of the record's kind signed it.
signing_systems(e) if {
	systems := object.get(data.trust, system_list[e.kind], [])
	some sys in systems
	count(party_principals(sys) & signers_of(e.id)) > 0
}

system_list := {"rollback-recovery-tests": "testSystems", "deployment-records": "deploymentSystems"}

# METADATA
# title: Approval counts
# description: >-
#   The approval by person in the release-approval item e counts as authenticated: the record is
#   not refused, and the approval is authentic (authentic_approval) or the trust configuration
#   does not require signed release approvals.
# scope: document
approval_counts(e, person) if {
	not refused_records[e.id]
	authentic_approval(e, person)
}

approval_counts(e, _) if {
	not refused_records[e.id]
	not signature_required("release-approval")
}

# METADATA
# title: Counts for hardware
# description: >-
#   The test or deployment record e counts for hardware h: it is not refused, and a system of
#   its kind authorized for h signed it (testSystems, deploymentSystems) or the trust
#   configuration does not require signed records of its kind.
# scope: document
counts_for_hardware(e, _) if {
	not refused_records[e.id]
	not signature_required(e.kind)
}

counts_for_hardware(e, h) if {
	not refused_records[e.id]
	e.kind == "rollback-recovery-tests"
	tester_hardware[e.id][h]
}

counts_for_hardware(e, h) if {
	not refused_records[e.id]
	e.kind == "deployment-records"
	deployment_hardware[e.id][h]
}

# METADATA
# title: Risk acceptances by exception
# description: >-
#   Each exception a risk-acceptance record accepts, with the record's acceptor, time, product,
#   version and cohort, grouped by exception id (one pass over the records).
acceptances_by_exception[x.id] contains {"evidence": e.id, "accepted": object.union(x, common)} if {
	some e in records_of("risk-acceptance")
	common := object.remove(e.record, ["kind", "exceptions"])
	some x in e.record.exceptions
}

# METADATA
# title: Signed acceptances of an exception
# description: What the risk-acceptance records that the exception's acceptor signed (and that are not refused) say about it.
# scope: document
signed_acceptances(ex) := {a.accepted |
	some a in object.get(acceptances_by_exception, ex.id, set())
	not refused_records[a.evidence]
	authentic_acceptance(a.evidence, ex.acceptedBy)
}

# METADATA
# title: Authentic exception
# description: >-
#   The exception is its acceptor's own: it says exactly what a risk acceptance signed by its
#   acceptor says (configuration and its hardware, reason, mitigation, version to remain on,
#   follow-up date, acceptance time, the findings it waives, this update's product, target
#   version and cohort: configuration ids are unique only within a cohort). An exception widened
#   after signing, or replayed in another cohort or on other hardware, loses it. Another source
#   of authentication adds a body.
# scope: document
authentic_exception(ex) if {
	some r in signed_acceptances(ex)
	count(differences(ex, r)) == 0
}

# METADATA
# title: Differences from the signed acceptances
# description: The sorted fields in which the exception differs from what its acceptor signed.
# scope: document
acceptance_differences(ex) := sort({d | some r in signed_acceptances(ex); some d in differences(ex, r)})

differences(ex, r) := {f |
	some f, pair in object.union(exception_pairs(ex, r), bound_pairs(r))
	not same(f, pair)
}

# Each field of the exception (and its configuration's hardware) beside what the acceptance says.
exception_pairs(ex, r) := {
	"acceptedBy": [ex.acceptedBy, r.acceptedBy],
	"configuration": [ex.configuration, r.configuration],
	"hardware": [object.get(configurations, [ex.configuration, "hardware"], null), r.hardware],
	"reason": [object.get(ex, "reason", null), r.reason],
	"mitigation": [object.get(ex, "mitigation", null), r.mitigation],
	"remainOn": [ex.remainOn, r.remainOn],
	"followUpBy": [ex.followUpBy, r.followUpBy],
	"acceptedAt": [object.get(ex, "acceptedAt", null), r.acceptedAt],
	"waives": [sort(object.get(ex, "waives", [])), object.get(r, "waives", null)],
}

# What the acceptance is bound to beside this update's.
bound_pairs(r) := {k: [v, r[k]] | some k, v in acceptance_scope}

# METADATA
# title: What a risk acceptance is bound to
# description: >-
#   This update's product, target version and cohort (configuration ids are unique only within
#   a cohort), as a risk acceptance must name them.
acceptance_scope := {
	"product": input.package.scope.product,
	"toVersion": input.package.scope.toVersion,
	"cohort": input.package.scope.cohort,
}

same("waives", [a, null]) if a == []

same(_, [a, b]) if a == b
