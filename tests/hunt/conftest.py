"""Log fixtures in every supported format, with noise, malformed lines and planted infected hosts."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import zstandard

INTEL_TXT = """# Danh sách IP, tên miền độc hại - chiến dịch 2022 (bản 3)
evil[.]com        # C2
1.2.3[.]4 x
203.0.113[.]66
198.51.100.0/24
2001:db8:bad::/48
hxxp://payload[.]org/dl/x.exe
not an indicator !!
"""
INTEL_CSV = "indicator,type,description\nbad-cdn[.]net,domain,loader CDN\n"

# host -> (log family it is planted in, indicator it must be reported with)
INFECTED: dict[str, tuple[str, str]] = {
    "10.1.1.10": ("bind", "evil.com"),
    "10.1.1.30": ("bind", "evil.com"),  # only in the gzip rotation
    "10.1.1.31": ("bind", "evil.com"),  # only in the zstd rotation
    "10.1.1.11": ("dnsmasq", "bad-cdn.net"),
    "10.1.1.12": ("unbound", "evil.com"),
    "10.1.1.13": ("windns", "evil.com"),
    "10.1.1.14": ("zeek", "203.0.113.66"),
    "10.1.1.15": ("zeek", "payload.org/dl/x.exe"),
    "10.1.1.16": ("zeek", "bad-cdn.net"),
    "10.1.1.17": ("suricata", "evil.com"),
    "10.1.1.18": ("suricata", "evil.com"),
    "10.1.1.19": ("suricata", "198.51.100.0/24"),
    "10.1.1.20": ("squid", "payload.org/dl/x.exe"),
    "10.1.1.21": ("iptables", "198.51.100.0/24"),
    "10.1.1.22": ("pfsense", "203.0.113.66"),
    "2001:db8:1::22": ("pfsense", "2001:db8:bad::/48"),
    "10.1.1.23": ("csv", "203.0.113.66"),
    "bob@agency.gov.vn": ("postfix", "203.0.113.66"),
    "alice@agency.gov.vn": ("dovecot", "198.51.100.0/24"),
}
CLEAN = ["10.9.9.1", "10.9.9.2", "10.9.9.3", "10.9.9.4", "carol@agency.gov.vn", "2001:db8:1::99"]
CSV_MAP = "ts=time,host=src,dest_ip=dst,host_name=user"


@dataclass
class Corpus:
    root: Path
    files: dict[str, Path] = field(default_factory=dict)
    malformed: dict[str, int] = field(default_factory=dict)
    intel: list[Path] = field(default_factory=list)
    infected: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(INFECTED))
    clean: list[str] = field(default_factory=lambda: list(CLEAN))
    csv_map: str = CSV_MAP


def _w(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _bind(host: str, name: str, sec: int = 1) -> str:
    return (
        f"23-Aug-2022 10:00:{sec:02d}.123 queries: info: client @0x7f3a1c0 {host}#53211 ({name}): "
        f"query: {name} IN A +E(0)K (10.0.0.53)"
    )


def write_corpus(root: Path) -> Corpus:
    c = Corpus(root)
    c.intel = [_w(root / "iocs.txt", INTEL_TXT.splitlines()), _w(root / "iocs.csv", INTEL_CSV.splitlines())]
    logs = root / "logs"
    logs.mkdir()
    # BIND: base file plus gzip and zstd rotations; noise (other categories) and malformed lines.
    c.files["bind"] = _w(
        logs / "query.log",
        [
            "23-Aug-2022 09:59:59.000 general: info: zone agency.gov.vn/IN: loaded serial 2022082301",
            _bind("10.1.1.10", "update.EVIL.com", 1),
            _bind("10.9.9.1", "notevil.com", 2),
            _bind("10.9.9.1", "evil.com.vn", 3),
            _bind("10.9.9.2", "google.com", 4),
            "23-Aug-2022 10:00:05.000 queries: info: client @0x7f 10.1.1.10#1: query: truncated",
            "23-Aug-2022 10:00:06.000 client @0x7f3a1c0 10.1.1.10#53211 (evil.com): query: evil.com IN AAAA -",
            "",
            "\x00\x01 garbage query: \xff",
        ],
    )
    c.malformed["bind"] = 2
    (logs / "query.log.1.gz").write_bytes(gzip.compress((_bind("10.1.1.30", "evil.com") + "\n").encode()))
    (logs / "query.log.2.zst").write_bytes(
        zstandard.ZstdCompressor().compress((_bind("10.1.1.31", "cdn.evil.com") + "\n").encode())
    )
    c.files["dnsmasq"] = _w(
        logs / "dnsmasq.log",
        [
            "Aug 23 10:01:00 gw dnsmasq[812]: query[A] c2.bad-cdn.net from 10.1.1.11",
            "Aug 23 10:01:00 gw dnsmasq[812]: forwarded c2.bad-cdn.net to 8.8.8.8",
            "Aug 23 10:01:00 gw dnsmasq[812]: reply c2.bad-cdn.net is 203.0.113.66",
            "Aug  3 10:01:01 gw dnsmasq[812]: query[AAAA] google.com from 10.9.9.2",
            "Aug 23 10:01:02 gw dnsmasq[812]: query[A] from nowhere",
        ],
    )
    c.malformed["dnsmasq"] = 1
    c.files["unbound"] = _w(
        logs / "unbound.log",
        [
            "[1661248900] unbound[1234:0] notice: init module 0: validator",
            "[1661248901] unbound[1234:0] info: 10.1.1.12 www.evil.com. A IN",
            "[1661248902] unbound[1234:0] info: 10.9.9.3 example.org. AAAA IN",
            "[166124890x] unbound[1234:0] info: 10.9.9.3 example.org. A IN",
        ],
    )
    c.malformed["unbound"] = 1
    c.files["windns"] = _w(
        logs / "dns.log",
        [
            "DNS Server log file creation at 8/23/2022 9:00:00 AM",
            "Message logging key (for packets - other items use a subset of these fields):",
            "8/23/2022 10:02:00 AM 0E84 PACKET  000000A1B2C3D4E0 UDP Rcv 10.1.1.13       1a2b   Q [0001   D   NOERROR] "
            "A      (4)mail(4)evil(3)com(0)",
            "8/23/2022 10:02:00 AM 0E84 PACKET  000000A1B2C3D4E0 UDP Snd 8.8.8.8         5c6d   Q [0001   D   NOERROR] "
            "A      (4)mail(4)evil(3)com(0)",
            "8/23/2022 10:02:01 AM 0E84 PACKET  000000A1B2C3D4E0 UDP Rcv 8.8.8.8         5c6d R Q [8081   DR  NOERROR] "
            "A      (4)mail(4)evil(3)com(0)",
            "8/23/2022 1:02:02 PM 0E84 PACKET  000000A1B2C3D4E0 UDP Rcv 10.9.9.4        1a2c   Q [0001   D   NOERROR] "
            "A      (6)google(3)com(0)",
            "8/23/2022 10:02:03 AM 0E84 PACKET  broken",
        ],
    )
    c.malformed["windns"] = 1
    zeek = logs / "zeek"
    zeek.mkdir()
    conn_fields = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto"]
    c.files["zeek"] = _w(
        zeek / "conn.log",
        [
            "#separator \\x09",
            "#path\tconn",
            "#fields\t" + "\t".join(conn_fields),
            "#types\ttime\tstring\taddr\tport\taddr\tport\tenum",
            "1661249000.000001\tCx1\t10.1.1.14\t50000\t203.0.113.66\t443\ttcp",
            "1661249001.5\tCx2\t10.9.9.1\t50001\t203.0.113.67\t443\ttcp",
            "1661249002.5\tCx3\t10.9.9.1\tshort",
            "#close\t2022-08-23-11-00-00",
        ],
    )
    _w(
        zeek / "ssl.log",
        [
            "#path\tssl",
            "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tserver_name",
            "1661249100.0\tCs1\t10.1.1.16\t50100\t192.0.2.10\t443\tx.c2.BAD-CDN.net",
            "1661249101.0\tCs2\t10.9.9.2\t50101\t192.0.2.11\t443\t-",
        ],
    )
    _w(
        zeek / "dns.json",
        [
            json.dumps(
                {
                    "ts": 1661249200.0,
                    "uid": "D1",
                    "id.orig_h": "10.1.1.15",
                    "id.orig_p": 5353,
                    "id.resp_h": "10.0.0.53",
                    "id.resp_p": 53,
                    "query": "payload.org",
                    "qtype_name": "A",
                }
            ),
            json.dumps(
                {
                    "ts": 1661249201.0,
                    "uid": "D2",
                    "id.orig_h": "10.9.9.3",
                    "id.orig_p": 5353,
                    "id.resp_h": "10.0.0.53",
                    "id.resp_p": 53,
                    "query": "vnexpress.net",
                    "qtype_name": "A",
                }
            ),
            '{"ts": 1661249202.0, "uid": "D3", "id.orig_h": ',
        ],
    )
    _w(
        zeek / "http.json",
        [
            json.dumps(
                {
                    "_path": "http",
                    "ts": "2022-08-23T10:10:00.000000Z",
                    "uid": "H1",
                    "id.orig_h": "10.1.1.15",
                    "id.orig_p": 5000,
                    "id.resp_h": "192.0.2.80",
                    "id.resp_p": 80,
                    "method": "GET",
                    "host": "payload.org",
                    "uri": "/dl/x.exe",
                }
            ),
            json.dumps(
                {
                    "_path": "http",
                    "ts": 1661249401.0,
                    "uid": "H2",
                    "id.orig_h": "10.9.9.3",
                    "id.orig_p": 5001,
                    "id.resp_h": "192.0.2.81",
                    "id.resp_p": 80,
                    "method": "GET",
                    "host": "payload.org",
                    "uri": "/index.html",
                }
            ),
        ],
    )
    c.malformed["zeek"] = 2  # conn.log short row + truncated JSON
    c.files["suricata"] = _w(
        logs / "eve.json",
        [
            json.dumps(
                {
                    "timestamp": "2022-08-23T10:20:00.000000+0700",
                    "event_type": "dns",
                    "src_ip": "10.1.1.17",
                    "dest_ip": "10.0.0.53",
                    "dns": {"type": "query", "rrname": "api.evil.com", "rrtype": "A"},
                }
            ),
            json.dumps(
                {
                    "timestamp": "2022-08-23T10:20:00.100000+0700",
                    "event_type": "dns",
                    "src_ip": "10.0.0.53",
                    "dest_ip": "10.1.1.17",
                    "dns": {"type": "answer", "rrname": "api.evil.com"},
                }
            ),
            json.dumps(
                {
                    "timestamp": "2022-08-23T10:20:01.000000+0700",
                    "event_type": "tls",
                    "src_ip": "10.1.1.18",
                    "dest_ip": "192.0.2.44",
                    "tls": {"sni": "evil.com", "version": "TLS 1.3"},
                }
            ),
            json.dumps(
                {
                    "timestamp": "2022-08-23T10:20:02.000000+0700",
                    "event_type": "flow",
                    "src_ip": "10.1.1.19",
                    "dest_ip": "198.51.100.7",
                    "proto": "TCP",
                }
            ),
            json.dumps(
                {
                    "timestamp": "2022-08-23T10:20:03.000000+0700",
                    "event_type": "dns",
                    "src_ip": "10.9.9.4",
                    "dest_ip": "10.0.0.53",
                    "dns": {"version": 3, "type": "request", "queries": [{"rrname": "zalo.me", "rrtype": "A"}]},
                }
            ),
            json.dumps({"timestamp": "2022-08-23T10:20:04.000000+0700", "event_type": "stats", "stats": {}}),
            '{"timestamp": "2022-08-23T10:20:05+0700", "event_type": "flow"}',
            "not json at all",
        ],
    )
    c.malformed["suricata"] = 2
    c.files["squid"] = _w(
        logs / "access.log",
        [
            "1661249500.123    250 10.1.1.20 TCP_MISS/200 40211 GET http://payload.org/dl/x.exe nguyenvana "
            "HIER_DIRECT/192.0.2.80 application/octet-stream",
            "1661249501.001  12001 10.9.9.1 TCP_TUNNEL/200 5120 CONNECT www.google.com:443 - HIER_DIRECT/142.250.1.1 -",
            "1661249502.001     5 10.9.9.2 TCP_DENIED/403 3900 GET http://payload.org.vn/dl/x.exe - "
            "HIER_NONE/- text/html",
            "1661249503.001 this/is broken",
        ],
    )
    c.malformed["squid"] = 1
    c.files["iptables"] = _w(
        logs / "kern.log",
        [
            "Aug 23 10:30:00 fw kernel: [812345.678] FWD-OUT IN=eth1 OUT=eth0 MAC=00:11 SRC=10.1.1.21 "
            "DST=198.51.100.200 LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=1 DF PROTO=TCP SPT=51000 DPT=443 SYN URGP=0",
            "Aug 23 10:30:01 fw kernel: [812345.679] FWD-OUT IN=eth1 OUT=eth0 SRC=10.9.9.1 DST=198.18.0.1 "
            "LEN=60 PROTO=UDP SPT=5000 DPT=53",
            "Aug 23 10:30:02 fw kernel: [812345.680] eth0: link up",
            "Aug 23 10:30:03 fw kernel: [812345.681] FWD-OUT IN=eth1 SRC=garbage",
        ],
    )
    c.malformed["iptables"] = 1
    c.files["pfsense"] = _w(
        logs / "filter.log",
        [
            "Aug 23 10:40:00 pfsense filterlog[1234]: 5,,,1000000103,em1,match,pass,out,4,0x0,,64,0,0,DF,6,tcp,60,"
            "10.1.1.22,203.0.113.66,51000,443,0,S,123,,64240,,mss",
            "Aug 23 10:40:01 pfsense filterlog[1234]: 5,,,1000000103,em1,match,pass,out,6,0x00,0,64,tcp,6,60,"
            "2001:db8:1::22,2001:db8:bad::1,51000,443,0,S,123,,64240,,mss",
            "Aug 23 10:40:02 pfsense filterlog[1234]: 5,,,1000000103,em1,match,pass,out,6,0x00,0,64,tcp,6,60,"
            "2001:db8:1::99,2001:db8:cafe::1,51000,443,0,S,123,,64240,,mss",
            "Aug 23 10:40:03 pfsense filterlog[1234]: 5,,,1000000103,em1,match",
            "Aug 23 10:40:04 pfsense sshd[99]: Accepted publickey for admin",
        ],
    )
    c.malformed["pfsense"] = 1
    c.files["csv"] = _w(
        root / "nat.csv",
        [
            "time,src,dst,user,bytes",
            "2022-08-23T10:50:00+07:00,10.1.1.23,203.0.113.66,tran.b,1200",
            "1661250601,10.9.9.2,192.0.2.99,,300",
            "not-a-time,10.9.9.2,192.0.2.99,,300",
            "1661250602",
        ],
    )
    c.malformed["csv"] = 2
    c.files["postfix"] = _w(
        logs / "mail.log",
        [
            "Aug 23 11:00:00 mx postfix/smtpd[2001]: connect from unknown[203.0.113.66]",
            "Aug 23 11:00:01 mx postfix/submission/smtpd[2001]: 4F1A2B3C: client=unknown[203.0.113.66], "
            "sasl_method=LOGIN, sasl_username=bob@agency.gov.vn",
            "Aug 23 11:00:02 mx postfix/smtpd[2002]: 5A6B7C8D: client=mail.partner.vn[192.0.2.25]:587, "
            "sasl_method=PLAIN, sasl_username=carol@agency.gov.vn",
            "Aug 23 11:00:03 mx postfix/smtpd[2003]: warning: sasl_username= weird",
        ],
    )
    c.malformed["postfix"] = 1
    c.files["dovecot"] = _w(
        logs / "dovecot.log",
        [
            "Aug 23 11:10:00 mx dovecot: imap-login: Login: user=<alice@agency.gov.vn>, method=PLAIN, "
            "rip=198.51.100.9, lip=10.0.0.25, mpid=4242, TLS, session=<abc>",
            "Aug 23 11:10:01 mx dovecot: imap-login: Login: user=<carol@agency.gov.vn>, method=PLAIN, "
            "rip=10.9.9.3, lip=10.0.0.25, mpid=4243, TLS",
            "Aug 23 11:10:02 mx dovecot: imap(alice@agency.gov.vn)<4242>: Logged out in=12 out=3456",
            "Aug 23 11:10:03 mx dovecot: pop3-login: Login: user=<broken",
        ],
    )
    c.malformed["dovecot"] = 1
    return c


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    return write_corpus(tmp_path)


@pytest.fixture(scope="module")
def shared_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return write_corpus(tmp_path_factory.mktemp("corpus"))
