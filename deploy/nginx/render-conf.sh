#!/usr/bin/env bash
# Writes an nginx config for N Film Factory nodes, from deploy/nginx/filmfactory.conf.
#
#   deploy/nginx/render-conf.sh NODES BASE_PORT LISTEN PREFIX
#
#   NODES      number of nodes on 127.0.0.1, at ports BASE_PORT, BASE_PORT+1, ... (node-1, node-2, ...),
#              or a comma-separated list of HOST:PORT (node-1 is the first); BASE_PORT is then ignored
#              (pass -)
#   LISTEN     what nginx listens on: PORT or ADDRESS:PORT (e.g. 127.0.0.1:18080)
#   PREFIX     nginx prefix directory: writes PREFIX/nginx.conf and creates PREFIX/logs; - writes
#              the config to standard output instead
#
# Then: nginx -p PREFIX -c PREFIX/nginx.conf -e stderr [-g 'daemon off;']
# Only the blocks between the ">>> generated" and "<<< generated" markers change, so
# `render-conf.sh 2 8081 8080 -` reproduces filmfactory.conf exactly.
set -euo pipefail

die() { echo "render-conf.sh: error: $*" >&2; exit 1; }
TEMPLATE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/filmfactory.conf

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }
[[ "${1:-}" == -h || "${1:-}" == --help ]] && { usage; exit 0; }
[[ $# -eq 4 ]] || { usage >&2; exit 2; }
NODES=$1 BASE_PORT=$2 LISTEN=$3 PREFIX=$4
[[ -r "$TEMPLATE" ]] || die "template $TEMPLATE not found"

ADDRS=()
if [[ "$NODES" =~ ^[0-9]+$ ]]; then
  (( NODES >= 1 && NODES <= 64 )) || die "NODES must be from 1 to 64, got $NODES"
  [[ "$BASE_PORT" =~ ^[0-9]+$ ]] && (( BASE_PORT >= 1 && BASE_PORT + NODES - 1 <= 65535 )) \
    || die "BASE_PORT must be a port number, got '$BASE_PORT'"
  for ((i = 0; i < NODES; i++)); do ADDRS+=("127.0.0.1:$((BASE_PORT + i))"); done
else
  IFS=, read -r -a ADDRS <<< "$NODES"
  for a in "${ADDRS[@]}"; do
    [[ "$a" =~ ^[A-Za-z0-9._-]+:[0-9]+$ ]] || die "node address '$a' is not HOST:PORT"
  done
fi
[[ "$LISTEN" =~ ^([0-9.]+:|\[[0-9a-fA-F:]+\]:)?[0-9]+$ ]] || die "LISTEN must be PORT or ADDRESS:PORT, got '$LISTEN'"

# Addresses are validated to [A-Za-z0-9._-]+:[0-9]+ (or dotted IPs), so only dots need escaping.
regex_quote() { echo "${1//./\\.}"; }

nodes_block() {
  local n=${#ADDRS[@]} i j
  echo "    upstream filmfactory {"
  echo "        least_conn;"
  for ((i = 0; i < n; i++)); do echo "        server ${ADDRS[$i]} max_fails=3 fail_timeout=10s;"; done
  echo "        keepalive 32;"
  echo "    }"
  for ((i = 0; i < n; i++)); do
    echo
    echo "    upstream filmfactory_node_$((i + 1)) {"
    echo "        server ${ADDRS[$i]} max_fails=3 fail_timeout=10s;"
    for ((j = 1; j < n; j++)); do echo "        server ${ADDRS[$(((i + j) % n))]} backup;"; done
    echo "        keepalive 16;"
    echo "    }"
  done
  echo
  echo "    # Route cookie -> upstream."
  echo "    map \$cookie_ff_route \$filmfactory_upstream {"
  echo "        default filmfactory;"
  for ((i = 0; i < n; i++)); do echo "        node-$((i + 1))  filmfactory_node_$((i + 1));"; done
  echo "    }"
  echo
  echo "    # Node that answered, by address (the last one in \$upstream_addr), used when the app sent"
  echo "    # no X-FilmFactory-Node header."
  echo "    map \$upstream_addr \$filmfactory_route_by_addr {"
  echo "        default \"\";"
  for ((i = 0; i < n; i++)); do
    if [[ "${ADDRS[$i]}" =~ ^[0-9.]+:[0-9]+$ ]]; then
      echo "        \"~(^|[ ,])$(regex_quote "${ADDRS[$i]}")\$\" node-$((i + 1));"
    else # $upstream_addr holds the resolved IP, never the host name
      echo "        # ${ADDRS[$i]} (node-$((i + 1))): a host name, routed by its X-FilmFactory-Node header only"
    fi
  done
  echo "    }"
}

header_block() {
  local n=${#ADDRS[@]} i made
  if [[ "$NODES" =~ ^[0-9]+$ ]]; then made="$NODES $BASE_PORT"; else made="$NODES -"; fi
  if [[ "$NODES" == 2 && "$BASE_PORT" == 8081 ]]; then
    echo "# Nodes: node-1 127.0.0.1:8081, node-2 127.0.0.1:8082 (what deploy/run-cluster.sh starts by"
    echo "# default); nginx listens on $LISTEN. Made by: deploy/nginx/render-conf.sh $made $LISTEN PREFIX"
  else
    echo "# Nodes:"
    for ((i = 0; i < n; i++)); do echo "#   node-$((i + 1)) ${ADDRS[$i]}"; done
    echo "# nginx listens on $LISTEN. Made by: deploy/nginx/render-conf.sh $made $LISTEN PREFIX"
  fi
}

render() {
  local block header
  block=$(nodes_block)
  header=$(header_block)
  # Passed through the environment: awk -v would interpret the backslashes of the regexes.
  FF_BLOCK=$block FF_HEADER=$header FF_LISTEN=$LISTEN awk '
    /# >>> generated header/ { print; print ENVIRON["FF_HEADER"]; skip = 1; next }
    /# >>> generated nodes/  { print; print ENVIRON["FF_BLOCK"]; skip = 1; next }
    /# >>> generated listen/ { print; print "        listen " ENVIRON["FF_LISTEN"] ";"; skip = 1; next }
    /# <<< generated/        { skip = 0 }
    !skip                    { print }
  ' "$TEMPLATE"
}

if [[ "$PREFIX" == - ]]; then
  render
else
  mkdir -p "$PREFIX/logs" || die "cannot create $PREFIX/logs"
  render > "$PREFIX/nginx.conf"
  echo "$(cd "$PREFIX" && pwd)/nginx.conf"
fi
