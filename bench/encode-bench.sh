#!/usr/bin/env bash
# VideoEncoder beside the ffmpeg command line on the same frames, for the issue's figures: T seconds of 1080x1920 at
# 30 fps (a moving gradient with text drawn in Java2D), encoded
#   - by VideoEncoder (drawing on its own thread, libx264 through JavaCV), and
#   - by `ffmpeg -f rawvideo -i - -c:v libx264` with the same preset/crf/key frame interval, fed the same frames
#     drawn in the JVM through a pipe (the CLI from JavaCV's jar unless -Dbench.ffmpeg=/usr/bin/ffmpeg),
# plus drawing alone. Prints frames per second (medians) and the ratio; appends to target/bench-encode.txt.
# Needs the test classes built (./mvnw test-compile).
#   bench/encode-bench.sh
# Settings via BENCH_OPTS: -Dbench.seconds=10 -Dbench.runs=3 -Dbench.preset=veryfast -Dbench.crf=20
#   -Dbench.ffmpeg=/usr/bin/ffmpeg
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.filmfactory.platform.EncodeBench "$@"
