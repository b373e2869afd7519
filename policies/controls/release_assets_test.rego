package update_gate.test.controls.release_assets_test

import data.update_gate.controls.signing as release_assets
import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

digest(name) := concat("", [name, "0"])

asset(name) := {"name": name, "size": 1, "sha256": digest(name)}

# The package's files as collected, each with the digest of the asset of its name.
package_files := [{"path": p, "sha256": digest(p)} | some p in release_assets.package_files with input as fx.all_tested]

released(names) := released_assets([asset(n) | some n in names])

released_assets(assets) := object.union(fx.all_tested, {"release": {
	"tag": "v5.4.3",
	"assets": assets,
	"packageFiles": package_files,
}})

test_no_release_no_finding if {
	count(release_assets.release_asset_findings) == 0 with input as fx.all_tested
}

test_signed_artifacts_and_package_files_are_accounted_for if {
	names := array.concat(
		[a.name | some a in release_assets.signed_names with input as fx.all_tested],
		["update-evidence.yaml", "manifest.json", "manifest.json.sig", "approval.yaml.sig", "tests.yaml.sig"],
	)
	count(release_assets.release_asset_findings) == 0 with input as released(names)
}

test_unlisted_asset_is_a_violation_named_by_asset if {
	fs := release_assets.release_asset_findings with input as released(["ic22-fw-5.4.3.bin", "update-evidence.yaml", "setup-helper.exe"])
	fs == {{
		"rule": "signing.unlisted_release_asset",
		"control": "signing",
		"severity": "violation",
		"message": "release asset setup-helper.exe is not listed in the signed update manifest and is not a file of the evidence package",
		"evidence": [],
	}}
}

test_unlisted_asset_rejects_otherwise_approved_package if {
	decision.result.decision == "approve" with input as fx.all_tested with data.trust as fx.trust
	r := decision.result with input as released(["setup-helper.exe"]) with data.trust as fx.trust
	r.decision == "reject"
	"signing.unlisted_release_asset" in {f.rule | some f in r.findings}
}

test_asset_named_like_a_package_file_with_other_bytes_is_a_violation if {
	evil := {"name": "recovery-procedure.md", "size": 1, "sha256": "ee"}
	fs := release_assets.release_asset_findings with input as released_assets([asset("update-evidence.yaml"), evil])
	fs == {{
		"rule": "signing.release_asset_digest_mismatch",
		"control": "signing",
		"severity": "violation",
		"message": "release asset recovery-procedure.md has sha256 ee, but the package file recovery-procedure.md it is named like has sha256 recovery-procedure.md0",
		"evidence": [],
	}}
}

test_asset_named_like_a_package_file_not_collected_is_a_violation if {
	inp := object.union(released(["recovery-procedure.md"]), {"release": {"packageFiles": []}})
	[f] := [f | some f in release_assets.release_asset_findings with input as inp]
	f.rule == "signing.release_asset_digest_mismatch"
	endswith(f.message, "has sha256 (none: the package holds no such file)")
}

test_asset_digest_mismatch_rejects_otherwise_approved_package if {
	inp := released_assets([{"name": "update-evidence.yaml", "size": 1, "sha256": "ee"}])
	r := decision.result with input as inp with data.trust as fx.trust
	r.decision == "reject"
	"signing.release_asset_digest_mismatch" in {f.rule | some f in r.findings}
}
