"""Browser tests: Debian's Chromium driven by Playwright, against the real Rasa and
action servers and the widget served over HTTP, as a site would embed it."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

from tests.chromium import CHROMIUM, CHROMIUM_ARGS, chromium
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


@pytest.fixture(scope="session")
def bfcache_browser(browser):
    """A second Chromium with the back/forward cache on, as in normal Chrome (Playwright
    turns it off by default)."""
    launched = browser.browser_type.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
                                           ignore_default_args=["--disable-back-forward-cache"])
    yield launched
    launched.close()


@pytest.fixture
def open_page(browser, site, bot):
    """A fresh browser context with the demo page, configured for the test servers.
    Extra keyword arguments go to `new_context` (device_scale_factor, color_scheme,
    forced_colors, ...)."""
    contexts = []

    def _open(server_url=None, viewport=None, using=None, path="index.html", **options):
        context = (using or browser).new_context(viewport=viewport or {"width": 1280, "height": 900}, **options)
        contexts.append(context)
        page = context.new_page()
        page.add_init_script(
            "window.KentSafetyWidgetConfig = {serverUrl: %r, exitUrl: %r, timeoutMs: 8000};"
            % (server_url or f"http://127.0.0.1:{bot.rasa_port}", f"{site}/neutral.html")
        )
        page.goto(f"{site}/{path}")
        return page

    yield _open
    for context in contexts:
        context.close()
