#!/usr/bin/env bash
# What the media store costs (MediaStoreBenchmark, JMH): usage of a project with 3 000 / 15 000 files and storing a
# 32 MB clip, on the local folder and on s3proxy in the same JVM. Needs the test classes built (./mvnw test-compile).
# Figures go to target/bench-media-store.txt.
#   bench/media-store-bench.sh [JMH OPTIONS...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B ${MAVEN_OFFLINE:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main MediaStoreBenchmark -rf text -rff target/bench-media-store.txt "$@"
