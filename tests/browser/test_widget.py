"""The chat widget in a real browser, against the real bot."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.helpers import open_chat, say, storage_is_empty


def test_bullying_message_gets_a_reply_and_resource_cards(open_page):
    page = open_page()
    log = open_chat(page)
    expect(page.locator("[data-ksw=notice]")).to_contain_text("don't share your name, school or address")
    expect(page.locator("[data-ksw=notice]")).to_contain_text("999")
    say(page, "im 14 and people in my year keep sending me horrible messages in the group chat")
    cards = log.locator("[data-ksw=resource-card]")
    expect(cards.first).to_be_visible(timeout=30000)
    expect(cards.first).to_contain_text("Childline")
    tel = cards.first.locator("[data-ksw=tel]")
    expect(tel).to_have_attribute("href", "tel:08001111")
    web = cards.first.locator("[data-ksw=web]")
    expect(web).to_have_attribute("target", "_blank")
    expect(web).to_have_attribute("rel", "noopener noreferrer")
    # the notice stays at the start of the conversation, and 999 stays in view above it
    expect(page.locator("[data-ksw=notice]")).to_be_attached()
    expect(page.locator("[data-ksw=bar-999]")).to_be_visible()
    # the readable text of each card is not shown twice
    expect(log.locator("[data-ksw=bot-message]", has_text="Call 0800 1111")).to_have_count(0)


def test_quick_reply_moves_the_conversation_on_and_is_disabled(open_page):
    page = open_page()
    log = open_chat(page)
    parent = page.get_by_role("button", name="I'm a parent or carer")
    parent.click()
    expect(log.locator("[data-ksw=bot-message]").last).to_contain_text("worrying you about your child", timeout=30000)
    expect(parent).to_be_disabled()
    expect(log.locator("[data-ksw=user-message]").last).to_contain_text("I'm a parent or carer")


def test_immediate_risk_gets_999_in_the_first_reply(open_page):
    page = open_page()
    log = open_chat(page)
    before = log.locator("[data-ksw=bot-message]").count()
    say(page, "i want to kill myself")
    first_reply = log.locator("[data-ksw=bot-message]").nth(before)
    expect(first_reply).to_contain_text("999", timeout=30000)


def test_offline_shows_999_and_the_message_can_be_retried(open_page, bot):
    page = open_page()
    open_chat(page)
    bot.stop("rasa")
    try:
        say(page, "someone hacked my snapchat")
        error = page.locator("[data-ksw=error]")
        expect(error).to_contain_text("999", timeout=20000)
        expect(error).to_contain_text("0800 1111")
        expect(page.locator("[data-ksw=user-message]").last).to_contain_text("someone hacked my snapchat")
    finally:
        bot.start_rasa()
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("[data-ksw=bot-message]").last).to_be_visible(timeout=30000)
    expect(page.locator("[data-ksw=error]")).to_have_count(0)
    expect(page.locator(".ksw-failed")).to_have_count(0)


def test_quick_exit_button_leaves_and_wipes_the_conversation(open_page, site):
    page = open_page()
    open_chat(page)
    assert page.evaluate("() => sessionStorage.length") == 1
    assert page.evaluate("() => localStorage.length") == 0
    page.get_by_role("button", name=re.compile("Exit this page")).click()
    page.wait_for_url(f"{site}/neutral.html")
    assert storage_is_empty(page)
    assert page.context.cookies() == []
    page.go_back()
    assert "index.html" not in page.url, "the chat page is still in the history"


def test_quick_exit_with_shift_three_times(open_page, site):
    page = open_page()
    open_chat(page)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{site}/neutral.html")
    assert storage_is_empty(page)


def test_script_in_messages_renders_as_text(open_page):
    page = open_page()
    log = open_chat(page)
    page.route("**/webhooks/rest/webhook", lambda route: route.fulfill(
        status=200, content_type="application/json",
        body='[{"recipient_id": "x", '
             '"text": "<script>window.pwned=1</script><img src=x onerror=\\"window.pwned=2\\">"}]'))
    say(page, "<img src=x onerror=\"window.pwned=3\"><script>window.pwned=4</script>")
    expect(log.locator("[data-ksw=user-message]").last).to_contain_text("<img src=x onerror=")
    expect(log.locator("[data-ksw=bot-message]").last).to_contain_text("<script>window.pwned=1</script>")
    assert page.evaluate("() => window.pwned") is None
    assert log.locator("img, script").count() == 0


def test_keyboard_only_and_escape_returns_focus_to_the_launcher(open_page):
    page = open_page()
    launcher = page.get_by_role("button", name="Chat about an online worry")
    launcher.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Type your message")).to_be_focused()
    page.keyboard.type("hello")
    page.keyboard.press("Enter")
    expect(page.locator("[data-ksw=user-message]").last).to_contain_text("hello", timeout=30000)
    page.keyboard.press("Escape")
    expect(page.locator("#ksw-panel")).to_be_hidden()
    expect(launcher).to_be_focused()


def test_every_control_has_an_accessible_name_and_the_log_is_live(open_page):
    page = open_page()
    open_chat(page)
    expect(page.locator("[data-ksw=log]")).to_have_attribute("aria-live", "polite")
    unnamed = page.evaluate("""() => [...document.querySelectorAll('.ksw-root button, .ksw-root textarea, .ksw-root a')]
        .filter(e => !(e.getAttribute('aria-label') || e.textContent.trim()
                       || (e.id && document.querySelector(`label[for="${e.id}"]`))))
        .map(e => e.outerHTML)""")
    assert unnamed == []


def test_usable_at_320_pixels_wide(open_page):
    page = open_page(viewport={"width": 320, "height": 640})
    open_chat(page)
    width = page.evaluate("() => document.querySelector('#ksw-panel').getBoundingClientRect().width")
    assert width <= 320
    scroll = page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll <= 320, "the page scrolls sideways at 320px"
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Exit this page"))).to_be_visible()


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


def test_text_colours_meet_wcag_aa_contrast(open_page):
    page = open_page()
    log = open_chat(page)
    say(page, "im 15 and someone hacked my instagram")
    expect(log.locator("[data-ksw=resource-card]").first).to_be_visible(timeout=30000)
    selectors = [".ksw-bot", ".ksw-user", ".ksw-send", ".ksw-exit", ".ksw-quick", ".ksw-card-link",
                 ".ksw-card-for", ".ksw-title", ".ksw-input"]
    ratios = dict(page.evaluate(CONTRAST_JS, selectors))
    low = {sel: round(r, 2) for sel, r in ratios.items() if r is None or r < 4.5}
    assert not low, f"contrast below 4.5:1: {low}"
