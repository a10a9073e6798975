#!/usr/bin/env bash
# start_clamd.sh [start|stop|status] — clamd on loopback for mailwarden's tests and benchmarks.
#
# Idempotent: a clamd whose pidfile names a live process is left alone. Installs clamav-daemon with
# apt-get if clamd is missing (needs root). Own state dir ($CLAMD_STATE, default /tmp/mailwarden-clamd);
# no freshclam (offline): the signature DB is written here: EICAR as .ndb and .hdb (spelled in hex, so this
# file is no "test virus"), a custom .ndb signature for the tests' marker string, and a .yar rule.
# StreamMaxLength is $CLAMD_STREAM_MAX (2M: the tests check the limit). Listens on TCP 127.0.0.1:$CLAMD_PORT (13311) and the unix socket $CLAMD_STATE/run/clamd.ctl.
# Prints: CLAMD_PORT=… CLAMD_SOCKET=… CLAMD_STATE=…
set -euo pipefail

ACTION=${1:-start}
STATE=${CLAMD_STATE:-/tmp/mailwarden-clamd}
PORT=${CLAMD_PORT:-13311}
STREAM_MAX=${CLAMD_STREAM_MAX:-2M}  # small by default so the tests can exercise the limit
SOCK=$STATE/run/clamd.ctl
PIDFILE=$STATE/run/clamd.pid

log() { printf '[start_clamd] %s\n' "$*" >&2; }

alive() {
  local p
  [ -s "$PIDFILE" ] || return 1
  p=$(tr -dc 0-9 <"$PIDFILE") || return 1
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null && ! grep -q '^State:.*Z' "/proc/$p/status" 2>/dev/null
}

wait_ready() { # clamd opens its sockets only after loading the DB
  local i=0
  while [ $i -lt 600 ]; do
    if [ -S "$SOCK" ] && (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; then return 0; fi
    sleep 0.1; i=$((i + 1))
  done
  return 1
}

write_db() {
  mkdir -p "$STATE/db" "$STATE/run" "$STATE/log" "$STATE/tmp"
  local eicar_hex="58354f2150254041505b345c505a58353428505e2937434329377d2445494341522d5354414e444152442d414e544956495255532d544553542d46494c452124482b482a"
  # .ndb: Name:TargetType:Offset:HexSig (TargetType 0 = any file)
  printf 'Mailwarden.Test.EICAR:0:*:%s\n' "$eicar_hex" >"$STATE/db/mailwarden-test.ndb"
  # custom signature: the ASCII marker "MAILWARDEN-CLAMD-TEST-SIGNATURE-51d2" (hex), anywhere in any file
  printf 'Mailwarden.Test.Custom:0:*:%s\n' "$(printf 'MAILWARDEN-CLAMD-TEST-SIGNATURE-51d2' | od -An -tx1 | tr -d ' \n')" >>"$STATE/db/mailwarden-test.ndb"
  # heuristic-style name, to test how heuristics are reported
  printf 'Heuristics.Mailwarden.Test:0:*:%s\n' "$(printf 'MAILWARDEN-CLAMD-HEURISTIC-7e0a' | od -An -tx1 | tr -d ' \n')" >>"$STATE/db/mailwarden-test.ndb"
  # .hdb: MD5:Size:Name of the 68-byte EICAR file
  printf '44d88612fea8a8f36de82e1278abb02f:68:Mailwarden.Test.EICAR.hdb\n' >"$STATE/db/mailwarden-test.hdb"
  cat >"$STATE/db/mailwarden-test.yar" <<'YAR'
rule MailwardenClamdYaraMarker
{
  strings:
    $m = "MAILWARDEN-CLAMD-YARA-MARKER-0b6e"
  condition:
    $m
}
YAR
  cat >"$STATE/clamd.conf" <<CONF
TCPSocket $PORT
TCPAddr 127.0.0.1
LocalSocket $SOCK
LocalSocketMode 660
FixStaleSocket true
DatabaseDirectory $STATE/db
TemporaryDirectory $STATE/tmp
PidFile $PIDFILE
LogFile $STATE/log/clamd.log
LogTime true
Foreground false
User root
MaxThreads 4
StreamMaxLength $STREAM_MAX
MaxFileSize 25M
MaxScanSize 100M
ScanMail true
ScanArchive true
Bytecode false
SelfCheck 0
CONF
}

case "$ACTION" in
start)
  if alive; then
    log "clamd already running (pid $(cat "$PIDFILE"))"
  else
    if ! command -v clamd >/dev/null; then
      [ "$(id -u)" = 0 ] || { log "clamd missing and not root: install clamav-daemon"; exit 1; }
      log "installing clamav-daemon"
      (apt-get install -y -q clamav-daemon clamav >/dev/null 2>&1) || {
        apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q clamav-daemon clamav >/dev/null
      }
    fi
    write_db
    rm -f "$SOCK"
    clamd --config-file="$STATE/clamd.conf" >"$STATE/log/stdout.log" 2>&1 || {
      log "clamd failed to start"; tail -20 "$STATE/log/clamd.log" "$STATE/log/stdout.log" >&2 || true; exit 1
    }
    wait_ready || { log "clamd did not open 127.0.0.1:$PORT / $SOCK"; tail -20 "$STATE/log/clamd.log" >&2; exit 1; }
  fi
  echo "CLAMD_PORT=$PORT CLAMD_SOCKET=$SOCK CLAMD_STATE=$STATE"
  ;;
stop)
  if alive; then
    p=$(tr -dc 0-9 <"$PIDFILE")
    kill "$p" 2>/dev/null || true
    for _ in $(seq 1 50); do alive || break; sleep 0.1; done
    alive && kill -9 "$p" 2>/dev/null || true
    log "clamd stopped (pid $p)"
  fi
  rm -f "$PIDFILE"
  ;;
status)
  if alive; then echo "clamd running pid=$(cat "$PIDFILE") CLAMD_PORT=$PORT CLAMD_SOCKET=$SOCK"; else echo "clamd stopped"; exit 1; fi
  ;;
*) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
