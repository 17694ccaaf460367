"""Browser tests: Debian's Chromium driven by Playwright, against the real Rasa and
action servers and the widget served over HTTP, as a site would embed it."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

from tests.chromium import chromium
from tests.integration.servers import ROOT, Servers, free_port



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
    with chromium() as launched:
        yield launched


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
