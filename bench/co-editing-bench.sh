#!/usr/bin/env bash
# Co-editing load figures for the issue notes: N simulated editors (default 20 and 100) speaking the browser's
# protocol to two in-JVM studio nodes, all typing into one script. Needs the test classes built (./mvnw test-compile).
#   bench/co-editing-bench.sh [EDITORS...]     e.g. bench/co-editing-bench.sh 20 100
# Settings: -Dbench.seconds=20 -Dbench.pace=150 (ms between one editor's keystrokes) via BENCH_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 20 100
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens java.management/sun.management=ALL-UNNAMED \
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
  -Dspring.profiles.active=test ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.filmfactory.screenplay.internal.CoEditingBench "$@"
