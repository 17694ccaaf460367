"""Quick exit: it fires on Shift pressed three times on its own (the GOV.UK "Exit this
page" pattern) and never while typing or moving focus with Shift+Tab; once it has begun,
nothing brings the conversation back: not the back/forward cache, not a reply that arrives
late, not closing the panel on a restored page."""
from __future__ import annotations

import json
import re
import time

from playwright.sync_api import Error, expect

from tests.browser.helpers import open_chat, say, storage_is_empty, wait_for_reply

SHIFTED = set('ABCDEFGHIJKLMNOPQRSTUVWXYZ?!"£$%^&*()_+{}:@~<>|')


def type_with_shift(page, text: str, rollover: bool = False) -> None:
    """Type as a person does: Shift held down for capitals and "?". With rollover, Shift is
    let go a moment before the letter, as fast typists do."""
    for ch in text:
        if ch in SHIFTED:
            page.keyboard.down("Shift")
            page.keyboard.down(ch)
            if rollover:
                page.keyboard.up("Shift")
                page.keyboard.up(ch)
            else:
                page.keyboard.up(ch)
                page.keyboard.up("Shift")
        else:
            page.keyboard.press(ch)


def shift_alone(page, times: int = 1) -> None:
    for _ in range(times):
        page.keyboard.press("Shift")


def still_on_the_chat_page(page, site) -> None:
    page.wait_for_timeout(400)  # a quick exit would have started by now
    assert page.url.startswith(f"{site}/index.html"), f"left for {page.url}"
    expect(page.locator("#ksw-panel")).to_be_visible()


def stored(page) -> str:
    return page.evaluate("() => JSON.stringify(Object.assign({}, sessionStorage))")


def wait_for(page, condition, timeout: float = 20.0) -> None:
    deadline = time.time() + timeout
    while not condition():
        assert time.time() < deadline, "timed out"
        page.wait_for_timeout(50)


def test_typing_sentences_with_capitals_and_question_marks_never_exits(open_page, site):
    page = open_page()
    open_chat(page)
    box = page.get_by_label("Type your message")
    sentences = ["Why do they hate me? What do I do? I'M SCARED", "Is It OK? Tell Me Now?? Please Help!!"]
    for text, rollover in zip(sentences, [False, True], strict=True):
        box.focus()
        type_with_shift(page, text, rollover=rollover)
        expect(box).to_have_value(text)
        still_on_the_chat_page(page, site)
        box.fill("")
    # and the conversation is still there
    assert page.evaluate("() => sessionStorage.length") == 1


def test_shift_tab_never_exits(open_page, site):
    page = open_page()
    open_chat(page)
    page.get_by_label("Type your message").focus()
    for _ in range(6):
        page.keyboard.press("Shift+Tab")
    still_on_the_chat_page(page, site)
    # focus really moved backwards through the widget
    assert page.evaluate("() => document.activeElement !== document.querySelector('#ksw-input')")


def test_another_key_between_shift_presses_starts_the_count_again(open_page, site):
    page = open_page()
    open_chat(page)
    page.get_by_label("Type your message").focus()
    shift_alone(page, 2)
    page.keyboard.press("a")
    shift_alone(page, 2)
    still_on_the_chat_page(page, site)
    shift_alone(page)  # now three on their own in a row
    page.wait_for_url(f"{site}/neutral.html")
    assert storage_is_empty(page)


def test_shift_presses_far_apart_do_not_exit(open_page, site):
    page = open_page()
    open_chat(page)
    for _ in range(3):
        shift_alone(page)
        page.wait_for_timeout(2300)
    still_on_the_chat_page(page, site)


def test_shift_three_times_alone_exits_and_leaves_no_way_back(open_page, site):
    page = open_page()
    open_chat(page)
    page.get_by_label("Type your message").focus()
    shift_alone(page, 3)
    page.wait_for_url(f"{site}/neutral.html")
    assert storage_is_empty(page)
    page.go_back()
    assert "index.html" not in page.url, "the chat page is still in the history"


def test_back_forward_cache_after_exit_restores_nothing(open_page, bfcache_browser, site):
    secret = "someone in year 9 keeps sending me horrible messages"
    page = open_page(using=bfcache_browser)
    page.evaluate("() => window.addEventListener('pageshow', "
                  "e => { if (e.persisted) window.fromBackForwardCache = true; })")
    open_chat(page)
    before = page.locator("[data-ksw=bot-message]").count()
    say(page, secret)
    wait_for_reply(page, before)
    sender = json.loads(page.evaluate("() => sessionStorage.getItem('kentSafetyWidget')"))["senderId"]
    # page 2 of the same site, where the conversation carries on; quick exit from there
    page.goto(f"{site}/index.html?page=2")
    expect(page.locator("[data-ksw=user-message]", has_text=secret)).to_be_visible()
    page.get_by_role("button", name=re.compile("Exit this page")).click()
    page.wait_for_url(f"{site}/neutral.html")
    page.go_back(wait_until="commit")  # a page from the cache has no "load" event
    page.wait_for_url(f"{site}/index.html", wait_until="commit")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.fromBackForwardCache === true"), \
        "page 1 did not come from the back/forward cache, so this test would prove nothing"
    expect(page.get_by_text(secret)).to_have_count(0)
    expect(page.locator("[data-ksw=user-message]")).to_have_count(0)
    assert storage_is_empty(page)
    # using the widget there starts a new conversation and writes nothing of the old one
    page.get_by_role("button", name="Chat about an online worry").click()
    expect(page.locator("[data-ksw=bot-message]").first).to_be_visible(timeout=30000)
    page.get_by_role("button", name="Close chat").click()
    kept = stored(page)
    assert secret not in kept and sender not in kept, kept


def test_a_reply_arriving_after_exit_is_not_kept(open_page, site):
    page = open_page()
    open_chat(page)
    held, exits = [], []
    page.route("**/webhooks/rest/webhook", lambda route: held.append(route))
    page.route("**/neutral.html", lambda route: exits.append(route))  # a slow exit site
    say(page, "my message before exit")
    wait_for(page, lambda: held)
    box = page.get_by_role("button", name=re.compile("Exit this page")).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # (no wait for the exit)
    wait_for(page, lambda: exits)
    try:  # the reply arrives after Exit was pressed, before the page has gone
        held[0].fulfill(status=200, content_type="application/json",
                        body=json.dumps([{"recipient_id": "x", "text": "A LATE REPLY"}]))
    except Error:
        pass  # the widget cancelled the request
    page.wait_for_timeout(700)  # time for the widget to handle it
    exits[0].continue_()
    page.wait_for_url(f"{site}/neutral.html")
    kept = stored(page)  # the same tab and site: what a return to the chat page would find
    assert "A LATE REPLY" not in kept and "my message before exit" not in kept, kept
    assert storage_is_empty(page)
