#!/usr/bin/env bash
# The sound figures for issue 13, for T seconds of sound (default 60): the BS.1770 meter's speed (seconds of sound
# measured per second), the time to mix a film's sound (lines every 3 s at 22 050 Hz, a looped ducked bed, -14 LUFS,
# true-peak limited) and the time to render the built-in score with Gervill. Medians; appends to
# target/bench-sound.txt. Needs the test classes built (./mvnw test-compile).
#   bench/sound-bench.sh
# Settings via BENCH_OPTS: -Dbench.seconds=60 -Dbench.runs=3
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.filmfactory.cut.SoundBench "$@"
