package update_gate.attestation_test

import data.update_gate.attestation
import data.update_gate.decision
import data.update_gate.lib
import data.update_gate.test.fixtures_test as fx

# Findings as [rule, evidence], where every record kind must be signed (fx.signed_trust) and
# where none must (fx.trust, the seed's).
rules_for(inp) := rules_with(inp, fx.signed_trust)

rules_with(inp, trust) := r if {
	r := {[f.rule, f.evidence] | some f in attestation.findings} with input as inp with data.trust as trust
}

test_signed_is_signed if {
	rules_for(fx.signed) == set()
	attestation.unsigned_by_control == {} with input as fx.signed with data.trust as fx.signed_trust
}

# Where no kind must be signed, unsigned records are listed (info) but cap nothing.
test_seed_strong_unsigned_listed if {
	r := rules_with(fx.strong, fx.trust)
	r == {
		["attestation.unsigned", ["approval"]], ["attestation.unsigned", ["deployments"]],
		["attestation.unsigned", ["notification"]], ["attestation.unsigned", ["signing-event"]],
		["attestation.unsigned", ["tests"]], ["attestation.unsigned", ["EXC-1"]],
		["attestation.unsigned", ["affected-versions"]],
	}
	attestation.unsigned_by_control == {} with input as fx.strong with data.trust as fx.trust
	some f in attestation.findings with input as fx.strong with data.trust as fx.trust
	f.evidence == ["approval"]
	f.severity == "info"
	endswith(f.message, "it counts because requirements.signedRecords does not name release-approval")
	d := decision.result with input as fx.strong with data.trust as fx.trust
	d.decision == "conditional"
	d.maturity.level == 5
}

# Exceptions no signed risk acceptance states: one finding lists them all.
test_unsigned_exceptions_listed_once if {
	exc := [object.union(fx.exc1, {"id": id}) | some id in ["EXC-1", "EXC-2", "EXC-3", "EXC-4", "EXC-5"]]
	inp := fx.patch_package(fx.strong, {"exceptions": exc})
	some f in attestation.findings with input as inp with data.trust as fx.trust
	f.evidence == ["EXC-1", "EXC-2", "EXC-3", "EXC-4", "EXC-5"]
	f.message == concat("", [
		"5 exceptions (EXC-1, EXC-2, EXC-3 and 2 more) are in no risk-acceptance record their ",
		"acceptor signed; they count, because requirements.signedRecords does not name risk-acceptance",
	])

	# Where risk acceptances must be signed, retention refuses each instead.
	required := attestation.findings with input as inp with data.trust as fx.signed_trust
	every g in required {
		not "EXC-1" in g.evidence
	}
}

# A signature over other bytes: the detached signature no longer verifies. Refused whether or not
# the kind must be signed.
test_signature_over_other_bytes if {
	bad := object.union(fx.signed_with("ic22-test-lab-2026", "tests.yaml.sig"), {"signatures": [{
		"source": "tests.yaml.sig", "verified": false, "keyId": null, "keyFingerprint": null,
		"algorithm": null, "reason": "no trusted key verifies this signature",
	}]})
	inp := fx.patch_item(fx.signed, "tests", {"attestation": bad})
	every trust in [fx.signed_trust, fx.trust] {
		["attestation.signature_invalid", ["tests"]] in rules_with(inp, trust)
		r := decision.result with input as inp with data.trust as trust
		r.decision == "reject"
	}
}

test_subjects_name_other_digests if {
	stmt := {
		"carrier": "dsse", "file": "approval.dsse.json", "payloadType": "application/vnd.in-toto+json",
		"predicateType": "https://update-gate.dev/attestation/release-approval/v1",
		"subjects": [{"name": "other.bin", "sha256": fx.digest_b}], "subjectsMatch": false,
		"signatures": fx.signed_with("carol-2026", "approval.dsse.json").signatures,
	}
	inp := fx.patch_item(fx.signed, "approval", {"attestation": stmt})
	["attestation.subjects_mismatch", ["approval"]] in rules_for(inp)
	["attestation.subjects_mismatch", ["approval"]] in rules_with(inp, fx.trust)

	# and the statement binds nothing, so its signer does not count either
	"approval" in attestation.unsigned_by_control.approval with input as inp with data.trust as fx.signed_trust
}

test_statement_without_subjects if {
	stmt := {
		"carrier": "dsse", "file": "approval.dsse.json", "payloadType": "application/vnd.in-toto+json",
		"predicateType": "https://update-gate.dev/attestation/release-approval/v1",
		"subjects": [], "subjectsMatch": false,
		"signatures": fx.signed_with("carol-2026", "approval.dsse.json").signatures,
	}
	inp := fx.patch_item(fx.signed, "approval", {"attestation": stmt})
	some f in attestation.findings with input as inp with data.trust as fx.signed_trust
	f.rule == "attestation.subjects_mismatch"
	f.message == "release-approval approval: the statement names no subjects, so it binds no artifact; the record is refused"
}

test_envelope_of_another_payload_type if {
	stmt := {
		"carrier": "dsse", "file": "approval.dsse.json", "payloadType": "application/vnd.example+json",
		"predicateType": "https://update-gate.dev/attestation/release-approval/v1",
		"subjects": [{"name": "ic22-5.4.3.bin", "sha256": fx.digest_a}], "subjectsMatch": true,
		"signatures": fx.signed_with("carol-2026", "approval.dsse.json").signatures,
	}
	inp := fx.patch_item(fx.signed, "approval", {"attestation": stmt})
	["attestation.payload_type", ["approval"]] in rules_for(inp)
	some f in attestation.findings with input as inp with data.trust as fx.signed_trust
	f.rule == "attestation.payload_type"
	contains(f.message, "has payloadType application/vnd.example+json, expected application/vnd.in-toto+json")

	# the signature was made for another kind of message: its signer does not count
	"approval" in attestation.unsigned_by_control.approval with input as inp with data.trust as fx.signed_trust
}

mail_identity(san) := {
	"issuer": "https://accounts.example", "subject": san,
	"sourceRepository": null, "sourceRef": null, "signerWorkflow": null,
}

test_identity_outside_trust if {
	cert := object.union(fx.certificate_signature, {"identity": mail_identity("mallory@example.com")})
	inp := fx.patch_item(fx.signed, "approval", {"attestation": {
		"carrier": "signature", "file": "approval.sigstore.json", "signatures": [cert],
		"payloadType": null, "predicateType": null, "subjects": null, "subjectsMatch": null,
	}})
	["attestation.signer_untrusted", ["approval"]] in rules_for(inp)
	["attestation.signer_untrusted", ["approval"]] in rules_with(inp, fx.trust)
	some f in attestation.findings with input as inp with data.trust as fx.signed_trust
	contains(f.message, "identity mallory@example.com (issuer https://accounts.example)")
}

test_key_not_authorized_for_the_kind if {
	# The release key verifies, but may sign manifests only.
	inp := fx.patch_item(fx.signed, "notification", {"attestation": fx.signed_with("ic22-release-2026", "notification.yaml.sig")})
	["attestation.signer_untrusted", ["notification"]] in rules_for(inp)
	["attestation.signer_untrusted", ["notification"]] in rules_with(inp, fx.trust)
}

# Carol's key, authorized for the approval's kind, but not for this product, version or time.
carol_key_findings(patch) := {f |
	some f in attestation.findings with input as fx.signed with data.trust as fx.signed_trust_with_key("carol-2026", patch)
	f.rule == "attestation.signer_untrusted"
}

test_record_key_outside_its_product_version_or_validity if {
	some p in carol_key_findings({"products": ["GW-7"]})
	contains(p.message, "key carol-2026")
	contains(p.message, "is not authorized for product IC-22")
	some v in carol_key_findings({"minVersion": "1.0.0", "maxVersion": "1.99.99"})
	contains(v.message, "is not authorized for version 5.4.3 (authorized 1.0.0 to 1.99.99)")
	some t in carol_key_findings({"validFrom": "2024-01-01T00:00:00Z", "validUntil": "2025-01-01T00:00:00Z"})
	contains(t.message, "was not valid at 2026-10-01T15:00:00Z")
	d := decision.result with input as fx.signed with data.trust as fx.signed_trust_with_key("carol-2026", {"products": ["GW-7"]})
	d.decision == "reject"
}

# A trusted time (log integrated time, signed timestamp) is when the record was signed: the key
# must be valid then, whatever the record's own times say.
test_record_key_valid_at_the_trusted_time if {
	signed := fx.patch_item(fx.signed, "approval", {"attestation": {"signatures": [object.union(
		fx.signed_with("carol-2026", "approval.yaml.sig").signatures[0],
		{"signedAt": "2026-12-15T00:00:00Z"},
	)]}})
	inp := fx.patch_item(signed, "approval", {"time": "2025-06-01T00:00:00Z"})
	trust := fx.signed_trust_with_key("carol-2026", {"validFrom": "2026-11-01T00:00:00Z"})
	rules_with(inp, trust) == rules_with(fx.signed, fx.signed_trust)
	expired := fx.signed_trust_with_key("carol-2026", {"validUntil": "2026-12-01T00:00:00Z"})
	["attestation.signer_untrusted", ["approval"]] in rules_with(inp, expired)
}

# A test system signing results for hardware it is not authorized for: refused, required or not.
test_system_not_authorized_for_the_hardware if {
	lab := object.union(fx.signed_trust.testSystems[0], {"hardware": ["IC-22-REF-C"]})
	every trust in [fx.signed_trust, fx.trust] {
		t := object.union(trust, {"testSystems": [lab]})
		["attestation.hardware_unauthorized", ["tests"]] in rules_with(fx.all_tested, t)
		some f in attestation.findings with input as fx.all_tested with data.trust as t
		f.rule == "attestation.hardware_unauthorized"
		contains(f.message, "signed by ic22-test-lab, not authorized (testSystems[].hardware) for hardware IC-22-RG-B")
		r := decision.result with input as fx.all_tested with data.trust as t
		r.decision == "reject"
	}
}

test_deployment_system_not_authorized_for_the_hardware if {
	service := object.union(fx.signed_trust.deploymentSystems[0], {"hardware": ["IC-22-RG-B"]})
	t := object.union(fx.trust, {"deploymentSystems": [service]})
	["attestation.hardware_unauthorized", ["deployments"]] in rules_with(fx.all_tested, t)
}

# Maturity follows authenticity: unsigned records of kinds that must be signed cap their controls
# at level 3 and are listed.
test_unsigned_records_cap_the_level if {
	inp := fx.patch_item(fx.patch_item(fx.all_tested, "notification", {"attestation": null}), "signing-event", {"attestation": null})
	r := decision.result with input as inp with data.trust as fx.signed_trust
	r.maturity.controls.notification.level == 3
	r.maturity.controls.signing.level == 3
	contains(r.maturity.controls.notification.reason, "unsigned record(s) notification")
	r.maturity.level == 3
	r.decision == "reject"
	unsigned := {f.evidence[0] | some f in r.findings; f.rule == "attestation.unsigned"}
	unsigned == {"notification", "signing-event"}
	signed := decision.result with input as fx.all_tested with data.trust as fx.signed_trust
	signed.maturity.level == 5
	signed.decision == "approve"

	# Only the kinds named: signing events must be signed here, notifications need not.
	some_kinds := object.union(fx.signed_trust, {"requirements": {"signedRecords": ["signing-event"]}})
	partly := decision.result with input as inp with data.trust as some_kinds
	partly.maturity.controls.notification.level == 4
	partly.maturity.controls.signing.level == 3
}

test_unsigned_tests_cap_configurations if {
	trust := object.union(fx.signed_trust, {"testSystems": []})
	r := decision.result with input as fx.all_tested with data.trust as trust
	r.maturity.configurations.reference.level <= 3
	r.decision == "reject"
}

# Without requirements.signedRecords (data.trust from elsewhere than the load stage), every kind
# must be signed.
test_absent_setting_requires_every_kind if {
	trust := object.union(object.remove(fx.trust, ["requirements"]), {"requirements": object.remove(fx.trust.requirements, ["signedRecords"])})
	r := decision.result with input as fx.strong with data.trust as trust
	r.decision == "reject"
	r.maturity.level == 3
}

# Affected-version mappings are signed records too (the YAML record, or a supplier's VEX document
# with a detached signature): by usage alone, like signing events and notifications.
affected_unsigned := fx.patch_item(fx.signed, "affected-versions", {"attestation": null})

# signed_trust without affected-versions among the kinds that must be signed.
affected_not_required := object.union(fx.signed_trust, {"requirements": {"signedRecords": [k |
	some k in fx.signed_trust.requirements.signedRecords
	k != "affected-versions"
]}})

test_affected_versions_signed_by_a_key_authorized_for_the_kind if {
	e := fx.item_of(fx.signed, "affected-versions")
	e.attestation.signatures[0].keyId == "ic22-release-records-2026"
	lib.authentic(e) with input as fx.signed with data.trust as fx.signed_trust
	fs := attestation.findings with input as fx.signed with data.trust as fx.signed_trust
	every f in fs {
		not "affected-versions" in f.evidence
	}
	r := decision.result with input as fx.signed with data.trust as fx.signed_trust
	r.maturity.controls["affected-versions"].level == 4
}

test_affected_versions_required_and_unsigned_capped_at_3 if {
	some f in attestation.findings with input as affected_unsigned with data.trust as fx.signed_trust
	f.rule == "attestation.unsigned"
	f.severity == "info"
	f.evidence == ["affected-versions"]
	f.message == concat("", [
		"record affected-versions (affected-versions) is not signed by a key or identity authorized ",
		"for affected-versions (requirements.signedRecords names affected-versions): control ",
		"affected-versions is at most level 3",
	])
	attestation.unsigned_by_control == {"affected-versions": ["affected-versions"]} with input as affected_unsigned with data.trust as fx.signed_trust
	r := decision.result with input as affected_unsigned with data.trust as fx.signed_trust
	r.maturity.controls["affected-versions"].level == 3
	contains(r.maturity.controls["affected-versions"].reason, "unsigned record(s) affected-versions; without them: verified")
	r.maturity.level == 3
	r.decision == "reject"

	# still read: the mapping itself has no finding
	every g in r.findings {
		g.control != "affected-versions"
	}
}

test_affected_versions_not_required_counts_unsigned if {
	some f in attestation.findings with input as affected_unsigned with data.trust as affected_not_required
	f.evidence == ["affected-versions"]
	f.message == concat("", [
		"record affected-versions (affected-versions) is not signed by a key or identity authorized ",
		"for affected-versions: it counts because requirements.signedRecords does not name affected-versions",
	])
	attestation.unsigned_by_control == {} with input as affected_unsigned with data.trust as affected_not_required
	r := decision.result with input as affected_unsigned with data.trust as affected_not_required
	r.maturity.controls["affected-versions"].level == 4
	r.maturity.level == 5
	r.decision == "conditional"
}

test_affected_versions_key_without_the_usage if {
	trust := fx.signed_trust_with_key("ic22-release-records-2026", {"usage": ["signing-event", "customer-notification"]})
	every t in [trust, object.union(trust, {"requirements": {"signedRecords": []}})] {
		some f in attestation.findings with input as fx.signed with data.trust as t
		f.rule == "attestation.signer_untrusted"
		f.severity == "violation"
		f.evidence == ["affected-versions"]
		contains(f.message, concat("", [
			"signed by key ic22-release-records-2026, which the trust configuration does not ",
			"authorize to sign affected-versions records (it may not sign affected-versions)",
		]))
		r := decision.result with input as fx.signed with data.trust as t
		r.decision == "reject"
	}
}

test_affected_versions_signature_over_other_bytes if {
	bad := object.union(fx.signed_with("ic22-release-records-2026", "affected-versions.yaml.sig"), {"signatures": [{
		"source": "affected-versions.yaml.sig", "verified": false, "keyId": null, "keyFingerprint": null,
		"algorithm": null, "reason": "no trusted key verifies this signature",
	}]})
	inp := fx.patch_item(fx.signed, "affected-versions", {"attestation": bad})
	every trust in [fx.signed_trust, affected_not_required] {
		["attestation.signature_invalid", ["affected-versions"]] in rules_with(inp, trust)
		r := decision.result with input as inp with data.trust as trust
		r.decision == "reject"
	}
}

# A supplier's document (record kind VexDocument) in place of the YAML record, signed or not.
vex_document := {
	"kind": "VexDocument", "format": "csaf", "document": "https://supplier.example/csaf/1",
	"versionScheme": "semver", "vulnerabilities": ["VULN-2026-014"], "statements": [
		{
			"vulnerability": "VULN-2026-014", "statement": "/vulnerabilities/0/product_status/known_affected/0",
			"product": "IC-22 5.4.2", "identifier": "name IC-22", "status": "affected", "justification": null,
			"allVersions": false, "versions": ["5.4.2"], "vers": [], "ranges": [],
			"fromVersion": "affected", "toVersion": null,
		},
		{
			"vulnerability": "VULN-2026-014", "statement": "/vulnerabilities/0/product_status/fixed/0",
			"product": "IC-22 5.4.3", "identifier": "name IC-22", "status": "fixed", "justification": null,
			"allVersions": false, "versions": ["5.4.3"], "vers": [], "ranges": [],
			"fromVersion": null, "toVersion": "fixed",
		},
	],
	"notThisProduct": [], "notThisProductCount": 0, "unsupported": [],
}

vex_signed := fx.patch_item(fx.signed, "affected-versions", {
	"file": "csaf.json", "record": vex_document,
	"attestation": fx.signed_with("ic22-release-records-2026", "csaf.json.sig"),
})

test_signed_vex_document_counts_as_signed if {
	rules_for(vex_signed) == set()
	r := decision.result with input as vex_signed with data.trust as fx.signed_trust
	r.maturity.controls["affected-versions"].level == 4
	r.decision == "conditional"

	unsigned := fx.patch_item(vex_signed, "affected-versions", {"attestation": null})
	rules_for(unsigned) == {["attestation.unsigned", ["affected-versions"]]}
	capped := decision.result with input as unsigned with data.trust as fx.signed_trust
	capped.maturity.controls["affected-versions"].level == 3
}

# Keyless: the release workflow's certificate signs the mapping (a Sigstore bundle over its
# bytes). It counts when a trusted identity matching the certificate has affected-versions in
# its usage; an identity trusted for other kinds only is refused, as a key would be.
keyless_affected := fx.patch_item(fx.signed, "affected-versions", {"attestation": {
	"carrier": "signature", "file": "affected-versions.yaml.sigstore.json",
	"signatures": [fx.certificate_signature],
	"payloadType": null, "predicateType": null, "subjects": null, "subjectsMatch": null,
}})

trust_with_workflow(usage) := object.union(fx.signed_trust, {"identities": [object.union(fx.release_identity, {"usage": usage})]})

test_affected_versions_signed_keyless_by_an_authorized_identity if {
	trust := trust_with_workflow(["affected-versions"])
	rules_with(keyless_affected, trust) == set()
	lib.signers_of("affected-versions") == {{"identity": "ic22-release-workflow"}} with input as keyless_affected with data.trust as trust
	r := decision.result with input as keyless_affected with data.trust as trust
	r.maturity.controls["affected-versions"].level == 4

	other := trust_with_workflow(["update-manifest", "customer-notification"])
	["attestation.signer_untrusted", ["affected-versions"]] in rules_with(keyless_affected, other)
	refused := decision.result with input as keyless_affected with data.trust as other
	refused.decision == "reject"
}

# A trusted identity for mail certificates that may sign release approvals, matching the
# subject (or pattern) `match`.
approval_identity(id, match) := object.union(
	{
		"id": id, "issuer": "https://accounts.example", "subject": null, "subjectPattern": null,
		"sourceRepository": null, "sourceRef": null, "signerWorkflow": null, "runnerEnvironment": null,
		"usage": ["release-approval"], "products": ["IC-22"], "minVersion": "5.0.0", "maxVersion": "5.99.99",
	},
	match,
)

# Carol and Dave, release approvers, each with an identity; Dave's pattern also matches Carol's
# address. The approval record is signed once, by Carol's certificate.
overlapping_trust := object.union(fx.signed_trust, {
	"identities": [
		approval_identity("carol-mail", {"subject": "carol@supplier.example"}),
		approval_identity("dave-mail", {"subjectPattern": "[a-z]+@supplier\\.example"}),
	],
	"approvers": array.flatten([
		[object.union(a, {"keys": [], "identities": ["carol-mail"]}) | some a in fx.signed_trust.approvers; a.id == "carol@supplier.example"],
		[a | some a in fx.signed_trust.approvers; a.id != "carol@supplier.example"],
		[{"id": "dave@supplier.example", "name": "Dave", "roles": ["release-approver"], "keys": [], "identities": ["dave-mail"], "github": null}],
	]),
})

carol_signed := fx.patch_item(fx.signed, "approval", {"attestation": {
	"carrier": "signature", "file": "approval.yaml.sigstore.json", "payloadType": null,
	"predicateType": null, "subjects": null, "subjectsMatch": null,
	"signatures": [object.union(fx.certificate_signature, {
		"source": "approval.yaml.sigstore.json",
		"identity": mail_identity("carol@supplier.example"),
		"tlogEntries": [],
	})],
}})

# One signature is one person: a certificate both approvers' identities match counts for
# neither, and the finding says why.
test_one_signature_for_two_approvers_counts_for_neither if {
	["attestation.ambiguous_signer", ["approval"]] in rules_with(carol_signed, overlapping_trust)
	some f in attestation.findings with input as carol_signed with data.trust as overlapping_trust
	f.rule == "attestation.ambiguous_signer"
	f.severity == "warning"
	contains(f.message, "one signature maps to approvers carol@supplier.example, dave@supplier.example")
	not lib.authentic_approval(lib.evidence_by_id.approval, "carol@supplier.example") with input as carol_signed with data.trust as overlapping_trust

	# With Dave's identity narrowed to his own address, the same signature is Carol's.
	narrowed := object.union(overlapping_trust, {"identities": [
		approval_identity("carol-mail", {"subject": "carol@supplier.example"}),
		approval_identity("dave-mail", {"subject": "dave@supplier.example"}),
	]})
	lib.authentic_approval(lib.evidence_by_id.approval, "carol@supplier.example") with input as carol_signed with data.trust as narrowed
	not ["attestation.ambiguous_signer", ["approval"]] in rules_with(carol_signed, narrowed)
}

test_affected_versions_signed_keyless_by_another_repository if {
	from_fork := fx.patch_item(keyless_affected, "affected-versions", {"attestation": {"signatures": [object.union(
		fx.certificate_signature,
		{"identity": {"sourceRepository": "https://github.com/mallory/fork"}},
	)]}})
	trust := trust_with_workflow(["affected-versions"])
	some f in attestation.findings with input as from_fork with data.trust as trust
	f.rule == "attestation.signer_untrusted"
	contains(f.message, concat("", [
		"records (its sourceRepository is https://github.com/mallory/fork, identity ic22-release-workflow ",
		"expects https://github.com/supplier/ic22-firmware); the record is refused",
	]))

	# An identity without sourceRepository does not take it either: it signs nothing, and the
	# finding says what to pin.
	unpinned := object.union(fx.signed_trust, {"identities": [object.union(fx.release_identity, {"usage": ["affected-versions"], "sourceRepository": null})]})
	rules_with(from_fork, unpinned) == {
		["attestation.signer_untrusted", ["affected-versions"]],
		["attestation.unsigned", ["affected-versions"]],
	}
	some g in attestation.findings with input as from_fork with data.trust as unpinned
	contains(g.message, "(identity ic22-release-workflow has no sourceRepository, so it would trust a run of its workflow from every repository")
}
