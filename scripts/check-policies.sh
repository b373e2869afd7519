#!/usr/bin/env bash
# Checks the policies: formatting (opa fmt), strict compilation against the capabilities the wasm
# host supports (opa check --strict --capabilities), tests with a coverage bar over the policy
# files (tests excluded), Regal lint, and that policies/capabilities.json and dist/policy are
# up to date (set SKIP_GENERATED_CHECK=1 to skip the slower capabilities probe).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
BIN=$(bash "$root/scripts/install-policy-tools.sh")
COVERAGE_BAR=${COVERAGE_BAR:-90}
cd "$root"
mapfile -t files < <(find policies -name '*.rego' | LC_ALL=C sort)

echo "check-policies: opa fmt" >&2
"$BIN/opa" fmt --list --fail "${files[@]}" >/dev/null || {
  "$BIN/opa" fmt --diff "${files[@]}" >&2
  echo "check-policies: run: opa fmt -w policies" >&2
  exit 1
}

# METADATA `schemas:` annotations type-check the rules against the policy input contract. OPA's
# schema checker does not know if/then/else (conditional constraints, e.g. a test result's time
# by its outcome); they narrow values, never add fields, so they are left out of the copy it reads.
schemas=$(mktemp -d)
trap 'rm -rf "$schemas"' EXIT
node -e '
  const strip = v => {
    if (Array.isArray(v)) return v.map(strip)
    if (v === null || typeof v !== "object") return v
    const out = {}
    for (const [k, x] of Object.entries(v)) if (!["if", "then", "else"].includes(k)) out[k] = strip(x)
    if (Array.isArray(out.allOf)) {
      out.allOf = out.allOf.filter(x => Object.keys(x).length > 0)
      if (out.allOf.length === 0) delete out.allOf
    }
    return out
  }
  const fs = require("fs")
  process.stdout.write(JSON.stringify(strip(JSON.parse(fs.readFileSync(process.argv[1], "utf8")))))
' schemas/policy-input.schema.json >"$schemas/policy-input.schema.json"
echo "check-policies: opa check --strict --capabilities policies/capabilities.json --schema (the policy input contract, for METADATA schemas: annotations)" >&2
"$BIN/opa" check --strict --capabilities policies/capabilities.json --schema "$schemas" "${files[@]}"

echo "check-policies: opa test --coverage (bar ${COVERAGE_BAR}%)" >&2
"$BIN/opa" test "${files[@]}" >&2
report=$("$BIN/opa" test --coverage --format json "${files[@]}")
coverage=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(0, "utf8"))
  let covered = 0, total = 0
  for (const [file, c] of Object.entries(r.files || {})) {
    if (file.endsWith("_test.rego")) continue
    covered += c.covered_lines || 0
    total += (c.covered_lines || 0) + (c.not_covered_lines || 0)
  }
  console.log(total ? ((100 * covered) / total).toFixed(2) : "0")
' <<<"$report")
echo "check-policies: coverage ${coverage}% of policy lines (tests excluded)" >&2
node -e 'process.exit(Number(process.argv[1]) >= Number(process.argv[2]) ? 0 : 1)' "$coverage" "$COVERAGE_BAR" || {
  echo "check-policies: coverage ${coverage}% is below ${COVERAGE_BAR}%" >&2
  exit 1
}

echo "check-policies: regal lint" >&2
"$BIN/regal" lint policies/

# The example custom policies (examples/policies/<name>/), each checked and tested the way
# `update-gate policy test` runs them: with the built-in sources and the seed fixtures.
mapfile -t sources < <(find policies -name '*.rego' ! -name '*_test.rego' | LC_ALL=C sort)
for dir in examples/policies/*/; do
  mapfile -t own < <(find "$dir" -name '*.rego' | LC_ALL=C sort)
  echo "check-policies: example ${dir}: opa fmt, check --strict, test" >&2
  "$BIN/opa" fmt --list --fail "${own[@]}" >/dev/null || {
    "$BIN/opa" fmt --diff "${own[@]}" >&2
    exit 1
  }
  "$BIN/opa" check --strict --capabilities policies/capabilities.json "${sources[@]}" policies/test/fixtures_test.rego policies/test/examples_test.rego "${own[@]}"
  "$BIN/opa" test --capabilities policies/capabilities.json "${sources[@]}" policies/test/fixtures_test.rego policies/test/examples_test.rego "${own[@]}" >&2
done
"$BIN/regal" lint --config-file policies/.regal/config.yaml policies/ examples/policies/

if [ "${SKIP_GENERATED_CHECK:-}" != 1 ]; then
  echo "check-policies: capabilities and compiled policy up to date" >&2
  node scripts/gen-capabilities.cjs --check
  tree() { (cd dist/policy && find . -type f | LC_ALL=C sort | xargs sha256sum); }
  before=$(tree)
  bash scripts/build-policy.sh
  after=$(tree)
  [ "$before" = "$after" ] || { echo "check-policies: dist/policy was stale; rebuilt it, commit it" >&2; exit 1; }
fi
echo "check-policies: ok" >&2
