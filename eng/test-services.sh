#!/usr/bin/env bash
# Installs and starts what the tests need, idempotently: PostgreSQL (private cluster on 127.0.0.1) and Debian's Chromium.
# Prints `export` lines for the test run: eval "$(eng/test-services.sh | grep '^export ')"
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PORT=${REINTEGRA_PG_PORT:-55432}
DIR=${REINTEGRA_PG_DIR:-/tmp/reintegra-pg}
USER_=reintegra
PASS=reintegra

need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && compgen -G "/usr/share/postgresql/*/extension/pg_trgm.control" >/dev/null \
  || need+=(postgresql postgresql-contrib)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
if ((${#need[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing packages: ${need[*]} (run as root or install them with apt-get)" >&2
    exit 1
  fi
  apt-get update -q </dev/null >&2
  apt-get install -y -q --no-install-recommends "${need[@]}" </dev/null >&2
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@" </dev/null; else "$@" </dev/null; fi; }
if ! run_pg "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  rm -rf "$DIR"
  if [ "$(id -u)" -eq 0 ]; then install -d -o postgres -g postgres -m 700 "$DIR" "$DIR/data"; else install -d -m 700 "$DIR" "$DIR/data"; fi
  run_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
  run_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >&2
fi
PSQL=("$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)
"${PSQL[@]}" -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='$USER_') THEN CREATE ROLE $USER_ LOGIN PASSWORD '$PASS' CREATEDB; END IF; END\$\$;" </dev/null
echo "postgres $("${PSQL[@]}" -c 'SHOW server_version' </dev/null) on 127.0.0.1:$PORT; $(/usr/bin/chromium --version 2>/dev/null)" >&2
echo "export REINTEGRA_TEST_PG='Host=127.0.0.1;Port=$PORT;Database=postgres;Username=$USER_;Password=$PASS;Include Error Detail=true'"
echo "export CHROMIUM_PATH=/usr/bin/chromium"
