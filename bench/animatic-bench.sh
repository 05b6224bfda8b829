#!/usr/bin/env bash
# Animatic generation time per second of shot at 1080x1920 30 fps on this machine: drawing alone, and drawing plus
# encoding (libx264 veryfast through the bundled FFmpeg). Needs the test classes built (./mvnw test-compile).
# Arguments: [RUNS (default 3)] [SECONDS PER SHOT (default 6)].
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"${JAVA_HOME:+$JAVA_HOME/bin/}java" --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.filmfactory.take.internal.animatic.AnimaticBench "$@"
