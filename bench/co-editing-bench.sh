#!/usr/bin/env bash
# Co-editing load figures for the issue notes: N simulated editors (default 20, 100 and 200) behaving as the browser
# editor does against two in-JVM studio nodes (Hazelcast on free ports), all typing into one script, each taking the
# accepted steps from its own live-update listener. Needs the test classes built (./mvnw test-compile).
#   bench/co-editing-bench.sh [EDITORS...]     e.g. bench/co-editing-bench.sh 20 100 200
# Settings: -Dbench.seconds=20 -Dbench.pace=150 (ms between one editor's keystrokes) via BENCH_OPTS.
# Prints typed vs accepted steps/s, accept latency and delivery latency (p50/p99/max); note the load average with it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 20 100 200
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens java.management/sun.management=ALL-UNNAMED \
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
  -Dspring.profiles.active=test ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.filmfactory.screenplay.internal.CoEditingBench "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
