#!/usr/bin/env bash
# Timeline figures in a real browser (Chromium at /usr/bin/chromium) on an in-JVM studio node, for a script of 400
# scenes (about 1 500 clips) by default (any scene counts as arguments, e.g. `bench/timeline-bench.sh 100 400`):
#   open time   navigation -> the timeline has drawn the cut (median of three after a warm-up)
#   heap        server heap per open timeline (bench.screens at once, after GC)
# Figures are printed and appended to target/bench-timeline.txt.
# Settings via BENCH_OPTS: -Dbench.screens=5 -Dbench.timeout-s=120
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 3g org.filmfactory.cut.ui.TimelineBrowserBench "$@"
