#!/usr/bin/env bash
# Tags a release of the Action at HEAD: vX.Y.Z (new, annotated) and the moving major tag vX
# (moved to the same commit), then pushes both. Run by .github/workflows/release.yml after
# `npm ci && npm run build`; refuses when dist/ or src/generated/ differ from the commit (the
# bundle users run must be the one built from these sources), when package.json names another
# version, or when vX.Y.Z exists.
#
#   scripts/release.sh X.Y.Z [remote]     # remote defaults to origin; `none` skips the push
set -euo pipefail

version=${1:-}
remote=${2:-origin}
if [[ ! $version =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]]; then
  echo "release: the version must be X.Y.Z (e.g. 1.2.0), got '${version}'" >&2
  exit 2
fi
tag="v${version}"
major="v${BASH_REMATCH[1]}"

pkg=$(node -p "require('./package.json').version")
if [[ $pkg != "$version" ]]; then
  echo "release: package.json has version ${pkg}, not ${version}; bump it in a commit first" >&2
  exit 1
fi
dirty=$(git status --porcelain -- dist src/generated)
if [[ -n $dirty ]]; then
  echo "release: dist/ is not in sync with the sources (run npm run build and commit):" >&2
  echo "$dirty" >&2
  exit 1
fi
if git rev-parse -q --verify "refs/tags/${tag}" >/dev/null; then
  echo "release: ${tag} already exists; a released version is never moved" >&2
  exit 1
fi

git tag -a "$tag" -m "update-gate ${tag}"
git tag -f -a "$major" -m "update-gate ${major} (${tag})" "${tag}^{commit}" >/dev/null
echo "release: ${tag} and ${major} at $(git rev-parse "${tag}^{commit}")"
if [[ $remote != none ]]; then
  git push "$remote" "refs/tags/${tag}"
  git push --force "$remote" "refs/tags/${major}"
fi
