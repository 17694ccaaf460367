"""`make check-catalogue` lists entries whose check is more than 12 months old, and entries
whose source is more than three years old or superseded."""
import datetime as dt
import subprocess
import sys

import yaml

from safeguarding.catalogue import CATALOGUE_PATH
from tests.conftest import ROOT


def run(date: str):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check_catalogue.py"), date],
                          capture_output=True, text=True, cwd=ROOT)


def load_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_catalogue", ROOT / "scripts" / "check_catalogue.py")
    module = importlib.util.module_from_spec(spec)
    # with scripts/ on sys.path, as Python runs a script (for its scripts/_bootstrap.py)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return module


def test_recent_checks_pass_but_old_and_superseded_sources_are_listed():
    result = run("2026-12-01")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "checked in the last 12 months" in result.stdout
    listed = result.stdout.split("older than 3 years or superseded", 1)[1]
    # the two: the KSCB sexting guidance (superseded by UKCIS) and the 2019 course link
    assert "kscb_sexting_guidance" in listed and "superseded by ukcis_sharing_nudes_guidance" in listed
    assert "kscmp_courses" in listed and "dates from 2019" in listed
    assert "childline" not in listed


def test_a_catalogue_with_fresh_checks_and_recent_sources_passes(tmp_path, capsys):
    document = yaml.safe_load(CATALOGUE_PATH.read_text(encoding="utf-8"))
    document["resources"] = [r for r in document["resources"]
                             if "source_year" not in r and "superseded_by" not in r]
    path = tmp_path / "resources.yml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    assert load_script().main(dt.date(2026, 12, 1), path) == 0
    assert "checked in the last 12 months" in capsys.readouterr().out


def test_stale_entries_are_listed():
    result = run("2028-01-01")
    assert result.returncode == 1
    assert "childline" in result.stdout and "checked 2026-11-23" in result.stdout
