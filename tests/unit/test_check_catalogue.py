"""`make check-catalogue` lists entries whose check is more than 12 months old."""
import datetime as dt
import subprocess
import sys

from tests.conftest import ROOT


def run(date: str):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check_catalogue.py"), date],
                          capture_output=True, text=True, cwd=ROOT)


def test_fresh_catalogue_passes():
    result = run("2026-12-01")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "checked in the last 12 months" in result.stdout


def test_stale_entries_are_listed():
    result = run("2028-01-01")
    assert result.returncode == 1
    assert "childline" in result.stdout and "checked 2026-11-23" in result.stdout
