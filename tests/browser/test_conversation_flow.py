"""How the conversation behaves: focus stays in the widget, only the newest quick replies
work, one error message at a time, "the helper is typing" is announced, start again, text
size, and the card's email link."""
from __future__ import annotations

import json
import time

from playwright.sync_api import expect

from tests.browser.helpers import bot_messages, open_chat, say, wait_for_reply

IN_WIDGET = "() => !!document.activeElement && !!document.activeElement.closest('.ksw-root')"


def wait_for(page, condition, timeout: float = 20.0) -> None:
    deadline = time.time() + timeout
    while not condition():
        assert time.time() < deadline, "timed out"
        page.wait_for_timeout(50)


def test_focus_stays_in_the_widget_after_a_quick_reply(open_page):
    page = open_page()
    open_chat(page)
    before = bot_messages(page).count()
    page.locator("[data-ksw=quick-reply]").first.click()
    wait_for_reply(page, before)
    assert page.evaluate(IN_WIDGET), page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)")
    expect(page.get_by_label("Type your message")).to_be_focused()
    # so the next message can be typed straight away
    page.keyboard.type("thanks")
    expect(page.get_by_label("Type your message")).to_have_value("thanks")


def test_focus_stays_in_the_widget_after_try_again(open_page):
    page = open_page()
    open_chat(page)
    page.route("**/webhooks/rest/webhook", lambda route: route.abort())
    say(page, "someone hacked my snapchat")
    expect(page.locator("[data-ksw=error]")).to_be_visible(timeout=20000)
    page.unroute("**/webhooks/rest/webhook")
    before = bot_messages(page).count()
    page.get_by_role("button", name="Try again").click()
    wait_for_reply(page, before)
    assert page.evaluate(IN_WIDGET)
    expect(page.get_by_label("Type your message")).to_be_focused()


def test_only_the_newest_quick_replies_can_be_used(open_page):
    page = open_page()
    open_chat(page)

    def active():
        return page.evaluate("""() => [...document.querySelectorAll('[data-ksw=quick-replies]')]
            .map(g => [...g.querySelectorAll('button')].filter(b => !b.disabled).length)""")
    assert active()[0] >= 2
    before = bot_messages(page).count()
    page.get_by_role("button", name="I'm a parent or carer").click()
    wait_for_reply(page, before)
    sets = active()
    assert len(sets) >= 2 and sets[-1] >= 2, f"the newest reply has no quick replies: {sets}"
    assert all(n == 0 for n in sets[:-1]), f"earlier quick replies still active: {sets}"
    # a typed message also retires the newest set: its buttons no longer fit the conversation
    before = bot_messages(page).count()
    say(page, "someone is sending my son nasty messages on xbox")
    wait_for_reply(page, before)
    sets = active()
    assert all(n == 0 for n in sets[:len(sets) - 1]) and sets[1] == 0, f"earlier quick replies still active: {sets}"


def test_two_failures_leave_one_error_and_a_retry_clears_it(open_page):
    page = open_page()
    open_chat(page)
    page.route("**/webhooks/rest/webhook", lambda route: route.abort())
    say(page, "first try")
    expect(page.locator("[data-ksw=error]")).to_have_count(1, timeout=20000)
    say(page, "second try")
    page.wait_for_timeout(500)
    expect(page.locator(".ksw-failed")).to_have_count(2, timeout=20000)
    expect(page.locator("[data-ksw=error]")).to_have_count(1)
    page.unroute("**/webhooks/rest/webhook")
    page.get_by_role("button", name="Try again").click()
    expect(page.locator(".ksw-failed")).to_have_count(0, timeout=30000)
    expect(page.locator("[data-ksw=error]")).to_have_count(0)


def test_the_helper_is_typing_is_announced_and_each_reply_once(open_page):
    page = open_page()
    open_chat(page)
    held = []
    page.route("**/webhooks/rest/webhook", lambda route: held.append(route))
    status = page.get_by_role("status")
    say(page, "hello")
    wait_for(page, lambda: held)
    expect(status).to_have_text("The helper is typing")
    expect(page.locator("[data-ksw=typing]")).to_be_visible()
    held[0].fulfill(status=200, content_type="application/json",
                    body=json.dumps([{"recipient_id": "x", "text": "A reply from the helper"}]))
    reply = page.locator("[data-ksw=log]").get_by_text("A reply from the helper")
    expect(reply).to_have_count(1)
    expect(status).to_have_text("")
    expect(page.locator("[data-ksw=typing]")).to_be_hidden()
    # the reply is added to the live log once; the typing line is not part of the log
    assert page.locator("[data-ksw=log] [data-ksw=typing]").count() == 0
    page.wait_for_timeout(300)
    expect(reply).to_have_count(1)


def test_start_again_clears_the_conversation(open_page):
    page = open_page()
    open_chat(page)
    before = bot_messages(page).count()
    say(page, "my brother keeps taking my phone")
    wait_for_reply(page, before)
    old = json.loads(page.evaluate("() => sessionStorage.getItem('kentSafetyWidget')"))["senderId"]
    page.get_by_role("button", name="Options").click()
    page.get_by_role("button", name="Start again (clear this chat)").click()
    expect(page.locator("[data-ksw=user-message]")).to_have_count(0)
    expect(bot_messages(page).first).to_contain_text("computer program", timeout=30000)
    kept = page.evaluate("() => sessionStorage.getItem('kentSafetyWidget')")
    assert "my brother" not in kept and old not in kept
    expect(page.get_by_label("Type your message")).to_be_focused()


def test_text_size_can_be_made_larger(open_page):
    page = open_page()
    open_chat(page)

    def size():
        return bot_messages(page).first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    standard = size()
    page.get_by_role("button", name="Options").click()
    page.locator("[data-ksw=text-size]").click()
    assert size() >= standard * 1.15
    page.reload()  # kept for this tab
    expect(bot_messages(page).first).to_be_visible()
    assert size() >= standard * 1.15


def test_cards_show_the_email_address_and_numbers_in_text_are_links(open_page):
    page = open_page()
    open_chat(page)
    card = {"name": "Samaritans", "description": "Someone to talk to", "phone": "116 123",
            "email": "jo@samaritans.org", "url": "https://www.samaritans.org", "url_label": "samaritans.org"}
    page.route("**/webhooks/rest/webhook", lambda route: route.fulfill(
        status=200, content_type="application/json",
        body=json.dumps([{"recipient_id": "x",
                          "text": "If you are in danger right now, call 999.\nOr Childline on 0800 1111."},
                         {"recipient_id": "x", "text": "Samaritans: call 116 123",
                          "custom": {"type": "resource_card", "resource": card, "text": "Samaritans: call 116 123"}}])))
    say(page, "i need someone to talk to")
    email = page.locator("[data-ksw=resource-card] a[href='mailto:jo@samaritans.org']")
    expect(email).to_be_visible(timeout=20000)
    reply = bot_messages(page).last
    expect(reply.locator("a[href='tel:999']")).to_have_text("999")
    expect(reply.locator("a[href='tel:08001111']")).to_have_text("0800 1111")
