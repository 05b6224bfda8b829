#!/usr/bin/env bash
# The CPU time of drawing animatic frames alone (no encoding) at 1080x1920 30 fps, per shot kind: this thread's CPU
# milliseconds per frame, which other builds on the machine disturb less than wall time. Needs the test classes built
# (./mvnw test-compile). Arguments: [SECONDS PER SHOT (default 4)] [RUNS (default 3)].
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"${JAVA_HOME:+$JAVA_HOME/bin/}java" ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.filmfactory.take.internal.animatic.AnimaticDrawBench "$@"
