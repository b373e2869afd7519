#!/usr/bin/env bash
# Compiles the built-in policies (policies/**/*.rego, without *_test.rego) to WebAssembly with
# entrypoints update_gate/decision/result and update_gate/contract/evaluation (the decision with
# what team packages contribute, validated by the host, from one evaluation), refusing any builtin policies/capabilities.json does not
# allow, and extracts policy.wasm (and data.json when the bundle has data) into dist/policy/.
# The output is deterministic: the build runs twice and the two must be byte-identical.
# opa's module is then optimized by Binaryen's wasm-opt (the `binaryen` dev dependency, run on
# Node: -O3, names kept, only the MVP features opa's output uses). A CLI run's first evaluation
# is most of the policy's cost: V8 compiles each function at its first call (Liftoff) and runs
# that baseline code. -O3 leaves fewer functions to compile than opa's output (and than -Oz,
# which compiles fewer bytes but runs slower), and faster code (`bench/policy-cold.mjs --vs`
# compares two builds). wasm-opt is deterministic; CI rebuilds dist/ and compares it with the
# commit.
# It also ships what custom policies need at run time (docs/policy-authoring.md):
#   dist/policy/rego/           the built-in non-test sources, compiled together with a team's
#                               package when it extends the built-in policy
#   dist/policy/capabilities.json  the builtins the host can run (opa build --capabilities)
#   dist/policy/testing/        the seed fixtures as policy input, for `update-gate policy test`
#   dist/policy/template/       the `update-gate policy init` scaffold (from templates/policy/)
#   dist/policy/schemas/        the policy input and output contracts, copied into a scaffold
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
  "$BIN/opa" build -t wasm -e update_gate/decision/result -e update_gate/contract/evaluation \
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
node "$root/node_modules/binaryen/bin/wasm-opt" --mvp-features -O3 --debuginfo \
  "$work/a/policy.wasm" -o "$work/a/policy.opt.wasm"

mkdir -p "$out"
rm -f "$out/policy.wasm" "$out/data.json"
install -m 644 "$work/a/policy.opt.wasm" "$out/policy.wasm"
# The bundle's data.json is `{}` when policies carry no data; ship it only when it has content.
if [ -f "$work/a/data.json" ] && [ "$(tr -d ' \n' <"$work/a/data.json")" != "{}" ]; then
  install -m 644 "$work/a/data.json" "$out/data.json"
fi
node "$root/scripts/wasm-builtins.cjs" "$out/policy.wasm" >"$out/builtins.json"

# Sources and contract files for run-time extension: plain copies, mode 644, sorted, nothing else.
rm -rf "$out/rego" "$out/testing" "$out/template" "$out/schemas"
for f in "${sources[@]}"; do
  install -D -m 644 "$f" "$out/rego/${f#policies/}"
done
install -m 644 policies/capabilities.json "$out/capabilities.json"
install -D -m 644 policies/test/fixtures_test.rego "$out/testing/fixtures_test.rego"
install -D -m 644 policies/test/examples_test.rego "$out/testing/examples_test.rego"
while IFS= read -r f; do
  install -D -m 644 "templates/policy/$f" "$out/template/$f"
done < <(cd templates/policy && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
install -D -m 644 schemas/policy-input.schema.json "$out/schemas/policy-input.schema.json"
install -D -m 644 schemas/policy-output.schema.json "$out/schemas/policy-output.schema.json"
echo "build-policy: dist/policy/policy.wasm ($(wc -c <"$out/policy.wasm") bytes), host builtins: $(cat "$out/builtins.json")" >&2
