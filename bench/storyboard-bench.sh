#!/usr/bin/env bash
# Storyboard figures in a real browser (Chromium at /usr/bin/chromium) on an in-JVM studio node, for a script of 400
# scenes (about 1 500 shots) by default (any scene counts as arguments, e.g. `bench/storyboard-bench.sh 30 400`):
#   open time   navigation -> first card in the page (median of three after a warm-up)
#   heap        server heap per open storyboard (with its jobs panel) and per open shot page (bench.screens at once,
#               after GC)
# Figures are printed and appended to target/bench-storyboard.txt.
# Settings via BENCH_OPTS: -Dbench.screens=5 -Dbench.timeout-s=120 -Dbench.queued=true (queue every shot first)
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 3g org.filmfactory.take.ui.StoryboardBrowserBench "$@"
