#!/usr/bin/env bash
# Private PostgreSQL 15 cluster for the peer benchmark: own directory, own port, loopback only, fsync off.
# Usage: pg-peer.sh start|stop   (PORT and DIR may be overridden in the environment)
set -euo pipefail
PORT=${PORT:-55433}
DIR=${DIR:-/tmp/reintegra-matching-bench-pg}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { runuser -u postgres -- "$@" </dev/null; }
case "${1:-start}" in
  start)
    if ! as_pg "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      rm -rf "$DIR"; install -d -o postgres -g postgres -m 700 "$DIR" "$DIR/data"
      as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
      as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=2GB -c work_mem=64MB -c maintenance_work_mem=1GB" >/dev/null
    fi
    "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname='bench'" | grep -q 1 \
      || "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qAt -c "CREATE DATABASE bench"
    echo "Host=127.0.0.1;Port=$PORT;Database=bench;Username=postgres"
    ;;
  stop)
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    ;;
esac
