"""The review app in Debian's Chromium (Playwright): log in, the queue, a transcript,
marking it reviewed and exporting it, on the SQLite store the real bot filled."""
from __future__ import annotations

import json

import pytest

from tests.chromium import chromium
from tests.review.conftest import REVIEWER
from tests.review.helpers import PASSWORD


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser, sqlite_store):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: page.problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    yield page
    context.close()


def log_in(page, base, password=PASSWORD):
    page.goto(base + "/queue")
    assert "/login" in page.url
    page.fill("#username", REVIEWER)
    page.fill("#password", password)
    page.click("button[type=submit]")


def test_wrong_password_shows_an_error_and_no_queue(page, sqlite_store):
    log_in(page, sqlite_store.review.url, password="not-the-password-at-all")
    assert page.locator("p.error").inner_text() == "Wrong username or password."
    assert "/login" in page.url and page.locator("table.queue").count() == 0


def test_log_in_see_the_queue_review_a_transcript_and_export_it(page, sqlite_store):
    base, conv_id = sqlite_store.review.url, sqlite_store.ids["for_browser"]
    log_in(page, base)
    page.wait_for_url("**/queue")
    # the queue: the unreviewed immediate-risk conversations are flagged and first
    first_rows = page.locator("table.queue tbody tr")
    assert first_rows.count() >= 10
    assert "immediate" in first_rows.nth(0).get_attribute("class")
    assert "Immediate risk" in first_rows.nth(0).inner_text()
    # the session cookie is HttpOnly and Secure, and Chromium kept it on http://127.0.0.1
    cookie = next(c for c in page.context.cookies() if c["name"] == "review_session")
    assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Strict"

    row = page.locator(f'tr[data-id="{conv_id}"]')
    assert "[phone number]" in row.inner_text() and "07700 900456" not in row.inner_text()
    row.locator("a").first.click()
    page.wait_for_url(f"**/conversations/{conv_id}")
    timeline = page.locator("ol.timeline").inner_text()
    assert "someone is scamming me on vinted" in timeline and "[phone number]" in timeline
    assert "07700 900456" not in page.content()
    assert page.locator(".card").count() >= 1  # the resources the bot offered

    page.click("text=Mark reviewed")
    page.wait_for_url(f"**/conversations/{conv_id}")
    assert page.locator("h1 .pill").first.inner_text() == "Reviewed"
    assert page.locator("text=Mark as not reviewed").count() == 1

    with page.expect_download() as download:
        page.click("#export >> text=JSON")
    document = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert document["conversation"]["id"] == conv_id and document["masked"] is True
    assert document["conversation"]["review"]["status"] == "reviewed"
    assert "07700 900456" not in json.dumps(document)

    page.click("#export >> text=Printable page")
    page.wait_for_url(f"**/conversations/{conv_id}/export.html")
    assert "transcript for a safeguarding record" in page.locator("h1").inner_text()
    page.emulate_media(media="print")
    assert page.locator("p.no-print").is_hidden()
    assert not [p for p in page.problems if "Content Security Policy" in p or "Refused" in p], page.problems

    page.goto(base + "/queue?status=reviewed")
    assert page.locator(f'tr[data-id="{conv_id}"]').count() == 1
