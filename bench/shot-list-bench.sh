#!/usr/bin/env bash
# Shot list figures in a real browser (Chromium at /usr/bin/chromium) on an in-JVM studio node, for scripts of
# 3, 30 and 150 scenes by default (any scene counts as arguments, e.g. `bench/shot-list-bench.sh 150 1500`):
#   open time   navigation -> first shot in the page (median of three after a warm-up)
#   heap        server heap per open shot list (bench.screens lists at once, after GC)
# Figures are printed and appended to target/bench-shot-list.txt.
# Settings via BENCH_OPTS: -Dbench.screens=5 -Dbench.timeout-s=120
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 3g org.filmfactory.breakdown.ShotListBrowserBench "$@"
