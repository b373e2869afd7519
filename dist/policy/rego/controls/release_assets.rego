# Release assets, part of the signing control (package update_gate.controls.signing, whose
# package annotation is in signing.rego): on a release, every asset must be accounted for: an artifact the
# signed update manifest lists, or a file of the evidence package itself (the index, an evidence
# file, a signature). Anything else (say, an unsigned installer beside the signed firmware) is a
# violation of the signing control, named by the asset. An asset accounted for by a package file
# must be that file: its sha256 must be the file's, else an asset merely named like one (an
# installer uploaded as recovery-procedure.md) would pass. The Action provides input.release
# (assets, and the package files with their digests); without it (the CLI, pull requests) there is
# nothing to account for.
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
# title: Package files
# description: Paths in the package of the index, every evidence file and every signature file.
# scope: document
package_files contains input.package.index

package_files contains e.file if {
	some e in input.evidence
	is_string(e.file)
}

package_files contains s.source if {
	some e in input.evidence
	some s in object.get(e, ["verification", "signatures"], [])
	not startswith(s.source, "envelope#")
}

# The detached signature or bundle of a signed record.
package_files contains a.file if {
	some e in input.evidence
	a := lib.attestation(e)
	is_object(a)
}

# The package files a release asset is named like (release assets are flat).
named_files(asset) := {p | some p in package_files; base_name(p) == asset.name}

# The sha256 of each file of the package, as collected.
package_file_sha256[f.path] := f.sha256 if some f in input.release.packageFiles

# The asset holds the bytes of a package file it is named like.
is_package_file(asset) if {
	some p in named_files(asset)
	package_file_sha256[p] == asset.sha256
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
	count(named_files(asset)) == 0
}

# METADATA
# title: Release asset digest mismatch
# description: One violation per package file a release asset is named like when the asset holds the bytes of none of them.
findings contains lib.finding({
	"rule": "signing.release_asset_digest_mismatch",
	"severity": "violation",
	"message": concat("", [
		"release asset ", asset.name, " has sha256 ", asset.sha256,
		", but the package file ", file, " it is named like has sha256 ",
		object.get(package_file_sha256, file, "(none: the package holds no such file)"),
	]),
	"evidence": [],
}) if {
	some asset in input.release.assets
	not signed_names[asset.name]
	some file in named_files(asset)
	not is_package_file(asset)
}

# METADATA
# title: Release asset findings
# description: The findings about release assets; the signing level is judged without them, as before they joined the control.
release_asset_findings := {f |
	some f in findings
	f.rule in {"signing.unlisted_release_asset", "signing.release_asset_digest_mismatch"}
}
