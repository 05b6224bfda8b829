#!/usr/bin/env bash
# Co-editing load figures for the issue notes: N simulated editors (default 20, 100 and 200) behaving as the browser
# editor does against two in-JVM studio nodes (Hazelcast on free ports), all typing into one script, each taking the
# accepted steps from its own live-update listener. Needs the test classes built (./mvnw test-compile).
#   bench/co-editing-bench.sh [EDITORS...]     e.g. bench/co-editing-bench.sh 20 100 200
# Settings: -Dbench.seconds=20 -Dbench.pace=150 (ms between one editor's keystrokes) via BENCH_OPTS.
# Prints typed vs accepted steps/s, accept latency and delivery latency (p50/p99/max); note the load average with it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 20 100 200
bench/run-test-main.sh org.filmfactory.screenplay.internal.CoEditingBench "$@"
