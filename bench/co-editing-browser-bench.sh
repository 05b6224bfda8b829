#!/usr/bin/env bash
# Script editor figures in real browsers (Chromium at /usr/bin/chromium) on two in-JVM studio nodes:
#   keystroke  key pressed in a browser on node A -> character shown in a browser on node B (median, p90, p99, max)
#   memory     server heap per open editor of a 180 KB script (10 editors, after GC)
# Needs the test classes built (./mvnw test-compile). Figures are printed and appended to
# target/bench-co-editing-browser.txt.
#   bench/co-editing-browser-bench.sh [keystroke] [memory]
# Settings via BENCH_OPTS: -Dbench.keystrokes=520 -Dbench.editors=10
set -euo pipefail
cd "$(dirname "$0")/.."
# Packaged first, and without Vaadin's development tools on the class path, so the studio runs as it does in
# production (and in the failsafe tests): development mode keeps a stack trace for every component it tracks, which
# would be counted as the editors' memory.
./mvnw -q -B ${MAVEN_OFFLINE:-} -DskipTests package
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath=$(tr ':' '\n' < target/bench-classpath.txt | grep -vE '/com/vaadin/(vaadin-dev|vaadin-dev-server|vaadin-dev-bundle|copilot)/' | paste -sd:)
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules java.se \
  --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens java.management/sun.management=ALL-UNNAMED \
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
  -Xmx2g -Dspring.profiles.active=test -Dvaadin.productionMode=true ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$classpath" \
  org.filmfactory.screenplay.CoEditingBrowserBench "$@"
