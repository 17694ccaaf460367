"""The panel on short screens and zoomed pages, in high contrast (forced colours) and in
the dark theme."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import bot_messages, fully_visible, open_chat, say, visible_rect, wait_for_reply

# (viewport in CSS px, device scale): landscape phones, and a 1280x800 screen at 200% and 400% zoom
SHORT = [pytest.param({"width": 640, "height": 360}, 1, id="640x360"),
         pytest.param({"width": 568, "height": 320}, 1, id="568x320"),
         pytest.param({"width": 640, "height": 400}, 2, id="zoom-200"),
         pytest.param({"width": 320, "height": 200}, 4, id="zoom-400")]

# The height of the conversation a user can see: in the viewport, inside the panel and not
# under the panel's fixed top (header, 999 line).
MESSAGE_AREA_JS = """() => {
  const log = document.querySelector('[data-ksw=log]').getBoundingClientRect();
  const fixed = document.querySelector('.ksw-top');
  const top = fixed ? fixed.getBoundingClientRect() : {bottom: 0};
  const panel = document.querySelector('#ksw-panel').getBoundingClientRect();
  const from = Math.max(log.top, top.bottom, panel.top, 0);
  const to = Math.min(log.bottom, panel.bottom, window.innerHeight);
  return Math.max(0, to - from);
}"""


@pytest.mark.parametrize("viewport,scale", SHORT)
def test_short_screens_keep_a_usable_message_area_and_close(open_page, viewport, scale):
    page = open_page(viewport=viewport, device_scale_factor=scale)
    open_chat(page)
    close = page.get_by_role("button", name="Close chat")
    exit_button = page.get_by_role("button", name="Exit this page now (or press Shift three times)")

    def check(when):
        area = page.evaluate(MESSAGE_AREA_JS)
        assert area >= 120, f"{when}: message area {area:.0f}px"
        assert fully_visible(close), f"{when}: Close is not fully visible: {visible_rect(close)}"
        assert fully_visible(exit_button), f"{when}: Exit is not fully visible"
        assert fully_visible(page.locator("[data-ksw=bar-999]")), f"{when}: 999 line hidden"
        assert page.evaluate("() => document.documentElement.scrollWidth") <= viewport["width"]

    check("on opening")
    # the text box can be reached and used, and the conversation still shows afterwards
    before = bot_messages(page).count()
    say(page, "someone hacked my instagram")
    wait_for_reply(page, before)
    check("after a reply")
    box = page.get_by_label("Type your message")
    box.focus()
    page.keyboard.type("ok")
    expect(box).to_have_value("ok")
    expect(box).to_be_in_viewport()
    assert fully_visible(close), "Close is hidden while typing"


def test_forced_colours_buttons_keep_an_edge_and_a_focus_outline(open_page):
    page = open_page(forced_colors="active")
    launcher = page.get_by_role("button", name="Chat about an online worry")
    edge = "e => { const s = getComputedStyle(e); return [parseFloat(s.borderTopWidth), s.borderTopStyle]; }"
    width, style = launcher.evaluate(edge)
    assert width >= 1 and style != "none", f"launcher has no edge: {width} {style}"
    launcher.focus()
    page.keyboard.press("Enter")
    expect(bot_messages(page).first).to_be_visible(timeout=30000)
    outline = ("e => { const s = getComputedStyle(e); "
               "return [e.matches(':focus-visible'), parseFloat(s.outlineWidth), s.outlineStyle]; }")
    for name in ["Send", "Close chat"]:
        button = page.get_by_role("button", name=name)
        width, style = button.evaluate(edge)
        assert width >= 1 and style != "none", f"{name} has no edge: {width} {style}"
        button.focus()
        visible, owidth, ostyle = button.evaluate(outline)
        assert visible and owidth >= 2 and ostyle != "none", f"{name} has no focus outline: {owidth} {ostyle}"


CONTRAST_JS = """
(selectors) => {
  const parse = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = rgb => { const [r, g, b] = rgb.map(v => { v /= 255;
                         return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                       return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const background = el => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
                              if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return c; }
                            return 'rgb(255, 255, 255)'; };
  return selectors.map(sel => { const el = document.querySelector(sel); if (!el) return [sel, null];
    const a = lum(parse(getComputedStyle(el).color)), b = lum(parse(background(el)));
    return [sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]; });
}
"""


def test_dark_theme_follows_the_system_and_meets_contrast(open_page):
    page = open_page(color_scheme="dark")
    log = open_chat(page)
    background = page.locator("#ksw-panel").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background != "rgb(255, 255, 255)", "no dark theme"
    say(page, "im 15 and someone hacked my instagram")
    expect(log.locator("[data-ksw=resource-card]").first).to_be_visible(timeout=30000)
    selectors = [".ksw-bot", ".ksw-user", ".ksw-send", ".ksw-exit", ".ksw-quick", ".ksw-quick:disabled",
                 ".ksw-card-link", ".ksw-card-for", ".ksw-title", ".ksw-input", ".ksw-bar-danger", ".ksw-bar a",
                 ".ksw-menu-button", ".ksw-notice", ".ksw-typing"]
    ratios = dict(page.evaluate(CONTRAST_JS, selectors))
    low = {sel: round(r, 2) for sel, r in ratios.items() if r is not None and r < 4.5}
    assert not low, f"contrast below 4.5:1: {low}"
