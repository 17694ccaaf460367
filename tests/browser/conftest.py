"""Browser tests: Debian's Chromium driven by Playwright, against the real Rasa and
action servers and the widget served over HTTP, as a site would embed it."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest

from tests.integration.servers import ROOT, Servers, free_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Flags for a closed network: without the background ones Chromium keeps trying to
# reach Google's services.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site():
    """The widget folder served on a free port (the demo page, as `make run` serves it)."""
    port = free_port()
    handler = functools.partial(QuietHandler, directory=str(ROOT / "widget"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.shutdown()


@pytest.fixture(scope="session")
def bot(site, tmp_path_factory):
    servers = Servers(tmp_path_factory.mktemp("browser-servers"), cors=[site]).start()
    yield servers
    servers.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert shutil.which(CHROMIUM) or CHROMIUM, "install Chromium: bash scripts/install_browser.sh"
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser, site, bot):
    """A fresh browser context with the demo page, configured for the test servers."""
    contexts = []

    def _open(server_url=None, viewport=None):
        context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.add_init_script(
            "window.KentSafetyWidgetConfig = {serverUrl: %r, exitUrl: %r, timeoutMs: 8000};"
            % (server_url or f"http://127.0.0.1:{bot.rasa_port}", f"{site}/neutral.html")
        )
        page.goto(f"{site}/index.html")
        return page

    yield _open
    for context in contexts:
        context.close()
