#!/usr/bin/env bash
# Job takeover after a node is killed (SIGKILL) for the issue notes: two studio nodes in one JVM and, per sample, a
# third node in a process of its own running a 2 s job, killed mid-way. Default queue settings (lease 15s, heartbeat 3s,
# sweep 2s). Needs the test classes built (./mvnw test-compile).
#   bench/queue-takeover-bench.sh [SAMPLES]     default 3
# Prints per sample kill -> the job RUNNING on another node and kill -> DONE (the job runs again, ~2 s), and medians.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens java.management/sun.management=ALL-UNNAMED \
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
  -Dspring.profiles.active=test -Dlogging.level.root=WARN ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.filmfactory.platform.internal.QueueTakeoverBench "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
