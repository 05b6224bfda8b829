#!/usr/bin/env bash
# Starts (or stops) a Film Factory cluster of N nodes on one host, all against one PostgreSQL.
#
#   deploy/run-cluster.sh [start] [-n NODES] [-j JAR] [--db-url URL --db-user U --db-password P]
#                         [--base-port 8081] [--hz-base-port 5701] [--data-dir DIR]
#                         [--bind ADDRESS] [--timeout SECONDS] [--one-by-one] [-- EXTRA APP ARGS...]
#   deploy/run-cluster.sh stop   [--data-dir DIR] [--timeout SECONDS]
#   deploy/run-cluster.sh status [--data-dir DIR]
#
# Node i (1..N) listens on HTTP port BASE+i-1 and Hazelcast port HZ+i-1, is named node-i, logs to
# DIR/node-i.log and writes its pid to DIR/node-i.pid. All nodes share DIR as filmfactory.data-dir.
# "start" returns once every node answers 200 on /actuator/health/readiness (or fails after --timeout).
# Nodes listen on --bind (default 127.0.0.1: HTTP and Hazelcast are reachable from this host only,
# users come in through nginx) and trust X-Forwarded-* headers from local proxies.
#
# Defaults can also come from the environment: FF_PG_URL, FF_PG_USER, FF_PG_PASSWORD, FF_CLUSTER_DIR,
# JAVA_HOME (which java to use), JAVA_OPTS (extra JVM options, e.g. -Xmx1g).
# The database password is handed to the JVMs in the environment (SPRING_DATASOURCE_PASSWORD), not on
# the command line, so it does not show in `ps`.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
PROG=deploy/run-cluster.sh

# JVM flags Hazelcast needs on Java 25 (harmless on 21). Same list as hazelcast.jvm.flags in pom.xml.
HAZELCAST_JVM_FLAGS=(
  --add-modules java.se
  --add-exports java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens java.base/java.lang=ALL-UNNAMED
  --add-opens java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens java.management/sun.management=ALL-UNNAMED
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED
)
# A node out of memory ends instead of lingering as a zombie; the others carry its people on (issue 10).
NODE_JVM_FLAGS=(-XX:+ExitOnOutOfMemoryError)

die() { echo "$PROG: error: $*" >&2; exit 1; }
info() { echo "$PROG: $*"; }

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

# ---------------------------------------------------------------------------------------------------
# Options
COMMAND=start
NODES=2
JAR=""
DB_URL=${FF_PG_URL:-}
DB_USER=${FF_PG_USER:-}
DB_PASSWORD=${FF_PG_PASSWORD:-}
BASE_PORT=8081
HZ_BASE_PORT=5701
DATA_DIR=${FF_CLUSTER_DIR:-$HOME/.filmfactory/cluster}
TIMEOUT=""
ONE_BY_ONE=false
HEALTH_PATH=/actuator/health/readiness
BIND=127.0.0.1
EXTRA_ARGS=()

case "${1:-}" in
  start|stop|status) COMMAND=$1; shift ;;
  -h|--help|help) usage; exit 0 ;;
esac

need_value() { [[ $# -ge 2 && -n "$2" ]] || die "option $1 needs a value (see $PROG --help)"; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--nodes)       need_value "$@"; NODES=$2; shift 2 ;;
    -j|--jar)         need_value "$@"; JAR=$2; shift 2 ;;
    --db-url)         need_value "$@"; DB_URL=$2; shift 2 ;;
    --db-user)        need_value "$@"; DB_USER=$2; shift 2 ;;
    --db-password)    [[ $# -ge 2 ]] || die "option $1 needs a value"; DB_PASSWORD=$2; shift 2 ;;
    --base-port)      need_value "$@"; BASE_PORT=$2; shift 2 ;;
    --hz-base-port)   need_value "$@"; HZ_BASE_PORT=$2; shift 2 ;;
    --data-dir)       need_value "$@"; DATA_DIR=$2; shift 2 ;;
    --timeout)        need_value "$@"; TIMEOUT=$2; shift 2 ;;
    --health-path)    need_value "$@"; HEALTH_PATH=$2; shift 2 ;;
    --bind)           need_value "$@"; BIND=$2; shift 2 ;;
    --one-by-one)     ONE_BY_ONE=true; shift ;;
    -h|--help)        usage; exit 0 ;;
    --)               shift; EXTRA_ARGS=("$@"); break ;;
    *)                die "unknown argument '$1' (see $PROG --help)" ;;
  esac
done

is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }
is_uint "$NODES" && (( NODES >= 1 && NODES <= 64 )) || die "-n must be a number from 1 to 64, got '$NODES'"
is_uint "$BASE_PORT" && (( BASE_PORT >= 1 && BASE_PORT + NODES - 1 <= 65535 )) || die "bad --base-port '$BASE_PORT'"
is_uint "$HZ_BASE_PORT" && (( HZ_BASE_PORT >= 1 && HZ_BASE_PORT + NODES - 1 <= 65535 )) || die "bad --hz-base-port '$HZ_BASE_PORT'"
[[ "$BIND" =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ && "$BIND" != 0.0.0.0 ]] \
  || die "--bind must be one IPv4 address of this host (the members list uses it), got '$BIND'"
if [[ -n "$TIMEOUT" ]]; then is_uint "$TIMEOUT" || die "--timeout must be a number of seconds, got '$TIMEOUT'"; fi

# ---------------------------------------------------------------------------------------------------
# Helpers

# Prints the pid recorded in a pid file if that process is alive and is the node the file names.
live_pid() {
  local pidfile=$1 node pid
  node=$(basename "$pidfile" .pid)
  [[ -r "$pidfile" ]] || return 1
  pid=$(tr -dc '0-9' < "$pidfile")
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  # Guard against a recycled pid: the process must be our node.
  if [[ -r /proc/$pid/cmdline ]]; then
    tr '\0' '\n' < "/proc/$pid/cmdline" | grep -qx -- "--filmfactory.cluster.node-name=$node" || return 1
  fi
  echo "$pid"
}

port_in_use() { (exec 3<>"/dev/tcp/$BIND/$1") 2>/dev/null; }

http_status() { # URL -> HTTP status code, 000 when nothing answers
  curl -s -o /dev/null -w '%{http_code}' --connect-timeout 1 --max-time 3 "$1" 2>/dev/null || true
}

stop_cluster() {
  local timeout=${TIMEOUT:-30} pidfile pid node any=false
  [[ -d "$DATA_DIR" ]] || { info "no cluster directory $DATA_DIR: nothing to stop"; return 0; }
  local pids=() nodes=()
  shopt -s nullglob
  for pidfile in "$DATA_DIR"/node-*.pid; do
    node=$(basename "$pidfile" .pid)
    any=true
    if pid=$(live_pid "$pidfile"); then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid"); nodes+=("$node")
      info "stopping $node (pid $pid)"
    else
      info "$node is not running (stale pid file removed)"
      rm -f "$pidfile"
    fi
  done
  shopt -u nullglob
  $any || { info "no pid files in $DATA_DIR: nothing to stop"; return 0; }
  local deadline=$((SECONDS + timeout)) i
  for i in "${!pids[@]}"; do
    while kill -0 "${pids[$i]}" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.5; done
    if kill -0 "${pids[$i]}" 2>/dev/null; then
      info "${nodes[$i]} (pid ${pids[$i]}) did not stop within ${timeout}s: killing it"
      kill -KILL "${pids[$i]}" 2>/dev/null || true
    fi
    rm -f "$DATA_DIR/${nodes[$i]}.pid"
  done
  info "cluster stopped"
}

status_cluster() {
  local pidfile node pid port addr found=false
  shopt -s nullglob
  for pidfile in "$DATA_DIR"/node-*.pid; do
    found=true
    node=$(basename "$pidfile" .pid)
    if pid=$(live_pid "$pidfile"); then
      port=$(tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | sed -n 's/^--server\.port=//p' | head -1)
      addr=$(tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | sed -n 's/^--server\.address=//p' | head -1)
      echo "$node: running, pid $pid, http://${addr:-127.0.0.1}:${port:-?}, readiness $(http_status "http://${addr:-127.0.0.1}:${port:-0}$HEALTH_PATH")"
    else
      echo "$node: not running (stale pid file $pidfile)"
    fi
  done
  shopt -u nullglob
  $found || echo "no nodes recorded in $DATA_DIR"
}

find_java() {
  local candidate best="" best_version=0 v
  if [[ -n "${JAVA_HOME:-}" ]]; then
    [[ -x "$JAVA_HOME/bin/java" ]] || die "JAVA_HOME=$JAVA_HOME has no executable bin/java"
    echo "$JAVA_HOME/bin/java"; return
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    [[ -x "$candidate" ]] || continue
    v=$(java_major "$candidate")
    if (( v >= 21 && v > best_version )); then best=$candidate; best_version=$v; fi
  done
  if [[ -n "$best" ]]; then echo "$best"; return; fi
  command -v java 2>/dev/null || die "no Java found: set JAVA_HOME to a JDK 21 or newer"
}

java_major() { # java binary -> major version (8 for 1.8), 0 if unknown
  local line v
  line=$("$1" -version 2>&1 | grep -m1 -Eo 'version "[^"]+"' || true)
  v=${line#version \"}; v=${v%\"}
  [[ "$v" == 1.* ]] && v=${v#1.}
  v=${v%%[.+-]*}
  is_uint "${v:-x}" && echo "$v" || echo 0
}

find_jar() {
  local jars=() f
  shopt -s nullglob
  for f in "$REPO_DIR"/target/film-factory-*.jar; do
    [[ "$f" == *.original || "$f" == *-plain.jar || "$f" == *-sources.jar || "$f" == *-javadoc.jar ]] && continue
    jars+=("$f")
  done
  shopt -u nullglob
  (( ${#jars[@]} == 1 )) && { echo "${jars[0]}"; return; }
  (( ${#jars[@]} == 0 )) && die "no jar given and none found as $REPO_DIR/target/film-factory-*.jar (build it with ./mvnw -DskipTests package, or pass -j JAR)"
  die "several jars match $REPO_DIR/target/film-factory-*.jar (${jars[*]}): pass one with -j JAR"
}

# ---------------------------------------------------------------------------------------------------
case "$COMMAND" in
  stop)   stop_cluster; exit 0 ;;
  status) status_cluster; exit 0 ;;
esac

# start
command -v curl >/dev/null || die "curl is required (apt-get install curl)"
[[ -n "$DB_URL" ]] || die "no database: pass --db-url jdbc:postgresql://HOST:PORT/DB (or set FF_PG_URL)"
[[ "$DB_URL" == jdbc:postgresql:* ]] || die "--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://...), got '$DB_URL'"
[[ -n "$JAR" ]] || JAR=$(find_jar)
[[ -f "$JAR" ]] || die "jar not found: $JAR"
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
JAVA=$(find_java)
JAVA_VERSION=$(java_major "$JAVA")
(( JAVA_VERSION >= 21 )) || die "$JAVA is Java $JAVA_VERSION; Film Factory needs Java 21 or newer (set JAVA_HOME)"
TIMEOUT=${TIMEOUT:-120}

mkdir -p "$DATA_DIR" || die "cannot create data directory $DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)

for ((i = 1; i <= NODES; i++)); do
  if live_pid "$DATA_DIR/node-$i.pid" >/dev/null; then
    die "node-$i is already running (pid $(cat "$DATA_DIR/node-$i.pid")): run '$PROG stop --data-dir $DATA_DIR' first"
  fi
  port=$((BASE_PORT + i - 1)); hz=$((HZ_BASE_PORT + i - 1))
  port_in_use "$port" && die "HTTP port $port (node-$i) is already in use by another process"
  port_in_use "$hz" && die "Hazelcast port $hz (node-$i) is already in use by another process"
done

MEMBERS=""
for ((i = 1; i <= NODES; i++)); do MEMBERS+="${MEMBERS:+,}$BIND:$((HZ_BASE_PORT + i - 1))"; done

read -r -a USER_JAVA_OPTS <<< "${JAVA_OPTS:-}"
# Hazelcast binds to --bind only (by default it listens on every interface).
HAZELCAST_BIND_FLAGS=(-Dhazelcast.local.localAddress="$BIND" -Dhazelcast.socket.bind.any=false)

STARTED_PIDS=()
abort_start() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 2
  for pid in "${STARTED_PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  rm -f "$DATA_DIR"/node-*.pid
  die "$1"
}

start_node() {
  local i=$1 port=$((BASE_PORT + $1 - 1)) hz=$((HZ_BASE_PORT + $1 - 1)) node="node-$1" pid
  local log="$DATA_DIR/$node.log"
  local args=(
    --server.port="$port"
    --spring.profiles.active=postgres
    --spring.datasource.url="$DB_URL"
    --filmfactory.cluster.port="$hz"
    --filmfactory.cluster.members="$MEMBERS"
    --filmfactory.cluster.node-name="$node"
    --filmfactory.data-dir="$DATA_DIR"
    --filmfactory.demo.enabled=false
    --management.endpoint.health.probes.enabled=true
    --server.address="$BIND"
    --server.forward-headers-strategy=native
  )
  [[ -n "$DB_USER" ]] && args+=(--spring.datasource.username="$DB_USER")
  {
    echo "=== $(date -Is) starting $node: $JAVA -jar $JAR ${args[*]} ${EXTRA_ARGS[*]:-}"
  } >> "$log"
  # setsid: the node outlives this script and ignores the terminal's Ctrl-C; stop it with "$PROG stop".
  if [[ -n "$DB_PASSWORD" ]]; then
    SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" setsid "$JAVA" "${HAZELCAST_JVM_FLAGS[@]}" "${NODE_JVM_FLAGS[@]}" "${HAZELCAST_BIND_FLAGS[@]}" ${USER_JAVA_OPTS[@]+"${USER_JAVA_OPTS[@]}"} \
      -jar "$JAR" "${args[@]}" ${EXTRA_ARGS[@]+"${EXTRA_ARGS[@]}"} >> "$log" 2>&1 < /dev/null &
  else
    setsid "$JAVA" "${HAZELCAST_JVM_FLAGS[@]}" "${NODE_JVM_FLAGS[@]}" "${HAZELCAST_BIND_FLAGS[@]}" ${USER_JAVA_OPTS[@]+"${USER_JAVA_OPTS[@]}"} \
      -jar "$JAR" "${args[@]}" ${EXTRA_ARGS[@]+"${EXTRA_ARGS[@]}"} >> "$log" 2>&1 < /dev/null &
  fi
  pid=$!
  echo "$pid" > "$DATA_DIR/$node.pid"
  STARTED_PIDS+=("$pid")
  info "started $node (pid $pid) on http://$BIND:$port, Hazelcast port $hz, log $log"
}

# Waits until nodes FIRST..LAST answer 200 on the readiness URL; gives up at the shared deadline.
wait_ready() {
  local first=$1 last=$2 i pid port code pending
  while :; do
    pending=0
    for ((i = first; i <= last; i++)); do
      [[ -n "${READY[$i]:-}" ]] && continue
      pid=$(cat "$DATA_DIR/node-$i.pid")
      port=$((BASE_PORT + i - 1))
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "----- last lines of $DATA_DIR/node-$i.log -----" >&2
        tail -n 40 "$DATA_DIR/node-$i.log" >&2 || true
        abort_start "node-$i (pid $pid) exited during startup; see $DATA_DIR/node-$i.log"
      fi
      code=$(http_status "http://$BIND:$port$HEALTH_PATH")
      if [[ "$code" == 200 ]]; then
        READY[$i]=1
        info "node-$i is ready ($(( SECONDS - START_TIME ))s)"
      else
        pending=$((pending + 1)); LAST_CODE[$i]=$code
      fi
    done
    (( pending == 0 )) && return 0
    if (( SECONDS >= DEADLINE )); then
      for ((i = first; i <= last; i++)); do
        [[ -n "${READY[$i]:-}" ]] && continue
        echo "----- node-$i not ready (last readiness status ${LAST_CODE[$i]:-none}); last lines of $DATA_DIR/node-$i.log -----" >&2
        tail -n 40 "$DATA_DIR/node-$i.log" >&2 || true
      done
      abort_start "cluster not ready within ${TIMEOUT}s (stopped the nodes it had started)"
    fi
    sleep 1
  done
}

declare -A LAST_CODE=() READY=()
info "starting $NODES node(s) with $JAVA (Java $JAVA_VERSION), jar $JAR, data dir $DATA_DIR"
START_TIME=$SECONDS
DEADLINE=$((SECONDS + TIMEOUT))
trap 'abort_start "interrupted"' INT TERM
if $ONE_BY_ONE; then
  for ((i = 1; i <= NODES; i++)); do start_node "$i"; wait_ready "$i" "$i"; done
else
  for ((i = 1; i <= NODES; i++)); do start_node "$i"; done
  wait_ready 1 "$NODES"
fi
trap - INT TERM
info "cluster of $NODES node(s) ready in $(( SECONDS - START_TIME ))s: ports $BASE_PORT-$((BASE_PORT + NODES - 1)); stop with: $PROG stop --data-dir $DATA_DIR"
