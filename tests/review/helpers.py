"""Test helpers for the review app: the real bot on a chosen tracker store, the review app
as a real server process, an HTTP client that handles Secure cookies itself (requests'
cookie jar won't send them over http://), and private PostgreSQL databases."""
from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional
from urllib.parse import urlsplit

import requests

from tests.integration.servers import MODEL, RASA, ROOT, Servers, free_port, wait_until_up

PYTHON = sys.executable
SECRET = "test-secret-" + "k" * 40
PASSWORD = "a-long-test-password-1"


def clean_env(**extra: str) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVIEW_")}
    env.update(PYTHONPATH=str(ROOT), REVIEW_SECRET_KEY=SECRET, TF_CPP_MIN_LOG_LEVEL="3", **extra)
    return env


class BotServers(Servers):
    """tests/integration's Servers with a choice of tracker store, and a start that can
    run in the background (Rasa takes a minute or more to load the model)."""

    def __init__(self, workdir: Path, tracker_store: Optional[str] = None):
        super().__init__(workdir)
        self.tracker_store = tracker_store  # YAML for endpoints.yml; None: SQLite at workdir/tracker.db

    def launch(self) -> "BotServers":
        assert MODEL.is_file(), "train the model first: make train"
        self.start_actions()
        endpoints = self.workdir / "endpoints.yml"
        store = self.tracker_store or (f'tracker_store:\n  type: channels.tracker_store.KentSQLTrackerStore\n'
                                       f'  dialect: "sqlite"\n  db: "{self.db}"\n')
        endpoints.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{self.action_port}/webhook"\n{store}')
        log = self.workdir / "rasa.log"
        self.processes["rasa"] = subprocess.Popen(
            [str(RASA), "run", "--model", str(MODEL), "--endpoints", str(endpoints),
             "--credentials", str(ROOT / "credentials.yml"), "--port", str(self.rasa_port),
             "--interface", "127.0.0.1"],
            cwd=ROOT, env=self.env, stdout=open(log, "w"), stderr=subprocess.STDOUT, start_new_session=True)
        return self

    def wait(self, timeout: float = 420) -> "BotServers":
        wait_until_up(f"http://127.0.0.1:{self.rasa_port}/", self.processes["rasa"], self.workdir / "rasa.log",
                      timeout=timeout)
        return self


class ReviewServer:
    """``python -m review serve`` in its own process, as `make run` starts it."""

    def __init__(self, workdir: Path, db_url: str, **env: str):
        self.workdir, self.db_url = workdir, db_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / f"review-{self.port}.log"
        self.env = clean_env(REVIEW_DB_URL=db_url, **env)
        self.process: Optional[subprocess.Popen] = None

    def start(self) -> "ReviewServer":
        self.process = subprocess.Popen(
            [PYTHON, "-m", "review", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=ROOT, env=self.env, stdout=open(self.log, "w"), stderr=subprocess.STDOUT)
        wait_until_up(self.url + "/health", self.process, self.log, timeout=60)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def client(self) -> "Client":
        return Client(self.url)


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(page: str) -> str:
    """The CSRF token in a page's form."""
    match = CSRF_RE.search(page)
    assert match, f"no CSRF token in the page: {page[:300]}"
    return match.group(1)


class Client:
    """A browser-like client: keeps cookies (Secure ones too), never follows redirects
    on its own, sends same-origin fetch metadata like Chromium does."""

    def __init__(self, base: str):
        self.base = base
        self.cookies: Dict[str, str] = {}
        self.set_cookie_headers: List[str] = []

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = requests.request(method, self.base + path, headers=headers, allow_redirects=False,
                                    timeout=60, **kwargs)
        for header in response.raw.headers.getlist("Set-Cookie"):
            self.set_cookie_headers.append(header)
            name, value = header.split(";", 1)[0].split("=", 1)
            if "Max-Age=0" in header:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data: Optional[dict] = None, **kwargs) -> requests.Response:
        return self.request("POST", path, data=data or {}, **kwargs)

    def login(self, username: str, password: str = PASSWORD) -> requests.Response:
        page = self.get("/login")
        token = csrf_token(page.text)
        return self.post("/login", {"csrf_token": token, "username": username, "password": password,
                                    "next": "/queue"})

    def csrf(self, path: str = "/queue") -> str:
        return csrf_token(self.get(path).text)

    def submit(self, path: str, data: dict, token_from: str = "/queue") -> requests.Response:
        return self.post(path, dict(data, csrf_token=self.csrf(token_from)))


def logged_in(server: ReviewServer, username: str) -> Client:
    client = server.client()
    response = client.login(username)
    assert response.status_code == 303, response.text[:500]
    return client


# --- PostgreSQL ------------------------------------------------------------------------------

class Postgres:
    """A private PostgreSQL server from scripts/postgres.sh, and throwaway databases in it."""

    def __init__(self):
        self.dir = Path("/tmp") / f"review-pg-{secrets.token_hex(4)}"
        self.port = free_port()
        self.url = ""

    def start(self) -> "Postgres":
        result = subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), "start", str(self.dir), str(self.port)],
                                capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
        self.url = result.stdout.strip().splitlines()[-1]
        return self

    def stop(self) -> None:
        subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), "stop", str(self.dir)],
                       capture_output=True, timeout=120)
        subprocess.run(["rm", "-rf", str(self.dir)], timeout=120)

    @property
    def password(self) -> str:
        return urlsplit(self.url).password

    def create_database(self, name: Optional[str] = None) -> str:
        import psycopg2

        name = name or f"t_{secrets.token_hex(5)}"
        connection = psycopg2.connect(self.url)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        connection.close()
        return self.url.rsplit("/", 1)[0] + "/" + name

    def database_url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name

    def tracker_store_yaml(self, database: str) -> str:
        return ("tracker_store:\n  type: channels.tracker_store.KentSQLTrackerStore\n"
                "  dialect: postgresql\n  url: 127.0.0.1\n"
                f"  port: {self.port}\n  db: {database}\n  username: kent\n  password: \"{self.password}\"\n")


def wait_for(predicate, timeout: float = 10.0, interval: float = 0.1):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()
