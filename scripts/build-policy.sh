#!/usr/bin/env bash
# Compiles the built-in policies (policies/**/*.rego, without *_test.rego) to WebAssembly with
# entrypoint update_gate/decision/result, refusing any builtin policies/capabilities.json does not
# allow, and extracts policy.wasm (and data.json when the bundle has data) into dist/policy/.
# The output is deterministic: the build runs twice and the two must be byte-identical.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
BIN=$(bash "$root/scripts/install-policy-tools.sh")
out="$root/dist/policy"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$root"
mapfile -t sources < <(find policies -name '*.rego' ! -name '*_test.rego' | LC_ALL=C sort)

build() {
  local dest=$1
  mkdir -p "$dest"
  "$BIN/opa" build -t wasm -e update_gate/decision/result \
    --capabilities policies/capabilities.json -o "$dest/bundle.tar.gz" "${sources[@]}"
  tar -xzf "$dest/bundle.tar.gz" -C "$dest" /policy.wasm 2>/dev/null || tar -xzf "$dest/bundle.tar.gz" -C "$dest" policy.wasm
  tar -xzf "$dest/bundle.tar.gz" -C "$dest" /data.json 2>/dev/null || tar -xzf "$dest/bundle.tar.gz" -C "$dest" data.json 2>/dev/null || true
  rm "$dest/bundle.tar.gz"
}

build "$work/a"
build "$work/b"
if ! cmp -s "$work/a/policy.wasm" "$work/b/policy.wasm"; then
  echo "build-policy: two builds of the same sources differ; the build is not deterministic" >&2
  exit 1
fi

mkdir -p "$out"
rm -f "$out/policy.wasm" "$out/data.json"
install -m 644 "$work/a/policy.wasm" "$out/policy.wasm"
# The bundle's data.json is `{}` when policies carry no data; ship it only when it has content.
if [ -f "$work/a/data.json" ] && [ "$(tr -d ' \n' <"$work/a/data.json")" != "{}" ]; then
  install -m 644 "$work/a/data.json" "$out/data.json"
fi
node "$root/scripts/wasm-builtins.cjs" "$out/policy.wasm" >"$out/builtins.json"
echo "build-policy: dist/policy/policy.wasm ($(wc -c <"$out/policy.wasm") bytes), host builtins: $(cat "$out/builtins.json")" >&2
