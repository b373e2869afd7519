#!/usr/bin/env bash
# Installs the pinned policy toolchain (opa, regal) into a cache outside the clone, so fresh
# clones and CI reuse it. Prints the bin directory on stdout; progress goes to stderr.
# Only building and testing policies needs these tools: using the gate does not.
#
#   install-policy-tools.sh            opa and regal (policy:check, CI)
#   install-policy-tools.sh --opa-only opa only (what npm test needs)
set -euo pipefail

OPA_ONLY=0
[ "${1:-}" = "--opa-only" ] && OPA_ONLY=1

OPA_MODULE="github.com/open-policy-agent/opa"
OPA_VERSION="v1.22.3"
REGAL_MODULE="github.com/open-policy-agent/regal"
REGAL_VERSION="v0.42.0"
CACHE_DIR="${UPDATE_GATE_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/update-gate/tools}"
BIN_DIR="$CACHE_DIR/opa-$OPA_VERSION-regal-$REGAL_VERSION/bin"

# A stamp beside each binary records the pinned version it was built from.
installed() { [ -x "$BIN_DIR/$1" ] && [ "$(cat "$BIN_DIR/$1.version" 2>/dev/null)" = "$2" ]; }

if ! command -v go >/dev/null; then
  if installed opa "$OPA_VERSION" && { [ "$OPA_ONLY" = 1 ] || installed regal "$REGAL_VERSION"; }; then
    echo "$BIN_DIR"
    exit 0
  fi
  if [ "$OPA_ONLY" = 1 ]; then
    echo "install-policy-tools: Go is required to build opa for the policy tests (https://go.dev/doc/install); it is built once into $BIN_DIR" >&2
  else
    echo "install-policy-tools: Go is required to build opa and regal (https://go.dev/doc/install); they are built once into $BIN_DIR" >&2
  fi
  exit 1
fi
mkdir -p "$BIN_DIR"

if ! installed opa "$OPA_VERSION"; then
  echo "install-policy-tools: building opa $OPA_VERSION from source with Go into $BIN_DIR (first run only: several minutes; cached afterwards)" >&2
  GOBIN="$BIN_DIR" CGO_ENABLED=0 go install "$OPA_MODULE@$OPA_VERSION" >&2
  echo "$OPA_VERSION" >"$BIN_DIR/opa.version"
fi

if [ "$OPA_ONLY" = 0 ] && ! installed regal "$REGAL_VERSION"; then
  # `go install regal@version` asks the module proxy for the module's version list to look up
  # deprecations; the proxy reachable here refuses that list, so build the pinned version from a
  # throw-away module that requires it instead. Same source, same version.
  echo "install-policy-tools: building regal $REGAL_VERSION from source with Go into $BIN_DIR (first run only: several minutes; cached afterwards)" >&2
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  printf 'module update-gate-tools\n\ngo 1.24\n\nrequire %s %s\n' "$REGAL_MODULE" "$REGAL_VERSION" >"$work/go.mod"
  printf '//go:build tools\n\npackage tools\n\nimport _ "%s"\n' "$REGAL_MODULE" >"$work/tools.go"
  (cd "$work" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -o "$BIN_DIR/regal" "$REGAL_MODULE") >&2
  echo "$REGAL_VERSION" >"$BIN_DIR/regal.version"
fi

echo "$BIN_DIR"
