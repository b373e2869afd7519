#!/usr/bin/env bash
# Rebuilds everything generated from the sources (schema validators, the policy bundle, dist/ and
# bin/, the copies of shared schema definitions) and fails when any of it differs from the commit,
# a file the build adds or removes included. Run by .ci/run and by the release workflow.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
generated="bin dist src/generated schemas"
if ! git diff --quiet -- $generated || [ -n "$(git status --porcelain --untracked-files=all -- $generated)" ]; then
  git status --short -- $generated
  echo "generated files are out of date with the sources: run 'npm run build' and commit them" >&2
  exit 1
fi
