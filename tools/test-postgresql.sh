#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite and the benchmarks: a cluster initialised in
# a temporary folder, run by its own user (never root), listening on 127.0.0.1 only, on a free
# port. Debian's `postgresql` package provides the programs (installed when absent and root).
#
#   eval "$(tools/test-postgresql.sh start)"   # exports FACILITATEUR_TEST_PG and _PG_DATA
#   tools/test-postgresql.sh stop  "$FACILITATEUR_TEST_PG_DATA"   # stop the server (fast)
#   tools/test-postgresql.sh start-again "$FACILITATEUR_TEST_PG_DATA"  # start it again
#   tools/test-postgresql.sh remove "$FACILITATEUR_TEST_PG_DATA"  # stop it and delete it all
#
# FACILITATEUR_PG_DURABLE=1 keeps fsync on (benchmarks); the tests turn it off, as nothing
# there outlives the machine.
set -euo pipefail

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$found" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing postgresql" >&2
    # Only the programs are wanted: the package's own cluster is not started (policy-rc.d).
    local guard=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      guard=/usr/sbin/policy-rc.d
      printf '#!/bin/sh\nexit 101\n' >"$guard" && chmod +x "$guard"
    fi
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
    [ -n "$guard" ] && rm -f "$guard"
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  [ -n "$found" ] || { echo "PostgreSQL not found (Debian: apt-get install postgresql)" >&2; exit 1; }
  echo "$found"
}

# Who runs the server: PostgreSQL refuses root, so root hands it to `postgres` (or `nobody`).
as_owner() {
  local dir=$1; shift
  if [ "$(id -u)" = 0 ]; then
    local owner
    owner=$(stat -c %U "$dir")
    (cd "$dir" && runuser -u "$owner" -- "$@")
  else
    "$@"
  fi
}

case "${1:-}" in
start)
  bin=$(bindir)
  dir=$(mktemp -d /tmp/facilitateur-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    chown "$owner" "$dir"
  fi
  chmod 700 "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$dir" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  fsync=off
  [ "${FACILITATEUR_PG_DURABLE:-}" = 1 ] && fsync=on
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = $fsync
full_page_writes = $fsync
max_connections = 200
EOF
  echo "$bin" >"$dir/bindir"
  as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
  echo "export FACILITATEUR_TEST_PG=postgresql://postgres@127.0.0.1:$port/postgres"
  echo "export FACILITATEUR_TEST_PG_DATA=$dir"
  ;;
stop)
  dir=$2
  as_owner "$dir" "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
start-again)
  dir=$2
  as_owner "$dir" "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
  ;;
remove)
  dir=$2
  [ -d "$dir" ] || exit 0
  as_owner "$dir" "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start | stop DIR | start-again DIR | remove DIR" >&2
  exit 2
  ;;
esac
