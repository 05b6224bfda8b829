#!/usr/bin/env bash
# Runs one browser benchmark class against the studio packaged as in production:
#   bench/run-browser-bench.sh HEAP MAIN-CLASS [arguments...]
# The studio is packaged first, and started without Vaadin's development tools on the class path (development mode
# keeps a stack trace for every component it tracks, which would be counted as the screens' memory). MAVEN_OFFLINE=-o
# builds offline; BENCH_OPTS adds JVM options (-Dbench.* settings).
set -euo pipefail
cd "$(dirname "$0")/.."
heap=$1
main=$2
shift 2
./mvnw -q -B ${MAVEN_OFFLINE:-} -DskipTests package
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath=$(tr ':' '\n' < target/bench-classpath.txt | grep -vE '/com/vaadin/(vaadin-dev|vaadin-dev-server|vaadin-dev-bundle|copilot)/' | paste -sd:)
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules java.se \
  --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens java.management/sun.management=ALL-UNNAMED \
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
  -Xmx"$heap" -Dspring.profiles.active=test -Dvaadin.productionMode=true ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$classpath" \
  "$main" "$@"
