"""Servers for the robustness tests: the integration tests' real action and Rasa
servers, optionally with a proxy between them that can delay the action server's
answers, Rasa's action timeout shortened, or channel settings changed."""
from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

import requests
import yaml

from tests.integration.servers import MODEL, RASA, ROOT, Servers, free_port

GUARDED_CHANNEL = "channels.rest.GuardedRestInput"


class DelayingProxy:
    """A TCP proxy on a free port in front of ``upstream_port``. Requests go through at
    once; each answer is held back for ``delay`` seconds (read when its request comes,
    so also on a connection Rasa keeps open between calls), like a slow action server.
    If nothing listens upstream the connection is closed, like a stopped one."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.port = free_port()
        self.delay = 0.0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "DelayingProxy":
        self._thread.start()
        assert self._ready.wait(10), "the proxy did not start"
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", self.port))
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()

    async def _handle(self, client_reader, client_writer) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            client_writer.close()
            return
        hold = {"seconds": 0.0}  # set as a request goes up, spent on the first bytes of its answer

        async def pipe(reader, writer, requests: bool) -> None:
            try:
                while True:
                    data = await reader.read(65536)
                    if not data:
                        break
                    if requests:
                        hold["seconds"] = self.delay
                    elif hold["seconds"]:
                        seconds, hold["seconds"] = hold["seconds"], 0.0
                        await asyncio.sleep(seconds)
                    writer.write(data)
                    await writer.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                try:
                    writer.close()
                except Exception:  # noqa: BLE001 - already closed
                    pass

        await asyncio.gather(pipe(client_reader, upstream_writer, True),
                             pipe(upstream_reader, client_writer, False))


class RobustServers(Servers):
    """``Servers`` with options: a delaying proxy in front of the action server, Rasa's
    action-call timeout shortened (Rasa 3.6 hard-codes 300 s), and channel settings
    merged into a copy of the project's credentials.yml."""

    def __init__(self, workdir: Path, proxy: bool = False, action_timeout: Optional[float] = None,
                 channel_settings: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(workdir, action_server=True)  # the faults are the action server's
        self.proxy = DelayingProxy(self.action_port) if proxy else None
        self.action_timeout = action_timeout
        self.channel_settings = channel_settings
        self.session = requests.Session()

    def start(self) -> "RobustServers":
        if self.proxy:
            self.proxy.start()
        super().start()
        return self

    def stop(self, name: Optional[str] = None) -> None:
        super().stop(name)
        if name is None and self.proxy:
            self.proxy.stop()

    def credentials(self) -> Path:
        with open(ROOT / "credentials.yml", encoding="utf-8") as handle:
            credentials = yaml.safe_load(handle) or {}
        if self.channel_settings:
            credentials[GUARDED_CHANNEL] = {**(credentials.get(GUARDED_CHANNEL) or {}), **self.channel_settings}
        path = self.workdir / "credentials.yml"
        path.write_text(yaml.safe_dump(credentials))
        return path

    def start_rasa(self) -> None:
        endpoints = self.workdir / "endpoints.yml"
        action_port = self.proxy.port if self.proxy else self.action_port
        endpoints.write_text(
            f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n'
            f'tracker_store:\n  type: channels.tracker_store.KentSQLTrackerStore\n'
            f'  dialect: "sqlite"\n  db: "{self.db}"\n'
        )
        if self.action_timeout is None:
            launcher = [str(RASA)]
        else:
            # the same `rasa` entry point, with the constant rasa/core/actions/action.py
            # passes as the action call's timeout replaced first
            launcher = [sys.executable, "-c",
                        "import sys, rasa.core.actions.action as a; "
                        f"a.DEFAULT_REQUEST_TIMEOUT = {float(self.action_timeout)}; "
                        "sys.argv[0] = 'rasa'; from rasa.__main__ import main; main()"]
        self._start("rasa", launcher + [
            "run", "--model", str(MODEL), "--endpoints", str(endpoints),
            "--credentials", str(self.credentials()), "--port", str(self.rasa_port),
            "--interface", "127.0.0.1"], f"http://127.0.0.1:{self.rasa_port}/")

    def post(self, body: Any = None, raw: Optional[bytes] = None, params: Optional[dict] = None,
             timeout: float = 120) -> requests.Response:
        data = raw if raw is not None else json.dumps(body).encode("utf-8")
        return self.session.post(self.webhook, data=data, params=params, timeout=timeout,
                                 headers={"Content-Type": "application/json"})

    def user_texts(self, sender: str) -> List[str]:
        """The text of every user event stored for ``sender``, in order."""
        with sqlite3.connect(self.db) as db:
            rows = db.execute("select data from events where sender_id = ? and type_name = 'user' order by id",
                              (sender,)).fetchall()
        return [json.loads(data).get("text") for (data,) in rows]

    def wait_for_turns(self, sender: str, turns: int, timeout: float) -> List[str]:
        """Wait until ``turns`` user messages of ``sender`` are stored (Rasa saves a turn
        when it has finished it, also after a reply was sent early)."""
        deadline = time.monotonic() + timeout
        while True:
            stored = self.user_texts(sender)
            if len(stored) >= turns or time.monotonic() > deadline:
                return stored
            time.sleep(0.25)


def texts(replies: List[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def cards(replies: List[dict]) -> List[str]:
    return [r["custom"]["resource"]["id"] for r in replies if (r.get("custom") or {}).get("type") == "resource_card"]
