# METADATA
# title: Release approval
# description: >-
#   Was the update approved before signing and deployment? The release-approval record binds
#   the artifact digests, names the product and version in scope, carries enough items from
#   authorized release approvers, precedes signing, which precedes every deployment, and no
#   approver signed or built the release (separation of duties).
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.controls.approval

import data.update_gate.lib

scope := input.package.scope

# METADATA
# title: Approval records
# description: Release-approval items with a parsed record.
items := lib.records_of("release-approval")

# METADATA
# title: Authorized items
# description: >-
#   Approvals with decision approved by a release approver in the trust configuration, in a
#   record that is not refused and that approver signed (a key or identity the trust
#   configuration maps to them), or any such record when the trust configuration does not
#   require signed release approvals (lib.approval_counts).
authorized contains {"evidence": e.id, "approval": a} if {
	some e in items
	some a in e.record.approvals
	a.decision == "approved"
	lib.has_role(a.approver, "release-approver")
	lib.approval_counts(e, a.approver)
}

# METADATA
# title: Approval not signed by the approver
# description: >-
#   The trust configuration requires signed release approvals, and an approval by a release
#   approver is in a record that approver did not sign (unsigned, or signed by someone else); it
#   does not count: anyone who writes the package could have written it.
findings contains not_signed_by_approver_finding(e, a) if {
	lib.signature_required("release-approval")
	some e in items
	some a in e.record.approvals
	a.decision == "approved"
	lib.has_role(a.approver, "release-approver")
	not lib.authentic_approval(e, a.approver)
}

not_signed_by_approver_finding(e, a) := lib.finding({"rule": "approval.not_signed_by_approver", "severity": "warning", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		"the approval by ", a.approver, " in ", e.id, " is not signed by a key or identity ",
		"the trust configuration maps to ", a.approver, " (approvers[].keys or identities), and ",
		"requirements.signedRecords requires signed release-approval records; it does not count",
	])
}

approvers := {x.approval.approver | some x in authorized}

# METADATA
# title: Approval missing
# description: No release-approval record in the package.
findings contains missing_finding if {
	count(items) == 0
}

missing_finding := lib.finding({"rule": "approval.missing", "severity": "gap", "message": msg, "evidence": []}) if {
	msg := concat("", [
		"no release-approval record in the package: add an evidence item of ",
		"kind release-approval to update-evidence.yaml evidence[] and its ",
		"record (schema records/release-approval.schema.json, example ",
		"docs/evidence-format.md#release-approval)",
	])
}

# METADATA
# title: Approval for another product
# description: The record names a product other than the one in scope.
findings contains product_mismatch_finding(e) if {
	some e in items
	e.record.product != scope.product
}

product_mismatch_finding(e) := lib.finding({"rule": "approval.product_mismatch", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", ["approval ", e.id, " is for product ", e.record.product, ", scope is ", scope.product])
}

# METADATA
# title: Approval for another version
# description: The record names a version other than the target version.
findings contains version_mismatch_finding(e) if {
	some e in items
	e.record.version != scope.toVersion
}

version_mismatch_finding(e) := lib.finding({"rule": "approval.version_mismatch", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", ["approval ", e.id, " is for version ", e.record.version, ", scope is ", scope.toVersion])
}

# METADATA
# title: Approved artifacts differ
# description: The approved artifacts (name and sha256) are not exactly the signed manifest's artifacts.
findings contains artifacts_mismatch_finding(ids, e, names) if {
	some e in items
	count(lib.manifest_artifacts) > 0
	approved := {{"name": a.name, "sha256": a.sha256} | some a in e.record.approvedArtifacts}
	approved != lib.manifest_artifacts
	names := sort({a.name | some a in ((approved - lib.manifest_artifacts) | (lib.manifest_artifacts - approved))})
	ids := array.concat([e.id], [m.id | some m in lib.of_kind("update-manifest")])
}

artifacts_mismatch_finding(ids, e, names) := lib.finding({"rule": "approval.artifacts_mismatch", "severity": "violation", "message": msg, "evidence": ids}) if {
	msg := concat("", ["approval ", e.id, " does not bind the signed artifacts: ", concat(", ", names), " differ"])
}

# METADATA
# title: Approval not bound to artifacts
# description: No signed manifest to bind the approved artifacts to.
findings contains artifacts_unbound_finding(e) if {
	some e in items
	count(lib.manifest_artifacts) == 0
}

artifacts_unbound_finding(e) := lib.finding({"rule": "approval.artifacts_unbound", "severity": "gap", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		"approval ",
		e.id,
		" cannot be bound to artifacts: no signed manifest (add an ",
		"update-manifest item with its signature)",
	])
}

# METADATA
# title: Not enough items
# description: Fewer distinct authorized approvers than the effective requirements.requiredApprovals.
findings contains insufficient_approvals_finding(required) if {
	count(items) > 0
	required := lib.requirements.requiredApprovals
	count(approvers) < required
}

insufficient_approvals_finding(required) := lib.finding({
	"rule": "approval.insufficient_approvals",
	"severity": "violation",
	"message": msg,
	"evidence": [e.id | some e in items],
}) if {
	msg := concat("", [
		lib.int_text(count(approvers)), " authorized release approver(s), ",
		lib.int_text(required), " required",
	])
}

# METADATA
# title: Approver not authorized
# description: An approval by someone who is not a release approver in the trust configuration; it does not count.
findings contains approver_unauthorized_finding(e, a) if {
	some e in items
	some a in e.record.approvals
	not lib.has_role(a.approver, "release-approver")
}

approver_unauthorized_finding(e, a) := lib.finding({"rule": "approval.approver_unauthorized", "severity": "warning", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [a.approver, " is not a release approver in the trust configuration; the approval does not count"])
}

# METADATA
# title: Approver rejected
# description: An authorized approver recorded a rejection.
findings contains rejected_finding(e, a) if {
	some e in items
	some a in e.record.approvals
	a.decision != "approved"
	lib.has_role(a.approver, "release-approver")
}

rejected_finding(e, a) := lib.finding({"rule": "approval.rejected", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [a.approver, " rejected the release"])
}

# METADATA
# title: Signing time unknown
# description: >-
#   No signing-event record and no trusted time on the manifest's signature, so
#   approval-before-signing cannot be checked.
findings contains signing_time_unknown_finding(e) if {
	some e in items
	count(lib.signing_instants) == 0
}

signing_time_unknown_finding(e) := lib.finding({"rule": "approval.signing_time_unknown", "severity": "gap", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		"no signing-event record: cannot check that approval preceded signing; add a ",
		"signing-event record (example docs/evidence-format.md#signing-event)",
	])
}

# METADATA
# title: Approved after signing
# description: >-
#   An approval is not strictly before every signing time (lib.signing_instants: the
#   signing-event records and the manifest signatures' trusted times).
findings contains after_signing_finding(id, a) if {
	some x in authorized
	id := x.evidence
	a := x.approval
	some s in lib.signing_instants
	lib.time_lte(s.time, a.time)
}

after_signing_finding(id, a) := lib.finding({"rule": "approval.after_signing", "severity": "violation", "message": msg, "evidence": array.concat([id], lib.signing_evidence)}) if {
	msg := concat("", ["approval by ", a.approver, " at ", a.time, " is not before signing"])
}

# METADATA
# title: Approved before the build
# description: >-
#   An approval is dated before the build of the artifacts it approves (lib.build_instants: a
#   verified build provenance's start, else its finish): their digests did not exist yet, so it
#   cannot approve them.
findings contains before_build_finding(x.evidence, x.approval, b) if {
	some x in authorized
	some b in lib.build_instants
	lib.time_lt(x.approval.time, b.time)
}

before_build_finding(id, a, b) := lib.finding({"rule": "approval.before_build", "severity": "violation", "message": msg, "evidence": [id, b.evidence]}) if {
	msg := concat("", [
		"approval by ", a.approver, " in ", id, " at ", a.time, " is before the build of ", b.evidence,
		" at ", b.time, ": it cannot approve artifacts that did not exist yet",
	])
}

# METADATA
# title: Deployment times
# description: The distinct times of the deployments of the target version.
deployment_times contains r.time if {
	some e in lib.deployment_records
	some r in e.record.records
	r.version == scope.toVersion
}

# METADATA
# title: Deployment times not after signing
# description: Compared once per distinct deployment time, not per deployment record.
deployed_not_after_signing contains t if {
	some t in deployment_times
	some s in lib.signing_instants
	lib.time_lte(t, s.time)
}

# METADATA
# title: Deployment times not after an approval
# description: Each distinct deployment time with each authorized approval it does not follow.
deployed_not_after_approval contains {"time": t, "authorized": x} if {
	some t in deployment_times
	some x in authorized
	lib.time_lte(t, x.approval.time)
}

# METADATA
# title: Deployed before signing
# description: A deployment of the target version is not strictly after every signing time.
findings contains deployed_before_signing_finding(e, r) if {
	some e in lib.deployment_records
	some r in e.record.records
	r.version == scope.toVersion
	deployed_not_after_signing[r.time]
}

deployed_before_signing_finding(e, r) := lib.finding({
	"rule": "approval.deployed_before_signing",
	"severity": "violation",
	"message": msg,
	"evidence": array.concat([e.id], lib.signing_evidence),
}) if {
	msg := concat("", ["deployment to ", r.configuration, " at ", r.time, " is not after signing"])
}

# METADATA
# title: Deployed before approval
# description: A deployment of the target version is not after an approval.
findings contains deployed_before_approval_finding(id, e, r, a) if {
	some e in lib.deployment_records
	some r in e.record.records
	r.version == scope.toVersion
	some x in authorized
	deployed_not_after_approval[{"time": r.time, "authorized": x}]
	id := x.evidence
	a := x.approval
}

deployed_before_approval_finding(id, e, r, a) := lib.finding({"rule": "approval.deployed_before_approval", "severity": "violation", "message": msg, "evidence": [id, e.id]}) if {
	msg := concat("", ["deployment to ", r.configuration, " at ", r.time, " is not after the approval by ", a.approver])
}

# METADATA
# title: Approver signed
# description: Separation of duties - an approver is also the signer.
findings contains approver_is_signer_finding(id, a) if {
	some x in authorized
	id := x.evidence
	a := x.approval
	a.approver in lib.signers
}

approver_is_signer_finding(id, a) := lib.finding({
	"rule": "approval.approver_is_signer",
	"severity": "violation",
	"message": msg,
	"evidence": array.concat([id], signing_event_ids),
}) if {
	msg := concat("", [a.approver, " both approved and signed the release"])
}

signing_event_ids := [e.id | some e in lib.signing_events]

# METADATA
# title: Approver's key or identity signed
# description: >-
#   Separation of duties, authenticated: a key or identity the trust configuration maps to an
#   approver made a verified signature of the update manifest (approval.approver_is_signer) or of
#   the build provenance (approval.approver_is_builder), whatever the signing events and the
#   provenance's producer say.
findings contains approver_signature_finding(x, s) if {
	some x in authorized
	some s in lib.approver_signatures[x.approval.approver]
}

approver_signature_finding(x, s) := lib.finding({
	"rule": separation_rules[s.kind],
	"severity": "violation",
	"message": msg,
	"evidence": [x.evidence, s.evidence],
}) if {
	msg := concat("", [
		x.approval.approver, " both approved and ", separation_verbs[s.kind], " the release: ",
		principal_label(s.principal), ", theirs in the trust configuration, signed ", s.evidence,
	])
}

separation_rules := {"update-manifest": "approval.approver_is_signer", "build-provenance": "approval.approver_is_builder"}

separation_verbs := {"update-manifest": "signed", "build-provenance": "built"}

principal_label(p) := concat(" ", ["key", p.key]) if p.key

else := concat(" ", ["identity", p.identity])

# METADATA
# title: Approver built
# description: Separation of duties - an approver produced the build provenance.
findings contains approver_is_builder_finding(ids, a) if {
	some x in authorized
	id := x.evidence
	a := x.approval
	a.approver in lib.builders
	ids := array.concat([id], [p.id | some p in lib.of_kind("build-provenance")])
}

approver_is_builder_finding(ids, a) := lib.finding({"rule": "approval.approver_is_builder", "severity": "violation", "message": msg, "evidence": ids}) if {
	msg := concat("", [a.approver, " both approved and built the release"])
}

# METADATA
# title: Verified
# description: An approval record is there and no violation or gap remains.
verified if {
	count(items) > 0
	count(lib.blocking(findings)) == 0
}

# METADATA
# title: Level
# description: 4 when verified, else the evidence present capped at 3.
level := 4 if verified

else := lib.unverified("approval", findings).level

# METADATA
# title: Level reason
# description: Why the control has its level.
level_reason := concat("", ["verified: approved by ", concat(", ", sort(approvers)), " before signing and deployment, bound to the signed artifacts"]) if verified

else := lib.unverified("approval", findings).reason
