#!/usr/bin/env bash
# Job takeover after a node is killed (SIGKILL) for the issue notes: two studio nodes in one JVM and, per sample, a
# third node in a process of its own running a 2 s job, killed mid-way. Default queue settings (lease 15s, heartbeat 3s,
# sweep 2s). Needs the test classes built (./mvnw test-compile).
#   bench/queue-takeover-bench.sh [SAMPLES]     default 3
# Prints per sample kill -> the job RUNNING on another node and kill -> DONE (the job runs again, ~2 s), and medians.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_OPTS="-Dlogging.level.root=WARN ${BENCH_OPTS:-}" bench/run-test-main.sh org.filmfactory.platform.internal.QueueTakeoverBench "$@"
