"""`prod.sh up` from a private checkout (mode 0700, as a home folder or `mktemp -d` is):
nginx's workers must still serve the widget (they used to get "Permission denied")."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import requests

from tests.production.stack import ROOT, Stack


def _private_copy() -> Path:
    copy = Path(tempfile.mkdtemp(prefix="kent-private-"))   # mode 0700
    assert copy.stat().st_mode & 0o077 == 0
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in files.decode().split("\0"):
        source = ROOT / name
        if name and source.is_file():
            target = copy / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    os.symlink(ROOT / ".venv", copy / ".venv")
    return copy


def test_up_from_a_private_checkout_serves_the_widget():
    copy = _private_copy()
    stack = Stack()
    stack.env.update(PROD_REPLICAS="1")

    def run(command: str, timeout: float = 900) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(copy / "scripts" / "prod.sh"), command], cwd=copy, env=stack.env,
                              capture_output=True, text=True, timeout=timeout)
    try:
        up = run("up")
        assert up.returncode == 0, up.stdout[-2000:] + up.stderr[-3000:]
        for path in ("/", "/kent-safety-widget.js", "/kent-safety-widget.css", "/config.js"):
            answer = requests.get(stack.url + path, timeout=10)
            assert answer.status_code == 200, (path, answer.status_code)
        assert "kent-safety-widget.js" in requests.get(stack.url + "/", timeout=10).text
    finally:
        run("down", timeout=180)
        stack.remove()
        shutil.rmtree(copy, ignore_errors=True)
