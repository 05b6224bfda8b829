#!/usr/bin/env bash
# "Generate all missing" on the demo studio's projects with the built-in animatic, on one in-JVM studio node:
#   wall time   the press -> every shot has a ready take (generation, encoding, probing, posters, storing)
#   memory      the node's resident set (VmRSS) and heap used before and at the peak while it generates
# Figures are printed and appended to target/bench-generate-all.txt.
#   bench/generate-all-bench.sh            (BENCH_OPTS adds JVM options; MAVEN_OFFLINE=-o builds offline)
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 2g org.filmfactory.take.GenerateAllBench "$@"
