# Release assets, part of the signing control (package update_gate.controls.signing, whose
# package annotation is in signing.rego): on a release, every asset must be accounted for: an artifact the
# signed update manifest lists, or a file of the evidence package itself (the index, an evidence
# file, a signature). Anything else (say, an unsigned installer beside the signed firmware) is a
# violation of the signing control, named by the asset. The Action provides
# input.release.assets; without it (the CLI, pull requests) there is nothing to account for.
package update_gate.controls.signing

import data.update_gate.lib

# Last path segment: release assets are flat, package files may sit in directories.
base_name(path) := parts[count(parts) - 1] if parts := split(path, "/")

# METADATA
# title: Signed artifact names
# description: Names of the artifacts listed by a verified update manifest of the package.
signed_names contains a.name if {
	some e in lib.of_kind("update-manifest")
	e.verification.type == "update-manifest"
	some a in e.verification.manifest.artifacts
}

# METADATA
# title: Package file names
# description: The index, every evidence file and every signature file of the package.
# scope: document
package_names contains base_name(input.package.index)

package_names contains base_name(e.file) if {
	some e in input.evidence
	is_string(e.file)
}

package_names contains base_name(s.source) if {
	some e in input.evidence
	some s in object.get(e, ["verification", "signatures"], [])
	not startswith(s.source, "envelope#")
}

# The detached signature or bundle of a signed record.
package_names contains base_name(a.file) if {
	some e in input.evidence
	a := lib.attestation(e)
	is_object(a)
}

# METADATA
# title: Unlisted release asset
# description: One violation per release asset that is neither a signed artifact nor a package file.
findings contains lib.finding({
	"rule": "signing.unlisted_release_asset",
	"severity": "violation",
	"message": concat("", [
		"release asset ", asset.name,
		" is not listed in the signed update manifest and is not a file of the evidence package",
	]),
	"evidence": [],
}) if {
	some asset in input.release.assets
	not signed_names[asset.name]
	not package_names[asset.name]
}

# METADATA
# title: Release asset findings
# description: The findings about release assets; the signing level is judged without them, as before they joined the control.
release_asset_findings := {f | some f in findings; f.rule == "signing.unlisted_release_asset"}
