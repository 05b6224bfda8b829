#!/usr/bin/env bash
# How the studio's production line (Batches) grows from one node to two and three on this host: per node count a fresh
# cluster of that many studio nodes (one JVM, one shared file database, default work-queue workers) makes the same batch
# of K short scripts (two scenes, about 15 s of film each, animatics drawn straight into the film) and prints the wall
# time, films per hour, the films made, the load average and the heap in use. Needs the test classes built
# (./mvnw test-compile).
#   bench/line-scaling-bench.sh [K films (6)] [node counts (1,2,3)] [preset (preview)]
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_OPTS="-Dlogging.level.root=WARN ${BENCH_OPTS:-}" bench/run-test-main.sh org.filmfactory.factory.internal.LineScalingBench "$@"
