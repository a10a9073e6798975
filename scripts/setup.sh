#!/usr/bin/env bash
# Set up mailwarden on a fresh Debian machine: system packages (when root), a virtualenv in .venv,
# and the package with its extras. Idempotent; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PKGS=(libmagic1 libarchive-tools)
if [ "${MAILWARDEN_SETUP_SERVICES:-0}" = "1" ]; then
  # daemons the integration tests run on loopback
  APT_PKGS+=(postfix postgresql clamav-daemon clamav clamdscan dovecot-imapd dovecot-pop3d nsd openssl
    fonts-dejavu-core fonts-noto-cjk)
fi

missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "[setup] apt-get install ${missing[*]}" >&2
    echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
    echo "postfix postfix/mailname string gw.test" | debconf-set-selections
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  else
    echo "[setup] please install: ${missing[*]} (sudo apt-get install ...)" >&2
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip 2>/dev/null || true
.venv/bin/python -m pip install -q -e ".[dev,audit,hunt]" 2>&1 | grep -v "is ignored: it is neither" || true
.venv/bin/python -c "import mailwarden" 
echo "[setup] ready: .venv/bin/mailwarden" >&2
