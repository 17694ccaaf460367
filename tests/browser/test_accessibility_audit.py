"""axe-core (the npm package, tests/browser/package.json) injected into the page: WCAG 2.2
A and AA rules in several states of the widget, at 1280x800 and 320x640; any violation fails."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import EMERGENCY, bot_messages, open_chat, say, wait_for_reply

HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.is_file():
        npm = shutil.which("npm")
        assert npm, "npm is needed to install axe-core for the accessibility audit"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    return AXE.read_text(encoding="utf-8")


def audit(page, axe_source, state):
    if not page.evaluate("() => !!window.axe"):
        page.add_script_tag(content=axe_source)
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    problems = [{"rule": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
                for v in result["violations"]]
    assert not problems, f"{state}: " + json.dumps(problems, indent=1)
    return len(result["passes"])


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 800}, {"width": 320, "height": 640}],
                         ids=["1280x800", "320x640"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(open_page, axe_source, viewport, scheme):
    page = open_page(viewport=viewport, color_scheme=scheme)
    audit(page, axe_source, "closed")
    open_chat(page)
    audit(page, axe_source, "greeting")
    page.get_by_role("button", name="Options").click()
    audit(page, axe_source, "options open")
    page.get_by_role("button", name="Options").click()
    before = bot_messages(page).count()
    say(page, EMERGENCY)
    wait_for_reply(page, before)
    audit(page, axe_source, "emergency reply")
    page.route("**/webhooks/rest/webhook", lambda route: route.abort())
    say(page, "hello again")
    expect(page.locator("[data-ksw=error]")).to_be_visible(timeout=20000)
    audit(page, axe_source, "error with try again")
