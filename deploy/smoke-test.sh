#!/usr/bin/env bash
# Cluster smoke test: two app nodes behind nginx on one host, against one PostgreSQL.
#
#   deploy/smoke-test.sh [JAR]          (or FF_SMOKE_JAR=JAR)
#
# JAR defaults to the single target/film-factory-*.jar. PostgreSQL comes from FF_PG_URL, FF_PG_USER
# and FF_PG_PASSWORD (e.g. jdbc:postgresql://127.0.0.1:55432/postgres, postgres, empty). When
# FF_PG_URL is not set, a throwaway server is started from Debian's postgresql binaries and removed
# afterwards.
#
# It starts 2 nodes with deploy/run-cluster.sh and nginx (deploy/nginx/render-conf.sh) on free
# loopback ports, checks
#   - the checked-in nginx configs are what render-conf.sh generates,
#   - GET /actuator/health through nginx answers 200,
#   - a browser-like client (cookie jar with a JSESSIONID) stays on one node for 10 requests,
#   - new clients are spread over both nodes,
#   - a websocket upgrade to /VAADIN/push passes through nginx and a node answers 101 Switching Protocols,
#   - both nodes log a 2-member Hazelcast cluster,
#   - with one node stopped, its clients are served by the other node (failover),
# stops everything (also on failure or interruption) and ends with "smoke: N passed, M failed".
# Exit status 0 only when nothing failed.
#
# Optional environment: NGINX (nginx binary, default /usr/sbin/nginx), JAVA_HOME, JAVA_OPTS
# (default -Xmx1g), FF_SMOKE_PORT (nginx port, default first free from 18080),
# FF_SMOKE_READY_TIMEOUT (seconds for the nodes to get ready, default 240), FF_SMOKE_MAX_SECONDS
# (watchdog for the whole run, default 900), FF_SMOKE_KEEP=1 (keep the work directory).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RUN_CLUSTER="$SCRIPT_DIR/run-cluster.sh"
RENDER_CONF="$SCRIPT_DIR/nginx/render-conf.sh"

JAR=${1:-${FF_SMOKE_JAR:-}}
READY_TIMEOUT=${FF_SMOKE_READY_TIMEOUT:-240}
MAX_SECONDS=${FF_SMOKE_MAX_SECONDS:-900}
export JAVA_OPTS=${JAVA_OPTS:--Xmx1g}

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "PASS $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
die()  { echo "smoke-test: error: $*" >&2; FAILED=$((FAILED + 1)); exit 2; }

summary() { echo "smoke: $PASSED passed, $FAILED failed"; }

WORK=""
CLUSTER_DIR=""
NGINX_PREFIX=""
NGINX_PID=""
PG_DIR=""
PG_BIN=""
WATCHDOG_PID=""

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# First START+k (k < 100) such that COUNT consecutive ports from there are free.
free_ports() {
  local start=$1 count=$2 p k ok
  for ((p = start; p < start + 100; p++)); do
    ok=true
    for ((k = 0; k < count; k++)); do port_free $((p + k)) || { ok=false; break; }; done
    $ok && { echo "$p"; return 0; }
  done
  return 1
}

as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$WATCHDOG_PID" ]]; then
    pkill -P "$WATCHDOG_PID" sleep 2>/dev/null || true   # its sleep, then itself
    kill "$WATCHDOG_PID" 2>/dev/null || true
  fi
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    for _ in $(seq 20); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$NGINX_PID" 2>/dev/null || true
  fi
  [[ -n "$CLUSTER_DIR" && -d "$CLUSTER_DIR" ]] && "$RUN_CLUSTER" stop --data-dir "$CLUSTER_DIR" --timeout 30 >/dev/null 2>&1 || true
  if [[ -n "$PG_DIR" ]]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
  if [[ -n "$WORK" ]] && (( FAILED > 0 || rc != 0 )); then
    local f
    for f in "$CLUSTER_DIR"/node-*.log "$NGINX_PREFIX"/logs/error.log "$NGINX_PREFIX"/logs/stderr.log; do
      [[ -s "$f" ]] || continue
      echo "----- last lines of $f -----"
      tail -n 30 "$f"
    done
  fi
  if [[ -n "$WORK" ]]; then
    if [[ "${FF_SMOKE_KEEP:-}" == 1 ]]; then echo "smoke-test: work directory kept: $WORK"; else rm -rf "$WORK"; fi
  fi
  (( rc != 0 && FAILED == 0 )) && FAILED=1   # an unexpected error still counts as a failure
  summary   # always the last line
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "smoke-test: interrupted"; fail "run interrupted or over its ${MAX_SECONDS}s watchdog"; exit 1' INT TERM

[[ "$READY_TIMEOUT" =~ ^[0-9]+$ && "$MAX_SECONDS" =~ ^[0-9]+$ ]] || die "FF_SMOKE_READY_TIMEOUT and FF_SMOKE_MAX_SECONDS must be numbers"

# Watchdog: the whole run is bounded even if something below hangs.
# Its own stdio goes to /dev/null so that a leftover sleep cannot hold a CI log pipe open.
( sleep "$MAX_SECONDS"; kill -TERM $$ 2>/dev/null ) </dev/null >/dev/null 2>&1 &
WATCHDOG_PID=$!

# ---------------------------------------------------------------------------------------------------
# Preflight
NGINX=${NGINX:-}
if [[ -z "$NGINX" ]]; then
  if [[ -x /usr/sbin/nginx ]]; then NGINX=/usr/sbin/nginx; else NGINX=$(command -v nginx || true); fi
fi
[[ -n "$NGINX" && -x "$NGINX" ]] || die "nginx not found (apt-get install -y nginx, or set NGINX=/path/to/nginx)"
command -v curl >/dev/null || die "curl not found (apt-get install -y curl)"
[[ -z "$JAR" || -f "$JAR" ]] || die "jar not found: $JAR"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ff-smoke.XXXXXX")
chmod 755 "$WORK"   # nginx workers run as another user when started by root
CLUSTER_DIR="$WORK/cluster"
NGINX_PREFIX="$WORK/nginx"

# ---------------------------------------------------------------------------------------------------
# PostgreSQL
if [[ -z "${FF_PG_URL:-}" ]]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -n "$PG_BIN" && -x "$PG_BIN/initdb" ]] \
    || die "FF_PG_URL is not set and no PostgreSQL binaries were found to start one (apt-get install -y postgresql)"
  PG_PORT=$(free_ports 55432 1) || die "no free port for PostgreSQL"
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/ff-smoke-pg.XXXXXX")
  chmod 755 "$PG_DIR"
  [[ $(id -u) == 0 ]] && chown postgres "$PG_DIR"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null \
    || die "initdb failed"
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || { cat "$PG_DIR/log" >&2 || true; die "PostgreSQL did not start"; }
  export FF_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" FF_PG_USER=postgres FF_PG_PASSWORD=""
  echo "smoke-test: started a throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
fi

# ---------------------------------------------------------------------------------------------------
# Cluster and nginx
BASE_PORT=$(free_ports 18181 2) || die "no two free consecutive HTTP ports from 18181"
HZ_BASE_PORT=$(free_ports 15701 2) || die "no two free consecutive Hazelcast ports from 15701"
LISTEN_PORT=${FF_SMOKE_PORT:-$(free_ports 18080 1)} || die "no free port for nginx from 18080"
port_free "$LISTEN_PORT" || die "nginx port $LISTEN_PORT is in use"
URL="http://127.0.0.1:$LISTEN_PORT"
echo "smoke-test: nodes on 127.0.0.1:$BASE_PORT-$((BASE_PORT + 1)) (Hazelcast $HZ_BASE_PORT-$((HZ_BASE_PORT + 1))), nginx on $URL"

# The checked-in configs must be what the generator makes (filmfactory.conf is also its template).
if diff -q <("$RENDER_CONF" 2 8081 8080 -) "$SCRIPT_DIR/nginx/filmfactory.conf" >/dev/null \
  && diff -q <("$RENDER_CONF" node1:8080,node2:8080 - 8080 -) "$SCRIPT_DIR/nginx/compose.conf" >/dev/null; then
  pass "nginx/filmfactory.conf and nginx/compose.conf are in sync with render-conf.sh"
else
  fail "nginx/filmfactory.conf or nginx/compose.conf differs from render-conf.sh output (see deploy/README.md)"
fi

cluster_args=(-n 2 --base-port "$BASE_PORT" --hz-base-port "$HZ_BASE_PORT" --data-dir "$CLUSTER_DIR"
  --db-url "$FF_PG_URL" --timeout "$READY_TIMEOUT")
[[ -n "${FF_PG_USER:-}" ]] && cluster_args+=(--db-user "$FF_PG_USER")
[[ -n "${FF_PG_PASSWORD:-}" ]] && cluster_args+=(--db-password "$FF_PG_PASSWORD")
[[ -n "$JAR" ]] && cluster_args+=(-j "$JAR")
# Hazelcast's member list is logged by its cluster service at INFO; make sure it is not filtered out.
if "$RUN_CLUSTER" start "${cluster_args[@]}" -- --logging.level.com.hazelcast.internal.cluster=INFO; then
  pass "2 nodes started and ready (readiness 200 on both)"
else
  fail "cluster did not start (see the node logs below)"
  exit 1
fi

CONF=$("$RENDER_CONF" 2 "$BASE_PORT" "127.0.0.1:$LISTEN_PORT" "$NGINX_PREFIX")
if ! "$NGINX" -p "$NGINX_PREFIX/" -c "$CONF" -e stderr -t >"$NGINX_PREFIX/logs/test.log" 2>&1; then
  cat "$NGINX_PREFIX/logs/test.log"
  fail "nginx -t rejects the rendered config"
  exit 1
fi
"$NGINX" -p "$NGINX_PREFIX/" -c "$CONF" -e stderr -g 'daemon off;' >"$NGINX_PREFIX/logs/stderr.log" 2>&1 &
NGINX_PID=$!
for _ in $(seq 40); do
  port_free "$LISTEN_PORT" || break
  kill -0 "$NGINX_PID" 2>/dev/null || break
  sleep 0.25
done
if port_free "$LISTEN_PORT"; then
  fail "nginx did not start listening on $LISTEN_PORT"
  exit 1
fi

# ---------------------------------------------------------------------------------------------------
# Checks

# GET through nginx; prints "STATUS NODE" (NODE from X-FilmFactory-Node, - when absent).
get() {
  local headers status node
  headers=$(curl -s -o /dev/null -D - --max-time 10 "$@" 2>/dev/null || true)
  status=$(awk 'NR == 1 { print $2 }' <<< "$headers")
  node=$(awk 'tolower($1) == "x-filmfactory-node:" { sub(/\r$/, "", $2); print $2 }' <<< "$headers" | tail -1)
  echo "${status:-000} ${node:--}"
}

# (a) health through nginx
read -r status node < <(get "$URL/actuator/health")
if [[ "$status" == 200 ]]; then pass "GET /actuator/health through nginx: 200 (from ${node})"
else fail "GET /actuator/health through nginx: status $status, expected 200"; fi

# (b) sticky sessions: a client with a cookie jar (as a browser) that also carries a JSESSIONID
JAR_FILE="$WORK/cookies.txt"
read -r status first < <(get -c "$JAR_FILE" "$URL/actuator/health")
printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tJSESSIONID\tsmoke-%s\n' "$RANDOM$RANDOM" >> "$JAR_FILE"
if [[ "$first" == - ]]; then
  fail "sticky: the response has no X-FilmFactory-Node header, cannot tell which node answered"
elif ! grep -q $'\tff_route\t' "$JAR_FILE"; then
  fail "sticky: nginx set no ff_route cookie"
else
  nodes=()
  for _ in $(seq 10); do
    read -r status node < <(get -b "$JAR_FILE" -c "$JAR_FILE" "$URL/actuator/health")
    nodes+=("$node")
  done
  distinct=$(printf '%s\n' "${nodes[@]}" | sort -u | tr '\n' ' ')
  if [[ "$distinct" == "$first " ]]; then pass "sticky: 10 requests with the same cookies all answered by $first"
  else fail "sticky: first answer from $first, then 10 requests with its cookies went to: ${nodes[*]}"; fi
fi

# (b') new clients (no cookies) are spread over both nodes
seen=""
for _ in $(seq 12); do
  read -r status node < <(get "$URL/actuator/health")
  [[ " $seen " == *" $node "* ]] || seen+="${seen:+ }$node"
done
if [[ " $seen " == *" node-1 "* && " $seen " == *" node-2 "* ]]; then pass "balancing: requests without cookies reached node-1 and node-2"
else fail "balancing: 12 requests without cookies reached only: ${seen:-nothing}"; fi

# (c) websocket upgrade through nginx to /VAADIN/push
WS_OUT="$WORK/ws.txt"
curl -s -i -N --http1.1 --max-time 5 -b "$JAR_FILE" \
  -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
  -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' -H 'Sec-WebSocket-Version: 13' \
  "$URL/VAADIN/push?v-uiId=0&v-pushId=smoke&X-Atmosphere-tracking-id=0&X-Atmosphere-Transport=websocket" \
  > "$WS_OUT" 2>/dev/null || true   # a 101 keeps the connection open until --max-time
ws_status_line=$(head -n 1 "$WS_OUT" | tr -d '\r')
sleep 0.5   # the access log line is written when the connection ends
ws_log=$(grep -F '"GET /VAADIN/push' "$NGINX_PREFIX/logs/access.log" | tail -1 || true)
ws_upstream_status=$(sed -n 's/.* upstream_status=\([^ ]*\) .*/\1/p' <<< "$ws_log")
# Only 101 Switching Protocols proves the upgrade went through nginx to a node and back: a 4xx would mean nginx or
# the app refused it (Vaadin falls back to long polling, and push silently stops being a websocket). Tomcat sends
# the status line without its reason phrase ("HTTP/1.1 101 "), so the code is what is compared.
if [[ ! "$ws_status_line" =~ ^HTTP/1\.1\ 101(\ |$) ]]; then
  fail "websocket: /VAADIN/push through nginx answered '${ws_status_line:-nothing}', expected HTTP/1.1 101 (Switching Protocols)"
elif [[ "$ws_log" != *"upgrade=websocket"* || "$ws_upstream_status" != 101 ]]; then
  fail "websocket: nginx access log does not show the upgrade answered 101 by a node: ${ws_log:-no log line}"
else
  pass "websocket: /VAADIN/push upgraded through nginx (101 Switching Protocols from $(sed -n 's/.* upstream=\([^ ]*\) .*/\1/p' <<< "$ws_log"))"
fi

# (d) both nodes see a 2-member Hazelcast cluster
deadline=$((SECONDS + 60))
missing="node-1 node-2"
while [[ -n "$missing" ]] && (( SECONDS < deadline )); do
  missing=""
  for n in node-1 node-2; do
    grep -q 'Members {size:2' "$CLUSTER_DIR/$n.log" 2>/dev/null || missing+="${missing:+ }$n"
  done
  [[ -n "$missing" ]] && sleep 1
done
if [[ -z "$missing" ]]; then pass "hazelcast: both nodes logged 'Members {size:2'"
else fail "hazelcast: no 'Members {size:2' line in the log of $missing within 60s"; fi

# (e) failover: stop the node a client is pinned to; nginx sends it to the other node and re-pins it
route=$(awk '$6 == "ff_route" { print $7 }' "$JAR_FILE" | tail -1)
if [[ "$route" == node-1 || "$route" == node-2 ]]; then
  victim_pid=$(cat "$CLUSTER_DIR/$route.pid" 2>/dev/null || true)
  if [[ -n "$victim_pid" ]] && kill -TERM "$victim_pid" 2>/dev/null; then
    for _ in $(seq 120); do kill -0 "$victim_pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$victim_pid" 2>/dev/null || true
    read -r status node < <(get -b "$JAR_FILE" -c "$JAR_FILE" "$URL/actuator/health")
    new_route=$(awk '$6 == "ff_route" { print $7 }' "$JAR_FILE" | tail -1)
    if [[ "$status" == 200 && "$node" != "$route" && "$node" != - && "$new_route" == "$node" ]]; then
      pass "failover: with $route stopped, its client was served by $node and re-pinned to it"
    else
      fail "failover: with $route stopped: status $status from $node, route cookie now '$new_route'"
    fi
  else
    fail "failover: cannot stop $route (pid '${victim_pid}')"
  fi
else
  fail "failover: no ff_route cookie to test with"
fi

(( FAILED == 0 ))   # the EXIT trap stops everything and prints the summary
