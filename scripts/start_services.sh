#!/usr/bin/env bash
# Start every real daemon the test suite uses, on loopback (idempotent; needs root):
#   Postfix (inline milter tests), PostgreSQL (store contract), clamd (malware tests),
#   the posture-audit mail servers and DNS (good and badly configured Postfix/Dovecot instances).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != "0" ]; then
  echo "[services] not root: daemons not started (tests that need them skip outside CI)" >&2
  exit 0
fi
run() { echo "[services] $*" >&2; "$@"; }
run scripts/start_postfix.sh start
export MAILWARDEN_TEST_PG_URL=$(run scripts/start_postgres.sh)
[ -x scripts/start_clamd.sh ] && run scripts/start_clamd.sh start
[ -x tests/posture/infra/start_mailservers.sh ] && run tests/posture/infra/start_mailservers.sh start
echo "[services] up" >&2
