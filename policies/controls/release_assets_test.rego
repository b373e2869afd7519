package update_gate.test.controls.release_assets_test

import data.update_gate.controls.signing as release_assets
import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

asset(name) := {"name": name, "size": 1, "sha256": concat("", [name, "0"])}

released(names) := object.union(fx.all_tested, {"release": {"tag": "v5.4.3", "assets": [asset(n) | some n in names]}})

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
