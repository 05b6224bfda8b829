#!/usr/bin/env bash
# Cold start of the packaged studio in production mode, as `java -jar` runs it: a fresh data folder (embedded H2,
# empty, so the first start also migrates the schema and creates the demo studio), one node alone.
#   start   JVM launch -> the sign-in page answers 200 (seconds)
#   rss     resident memory of the JVM then, and after a second page load (MB)
# Figures are printed and appended to target/bench-startup.txt.
#   bench/startup-bench.sh [RUNS]            (default 3; JAVA_OPTS adds JVM options, default -Xmx1g)
# Needs the jar: ./mvnw -DskipTests package (built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/film-factory-*.jar 2>/dev/null | grep -v -e '\.original$' | head -n 1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -q -B ${MAVEN_OFFLINE:-} -DskipTests package
  jar=$(ls target/film-factory-*.jar | grep -v -e '\.original$' | head -n 1)
fi
read -r -a opts <<< "${JAVA_OPTS:--Xmx1g}"
out=target/bench-startup.txt
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

for ((run = 1; run <= RUNS; run++)); do
  work=$(mktemp -d)
  log=$work/studio.log
  start=$(date +%s.%N)
  "$JAVA" -XX:+ExitOnOutOfMemoryError "${opts[@]}" -jar "$jar" --server.port=0 --filmfactory.data-dir="$work/data" \
    --filmfactory.cluster.port=0 --filmfactory.cluster.members= --filmfactory.cluster.name="bench-$RANDOM$RANDOM" \
    > "$log" 2>&1 &
  pid=$!
  port=""
  code=000
  while kill -0 "$pid" 2>/dev/null; do
    [[ -z "$port" ]] && port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -n 1)
    if [[ -n "$port" ]]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$port/login" || true)
      [[ "$code" == 200 ]] && break
    fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  if [[ "$code" != 200 ]]; then
    echo "startup-bench: the studio did not answer 200 (log $log)" >&2
    tail -n 30 "$log" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
  fi
  rss_ready=$(rss_mb "$pid")
  curl -s -o /dev/null "http://127.0.0.1:$port/login"
  rss_after=$(rss_mb "$pid")
  mode=$(grep -o 'Vaadin is running in [a-z]* mode' "$log" | head -n 1 || echo "Vaadin mode not logged")
  warnings=$(grep -c ' WARN ' "$log" || true)
  line=$(printf 'startup run %d: %.1f s to the sign-in page, RSS %s MB then, %s MB after a second page load (%s; %s WARN lines; %s)' \
    "$run" "$(echo "$end - $start" | bc)" "$rss_ready" "$rss_after" "$mode" "$warnings" "${opts[*]}")
  echo "$line" | tee -a "$out"
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
done
