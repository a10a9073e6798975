#!/usr/bin/env bash
# start_mailservers.sh [start|stop|status]
# Real Postfix and Dovecot instances on loopback for the posture-audit tests; idempotent.
# Nothing in /etc is edited: every instance has its own config dir and state under $MW_POSTURE_STATE.
#
#   127.0.10.1  good   Postfix 2525 (STARTTLS, CA cert, TLS>=1.2, relay refused, AUTH only after TLS,
#                      VRFY off, quiet banner), 2587 (submission, TLS required), 2465 (implicit TLS);
#                      Dovecot IMAP 2143 / IMAPS 2993 / POP3 2110 / POP3S 2995 (no plaintext login),
#                      Dovecot SASL auth on 127.0.10.1:2126 (used by the Postfix instances)
#   127.0.10.2  relay  Postfix 2525: open relay (mynetworks 0.0.0.0/0)
#   127.0.10.3  notls  Postfix 2525: no STARTTLS, version banner, VRFY on; 2587 accepts MAIL in clear
#   127.0.10.4  weak   Postfix 2525: self-signed expired cert for the wrong name, TLS 1.0 on, AUTH before TLS;
#                      Dovecot IMAP/POP3 with plaintext login and the same weak cert
# Outbound delivery is impossible: default_transport = relay_transport = error (discard: on the relay one).
# Needs root (Postfix master, Dovecot). Packages: postfix dovecot-imapd dovecot-pop3d openssl.
set -euo pipefail
ACTION=${1:-start}
S=${MW_POSTURE_STATE:-/tmp/mw-posture}
CERTS=$S/certs
INSTANCES="good:127.0.10.1 relay:127.0.10.2 notls:127.0.10.3 weak:127.0.10.4"

install_packages() {
  local missing=()
  command -v postfix >/dev/null || missing+=(postfix)
  [ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
  [ -e /usr/lib/dovecot/pop3-login ] || missing+=(dovecot-pop3d)
  command -v openssl >/dev/null || missing+=(openssl)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  fi
  id mwtest >/dev/null 2>&1 || useradd -M -d "$S/mail" -s /usr/sbin/nologin mwtest
}

make_certs() {
  [ -s "$CERTS/weak.pem" ] && return
  mkdir -p "$CERTS" && cd "$CERTS"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mailwarden test CA" \
    -keyout ca.key -out ca.pem 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=mx.good.test" -keyout good.key -out good.csr 2>/dev/null
  printf 'subjectAltName=DNS:mx.good.test,DNS:mail.good.test,DNS:mta-sts.good.test,DNS:good.test\n' >good.ext
  openssl x509 -req -in good.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -extfile good.ext \
    -out good.pem 2>/dev/null
  # self-signed, for the wrong name, expired in 2021 (openssl ca is the only CLI way to backdate)
  openssl req -newkey rsa:2048 -nodes -subj "/CN=wrong.example" -keyout weak.key -out weak.csr 2>/dev/null
  mkdir -p ca.db && : >ca.db/index.txt && echo 1000 >ca.db/serial
  cat >ca.cnf <<EOF
[ca]
default_ca = d
[d]
database = $CERTS/ca.db/index.txt
serial = $CERTS/ca.db/serial
new_certs_dir = $CERTS/ca.db
default_md = sha256
policy = p
[p]
commonName = supplied
EOF
  openssl ca -batch -config ca.cnf -selfsign -keyfile weak.key -in weak.csr -startdate 20200101000000Z \
    -enddate 20210101000000Z -out weak.pem 2>/dev/null
  chmod 644 ./*.pem ./*.key
}

legacy_openssl_cnf() {
  # Debian's openssl.cnf sets MinProtocol TLSv1.2 / SECLEVEL 2; the weak instance needs TLS 1.0 back.
  cat >"$S/openssl-legacy.cnf" <<EOF
openssl_conf = init
[init]
ssl_conf = ssl_sect
[ssl_sect]
system_default = legacy
[legacy]
MinProtocol = TLSv1
CipherString = ALL:@SECLEVEL=0
EOF
}

postfix_instance() {
  local name=$1 ip=$2 d=$S/pf-$1
  mkdir -p "$d/spool" "$d/data" && chown postfix "$d/data"
  cp /usr/share/postfix/master.cf.dist "$d/master.cf"
  cat >"$d/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $d/spool
data_directory = $d/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = all
inet_protocols = ipv4
myhostname = mx.$name.test
mydomain = $name.test
mydestination = \$myhostname
mynetworks = 192.0.2.1/32
default_transport = error
relay_transport = error
maillog_file_prefixes = /var, /dev/stdout, /tmp
maillog_file = $d/maillog
smtpd_banner = \$myhostname ESMTP
disable_vrfy_command = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.10.1:2126
smtpd_milters = inet:127.0.0.1:9
milter_default_action = accept
smtpd_tls_cert_file = $CERTS/good.pem
smtpd_tls_key_file = $CERTS/good.key
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_tls_protocols = >=TLSv1.2
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_tls_exclude_ciphers = aNULL, eNULL, EXPORT, DES, RC4, 3DES, MD5
EOF
  local -a extra=()
  case $name in
  relay) # error transports would reject RCPT themselves; discard accepts and drops (nothing leaves)
    extra=("mynetworks = 0.0.0.0/0" "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination"
      "default_transport = discard:" "relay_transport = discard:") ;;
  notls) extra=("smtpd_tls_security_level = none" "smtpd_banner = \$myhostname ESMTP \$mail_name 3.7.11 (Debian/GNU)"
    "disable_vrfy_command = no" "smtpd_sasl_auth_enable = no" "smtpd_milters =" "message_size_limit = 0") ;;
  weak) extra=("smtpd_tls_cert_file = $CERTS/weak.pem" "smtpd_tls_key_file = $CERTS/weak.key"
    "smtpd_tls_auth_only = no" "smtpd_tls_protocols = >=TLSv1" "smtpd_tls_mandatory_protocols = >=TLSv1"
    "tls_config_file = $S/openssl-legacy.cnf" "tls_medium_cipherlist = ALL:@SECLEVEL=0"
    "smtpd_tls_exclude_ciphers =") ;;
  esac
  [ ${#extra[@]} -gt 0 ] && postconf -c "$d" -e "${extra[@]}"
  postconf -c "$d" -F '*/*/chroot = n'
  postconf -c "$d" -M# smtp/inet
  postconf -c "$d" -M "$ip:2525/inet = $ip:2525 inet n - n - - smtpd"
  case $name in
  good)
    postconf -c "$d" -M "$ip:2587/inet = $ip:2587 inet n - n - - smtpd -o smtpd_tls_security_level=encrypt"
    postconf -c "$d" -M "$ip:2465/inet = $ip:2465 inet n - n - - smtpd -o smtpd_tls_wrappermode=yes" ;;
  notls)
    postconf -c "$d" -M "$ip:2587/inet = $ip:2587 inet n - n - - smtpd" ;;
  esac
  if postfix -c "$d" status >/dev/null 2>&1; then
    postfix -c "$d" reload >/dev/null 2>&1
  else
    postfix -c "$d" check >/dev/null 2>&1 || postfix -c "$d" set-permissions >/dev/null 2>&1 || true
    script -qec "postfix -c $d start" /dev/null >"$d/start.log" 2>&1 || { cat "$d/start.log"; tail -5 "$d/maillog" 2>/dev/null; echo "postfix $name failed"; exit 1; }
  fi
}

dovecot_instance() {
  local name=$1 ip=$2 d=$S/dc-$1
  alive "$d/run/master.pid" && return
  mkdir -p "$d/run" "$S/mail" && chown mwtest "$S/mail"
  echo "mwtest:{PLAIN}mwtest-pass::::::" >"$d/users"
  local cert=good plain=yes minp=TLSv1.2 ciphers="ALL:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!3DES:!MD5"
  local auth=""
  if [ "$name" = weak ]; then cert=weak plain=no minp=TLSv1 ciphers="ALL:@SECLEVEL=0"; fi
  if [ "$name" = good ]; then
    auth="mail_plugins = \$mail_plugins quota
plugin {
  quota = maildir:User quota
  quota_rule = *:storage=1G
}
service auth {
  inet_listener {
    address = $ip
    port = 2126
  }
}"
  fi
  cat >"$d/dovecot.conf" <<EOF
protocols = imap pop3
listen = $ip
base_dir = $d/run
state_dir = $d/run/state
instance_name = mw-posture-$name
log_path = $d/dovecot.log
ssl = yes
ssl_cert = <$CERTS/$cert.pem
ssl_key = <$CERTS/$cert.key
ssl_min_protocol = $minp
ssl_cipher_list = $ciphers
disable_plaintext_auth = $plain
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $d/users
}
userdb {
  driver = static
  args = uid=mwtest gid=mwtest home=$S/mail/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    port = 2143
  }
  inet_listener imaps {
    port = 2993
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 2110
  }
  inet_listener pop3s {
    port = 2995
    ssl = yes
  }
}
$auth
EOF
  OPENSSL_CONF=$S/openssl-legacy.cnf dovecot -c "$d/dovecot.conf"
  for _ in $(seq 1 50); do alive "$d/run/master.pid" && break; sleep 0.1; done
  alive "$d/run/master.pid" || { tail "$d/dovecot.log"; echo "dovecot $name failed"; exit 1; }
}

alive() { [ -s "$1" ] && kill -0 "$(tr -dc 0-9 <"$1")" 2>/dev/null; }

wait_port() {
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && return; sleep 0.1; done
  echo "port $1:$2 did not open"; exit 1
}

start() {
  install_packages
  mkdir -p "$S"
  make_certs
  legacy_openssl_cnf
  dovecot_instance good 127.0.10.1
  dovecot_instance weak 127.0.10.4
  for spec in $INSTANCES; do postfix_instance "${spec%%:*}" "${spec##*:}"; done
  for spec in $INSTANCES; do wait_port "${spec##*:}" 2525; done
  wait_port 127.0.10.1 2143
  wait_port 127.0.10.4 2143
  echo "MW_POSTURE_STATE=$S CA=$CERTS/ca.pem postfix: $INSTANCES port 2525; dovecot: good 127.0.10.1 weak 127.0.10.4 (2143/2993/2110/2995)"
}

stop() {
  for spec in $INSTANCES; do
    [ -d "$S/pf-${spec%%:*}" ] && postfix -c "$S/pf-${spec%%:*}" stop >/dev/null 2>&1 || true
  done
  for name in good weak; do
    if alive "$S/dc-$name/run/master.pid"; then
      local p; p=$(tr -dc 0-9 <"$S/dc-$name/run/master.pid"); kill "$p"
      for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    fi
  done
  echo "mail servers stopped"
}

status() {
  for spec in $INSTANCES; do
    if postfix -c "$S/pf-${spec%%:*}" status >/dev/null 2>&1; then echo "postfix ${spec%%:*} running"; else echo "postfix ${spec%%:*} stopped"; fi
  done
  for name in good weak; do
    if alive "$S/dc-$name/run/master.pid"; then echo "dovecot $name running"; else echo "dovecot $name stopped"; fi
  done
}

case "$ACTION" in
start) start ;;
stop) stop ;;
status) status ;;
*) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
