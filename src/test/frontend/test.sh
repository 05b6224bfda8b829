#!/bin/sh
# The script editor's unit tests (node --test), run by ./mvnw in the test phase. Needs Node.js 20 or newer and npm;
# installs this directory's pinned packages with `npm ci` when package-lock.json changed. Without Node.js the tests
# are skipped, except on CI (CI=true), where that is an error.
set -eu
dir=$(cd "$(dirname "$0")" && pwd)

missing() {
  if [ "${CI:-}" = "true" ]; then
    echo "Frontend unit tests: $1 (required when CI=true)" >&2
    exit 1
  fi
  echo "Frontend unit tests skipped: $1"
  exit 0
}

command -v node >/dev/null 2>&1 || missing "Node.js not found"
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || missing "Node.js $(node --version) is older than 20"
command -v npm >/dev/null 2>&1 || missing "npm not found"

stamp="$dir/node_modules/.installed-from-package-lock.json"
if ! cmp -s "$dir/package-lock.json" "$stamp" 2>/dev/null; then
  (cd "$dir" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)
  cp "$dir/package-lock.json" "$stamp"
fi
exec node "$dir/run-tests.mjs"
