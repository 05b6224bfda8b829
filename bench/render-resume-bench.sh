#!/usr/bin/env bash
# Renders of a vertical film on a three-node studio (two nodes in one JVM, node-3 in a process of its own):
#   whole render        request -> stored film, nothing cached
#   re-render           after one shot's clip is trimmed: wall time, segments drawn and reused
#   resume after kill   node-3 killed (SIGKILL) in its third segment: kill -> job running elsewhere, kill -> figures
#                       past node-3's, kill -> film stored; segments drawn and reused by the second run
# Figures are printed and appended to target/bench-render.txt.
#   bench/render-resume-bench.sh     (BENCH_OPTS adds JVM options; MAVEN_OFFLINE=-o builds offline)
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 2g org.filmfactory.render.internal.RenderResumeBench "$@"
