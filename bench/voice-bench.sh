#!/usr/bin/env bash
# The offline voice and the dialogue timing (issue 13), on one in-JVM studio node:
#   synthesis   espeak-ng time per second of speech, English and Mandarin (lines spoken one by one, as the cast's
#               lines are made: library loaded per line, WAV written)
#   timedLines  a 150-scene script (three lines a scene, six characters) placed in a cut of all its shots: cold
#               (every line made and stored) and warm (all cached)
# Figures are printed and appended to target/bench-voice.txt.
#   bench/voice-bench.sh            (BENCH_OPTS adds JVM options; MAVEN_OFFLINE=-o builds offline)
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 2g org.filmfactory.cut.internal.voice.VoiceBench "$@"
