"""Drive `scripts/prod.sh` for the production tests: a whole stack (PostgreSQL, Redis, the
action server, two Rasa replicas, the review app, nginx) in a throwaway state dir under
/tmp, on free ports."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import requests

ROOT = Path(__file__).resolve().parents[2]
PROD_SH = ROOT / "scripts" / "prod.sh"
# The model the stack serves: PROD_MODEL as scripts/prod.sh reads it.
MODEL = Path(os.environ.get("PROD_MODEL") or ROOT / "models" / "kent-signposting.tar.gz")
if not MODEL.is_absolute():
    MODEL = ROOT / MODEL
# Where the load-test reports go (reports/ is not committed).
REPORTS = ROOT / "reports" / "production"
# Lines for the end-of-run summary (conftest.py prints them).
THROUGHPUT: List[str] = []
# An embedding site allowed by CORS besides nginx's own origin.
SITE_ORIGIN = "https://www.example-school.kent.sch.uk"

# Secrets the stack reads from the environment: the tests let it generate its own.
SECRET_VARIABLES = ("KENT_PG_PASSWORD", "KENT_REDIS_PASSWORD", "REVIEW_SECRET_KEY")


def _port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _ephemeral_range() -> Tuple[int, int]:
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999


def free_ports(count: int, consecutive: int = 1) -> List[int]:
    """`count` distinct free ports; the first starts a run of `consecutive` free ones.

    Below the kernel's ephemeral range: a port from that range can be taken as the source
    port of some outgoing connection (a replica's to PostgreSQL, say) between choosing it
    and the server binding it: the likeliest cause of nginx exiting at start, with nothing
    in its log, in one CI rehearsal (its error log was not shown then; prod.sh shows it now)."""
    import random

    low = min(_ephemeral_range()[0], 32768) - 1
    chosen: List[int] = []
    while len(chosen) < count:
        port = random.randint(20000, low - consecutive)
        run = consecutive if not chosen else 1
        block = list(range(port, port + run))
        if any(p in chosen or not _port_is_free(p) for p in block):
            continue
        chosen.extend(block)
    return chosen


class Stack:
    def __init__(self) -> None:
        # Not pytest's tmp_path: /tmp/pytest-of-root is mode 700, and the postgres and
        # www-data users must be able to pass through the state dir.
        self.dir = Path(tempfile.mkdtemp(prefix="kent-prod-", dir="/tmp"))
        self.dir.chmod(0o755)
        ports = free_ports(8, consecutive=2)
        self.replica_ports = ports[0:2]
        (self.port, self.review_port, self.action_port, self.review_app_port,
         self.pg_port, self.redis_port) = ports[2:]
        self.env = {k: v for k, v in os.environ.items() if k not in SECRET_VARIABLES}
        self.env.update(
            PROD_DIR=str(self.dir),
            PROD_PORT=str(self.port),
            PROD_REVIEW_PORT=str(self.review_port),
            PROD_RASA_PORT=str(self.replica_ports[0]),
            PROD_REPLICAS="2",
            PROD_ACTION_PORT=str(self.action_port),
            PROD_REVIEW_APP_PORT=str(self.review_app_port),
            PROD_PG_PORT=str(self.pg_port),
            PROD_REDIS_PORT=str(self.redis_port),
            PROD_MODEL=str(MODEL),
            PROD_UPSTREAM_HEADER="1",
            WIDGET_ORIGINS=f"http://127.0.0.1:{self.port} {SITE_ORIGIN}",
        )

    # --- the script ---------------------------------------------------------------------
    def run(self, command: str, timeout: float = 600) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(PROD_SH), command], cwd=ROOT, env=self.env,
                              capture_output=True, text=True, timeout=timeout)

    def up(self) -> "Stack":
        result = self.run("up")
        if result.returncode != 0:
            raise RuntimeError(f"prod.sh up failed ({result.returncode}):\n"
                               f"{result.stdout[-3000:]}\n{result.stderr[-5000:]}")
        return self

    def down(self) -> subprocess.CompletedProcess:
        return self.run("down", timeout=180)

    def remove(self) -> None:
        """Delete the state dir, unless KEEP_PROD_DIR=1 (to read the logs afterwards)."""
        if os.environ.get("KEEP_PROD_DIR") == "1":
            print(f"\nproduction stack state kept in {self.dir}")
            return
        shutil.rmtree(self.dir, ignore_errors=True)

    # --- talking to it ------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def review_url(self) -> str:
        return f"http://127.0.0.1:{self.review_port}"

    def say(self, sender: str, message: str, base: Optional[str] = None,
            session: Optional[requests.Session] = None) -> Tuple[List[dict], List[str]]:
        """Send one message; return the replies and the replicas nginx tried, in order."""
        response = (session or requests).post(
            f"{base or self.url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message}, timeout=120)
        response.raise_for_status()
        tried = [a.strip() for a in response.headers.get("X-Upstream", "").split(",") if a.strip()]
        return response.json(), tried

    # --- looking inside -----------------------------------------------------------------
    def secret(self, name: str) -> str:
        path = self.dir / ("postgres/password" if name == "postgres" else f"secrets/{name}")
        return path.read_text().strip()

    def pid(self, name: str) -> Optional[int]:
        path = self.dir / "run" / f"{name}.pid"
        return int(path.read_text()) if path.exists() else None

    def pids(self) -> Dict[str, int]:
        return {p.stem: int(p.read_text()) for p in (self.dir / "run").glob("*.pid")}

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        pid = self.pid(name)
        assert pid, f"no pid file for {name}"
        os.killpg(pid, sig)
        deadline = time.time() + 30
        while time.time() < deadline and _alive(pid):
            time.sleep(0.1)
        assert not _alive(pid), f"{name} ({pid}) survived {sig}"

    def query(self, sql: str, *args) -> list:
        import psycopg2

        with psycopg2.connect(host="127.0.0.1", port=self.pg_port, dbname="kent", user="kent",
                              password=self.secret("postgres")) as connection:
            with connection.cursor() as cursor:
                cursor.execute(sql, args)
                return cursor.fetchall()

    def events(self, sender: str) -> List[dict]:
        rows = self.query("select type_name, data from events where sender_id = %s order by id",
                          sender)
        return [json.loads(data) for _, data in rows]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill 0
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def listening_addresses(port: int) -> List[str]:
    """The local addresses a TCP socket listens on for `port` (from /proc/net)."""
    found = []
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if fields[3] != "0A" or int(hex_port, 16) != port:  # 0A = LISTEN
                continue
            if width == 8:
                found.append(socket.inet_ntop(socket.AF_INET, bytes.fromhex(address)[::-1]))
            else:
                raw = b"".join(bytes.fromhex(address[i:i + 8])[::-1] for i in range(0, 32, 8))
                found.append(socket.inet_ntop(socket.AF_INET6, raw))
    return found
