#!/usr/bin/env bash
# Parse speed beside the reference parser, for the issue's figures. Needs the test classes built
# (./mvnw test-compile), python3, and for the reference node + npm (fountain-js 1.2.4 from the npm registry,
# installed into a temporary folder; nothing is added to the project).
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=target/bench-inputs
bash bench/make-inputs.sh "$inputs"
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" -Dbench.inputs="$inputs" \
  org.openjdk.jmh.Main org.filmfactory.fountain.FountainParseBenchmark -rf text -rff target/bench-parse.txt "$@"
if command -v node >/dev/null && [ "${SKIP_REFERENCE:-}" != 1 ]; then
  ref=$(mktemp -d)
  (cd "$ref" && npm init -y >/dev/null && npm install --silent fountain-js@1.2.4 >/dev/null)
  node bench/reference-fountain-js.mjs "$ref" "$inputs"
  rm -rf "$ref"
fi
