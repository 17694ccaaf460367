"""Screenshots of the widget against the real bot, at 1280x800 and 320x640, in the light
and dark themes: after the greeting and after an emergency reply.

    PYTHONPATH=. .venv/bin/python tests/browser/screenshots.py docs/widget
"""
from __future__ import annotations

import functools
import http.server
import sys
import tempfile
import threading
from pathlib import Path
from typing import List, Literal

from tests.browser.helpers import EMERGENCY, bot_messages, open_chat, say, wait_for_reply
from tests.chromium import chromium
from tests.integration.servers import ROOT, Servers, free_port

SCHEMES: List[Literal["light", "dark"]] = ["light", "dark"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(QuietHandler, directory=str(ROOT / "widget")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = f"http://127.0.0.1:{port}"
    bot = Servers(Path(tempfile.mkdtemp(prefix="widget-shots-")), cors=[site]).start()
    try:
        with chromium() as browser:
            for scheme in SCHEMES:
                for width, height in [(1280, 800), (320, 640)]:
                    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
                    page = context.new_page()
                    page.add_init_script("window.KentSafetyWidgetConfig = {serverUrl: %r};"
                                         % f"http://127.0.0.1:{bot.rasa_port}")
                    page.goto(f"{site}/index.html")
                    open_chat(page)
                    page.mouse.move(0, 0)
                    page.screenshot(path=str(outdir / f"widget-{scheme}-{width}x{height}-greeting.png"))
                    before = bot_messages(page).count()
                    say(page, EMERGENCY)
                    wait_for_reply(page, before)
                    page.screenshot(path=str(outdir / f"widget-{scheme}-{width}x{height}-emergency.png"))
                    context.close()
    finally:
        bot.stop()
        server.shutdown()
    print("\n".join(sorted(str(p) for p in outdir.glob("widget-*.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/widget"))
