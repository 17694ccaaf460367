"""What a safeguarding lead expects beyond "reviewed": states with an outcome, assigning a
conversation to a colleague, and text search over what young people wrote (masked)."""
from __future__ import annotations

import random

import pytest
import sqlalchemy as sa

from review import audit, auth, conversations, db, indexer
from tests.review import seed
from tests.review.helpers import PASSWORD, ReviewServer, logged_in

NOW = 1_790_000_000.0


def _conversation(engine, sender, messages, start=NOW):
    conv = seed.Conversation(random.Random(len(sender)), sender, start)
    for text, intent in messages:
        conv.user(text, intent, 0.9)
        conv.utter("utter_ask_worry")
    seed._insert(engine, conv.rows)


@pytest.fixture
def filled(any_engine):
    db.create_events_table(any_engine)
    db.create_tables(any_engine)
    _conversation(any_engine, "a", [("someone keeps sending me horrible messages on whatsapp", "bullying")])
    _conversation(any_engine, "b", [("a man on roblox asked for pictures, my number is 07700 900123", "grooming")],
                  NOW - 50)
    _conversation(any_engine, "c", [("Horrible MESSAGES again", "bullying"), ("thanks", "thanks")], NOW - 100)
    indexer.refresh(any_engine)
    with any_engine.connect() as conn:
        ids = dict(conn.execute(sa.select(db.conversations.c.sender_id, db.conversations.c.id)).fetchall())
    return any_engine, ids


def _ids(engine, **args):
    filters = conversations.Filters.from_args(args)
    assert not filters.errors, filters.errors
    return sorted(r["id"] for r in conversations.queue_page(engine, filters)["rows"])


def test_text_search_finds_words_in_any_message_but_not_personal_details(filled):
    engine, ids = filled
    assert _ids(engine, q="horrible messages") == sorted([ids["a"], ids["c"]])
    assert _ids(engine, q="roblox pictures") == [ids["b"]]
    assert _ids(engine, q="whatsapp horrible") == [ids["a"]]
    assert _ids(engine, q="07700") == [] and _ids(engine, q="900123") == []   # masked before indexing
    assert _ids(engine, q="nothing like this") == []
    page = conversations.queue_page(engine, conversations.Filters.from_args({"q": "horrible"}))
    assert page["total"] == 2
    # a deleted conversation leaves the index
    admin = auth.create_user(engine, "lead", "a-good-password", "admin")
    conversations.delete(engine, conversations.get(engine, ids["a"]), admin, None)
    assert _ids(engine, q="horrible") == [ids["c"]]


def test_states_need_an_outcome_when_referred_or_closed_and_are_audited(filled):
    engine, ids = filled
    lead = auth.create_user(engine, "lead", "a-good-password", "admin")
    conv = conversations.get(engine, ids["b"])
    conversations.set_status(engine, conv, "in_progress", lead, None)
    assert conversations.get(engine, ids["b"])["status"] == "in_progress"
    with pytest.raises(conversations.ReviewError, match="outcome"):
        conversations.set_status(engine, conv, "referred", lead, None)
    conversations.set_status(engine, conv, "referred", lead, None, outcome="referred_police")
    after = conversations.get(engine, ids["b"])
    assert after["status"] == "referred" and after["outcome"] == "referred_police" and after["priority"] == 0
    assert ids["b"] in _ids(engine, status="referred")
    rows, _ = audit.entries(engine, action="status", conversation_id=ids["b"])
    assert rows[0]["detail"] == {"status": "referred", "outcome": "referred_police"}
    # the young person writes again: back to not reviewed
    _conversation(engine, "b", [("he is messaging me again", "grooming")], NOW + 500)
    indexer.refresh(engine)
    assert conversations.get(engine, ids["b"])["status"] == "unreviewed"


def test_assigning_to_a_colleague_and_filtering_by_it(filled):
    engine, ids = filled
    lead = auth.create_user(engine, "lead", "a-good-password", "admin")
    colleague = auth.create_user(engine, "sam", "a-good-password", "reviewer")
    conversations.assign(engine, conversations.get(engine, ids["c"]), "sam", lead, None)
    assert conversations.get(engine, ids["c"])["assigned_name"] == "sam"
    mine = conversations.Filters.from_args({"assigned": "me"})
    mine.viewer_id = colleague.id
    assert [r["id"] for r in conversations.queue_page(engine, mine)["rows"]] == [ids["c"]]
    assert ids["c"] not in _ids(engine, assigned="nobody")
    with pytest.raises(conversations.ReviewError):
        conversations.assign(engine, conversations.get(engine, ids["c"]), "nobody-here", lead, None)
    rows, _ = audit.entries(engine, action="assign")
    assert rows[0]["detail"] == {"to": "sam"}


def test_the_pages_offer_search_states_and_assignment(tmp_path):
    url = f"sqlite:///{tmp_path / 'pages.db'}"
    engine = db.make_engine(url)
    db.create_events_table(engine)
    db.create_tables(engine)
    _conversation(engine, "p", [("people at school call me names", "bullying")])
    indexer.refresh(engine)
    auth.create_user(engine, "lead", PASSWORD, "admin")
    auth.create_user(engine, "sam", PASSWORD, "reviewer")
    server = ReviewServer(tmp_path, url).start()
    try:
        client = logged_in(server, "lead")
        conv_id = engine.connect().execute(sa.select(db.conversations.c.id)).scalar()
        assert f'data-id="{conv_id}"' in client.get("/queue?q=call+names").text
        assert f'data-id="{conv_id}"' not in client.get("/queue?q=football").text
        assert client.submit(f"/conversations/{conv_id}/assign", {"username": "sam"}).status_code == 303
        assert client.submit(f"/conversations/{conv_id}/status",
                             {"status": "closed", "outcome": "advice_given"}).status_code == 303
        page = client.get(f"/conversations/{conv_id}").text
        assert "Advice given" in page and "Closed" in page
        assert "→ sam" in client.get("/queue").text
        assert "Patterns" in client.get("/patterns").text
        sam = logged_in(server, "sam")
        assert f'data-id="{conv_id}"' in sam.get("/queue?assigned=me").text
    finally:
        server.stop()
        engine.dispose()


def test_chart_bars_open_those_conversations_and_views_by_age_band_and_platform(tmp_path):
    import html
    import re
    import time

    url = f"sqlite:///{tmp_path / 'charts.db'}"
    engine = db.make_engine(url)
    db.create_events_table(engine)
    db.create_tables(engine)
    now = time.time() - 3600
    for n, (intent, platform, age) in enumerate([("immediate_risk", "snapchat", "age_11_13"),
                                                 ("bullying", "roblox", "age_14_17"),
                                                 ("bullying", "snapchat", None)]):
        conv = seed.Conversation(random.Random(n), f"chart-{n}", now - n * 60)
        conv.user(f"message {n} on {platform}", intent, 0.9,
                  entities=[{"entity": "platform", "value": platform, "start": 13, "end": 13 + len(platform)}])
        if age:
            conv.slot("age_band", age)
        seed._insert(engine, conv.rows)
    # a platform entity forced to hold a phone number is not a platform
    forced = seed.Conversation(random.Random(9), "chart-forced", now - 300)
    forced.user("/inform", "inform", 1.0, entities=[{"entity": "platform", "value": "07700 900123"}])
    seed._insert(engine, forced.rows)
    indexer.refresh(engine)
    auth.create_user(engine, "lead", PASSWORD, "admin")
    server = ReviewServer(tmp_path, url).start()
    try:
        client = logged_in(server, "lead")
        page = client.get("/patterns").text
        assert "Age bands" in page and "Platforms" in page and "07700" not in page
        assert page.count("<svg") == 5 and "<title>Patterns ·" in page   # risk, worries, audiences, ages, platforms
        links = [html.unescape(h) for h in re.findall(r'<a href="(/queue\?[^"]+)">', page)]
        immediate = next(link for link in links if "risk=immediate" in link)
        rows = re.findall(r'data-id="(\d+)"', client.get(immediate).text)
        assert len(rows) == 1
        snapchat = next(link for link in links if "platform=snapchat" in link)
        assert len(re.findall(r'data-id="(\d+)"', client.get(snapchat).text)) == 2
        young = next(link for link in links if "age=age_11_13" in link)
        assert re.findall(r'data-id="(\d+)"', client.get(young).text) == rows
    finally:
        server.stop()
        engine.dispose()
