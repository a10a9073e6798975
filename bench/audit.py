"""Domains audited per second by `mailwarden audit --dns-only` vs checkdmarc's CLI, on local zones.

Both query the same authoritative server on ADDR:53 (checkdmarc cannot take a port): NSD when installed
(`apt-get install nsd`), else a dnslib child process (~400 qps, which then bounds both tools). checkdmarc
runs with --skip-tls; mailwarden runs its DNS checks (MX/PTR, SPF walk, DMARC + external rua, 12 DKIM
selectors, MTA-STS, TLS-RPT, BIMI, DNSSEC, DANE), a superset of checkdmarc's. Needs root (port 53).

    .venv/bin/python bench/audit.py -n 300 [--checkdmarc-n 100] [--concurrency 50] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import importlib.util
import json
import multiprocessing
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from mailwarden.dns import CachingResolver, DnsPythonResolver
from mailwarden.posture.runner import AuditOptions, audit_many

ROOT = Path(__file__).resolve().parent.parent


def zone_text(n: int) -> str:
    """N domains under bench.test: even ones well configured, odd ones broken in several ways."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    p = base64.b64encode(der).decode()
    dkim = " ".join(f'"{c}"' for c in [f"v=DKIM1; k=rsa; p={p}"[i : i + 200] for i in range(0, len(p) + 20, 200)])
    lines = ["bench.test. 300 IN SOA ns1.bench.test. h.bench.test. 1 3600 600 86400 300",
             "bench.test. 300 IN NS ns1.bench.test.",
             'spf.bench.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all"']  # fmt: skip
    for i in range(n):
        d = f"d{i}.bench.test."
        lines += [f"{d} 300 IN MX 10 mx.{d}", f"mx.{d} 300 IN A 192.0.2.{i % 250 + 1}"]
        if i % 2 == 0:
            lines += [
                f'{d} 300 IN TXT "v=spf1 mx include:spf.bench.test -all"',
                f'_dmarc.{d} 300 IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@{d[:-1]}"',
                f"sel1._domainkey.{d} 300 IN TXT {dkim}",
                f'_smtp._tls.{d} 300 IN TXT "v=TLSRPTv1; rua=mailto:tls@{d[:-1]}"',
            ]
        else:
            lines += [
                f'{d} 300 IN TXT "v=spf1 a:nx1.{d} a:nx2.{d} a:nx3.{d} include:missing.{d} ?all"',
                f'_dmarc.{d} 300 IN TXT "v=DMARC1; p=none; rua=mailto:x@reports.example"',
            ]
    return "\n".join(lines) + "\n"


def start_nsd(text: str, addr: str, workdir: Path) -> subprocess.Popen[bytes] | None:
    """NSD (apt-get install nsd) on ADDR:53 in the foreground; None when NSD is not installed."""
    nsd = shutil.which("nsd") or ("/usr/sbin/nsd" if Path("/usr/sbin/nsd").exists() else None)
    if nsd is None:
        return None
    (workdir / "bench.zone").write_text(text)
    (workdir / "reports.zone").write_text(
        "reports.example. 300 IN SOA ns1.reports.example. h.reports.example. 1 3600 600 86400 300\n"
        "reports.example. 300 IN NS ns1.reports.example.\n"
    )
    conf = workdir / "nsd.conf"
    conf.write_text(
        f'server:\n  ip-address: {addr}@53\n  do-ip6: no\n  username: ""\n  chroot: ""\n'
        f'  zonesdir: "{workdir}"\n  database: ""\n  zonelistfile: "{workdir}/zone.list"\n'
        f'  xfrdfile: "{workdir}/xfrd.state"\n  pidfile: "{workdir}/nsd.pid"\n  logfile: "{workdir}/nsd.log"\n'
        "  server-count: 1\n  rrl-ratelimit: 0\n  rrl-whitelist-ratelimit: 0\n"
        "remote-control:\n  control-enable: no\n"
        "zone:\n  name: bench.test\n  zonefile: bench.zone\nzone:\n  name: reports.example\n  zonefile: reports.zone\n"
    )
    proc = subprocess.Popen([nsd, "-d", "-c", str(conf)])
    for _ in range(100):
        out = subprocess.run(["bash", "-c", f"exec 3<>/dev/tcp/{addr}/53"], capture_output=True)
        if out.returncode == 0:
            return proc
        time.sleep(0.1)
    proc.terminate()
    raise RuntimeError(f"nsd did not start: {(workdir / 'nsd.log').read_text(errors='replace')}")


def _dns_child(text: str, addr: str, ready: multiprocessing.synchronize.Event) -> None:
    spec = importlib.util.spec_from_file_location("posture_conftest", ROOT / "tests/posture/conftest.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.serve(text, addr, 53)
    ready.set()
    while True:
        time.sleep(3600)


async def _mailwarden(domains: list[str], addr: str, concurrency: int) -> float:
    resolver = CachingResolver(DnsPythonResolver([f"{addr}:53"], timeout=2, lifetime=3))
    opts = AuditOptions(network=False, fetch_policies=False, concurrency=concurrency, rate=0)
    start = time.perf_counter()
    reports = await audit_many(domains, resolver, opts)
    elapsed = time.perf_counter() - start
    assert all(not r.error for r in reports), [r.error for r in reports if r.error][:3]
    return elapsed


def _cli_mailwarden(domain_file: Path, addr: str) -> float:
    code = (
        "import sys, typer; from mailwarden.cli.audit import register; app = typer.Typer(); register(app);"
        "app.callback()(lambda: None); app(sys.argv[1:])"
    )
    cmd = [sys.executable, "-c", code, "audit", "--file", str(domain_file), "--nameserver", f"{addr}:53",
           "--dns-only", "--format", "json", "--rate", "0", "--concurrency", "50", "--no-progress"]  # fmt: skip
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, check=True, text=True).stdout
    elapsed = time.perf_counter() - start
    assert len(json.loads(out)) == len(domain_file.read_text().split())
    return elapsed


def _checkdmarc(domain_file: Path, addr: str, out: Path) -> float:
    exe = shutil.which("checkdmarc", path=str(Path(sys.executable).parent)) or "checkdmarc"
    start = time.perf_counter()
    subprocess.run([exe, str(domain_file), "--skip-tls", "-t", "2", "-n", addr, "-o", str(out)], check=True)
    return time.perf_counter() - start


def main() -> None:
    """Run both tools on the same domains and print domains/second."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=300, help="domains")
    ap.add_argument("--checkdmarc-n", type=int, default=100, help="domains for checkdmarc (it is sequential)")
    ap.add_argument("--addr", default="127.0.0.57")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--server", choices=("nsd", "dnslib"), default="nsd")
    a = ap.parse_args()
    text = zone_text(a.n)
    domains = [f"d{i}.bench.test" for i in range(a.n)]
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        server = start_nsd(text, a.addr, Path(tmp)) if a.server == "nsd" else None
        if server is None:  # pure-Python fallback: ~400 qps, which then bounds both tools
            ready = multiprocessing.Event()
            child = multiprocessing.Process(target=_dns_child, args=(text, a.addr, ready), daemon=True)
            child.start()
            ready.wait(30)
        print(f"DNS server: {'nsd' if server else 'dnslib'} on {a.addr}:53", flush=True)
        listing, sub = Path(tmp) / "domains.txt", Path(tmp) / "sub.txt"
        listing.write_text("\n".join(domains) + "\n")
        sub.write_text("\n".join(domains[: a.checkdmarc_n]) + "\n")
        asyncio.run(_mailwarden(domains[:20], a.addr, a.concurrency))  # warm-up (imports, PSL load)
        t = asyncio.run(_mailwarden(domains, a.addr, a.concurrency))
        results["mailwarden_inprocess_dps"] = a.n / t
        print(f"mailwarden in-process: {a.n} domains in {t:.2f}s", flush=True)
        t = _cli_mailwarden(listing, a.addr)
        results["mailwarden_cli_dps"] = a.n / t
        print(f"mailwarden CLI: {a.n} domains in {t:.2f}s", flush=True)
        t = _checkdmarc(sub, a.addr, Path(tmp) / "cd.json")
        results["checkdmarc_cli_dps"] = a.checkdmarc_n / t
        print(f"checkdmarc CLI: {a.checkdmarc_n} domains in {t:.2f}s", flush=True)
        if server is not None:
            server.terminate()
            server.wait()
        else:
            child.terminate()
    results["speedup_cli"] = results["mailwarden_cli_dps"] / results["checkdmarc_cli_dps"]
    for k, v in results.items():
        print(f"{k:28s} {v:9.1f}")
    if a.json:
        a.json.write_text(json.dumps(results | {"n": a.n, "checkdmarc_n": a.checkdmarc_n}, indent=2))


if __name__ == "__main__":
    main()
