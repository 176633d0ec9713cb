#!/usr/bin/env bash
# A throwaway PostgreSQL server for the shared-event tests, on loopback only.
#   scripts/pg-test-server.sh start STATE_DIR   initdb in a new temporary folder, start it,
#                                               write STATE_DIR/admin-url (with a fresh password)
#   scripts/pg-test-server.sh stop STATE_DIR    stop it and delete its folder
#   scripts/pg-test-server.sh kill|restart STATE_DIR   for the fault tests: stop hard / start again
# Uses Debian's postgresql package (scripts/install-deps.sh test installs it).
# As root the server runs as the `postgres` user (initdb refuses root).
set -euo pipefail

action="${1:?start|stop|kill|restart}"
state="${2:?state directory}"
mkdir -p "$state"

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-test-server: PostgreSQL is not installed (run scripts/install-deps.sh test)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pgctl() {
  local data
  data="$(cat "$state/data-dir")"
  as_owner "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 30 "$@"
}

case "$action" in
start)
  if [ -f "$state/data-dir" ]; then
    "$0" stop "$state" || true
  fi
  data="$(mktemp -d /tmp/mannam-pg.XXXXXX)"
  chmod 755 "$data"
  echo "$data" >"$state/data-dir"
  password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
  printf '%s\n' "$password" >"$data/pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$data"
  fi
  as_owner "$bindir/initdb" -D "$data/cluster" -U mannam_admin --pwfile="$data/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data/initdb.log"
  rm -f "$data/pwfile"
  # Loopback only; the socket in our own folder, so nothing of the machine's is touched.
  cat >>"$data/cluster/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
max_connections = 200
CONF
  # Another test may start its own server at the same moment and take the
  # port we saw free: then the next one.
  port=$((55432 + RANDOM % 200))
  started=0
  for attempt in $(seq 1 20); do
    while ! port_is_free "$port"; do port=$((port + 1)); done
    echo "port = $port" >"$data/cluster/port.conf"
    grep -q "include_if_exists = 'port.conf'" "$data/cluster/postgresql.conf" \
      || echo "include_if_exists = 'port.conf'" >>"$data/cluster/postgresql.conf"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$data/cluster/port.conf"
    if pgctl start >/dev/null 2>&1; then started=1; break; fi
    port=$((port + 1))
  done
  if [ "$started" -ne 1 ]; then
    echo "pg-test-server: the server did not start; see $data/server.log" >&2
    exit 1
  fi
  echo "$port" >"$state/port"
  echo "postgresql://mannam_admin:$password@127.0.0.1:$port/postgres" >"$state/admin-url"
  chmod 600 "$state/admin-url"
  echo "pg-test-server: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($data)"
  ;;
kill)
  pgctl stop -m immediate >/dev/null
  ;;
restart)
  pgctl start >/dev/null
  ;;
stop)
  if [ -f "$state/data-dir" ]; then
    data="$(cat "$state/data-dir")"
    pgctl stop -m fast >/dev/null 2>&1 || true
    rm -rf "$data"
    rm -f "$state/data-dir" "$state/admin-url" "$state/port"
  fi
  ;;
*)
  echo "usage: $0 start|stop|kill|restart STATE_DIR" >&2
  exit 2
  ;;
esac
