# METADATA
# title: Signing
# description: >-
#   Is the update package signed by an authorized key for this product and release? The
#   manifest signature verifies with a trusted key; the key may sign update manifests for this
#   product and version, was valid at signing time and is not revoked; the manifest names the
#   product and version in scope; every artifact is present and matches its signed digest.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.controls.signing

import data.update_gate.lib

scope := input.package.scope

# METADATA
# title: Update-manifest items
# description: Update-manifest evidence items with verification facts.
manifests := [e |
	some e in lib.of_kind("update-manifest")
	e.verification.type == "update-manifest"
]

# METADATA
# title: Verified signatures
# description: For each manifest id, the signatures a trusted key verified.
verified_signatures[id] := sigs if {
	some m in manifests
	id := m.id
	sigs := [s | some s in m.verification.signatures; s.verified == true]
}

# METADATA
# title: Signing events of a manifest
# description: The signing-event records of this release (lib.signing_events) whose subject is this manifest.
events_for(id) := [e | some e in lib.signing_events; e.record.subject == id]

# METADATA
# title: Signing event of another release
# description: >-
#   A signing-event record names another product or version than the update in scope: it
#   records the signing of another release, so its time and signer are not taken for this one.
findings contains event_scope_mismatch_finding(e) if {
	some e in lib.records_of("signing-event")
	[e.record.product, e.record.version] != [scope.product, scope.toVersion]
}

event_scope_mismatch_finding(e) := lib.finding({"rule": "signing.signing_event_scope_mismatch", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		"signing event ", e.id, " is for ", e.record.product, " ", e.record.version,
		", scope is ", scope.product, " ", scope.toVersion,
		": it records the signing of another release, so its time and signer do not count",
	])
}

# METADATA
# title: Manifest missing
# description: No update manifest in the package.
findings contains manifest_missing_finding if {
	count(lib.of_kind("update-manifest")) == 0
}

manifest_missing_finding := lib.finding({"rule": "signing.manifest_missing", "severity": "gap", "message": msg, "evidence": []}) if {
	msg := concat("", [
		"no update manifest in the package: add an evidence item of kind ",
		"update-manifest with file manifest.json and signature ",
		"manifest.json.sig (`update-gate package manifest` and `package sign`, ",
		"docs/evidence-format.md#update-manifest)",
	])
}

# METADATA
# title: Manifest not verifiable
# description: An update-manifest item whose file or signature could not be read.
findings contains manifest_unverifiable_finding(e) if {
	some e in lib.of_kind("update-manifest")
	object.get(e, ["verification", "type"], null) != "update-manifest"
}

manifest_unverifiable_finding(e) := lib.finding({"rule": "signing.manifest_unverifiable", "severity": "gap", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		"update manifest ",
		e.id,
		" could not be read or has no signature to verify: write it with ",
		"`update-gate package manifest` and `package sign`",
	])
}

# METADATA
# title: Signature not verified
# description: No trusted key verifies any signature of the manifest.
findings contains signature_unverified_finding(m, reasons) if {
	some m in manifests
	count(verified_signatures[m.id]) == 0
	reasons := sort({r | some s in m.verification.signatures; r := object.get(s, "reason", null); is_string(r)})
}

signature_unverified_finding(m, reasons) := lib.finding({"rule": "signing.signature_unverified", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["no trusted key or certificate verifies the signature of ", m.id, ": ", concat("; ", reasons)])
}

# METADATA
# title: Certificate identity not trusted
# description: >-
#   The manifest verifies through a Sigstore certificate whose identity (issuer, SAN, extensions)
#   matches no identity of the trust configuration.
findings contains identity_untrusted_finding(m, s) if {
	some m in manifests
	some s in verified_signatures[m.id]
	lib.certificate_signature(s)
	count(lib.matching_identities(s.identity)) == 0
}

identity_untrusted_finding(m, s) := lib.finding({"rule": "signing.identity_untrusted", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", [
		"certificate identity ", lib.identity_label(s.identity), " that signed ", m.id,
		lib.log_label(s), " is not a trusted identity: ", lib.mismatch_reason(s.identity),
	])
}

# METADATA
# title: Certificate identity not authorized
# description: The matching trusted identity may not sign update manifests for this product and version.
findings contains identity_unauthorized_finding(m, i, s, why) if {
	some m in manifests
	some s in verified_signatures[m.id]
	lib.certificate_signature(s)
	count(lib.matching_identities(s.identity)) > 0
	count(lib.authorized_identities(s.identity, "update-manifest")) == 0
	some i in lib.matching_identities(s.identity)
	some why in lib.identity_problems(i, "update-manifest")
}

identity_unauthorized_finding(m, i, s, why) := lib.finding({"rule": "signing.identity_unauthorized", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["identity ", i.id, " (", lib.identity_label(s.identity), ") that signed ", m.id, " ", why])
}

# METADATA
# title: Extra unverified signature
# description: The manifest carries a signature no trusted key verifies besides a verified one.
findings contains signature_extra_unverified_finding(m, s) if {
	some m in manifests
	count(verified_signatures[m.id]) > 0
	some s in m.verification.signatures
	s.verified != true
}

signature_extra_unverified_finding(m, s) := lib.finding({"rule": "signing.signature_extra_unverified", "severity": "warning", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["signature ", s.source, " of ", m.id, " does not verify with a trusted key"])
}

# METADATA
# title: Unknown key
# description: A signature names a key that is not in the trust configuration.
findings contains key_unknown_finding(m, s) if {
	some m in manifests
	some s in verified_signatures[m.id]
	lib.key_signature(s)
	not lib.trusted_key(s.keyId)
}

key_unknown_finding(m, s) := lib.finding({"rule": "signing.key_unknown", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["key ", format_key(s.keyId), " that signed ", m.id, " is not in the trust configuration"])
}

format_key(k) := k if is_string(k)

format_key(k) := "(none)" if not is_string(k)

# METADATA
# title: Key not for update manifests
# description: The key's usage does not include update-manifest.
findings contains key_usage_finding(m, key) if {
	some m in manifests
	some s in verified_signatures[m.id]
	key := lib.trusted_key(s.keyId)
	not "update-manifest" in key.usage
}

key_usage_finding(m, key) := lib.finding({"rule": "signing.key_usage", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["key ", key.id, " is not authorized to sign update manifests (usage: ", concat(", ", key.usage), ")"])
}

# METADATA
# title: Key for another product
# description: The key is not authorized for the product in scope.
findings contains key_product_finding(m, key) if {
	some m in manifests
	some s in verified_signatures[m.id]
	key := lib.trusted_key(s.keyId)
	not scope.product in key.products
}

key_product_finding(m, key) := lib.finding({"rule": "signing.key_product", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["key ", key.id, " is not authorized for product ", scope.product, " (products: ", concat(", ", key.products), ")"])
}

# METADATA
# title: Key not for this version
# description: The version in scope is outside the key's [minVersion, maxVersion].
findings contains key_version_finding(m, key) if {
	some m in manifests
	some s in verified_signatures[m.id]
	key := lib.trusted_key(s.keyId)
	not version_authorized(key, scope.toVersion)
}

key_version_finding(m, key) := lib.finding({"rule": "signing.key_version", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", [
		"key ", key.id, " is not authorized for version ", scope.toVersion,
		" (authorized ", key.minVersion, " to ", key.maxVersion, ")",
	])
}

version_authorized(key, v) if {
	lib.version_lte(key.minVersion, v)
	lib.version_lte(v, key.maxVersion)
}

# METADATA
# title: Key revoked
# description: >-
#   The key is revoked. A revoked key is never trusted: revocation before signing means the
#   signature was made with a withdrawn key, revocation after signing means the key may have
#   been compromised when it signed, and the gate cannot tell the two apart from the signature.
findings contains key_revoked_finding(m, key) if {
	some m in manifests
	some s in verified_signatures[m.id]
	key := lib.trusted_key(s.keyId)
	key.revoked == true
}

key_revoked_finding(m, key) := lib.finding({"rule": "signing.key_revoked", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["key ", key.id, " is revoked", revoked_when(key, m.id)])
}

revoked_when(key, id) := concat("", [" since ", key.revokedAt, ", before signing"]) if {
	some e in events_for(id)
	lib.ns(key.revokedAt) <= lib.ns(e.record.time)
} else := concat("", [" since ", key.revokedAt]) if {
	is_string(key.revokedAt)
} else := ""

# METADATA
# title: Signing event missing
# description: No signing-event record for the manifest, so the signing time is unknown.
findings contains event_missing_finding(m) if {
	some m in manifests
	count(events_for(m.id)) == 0
	count(trusted_times(m)) == 0
}

event_missing_finding(m) := lib.finding({"rule": "signing.signing_event_missing", "severity": "gap", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", [
		"no signing-event record for ",
		m.id,
		": the signing time and signer are unknown; add a signing-event record ",
		"whose subject is the evidence id ",
		m.id,
		" (not a file name; example docs/evidence-format.md#signing-event)",
	])
}

# METADATA
# title: Signing event names another key
# description: The signing event's key is not a key that verified the manifest signature.
findings contains event_key_mismatch_finding(m, e) if {
	some m in manifests
	count(verified_signatures[m.id]) > 0
	some e in events_for(m.id)
	not e.record.keyId in signer_ids(m)
}

event_key_mismatch_finding(m, e) := lib.finding({"rule": "signing.signing_event_key_mismatch", "severity": "violation", "message": msg, "evidence": [m.id, e.id]}) if {
	msg := concat("", ["signing event ", e.id, " names key ", e.record.keyId, ", which did not verify ", m.id])
}

# METADATA
# title: Key not valid at signing time
# description: The signing time is outside the key's [validFrom, validUntil].
findings contains key_not_valid_at_signing_finding(ids, key, t) if {
	some m in manifests
	some s in verified_signatures[m.id]
	key := lib.trusted_key(s.keyId)
	some t in times_of_signature(m, s)
	not valid_at(key, lib.ns(t))
	ids := array.concat([m.id], [e.id | some e in events_for(m.id); e.record.time == t])
}

key_not_valid_at_signing_finding(ids, key, t) := lib.finding({"rule": "signing.key_not_valid_at_signing", "severity": "violation", "message": msg, "evidence": ids}) if {
	msg := concat("", [
		"key ", key.id, " was not valid at signing time ", t,
		" (valid ", key.validFrom, " to ", key.validUntil, ")",
	])
}

# The ids a signing event may name: the verifying keys and the authorized identities.
signer_ids(m) := {s.keyId | some s in verified_signatures[m.id]; is_string(s.keyId)} | {id |
	some s in verified_signatures[m.id]
	lib.certificate_signature(s)
	some id in lib.authorized_identities(s.identity, "update-manifest")
}

# METADATA
# title: Trusted signing times of a manifest
# description: Log integrated times and signed timestamps of its verified signatures.
trusted_times(m) := {t | some s in verified_signatures[m.id]; t := object.get(s, "signedAt", null); is_string(t)}

# METADATA
# title: Signing times of a signature
# description: >-
#   The trusted time of a Sigstore signature (log integrated time or signed timestamp) when it
#   has one; otherwise the times of the signing-event records.
times_of_signature(m, s) := {s.signedAt} if {
	is_string(object.get(s, "signedAt", null))
} else := {e.record.time | some e in events_for(m.id)}

# METADATA
# title: Signing event disagrees with the trusted time
# description: >-
#   A signing-event record dated more than 5 minutes from the signature's trusted time (log
#   integrated time or signed timestamp): the trusted time is the signing time.
findings contains event_time_mismatch_finding(m, e, t) if {
	some m in manifests
	some t in trusted_times(m)
	some e in events_for(m.id)
	abs(lib.ns(e.record.time) - lib.ns(t)) > time_tolerance_ns
}

event_time_mismatch_finding(m, e, t) := lib.finding({"rule": "signing.signing_event_time_mismatch", "severity": "violation", "message": msg, "evidence": [m.id, e.id]}) if {
	msg := concat("", [
		"signing event ", e.id, " says ", m.id, " was signed at ", e.record.time,
		", but its transparency-log / signed timestamp says ", t,
	])
}

time_tolerance_ns := ((5 * 60) * 1000) * 1000000

valid_at(key, t) if {
	lib.ns(key.validFrom) <= t
	t <= lib.ns(key.validUntil)
}

# METADATA
# title: Manifest for another product
# description: The signed manifest names a product other than the one in scope.
findings contains manifest_product_mismatch_finding(m) if {
	some m in manifests
	m.verification.manifest.product != scope.product
}

manifest_product_mismatch_finding(m) := lib.finding({"rule": "signing.manifest_product_mismatch", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["manifest ", m.id, " is for product ", m.verification.manifest.product, ", scope is ", scope.product])
}

# METADATA
# title: Manifest for another version
# description: The signed manifest names a version other than the target version in scope.
findings contains manifest_version_mismatch_finding(m) if {
	some m in manifests
	m.verification.manifest.version != scope.toVersion
}

manifest_version_mismatch_finding(m) := lib.finding({"rule": "signing.manifest_version_mismatch", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["manifest ", m.id, " is for version ", m.verification.manifest.version, ", scope is ", scope.toVersion])
}

# METADATA
# title: Manifest without artifacts
# description: The signed manifest lists no artifact.
findings contains manifest_empty_finding(m) if {
	some m in manifests
	count(m.verification.manifest.artifacts) == 0
}

manifest_empty_finding(m) := lib.finding({"rule": "signing.manifest_empty", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["manifest ", m.id, " lists no artifact"])
}

# METADATA
# title: Artifact missing
# description: An artifact named in the manifest is not in the package.
findings contains artifact_missing_finding(m, a) if {
	some m in manifests
	some a in m.verification.artifacts
	a.present != true
}

artifact_missing_finding(m, a) := lib.finding({"rule": "signing.artifact_missing", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["artifact ", a.name, " of ", m.id, " is not in the package (", a.file, ")"])
}

# METADATA
# title: Artifact digest mismatch
# description: An artifact's computed size or digest differs from the signed one.
findings contains artifact_digest_mismatch_finding(m, a) if {
	some m in manifests
	some a in m.verification.artifacts
	a.present == true
	a.matches != true
}

artifact_digest_mismatch_finding(m, a) := lib.finding({"rule": "signing.artifact_digest_mismatch", "severity": "violation", "message": msg, "evidence": [m.id]}) if {
	msg := concat("", ["artifact ", a.name, " of ", m.id, " does not match the digest and size in the signed manifest"])
}

# METADATA
# title: Verified
# description: A manifest is there and no violation or gap remains.
verified if {
	count(manifests) > 0
	count(lib.blocking(findings - release_asset_findings)) == 0
}

# METADATA
# title: Level
# description: 4 when verified, else the evidence present capped at 3.
level := 4 if verified

else := lib.unverified("signing", findings - release_asset_findings).level

# METADATA
# title: Level reason
# description: Why the control has its level.
level_reason := concat("", ["verified: ", concat(", ", [m.id | some m in manifests]), " signed by ", concat(", ", signers), ", artifacts match"]) if verified

else := lib.unverified("signing", findings - release_asset_findings).reason

signers := sort({signer_label(s) | some m in manifests; some s in verified_signatures[m.id]})

signer_label(s) := concat("", [
	"identity ", concat("/", lib.authorized_identities(s.identity, "update-manifest")), " ",
	lib.identity_label(s.identity), lib.log_label(s),
]) if {
	lib.certificate_signature(s)
} else := concat("", ["authorized key ", s.keyId, lib.log_label(s)])
