#!/usr/bin/env bash
# FilmEngine beside the ffmpeg command line for the issue's figures: a vertical film (default 60 s) of painted
# frames in crossfading shots with burned subtitles and a voice, rendered in segments and muxed; then the same
# frames piped raw into the ffmpeg CLI from JavaCV's jar with the same x264 settings plus the voice as AAC.
# Prints seconds, realtime factor, the speed ratio and the JVM's peak RSS; appends to target/bench-film-render.txt.
# Needs the test classes built (./mvnw test-compile).
#   bench/film-render-bench.sh
# Settings via BENCH_OPTS: -Dbench.seconds=60
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g ${BENCH_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.filmfactory.render.internal.engine.FilmRenderBench "$@"
