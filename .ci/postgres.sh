#!/usr/bin/env bash
# A throw-away PostgreSQL server for the *PostgresIT tests, on 127.0.0.1 only, with no service manager.
#
#   eval "$(.ci/postgres.sh start)"   # prints export lines for FILMFACTORY_TEST_POSTGRES_*
#   .ci/postgres.sh stop              # stops it and deletes its data
#
# The data lives in a fresh directory under ${TMPDIR:-/tmp}; fsync is off, so it is for tests only. Works as root
# (the server then runs as the "postgres" user) and as any other user. Port: FILMFACTORY_TEST_POSTGRES_PORT
# (default 55432). PostgreSQL's binaries: PGBIN, else the newest /usr/lib/postgresql/*/bin, else the PATH.
set -euo pipefail

PORT=${FILMFACTORY_TEST_POSTGRES_PORT:-55432}
BASE=${TMPDIR:-/tmp}
STATE="$BASE/filmfactory-postgres-$PORT.dir"
WAIT_SECONDS=30

fail() {
    echo "postgres.sh: $*" >&2
    exit 1
}

find_bin() {
    if [[ -n ${PGBIN:-} ]]; then
        [[ -x $PGBIN/pg_ctl ]] || fail "PGBIN=$PGBIN has no pg_ctl"
        echo "$PGBIN"
        return
    fi
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [[ -n $newest && -x $newest/pg_ctl ]]; then
        echo "$newest"
    elif command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
    else
        fail "PostgreSQL is not installed (Debian: apt-get install -y postgresql), or set PGBIN"
    fi
}

# Runs a PostgreSQL program as the user that owns the data: "postgres" when we are root, else ourselves.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

start() {
    local bin dir
    bin=$(find_bin)
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        fail "running as root needs a 'postgres' user to run the server (it comes with the postgresql package)"
    fi
    if [[ -f $STATE ]]; then
        fail "a server started by this script may still run on port $PORT (data $(cat "$STATE")); run '$0 stop' first"
    fi
    if port_in_use; then
        fail "port $PORT on 127.0.0.1 is already in use; stop that server or set FILMFACTORY_TEST_POSTGRES_PORT"
    fi
    [[ -d $BASE && -w $BASE ]] || fail "cannot write to $BASE (TMPDIR)"

    dir=$(mktemp -d "$BASE/filmfactory-postgres.XXXXXX")
    chmod 755 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    echo "$dir" >"$STATE"

    if ! as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir" "$STATE"
        fail "initdb failed in $dir (the server user needs to reach $BASE)"
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t "$WAIT_SECONDS" \
            -o "-p $PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >"$dir/pg_ctl.log" 2>&1; then
        cat "$dir/pg_ctl.log" >&2
        tail -n 20 "$dir/server.log" >&2 2>/dev/null || true
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir" "$STATE"
        fail "the server did not start on 127.0.0.1:$PORT within ${WAIT_SECONDS}s"
    fi

    echo "postgres.sh: PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$PORT, data in $dir" >&2
    printf 'export FILMFACTORY_TEST_POSTGRES_URL=%q\n' "jdbc:postgresql://127.0.0.1:$PORT/postgres"
    printf 'export FILMFACTORY_TEST_POSTGRES_USER=%q\n' postgres
    printf 'export FILMFACTORY_TEST_POSTGRES_PASSWORD=\n'
    printf 'export FILMFACTORY_TEST_POSTGRES_DIR=%q\n' "$dir"
}

stop() {
    local bin dir
    dir=${FILMFACTORY_TEST_POSTGRES_DIR:-}
    if [[ -z $dir && -f $STATE ]]; then
        dir=$(cat "$STATE")
    fi
    if [[ -z $dir || ! -d $dir/data ]]; then
        echo "postgres.sh: no server started by this script on port $PORT; nothing to stop" >&2
        rm -f "$STATE"
        return 0
    fi
    bin=$(find_bin)
    if as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t "$WAIT_SECONDS" stop >/dev/null \
            || fail "the server in $dir did not stop within ${WAIT_SECONDS}s; see $dir/server.log"
    fi
    rm -rf "$dir"
    rm -f "$STATE"
    echo "postgres.sh: stopped the server on port $PORT and removed $dir" >&2
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    *) fail "usage: $0 start|stop" ;;
esac
