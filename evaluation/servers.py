"""Start the real Rasa server on a free port, with the custom actions in its process as
endpoints.yml has them (or, with ``action_server=True``, a real action server of its own,
as production has), and a throwaway SQLite tracker store: for the load test (scripts/bench.py), the conversation sets
(scripts/converse.py) and the tests that talk to the real bot."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Dict, List, Optional

import requests

ROOT = Path(__file__).resolve().parents[1]
RASA = ROOT / ".venv" / "bin" / "rasa"
PYTHON = ROOT / ".venv" / "bin" / "python"
MODEL = ROOT / "models" / "kent-signposting.tar.gz"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited early:\n{log.read_text()[-3000:]}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not come up in {timeout}s:\n{log.read_text()[-3000:]}")


class Servers:
    def __init__(self, workdir: Path, cors: Optional[List[str]] = None, action_server: bool = False):
        self.workdir = workdir
        self.action_server = action_server
        self.cors = cors or []
        self.action_port = free_port()
        self.rasa_port = free_port()
        self.db = workdir / "tracker.db"
        self.locks_db = workdir / "locks.db"
        self.processes: Dict[str, subprocess.Popen] = {}
        self.env = dict(os.environ, PYTHONPATH=str(ROOT), TF_CPP_MIN_LOG_LEVEL="3")

    @property
    def webhook(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/webhook"

    def _start(self, name: str, args: List[str], health: str) -> None:
        log = self.workdir / f"{name}.log"
        process = subprocess.Popen(args, cwd=ROOT, env=self.env, stdout=open(log, "w"),
                                   stderr=subprocess.STDOUT, start_new_session=True)
        self.processes[name] = process
        wait_until_up(health, process, log)

    def start(self) -> "Servers":
        assert MODEL.is_file(), "train the model first: make train"
        if self.action_server:
            self.start_actions()
        self.start_rasa()
        return self

    def start_actions(self) -> None:
        self._start("actions", [str(RASA), "run", "actions", "--actions", "actions",
                                "--port", str(self.action_port)],
                    f"http://127.0.0.1:{self.action_port}/health")

    def start_rasa(self) -> None:
        endpoints = self.workdir / "endpoints.yml"
        # endpoints.yml's way by default: the actions in the Rasa process
        # (channels/in_process_actions.py); an action server with action_server=True
        action = (f'  url: "http://127.0.0.1:{self.action_port}/webhook"\n' if self.action_server
                  else '  actions_module: "actions"\n')
        endpoints.write_text(
            f'action_endpoint:\n{action}'
            f'  enable_selective_domain: true\n'
            f'tracker_store:\n  type: channels.tracker_store.KentSQLTrackerStore\n'
            f'  dialect: "sqlite"\n  db: "{self.db}"\n'
            f'lock_store:\n  type: channels.lock_store.SQLiteLockStore\n  db: "{self.locks_db}"\n'
        )
        cors = ["--cors", *self.cors] if self.cors else []
        # `rasa run`, with the model loaded once for its two worker processes (channels/server.py)
        self._start("rasa", [str(PYTHON), "-m", "channels.server", "--model", str(MODEL), "--endpoints", str(endpoints),
                             "--credentials", str(ROOT / "credentials.yml"), "--port", str(self.rasa_port),
                             "--interface", "127.0.0.1", *cors],
                    f"http://127.0.0.1:{self.rasa_port}/")

    def stop(self, name: Optional[str] = None) -> None:
        for key in [name] if name else list(self.processes):
            process = self.processes.pop(key, None)
            if process and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)

    def say(self, sender: str, message: str) -> List[dict]:
        response = requests.post(self.webhook, json={"sender": sender, "message": message}, timeout=60)
        response.raise_for_status()
        return response.json()
