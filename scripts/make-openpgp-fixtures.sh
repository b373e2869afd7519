#!/usr/bin/env bash
# Writes the OpenPGP keys and signatures of examples/csaf-openpgp and test/fixtures/openpgp with
# GnuPG (gpg 2.2 or later), as a CSAF provider and a vendor make theirs: `gpg --armor
# --detach-sign`. Run by hand when they must change (they are committed; tests and CI only read
# them). Keys are made in a throwaway GNUPGHOME; no private key is kept but the one test fixture
# that is a private key block on purpose. Clock: keys made 2026-01-01, signatures 2026-01-15
# (gpg --faked-system-time), so evaluations in 2026 see them as already made.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
example="$root/examples/csaf-openpgp"
fixtures="$root/test/fixtures/openpgp"
seed="$root/examples/seed/strong"
GNUPGHOME=$(mktemp -d)
export GNUPGHOME
trap 'gpgconf --kill all >/dev/null 2>&1 || true; rm -rf "$GNUPGHOME"' EXIT

KEYS_MADE=20260101T000000!
SIGNED=20260115T000000!
gpg_at() { local at=$1; shift; gpg --batch --quiet --pinentry-mode loopback --passphrase '' --faked-system-time "$at" "$@"; }
fingerprint() { gpg --batch --with-colons --list-keys "$1" | awk -F: '$1 == "fpr" { print $10; exit }'; }
sign() { # key file signature [gpg options]
  local key=$1 file=$2 out=$3; shift 3
  gpg_at $SIGNED --armor --detach-sign --digest-algo SHA512 --local-user "$key" "$@" --output "$out" "$file"
}

# The provider's key, shaped as CSAF providers' keys usually are: an RSA primary key that only
# certifies, and an RSA subkey that signs.
gpg_at $KEYS_MADE --quick-gen-key 'Example Company PSIRT <psirt@example-company.example>' rsa3072 cert never
psirt=$(fingerprint psirt@example-company.example)
gpg_at $KEYS_MADE --quick-add-key "$psirt" rsa3072 sign never
# Another signer (Ed25519, signing primary key), the release key of the manifest test, a key
# that only encrypts, and a revoked one.
gpg_at $KEYS_MADE --quick-gen-key 'Other Signer <other@example.test>' ed25519 sign never
gpg_at $KEYS_MADE --quick-gen-key 'IC-22 Release <release@supplier.example>' ed25519 sign never
gpg_at $KEYS_MADE --quick-gen-key 'Encrypt Only <encrypt@example.test>' rsa3072 cert never
gpg_at $KEYS_MADE --quick-add-key "$(fingerprint encrypt@example.test)" rsa3072 encr never
gpg_at $KEYS_MADE --quick-gen-key 'Revoked Signer <revoked@example.test>' ed25519 sign never
revoked=$(fingerprint revoked@example.test)
# gpg writes a revocation certificate for each new key; importing it (its leading colon removed)
# revokes the key.
sed 's/^:-----BEGIN/-----BEGIN/' "$GNUPGHOME/openpgp-revocs.d/$revoked.rev" >"$GNUPGHOME/revoke.asc"
gpg_at $KEYS_MADE --import "$GNUPGHOME/revoke.asc"

mkdir -p "$example/keys" "$fixtures"
gpg --batch --armor --export "$psirt" >"$example/keys/example-company-psirt.asc"
for doc in 2022-evd-uc-01-a-001.json 2022-evd-uc-01-f-001.json; do
  cp "$root/examples/csaf-vex/$doc" "$example/$doc"
  sign "$psirt" "$example/$doc" "$example/$doc.asc"
done

doc="$example/2022-evd-uc-01-a-001.json"
gpg --batch --armor --export other@example.test >"$fixtures/other-signer.asc"
sign other@example.test "$doc" "$fixtures/by-other-signer.json.asc"
sign "$psirt" "$doc" "$fixtures/textmode.json.asc" --textmode
sign "$psirt" "$doc" "$fixtures/sha1.json.asc" --digest-algo SHA1
gpg --batch --armor --export encrypt@example.test >"$fixtures/encrypt-only.asc"
gpg --batch --armor --export "$revoked" >"$fixtures/revoked.asc"
cat "$example/keys/example-company-psirt.asc" "$fixtures/other-signer.asc" >"$fixtures/two-keys.asc"
gpg --batch --pinentry-mode loopback --passphrase '' --armor --export-secret-keys other@example.test >"$fixtures/private-key.asc"
gpg --batch --armor --export release@supplier.example >"$fixtures/ic22-release.asc"
sign release@supplier.example "$seed/manifest.json" "$fixtures/manifest.json.asc"
# the same signature without its armor, as gpg --detach-sign without --armor writes it
gpg --dearmor <"$fixtures/manifest.json.asc" >"$fixtures/manifest.json.binary.sig"

# What gpg says the fingerprints are, for the tests to compare with.
printf '{\n  "psirt": "%s",\n  "other": "%s",\n  "release": "%s"\n}\n' \
  "$(echo "$psirt" | tr A-F a-f)" \
  "$(fingerprint other@example.test | tr A-F a-f)" \
  "$(fingerprint release@supplier.example | tr A-F a-f)" >"$fixtures/fingerprints.json"
echo "make-openpgp-fixtures: wrote $example and $fixtures"
