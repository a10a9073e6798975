"""``mailwarden run``: adapters from one config, several workers, graceful shutdown on SIGTERM."""

from __future__ import annotations

import signal
import smtplib
import subprocess
import sys
import time
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from mailwarden.stores import open_store
from mailwarden.testing.inline import port_open, unique_message

PROXY = 11994
SINK = 11995
MILTER = 11996


class Sink:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.count += 1
        return "250 OK"


def test_run_serves_both_adapters_with_two_workers_and_stops_cleanly(tmp_path: Path) -> None:
    cfg = tmp_path / "mw.toml"
    cfg.write_text(
        f"""
[general]
offline = true
[store]
url = "sqlite:///{tmp_path}/mw.db"
[milter]
listen = "inet:127.0.0.1:{MILTER}"
[proxy]
listen = "127.0.0.1:{PROXY}"
next_hop = "127.0.0.1:{SINK}"
mode = "before_queue"
[service]
adapters = ["milter", "proxy"]
workers = 2
shutdown_grace = 5
"""
    )
    sink = Sink()
    ctl = Controller(sink, hostname="127.0.0.1", port=SINK)
    ctl.start()
    exe = Path(sys.executable).with_name("mailwarden")
    proc = subprocess.Popen([str(exe), "run", "-c", str(cfg)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while not (port_open(PROXY) and port_open(MILTER)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert port_open(PROXY) and port_open(MILTER), "adapters did not start"
        for i in range(10):
            _t, raw = unique_message(f"n{i}")
            with smtplib.SMTP("127.0.0.1", PROXY, timeout=30) as s:
                s.sendmail("a@partner.example", ["testuser@gw.test"], raw)
        assert sink.count == 10
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        ctl.stop()
    assert not port_open(PROXY)
    store = open_store(f"sqlite:///{tmp_path}/mw.db")
    assert store.count_events() == 10  # both workers wrote to the shared store


def test_bad_config_fails_at_startup_with_exit_2(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[service]\nadapters = ["sendmail"]\n')
    exe = Path(sys.executable).with_name("mailwarden")
    res = subprocess.run([str(exe), "run", "-c", str(cfg)], capture_output=True, text=True, timeout=30)
    assert res.returncode == 2 and "service.adapters" in res.stderr
