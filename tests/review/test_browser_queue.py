"""The queue as a busy safeguarding lead sees it in Chromium on a 1280x900 screen: at
least 15 conversations at once, immediate risk on top, then check-in, then by risk; and
one very long word can't make a page wider than the screen."""
from __future__ import annotations

import random

import pytest

from review import auth, db, indexer
from tests.chromium import chromium
from tests.review import seed
from tests.review.helpers import PASSWORD, ReviewServer

START = 1_790_000_000.0


@pytest.fixture(scope="module")
def queue_server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("queue-browser")
    url = f"sqlite:///{workdir / 'tracker.db'}"
    engine = db.make_engine(url)
    seed.seed(engine, 60, days=5, seed_value=31)
    conv = seed.Conversation(random.Random(1), "long-word", START)
    conv.user("a" * 3000 + " and https://example.com/" + "b" * 2000, "bullying", 0.9)
    conv.user("nobody would care if i was gone", "out_of_scope", 0.4,
              risk={"tier": "check_in", "score": 0.7, "clause": "nobody would care if i was gone", "source": "t"})
    seed._insert(engine, conv.rows)
    indexer.refresh(engine)
    auth.create_user(engine, "lead", PASSWORD, "reviewer")
    server = ReviewServer(workdir, url).start()
    yield server, engine
    server.stop()
    engine.dispose()


@pytest.fixture(scope="module")
def page(queue_server):
    server, _ = queue_server
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        tab.goto(server.url + "/queue")
        tab.fill("#username", "lead")
        tab.fill("#password", PASSWORD)
        tab.click("button[type=submit]")
        tab.wait_for_url("**/queue")
        yield tab
        context.close()


def test_at_least_15_conversations_fit_on_a_1280x900_screen(page):
    visible = page.evaluate("""() => [...document.querySelectorAll('table.queue tbody tr')]
        .filter(row => { const r = row.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })
        .length""")
    tallest = page.evaluate("""() => Math.max(...[...document.querySelectorAll('table.queue tbody tr')]
        .map(row => row.getBoundingClientRect().height))""")
    print(f"\n{visible} rows visible at 1280x900; tallest row {tallest:.0f} px")
    assert visible >= 15 and tallest <= 40


def test_the_order_is_immediate_then_check_in_then_by_risk(page):
    classes = page.evaluate("() => [...document.querySelectorAll('table.queue tbody tr')].map(r => r.className)")
    first_other = next(i for i, c in enumerate(classes) if "immediate" not in c)
    assert first_other > 0 and "check-in" in classes[first_other]
    assert "check-in" in page.locator("table.queue tbody tr").nth(first_other).inner_text()


def test_one_long_word_does_not_widen_the_page(page, queue_server):
    _, engine = queue_server
    import sqlalchemy as sa

    with engine.connect() as conn:
        conv_id = conn.execute(sa.select(db.conversations.c.id)
                               .where(db.conversations.c.sender_id == "long-word")).scalar()
    for path in ("/queue", f"/conversations/{conv_id}", f"/conversations/{conv_id}/export.html"):
        page.goto(page.url.split("/queue")[0].split("/conversations")[0] + path)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        widest = page.evaluate("""() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth || e.scrollWidth > e.clientWidth + 2)
            .map(e => e.tagName + '.' + e.className + ':' + e.scrollWidth + '/' + e.clientWidth).slice(0, 8)""")
        assert width <= 1280, (path, width, widest)
