#!/usr/bin/env bash
# The studio against the length of the script, in real browsers (Chromium at /usr/bin/chromium) on two in-JVM nodes.
# For each length in scenes (default 3 30 150 1500; scenes from the corpus, ~1 KB each):
#   script screen open   navigate -> whole text in the editor and the breakdown beside it (median, p90, max)
#   keystroke            key in a browser on node A -> character in a browser on node B, at 9 keys/s
#   shot list open       navigate -> first shot on screen (gives up after bench.shotListTimeout seconds)
#   heap per screen      server heap per open script screen (after GC)
# Needs the test classes built (./mvnw test-compile). Figures are printed and appended to
# target/bench-feature-length.txt.
#   bench/feature-length-bench.sh [scenes...]
# Settings via BENCH_OPTS: -Dbench.samples=3 (a third of them at 1500 scenes) -Dbench.keystrokes=60
#   -Dbench.shotListTimeout=120 -Dbench.screens=5
set -euo pipefail
cd "$(dirname "$0")/.."
# Packaged first, and without Vaadin's development tools on the class path, so the studio runs as in production.
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
  org.filmfactory.screenplay.FeatureLengthBench "$@"
