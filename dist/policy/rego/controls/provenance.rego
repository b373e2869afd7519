# METADATA
# title: Provenance
# description: >-
#   The build provenance is a DSSE envelope signed by a trusted key allowed to sign build
#   provenance, holds SLSA Provenance v1 from a trusted builder, and names every manifest
#   artifact's digest among its subjects.
# scope: package
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

verified_signatures(p) := [s | some s in p.verification.signatures; s.verified == true]

finding(rule, severity, message, evidence) := {
	"rule": rule,
	"control": "provenance",
	"severity": severity,
	"message": message,
	"evidence": sort(evidence),
}

# METADATA
# title: Provenance missing
# description: No build provenance in the package.
findings contains finding("provenance.missing", "gap", msg, []) if {
	count(lib.of_kind("build-provenance")) == 0
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
findings contains finding("provenance.unverifiable", "gap", msg, [e.id]) if {
	some e in lib.of_kind("build-provenance")
	object.get(e, ["verification", "type"], null) != "build-provenance"
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
# description: No trusted key verifies the envelope.
findings contains finding("provenance.signature_unverified", "violation", msg, [p.id]) if {
	some p in items
	count(verified_signatures(p)) == 0
	reasons := sort({r | some s in p.verification.signatures; r := object.get(s, "reason", null); is_string(r)})
	msg := concat("", ["no trusted key verifies the envelope of ", p.id, ": ", concat("; ", reasons)])
}

# METADATA
# title: Key not authorized for provenance
# description: The verifying key is unknown, revoked, not for build-provenance or not for this product.
findings contains finding("provenance.key_unauthorized", "violation", msg, [p.id]) if {
	some p in items
	some s in verified_signatures(p)
	some why in key_problems(s.keyId)
	msg := concat("", ["key ", s.keyId, " that signed ", p.id, " ", why])
}

key_problems(id) := {"is not in the trust configuration"} if not lib.trusted_key(id)

key_problems(id) := (usage_problem(key) | revoked_problem(key)) | product_problem(key) if {
	key := lib.trusted_key(id)
}

usage_problem(key) := {"may not sign build provenance"} if {
	not "build-provenance" in key.usage
} else := set()

revoked_problem(key) := {"is revoked"} if {
	key.revoked == true
} else := set()

product_problem(key) := {concat("", ["is not authorized for product ", input.package.scope.product])} if {
	not input.package.scope.product in key.products
} else := set()

# METADATA
# title: Not SLSA Provenance v1
# description: The statement's predicate is not SLSA Provenance v1.
findings contains finding("provenance.predicate_type", "violation", msg, [p.id]) if {
	some p in items
	p.verification.statement.predicateType != slsa_v1
	msg := concat("", [p.id, " has predicate type ", p.verification.statement.predicateType, ", expected ", slsa_v1])
}

# METADATA
# title: Builder not trusted
# description: The SLSA builder id is not in data.trust.builders.
findings contains finding("provenance.builder_untrusted", "violation", msg, [p.id]) if {
	some p in items
	p.verification.slsa != null
	not p.verification.slsa.builderId in {b.id | some b in data.trust.builders}
	msg := concat("", ["builder ", p.verification.slsa.builderId, " of ", p.id, " is not a trusted builder"])
}

# METADATA
# title: Artifact not in subjects
# description: A manifest artifact's computed digest is not among the provenance subjects.
findings contains finding("provenance.artifact_not_in_subjects", "violation", msg, [p.id]) if {
	some p in items
	some a in p.verification.artifactsInSubjects
	a.inSubjects != true
	msg := concat("", ["artifact ", a.name, " is not a subject of ", p.id])
}

# METADATA
# title: No artifacts to check
# description: There is no manifest artifact to look up among the subjects.
findings contains finding("provenance.subjects_unchecked", "gap", msg, [p.id]) if {
	some p in items
	count(p.verification.artifactsInSubjects) == 0
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
	" signed by a trusted key, SLSA v1 from a trusted builder, every artifact a subject",
]) if verified

else := lib.unverified("provenance", findings).reason
