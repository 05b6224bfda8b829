#!/usr/bin/env bash
# How long re-deriving a 960-shot list takes while keeping every shot's identity (ShotIdentityBenchmark, JMH).
# Needs the test classes built (./mvnw test-compile). Figures go to target/bench-shot-identity.txt.
#   bench/shot-identity-bench.sh [JMH OPTIONS...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main ShotIdentityBenchmark -rf text -rff target/bench-shot-identity.txt "$@"
