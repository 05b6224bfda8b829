#!/usr/bin/env bash
# The production line through a crash, end to end: three studio nodes on one host (node-1 in the bench's JVM, holding
# the shared file database; node-2 and node-3 processes of their own) make one batch of N short two-scene scripts
# (about 15 s of film each, animatics drawn straight into the film) unattended. When about a third of the films are
# made, whichever of node-2 and node-3 runs more jobs is killed with SIGKILL and, after a pause, restarted as a fresh
# process that rejoins. Prints the wall time, films made and failed, whether every source has exactly one film (counted
# in the database), how long the line stalled around the kill, films per hour, the films each node rendered, the
# nodes' peak resident memory and the load average (the host may be shared: read the figures with it). Exits 1 when a
# film is lost (no film, no reason) or made twice, 2 when films failed with their reason. Default queue settings (lease
# 15 s); a node may take up to 15 min to start on a loaded host. Needs the test classes built (./mvnw test-compile).
#   bench/batch-failover-bench.sh [N films (100)] [preset (preview)] [seconds before the restart (10)]
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_OPTS="-Xmx768m -Dstudio-process.ready-within=PT15M -Dlogging.level.root=WARN ${BENCH_OPTS:-}" bench/run-test-main.sh org.filmfactory.factory.internal.BatchFailoverBench "$@"
