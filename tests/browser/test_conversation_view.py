"""What the user sees of the conversation: the emergency reply read from its 999 line,
999 always one tap away, the greeting on opening, and scrolling by keyboard."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (EMERGENCY, bot_messages, fully_visible, open_chat, say,
                                   visible_rect, wait_for_reply)

SIZES = [pytest.param({"width": 1280, "height": 800}, id="1280x800"),
         pytest.param({"width": 320, "height": 640}, id="320x640")]


@pytest.mark.parametrize("viewport", SIZES)
def test_emergency_reply_shows_its_999_line_in_view_as_a_tel_link(open_page, viewport):
    page = open_page(viewport=viewport)
    open_chat(page)
    say(page, "people keep sending me horrible messages")  # some conversation first
    before = bot_messages(page).count()
    wait_for_reply(page, before)
    before = bot_messages(page).count()
    say(page, EMERGENCY)
    first = wait_for_reply(page, before)
    call = first.locator("a[href='tel:999']").first
    expect(call).to_be_attached()
    assert fully_visible(call), f"the reply's 999 is out of view: {visible_rect(call)}"
    # the reply's first line is in view, not just the link
    assert visible_rect(first)["top"] <= first.bounding_box()["y"] + 1
    # and the small always-visible line
    bar = page.locator("[data-ksw=bar-999]")
    expect(bar).to_have_attribute("href", "tel:999")
    assert fully_visible(bar)


def test_in_danger_line_stays_in_view_as_the_conversation_grows(open_page):
    page = open_page(viewport={"width": 320, "height": 640})
    open_chat(page)
    bar = page.locator("[data-ksw=bar-999]")
    for text in ["someone hacked my instagram", "what should i do", "thanks"]:
        before = bot_messages(page).count()
        say(page, text)
        wait_for_reply(page, before)
        expect(bar).to_be_visible()
        assert fully_visible(bar)
        expect(bar).to_contain_text("999")


@pytest.mark.parametrize("viewport", SIZES)
def test_opening_the_chat_starts_at_the_greeting(open_page, viewport):
    page = open_page(viewport=viewport)
    open_chat(page)
    greeting = bot_messages(page).first
    expect(page.locator("[data-ksw=quick-reply]").first).to_be_visible()
    page.wait_for_timeout(300)
    rect = visible_rect(greeting)
    assert rect["onTop"] and rect["top"] <= greeting.bounding_box()["y"] + 1, \
        f"the greeting's start is out of view: {rect}"


def test_keyboard_users_can_scroll_the_conversation(open_page):
    page = open_page(viewport={"width": 320, "height": 640})
    launcher = page.get_by_role("button", name="Chat about an online worry")
    launcher.focus()
    page.keyboard.press("Enter")
    expect(bot_messages(page).first).to_be_visible(timeout=30000)
    before = bot_messages(page).count()
    say(page, "someone is threatening to share my pictures")  # a long reply with cards
    wait_for_reply(page, before)
    log = page.locator("[data-ksw=log]")

    def scroll():
        return log.evaluate("e => e.scrollTop")
    assert log.evaluate("e => e.scrollHeight > e.clientHeight + 200"), "nothing to scroll"
    # the log is reached with Tab, from the control before it
    page.locator("[data-ksw=menu-button]").focus()
    page.keyboard.press("Tab")
    expect(log).to_be_focused()
    page.keyboard.press("Home")
    page.wait_for_timeout(100)
    assert scroll() == 0
    assert fully_visible(page.locator("[data-ksw=notice]"))
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(100)
    down = scroll()
    assert down > 0
    page.keyboard.press("PageDown")
    page.wait_for_timeout(100)
    assert scroll() > down + 100
    page.keyboard.press("End")
    page.wait_for_timeout(100)
    bottom = scroll()
    assert bottom >= log.evaluate("e => e.scrollHeight - e.clientHeight") - 1
    page.keyboard.press("PageUp")
    page.wait_for_timeout(100)
    assert scroll() < bottom - 100
    page.keyboard.press("ArrowUp")
    page.wait_for_timeout(100)
    page.keyboard.press("Home")
    page.wait_for_timeout(100)
    assert scroll() == 0
    # the greeting can be reached
    assert visible_rect(bot_messages(page).first)["height"] > 20
