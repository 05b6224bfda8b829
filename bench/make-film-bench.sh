#!/usr/bin/env bash
# "Make film" on the demo screenplay, one node, offline defaults:
#   cold              Make film pressed on a project with only its script -> film stored
#   one-line change   one dialogue line changed -> film stored again (take jobs and segments made again)
# Figures are printed and appended to target/bench-make-film.txt.
#   bench/make-film-bench.sh [vertical|preview|...]   (BENCH_OPTS adds JVM options; MAVEN_OFFLINE=-o builds offline)
set -euo pipefail
# The built-in score renders through Gervill, which needs this export outside the test runner.
export BENCH_OPTS="--add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED ${BENCH_OPTS:-}"
exec "$(dirname "$0")/run-browser-bench.sh" 2g org.filmfactory.factory.internal.MakeFilmBench "$@"
