#!/usr/bin/env bash
# Reading the threads of one take with 1 000 comments (drawings and replies among them), on one in-JVM studio node:
#   post        the time to post them through the facade
#   read        Reviews.threadsOnTake, median and max over 30 reads, and the heap its result holds
# Figures are printed and appended to target/bench-review-threads.txt.
#   bench/review-threads-bench.sh          (BENCH_OPTS=-Dbench.comments=N; MAVEN_OFFLINE=-o builds offline)
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 1g org.filmfactory.review.ReviewThreadsBench "$@"
