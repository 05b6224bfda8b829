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
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules java.se \
  --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens java.management/sun.management=ALL-UNNAMED \
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
  -Xmx2g -Dspring.profiles.active=test ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.filmfactory.screenplay.CoEditingBrowserBench "$@"
