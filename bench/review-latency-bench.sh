#!/usr/bin/env bash
# Review as people feel it, on two studio nodes in one JVM with real Chromium:
#   comment on node A -> shown in a browser on node B (median, p90, max)
#   a shot with 1 000 pinned comments opened: time to the first frame and to all markers; server heap per page
# Figures are printed and appended to target/bench-review-latency.txt.
#   bench/review-latency-bench.sh   (BENCH_OPTS="-Dbench.samples=N -Dbench.comments=N"; MAVEN_OFFLINE=-o offline)
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 2g org.filmfactory.review.ReviewLatencyBrowserBench "$@"
