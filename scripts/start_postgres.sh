#!/usr/bin/env bash
# PostgreSQL on 127.0.0.1:${MW_PG_PORT:-54329} for the store contract tests (trust auth, loopback only),
# with database mailwarden_test. Own data dir under /tmp; Debian's cluster is left alone. Idempotent.
set -euo pipefail
PORT=${MW_PG_PORT:-54329}
DATA=${MW_PG_DATA:-/tmp/mw-pg}
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")
if ! su postgres -s /bin/sh -c "$BIN/pg_ctl -D $DATA status" >/dev/null 2>&1; then
  if [ ! -s "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA" && chown postgres:postgres "$DATA"
    su postgres -s /bin/sh -c "$BIN/initdb -D $DATA -A trust -U postgres" >/dev/null
  fi
  su postgres -s /bin/sh -c "$BIN/pg_ctl -D $DATA -l $DATA/log -w -o '-c listen_addresses=127.0.0.1 -p $PORT -k /tmp' start" >/dev/null
fi
psql -h 127.0.0.1 -p "$PORT" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='mailwarden_test'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE DATABASE mailwarden_test" >/dev/null
echo "postgresql://postgres@127.0.0.1:$PORT/mailwarden_test"
