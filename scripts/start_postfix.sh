#!/usr/bin/env bash
# Postfix (Debian's default instance) as a loopback MTA for mailwarden's inline tests and benchmark:
#   smtpd on 127.0.0.1:${MW_SMTP_PORT:-10026}, no port 25, delivery of *@gw.test to ~testuser/Maildir/,
#   everything else refused (default_transport = error: nothing leaves the machine),
#   smtpd_milters and non_smtpd_milters = ${MW_MILTER:-inet:127.0.0.1:11990} with
#   milter_default_action = tempfail (a filter that is down defers mail; nothing is lost);
#   127.0.0.1:${MW_REINJECT_PORT:-10027}: the same delivery without the milter, for quarantine release.
# Edits /etc/postfix with postconf only (other keys are left alone). Idempotent.
#   scripts/start_postfix.sh [start|stop|status|milter SPEC]
set -euo pipefail
ACTION=${1:-start}
PORT=${MW_SMTP_PORT:-10026}
MILTER=${MW_MILTER:-inet:127.0.0.1:11990}
REINJECT=${MW_REINJECT_PORT:-10027}
MAILUSER=testuser

configure() {
  if ! command -v postfix >/dev/null; then
    echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
    echo "postfix postfix/mailname string gw.test" | debconf-set-selections
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postfix >/dev/null
  fi
  id "$MAILUSER" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$MAILUSER"
  postconf -e "inet_interfaces = 127.0.0.1" "inet_protocols = ipv4" \
    "myhostname = gw.test" "mydestination = gw.test, localhost, \$myhostname" \
    "home_mailbox = Maildir/" "maillog_file = /var/log/postfix.log" \
    "default_transport = error" "relay_transport = error" \
    "mynetworks = 127.0.0.0/8" "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination" \
    "milter_protocol = 6" "milter_default_action = tempfail" \
    "smtpd_milters = $MILTER" "non_smtpd_milters = $MILTER" \
    "milter_connect_timeout = 10s" "milter_command_timeout = 30s" "milter_content_timeout = 60s" \
    "milter_mail_macros = i {auth_type} {auth_authen} {auth_author} {mail_addr}" \
    "smtpd_client_connection_count_limit = 0" "smtpd_client_connection_rate_limit = 0" \
    "default_process_limit = 100" "queue_run_delay = 10s" "minimal_backoff_time = 10s" \
    "maximal_backoff_time = 20s"
  postconf -F '*/*/chroot = n'
  postconf -M# smtp/inet 2>/dev/null || true
  postconf -M "127.0.0.1:$PORT/inet = 127.0.0.1:$PORT inet n - n - - smtpd"
  # re-injection port for quarantine release: same delivery, no milter (the message was already judged)
  postconf -M "127.0.0.1:$REINJECT/inet = 127.0.0.1:$REINJECT inet n - n - - smtpd -o smtpd_milters= -o non_smtpd_milters="
  newaliases
  postfix check
}

case "$ACTION" in
start)
  configure
  if postfix status >/dev/null 2>&1; then postfix reload >/dev/null 2>&1; else postfix start >/dev/null 2>&1; fi
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done
  echo "postfix smtp=127.0.0.1:$PORT milter=$MILTER maildir=~$MAILUSER/Maildir"
  ;;
milter)
  postconf -e "smtpd_milters = ${2:-}" "non_smtpd_milters = ${2:-}"
  postfix reload >/dev/null 2>&1 || true
  ;;
stop) postfix stop >/dev/null 2>&1 || true ;;
status) if postfix status >/dev/null 2>&1; then echo "postfix running"; else echo "postfix stopped"; fi ;;
*) echo "usage: $0 [start|stop|status|milter SPEC]" >&2; exit 2 ;;
esac
