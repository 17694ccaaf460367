"""The tracker store unreachable at start: scripts/check_tracker_store.py (run by
scripts/run.sh before Rasa) stops with a clear error naming the store, never the
password. Rasa 3.6 itself logs "Could not create tables", starts anyway and answers
every message while keeping conversations in memory only (FailSafeTrackerStore)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.integration.servers import ROOT, free_port

SCRIPT = ROOT / "scripts" / "check_tracker_store.py"
PASSWORD = "Sup3r-s3cret/pw"


def check(tmp_path: Path, tracker_store: str, env=None) -> subprocess.CompletedProcess:
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text("action_endpoint:\n  url: http://localhost:5055/webhook\n" + tracker_store)
    return subprocess.run([sys.executable, str(SCRIPT), str(endpoints), "--timeout", "3"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def postgres(port, password=PASSWORD, db="kent"):
    return ("tracker_store:\n  type: SQL\n  dialect: postgresql\n  url: 127.0.0.1\n"
            f"  port: {port}\n  db: {db}\n  username: kent\n  password: {password}\n")


def sqlite(path):
    return f'tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: "{path}"\n'


def assert_refused(result, *names):
    assert result.returncode == 1, result.stdout + result.stderr
    message = result.stderr
    assert message.startswith("ERROR: cannot use the tracker store")
    for name in names:
        assert str(name) in message, f"{name!r} not in {message!r}"
    assert "memory" in message  # what Rasa would do instead
    assert PASSWORD not in message + result.stdout and "s3cret" not in message + result.stdout


def test_unreachable_postgresql_is_named_without_the_password(tmp_path):
    port = free_port()  # nothing listens there
    assert_refused(check(tmp_path, postgres(port)), "postgresql", "127.0.0.1", f"port {port}", "database kent",
                   "user kent", "Connection refused")


def test_unreachable_postgresql_given_as_one_url(tmp_path):
    port = free_port()
    result = check(tmp_path, f"tracker_store:\n  type: SQL\n  url: postgresql://kent:{PASSWORD}@127.0.0.1:{port}/kent\n")
    assert_refused(result, "postgresql", f"port {port}", "database kent")


def test_password_from_the_environment_is_not_shown(tmp_path):
    port = free_port()
    result = check(tmp_path, postgres(port, password="${KENT_TEST_PG_PASSWORD}"),
                   env={"KENT_TEST_PG_PASSWORD": PASSWORD})
    assert_refused(result, "postgresql", f"port {port}")


@pytest.mark.parametrize("where, reason", [
    ("missing-folder/tracker.db", "does not exist"),
    ("a-folder", "is a folder"),
    ("not-a-database.db", "file is not a database"),
])
def test_unusable_sqlite_path_is_named(tmp_path, where, reason):
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "not-a-database.db").write_text("this is not SQLite\n" * 100)
    assert_refused(check(tmp_path, sqlite(where)), "sqlite", where, reason)


def test_sqlite_on_a_read_only_file_system_is_refused(tmp_path):
    assert_refused(check(tmp_path, sqlite("/proc/tracker.db")), "sqlite", "/proc/tracker.db", "cannot write")


# (A read-only folder is not tested: CI runs as root, which can write to one, so the test
# could only ever be skipped; the read-only file system above covers "cannot write".)


def test_the_projects_own_sqlite_store_passes(tmp_path):
    (tmp_path / "var").mkdir()
    shutil.copy(ROOT / "endpoints.yml", tmp_path / "endpoints.yml")
    result = subprocess.run([sys.executable, str(SCRIPT), "endpoints.yml"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: SQL tracker store (sqlite, database file var/tracker.db)")


def test_an_unreadable_endpoints_file_is_a_usage_error(tmp_path):
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "nope.yml")], capture_output=True,
                            text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2 and "nope.yml" in result.stderr


def test_run_sh_checks_the_tracker_store_before_starting_anything():
    run_sh = (ROOT / "scripts" / "run.sh").read_text(encoding="utf-8")
    check_at = run_sh.find("scripts/check_tracker_store.py")
    assert check_at != -1, "scripts/run.sh does not run the tracker store check"
    starts = [run_sh.find(command) for command in ("$RASA shell", "-m http.server", "scripts/review_run.sh",
                                                   "-m channels.server --model")]
    assert -1 not in starts, "scripts/run.sh no longer starts what this test expects"
    assert all(check_at < start for start in starts)
    assert re.search(r"^set -e", run_sh, re.M), "without set -e a failed check would not stop run.sh"


@pytest.fixture(scope="module")
def real_postgres():
    """A private PostgreSQL server (scripts/postgres.sh, which installs Debian's if missing)."""
    folder = Path(tempfile.mkdtemp(prefix="kent-check-pg-", dir="/tmp"))  # the postgres user must reach it
    folder.chmod(0o755)
    port = free_port()
    started = subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), "start", str(folder), str(port)],
                             capture_output=True, text=True, timeout=180,
                             env={**os.environ, "KENT_PG_PASSWORD": PASSWORD})
    try:
        assert started.returncode == 0, started.stderr
        yield port
    finally:
        subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), "stop", str(folder)],
                       capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


def test_reachable_postgresql_passes(tmp_path, real_postgres):
    result = check(tmp_path, postgres(real_postgres))
    assert result.returncode == 0, result.stderr
    assert "OK: SQL tracker store (postgresql" in result.stdout


def test_wrong_postgresql_password_or_database_is_named(tmp_path, real_postgres):
    assert_refused(check(tmp_path, postgres(real_postgres, password="wrong-s3cret")),
                   f"port {real_postgres}", "password authentication failed")
    assert_refused(check(tmp_path, postgres(real_postgres, db="no_such_db")), "database no_such_db", "does not exist")
