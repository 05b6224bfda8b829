#!/usr/bin/env bash
# The cut of a feature-length script, on one in-JVM studio node (H2):
#   first       Cuts.current the first time: the cut made from the shot list (about 1 500 shots) and stored
#   current     Cuts.current, median and max over 30 reads
#   edit        Cuts.edit on the newest revision (trims and moves), median and max over 60
#   stale       Cuts.edit on the first revision, rebased over every edit since, median and max over 30
# Figures are printed and appended to target/bench-cut.txt.
#   bench/cut-bench.sh          (BENCH_OPTS=-Dbench.scenes=N; MAVEN_OFFLINE=-o builds offline)
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 1g org.filmfactory.cut.CutBench "$@"
