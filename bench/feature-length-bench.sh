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
exec "$(dirname "$0")/run-browser-bench.sh" 3g org.filmfactory.screenplay.FeatureLengthBench "$@"
