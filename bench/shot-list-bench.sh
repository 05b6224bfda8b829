#!/usr/bin/env bash
# Shot list figures in a real browser (Chromium at /usr/bin/chromium) on an in-JVM studio node, for scripts of
# 3, 30 and 150 scenes by default (any scene counts as arguments, e.g. `bench/shot-list-bench.sh 150 1500`):
#   open time   navigation -> first shot in the page (median of three after a warm-up)
#   heap        server heap per open shot list (bench.screens lists at once, after GC)
# Figures are printed and appended to target/bench-shot-list.txt.
# Settings via BENCH_OPTS: -Dbench.screens=5 -Dbench.timeout-s=120
set -euo pipefail
cd "$(dirname "$0")/.."
# Packaged, and without Vaadin's development tools on the class path, so the studio runs as in production.
./mvnw -q -B ${MAVEN_OFFLINE:-} -DskipTests package
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath=$(tr ':' '\n' < target/bench-classpath.txt | grep -vE '/com/vaadin/(vaadin-dev|vaadin-dev-server|vaadin-dev-bundle|copilot)/' | paste -sd:)
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules java.se \
  --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens java.management/sun.management=ALL-UNNAMED \
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
  -Xmx3g -Dspring.profiles.active=test -Dvaadin.productionMode=true ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$classpath" \
  org.filmfactory.breakdown.ShotListBrowserBench "$@"
