#!/usr/bin/env bash
# Runs a benchmark's main class from the test classes (which must be built: ./mvnw test-compile) with the module flags
# Hazelcast wants and the test profile, between two readings of the load average:
#   bench/run-test-main.sh MAIN-CLASS [arguments...]
# MAVEN_OFFLINE=-o resolves the class path offline; BENCH_OPTS adds JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
main=$1
shift
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens java.management/sun.management=ALL-UNNAMED \
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
  -Dspring.profiles.active=test ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  "$main" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
