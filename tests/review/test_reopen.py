"""A conversation marked reviewed comes back when the young person writes again, and
anything riskier they write puts it back on top: nothing urgent stays hidden. Also the
risk tier of each message (parse_data["risk"], issue 12) in the queue and transcript."""
from __future__ import annotations

import random

import sqlalchemy as sa

from review import audit, auth, conversations, db, indexer
from review.taxonomy import TIER_CHECK_IN, TIER_EMERGENCY
from tests.review import seed

NOW = 1_790_000_000.0


def _conv(engine, sender):
    with engine.connect() as conn:
        conv_id = conn.execute(sa.select(db.conversations.c.id).where(db.conversations.c.sender_id == sender)).scalar()
    return conversations.get(engine, conv_id)


def _queue_ids(engine, **args):
    filters = conversations.Filters.from_args(args)
    assert not filters.errors
    return [r["id"] for r in conversations.queue_page(engine, filters, page_size=500)["rows"]]


def _write(engine, sender, start, messages):
    conv = seed.Conversation(random.Random(1), sender, start)
    for text, intent, risk in messages:
        conv.user(text, intent, 0.95, risk=risk)
        if intent == "immediate_risk":
            conv.emergency()
        else:
            conv.utter("utter_ask_worry")
    seed._insert(engine, conv.rows)
    return conv


def test_a_new_immediate_risk_message_after_review_reopens_and_tops_the_queue(any_engine):
    engine = any_engine
    seed.seed(engine, 30, days=2, seed_value=3, now=NOW)
    sender = seed.PREFIX + "reopen-me"
    _write(engine, sender, NOW - 3000, [("my insta got hacked", "privacy", None)])
    indexer.refresh(engine)
    admin = auth.create_user(engine, "lead", "a-good-password", "admin")
    conv = _conv(engine, sender)
    conversations.set_status(engine, conv, "reviewed", admin, "127.0.0.1")
    assert _conv(engine, sender)["status"] == "reviewed"
    assert conv["id"] not in _queue_ids(engine, status="unreviewed")

    _write(engine, sender, NOW - 1000, [("i am going to kill myself tonight", "immediate_risk", None)])
    indexer.refresh(engine)
    after = _conv(engine, sender)
    assert after["status"] == "unreviewed" and after["immediate"]
    assert after["preview"] == "i am going to kill myself tonight"
    assert _queue_ids(engine)[0] == conv["id"] or after["priority"] == 5
    assert conv["id"] in _queue_ids(engine, status="unreviewed")
    assert conv["id"] in _queue_ids(engine, status="unreviewed", worry="immediate_risk")
    rows, _ = audit.entries(engine, action="reopen", conversation_id=conv["id"])
    assert len(rows) == 1 and rows[0]["detail"]["new_risk"] is True


def test_any_new_message_reopens_even_without_new_risk_but_reindexing_alone_does_not(sqlite_engine):
    engine = sqlite_engine
    sender = seed.PREFIX + "plain"
    seed.seed(engine, 1, days=1, seed_value=5, now=NOW)
    _write(engine, sender, NOW - 3000, [("someone is bullying me", "bullying", None)])
    indexer.refresh(engine)
    admin = auth.create_user(engine, "lead", "a-good-password", "admin")
    conversations.set_status(engine, _conv(engine, sender), "reviewed", admin, None)
    # recomputing the summaries without new messages keeps the review
    indexer.refresh(engine, overlap=10_000)
    with engine.begin() as conn:
        indexer.reindex_senders(conn, [sender])
    assert _conv(engine, sender)["status"] == "reviewed" and _conv(engine, sender)["priority"] == 0
    _write(engine, sender, NOW - 100, [("thanks", "thanks", None)])
    indexer.refresh(engine)
    assert _conv(engine, sender)["status"] == "unreviewed"


def test_a_message_that_arrived_while_the_reviewer_was_reading_reopens_it(sqlite_engine):
    engine = sqlite_engine
    sender = seed.PREFIX + "race"
    seed.seed(engine, 1, days=1, seed_value=5, now=NOW)
    _write(engine, sender, NOW - 3000, [("someone is bullying me", "bullying", None)])
    indexer.refresh(engine)
    with engine.connect() as conn:
        seen = conversations.last_event_id(conn, sender)       # what the page showed
    _write(engine, sender, NOW - 100, [("i want to die", "immediate_risk", None)])  # not yet indexed
    admin = auth.create_user(engine, "lead", "a-good-password", "admin")
    conversations.set_status(engine, _conv(engine, sender), "reviewed", admin, None, seen_event_id=seen)
    after = _conv(engine, sender)
    assert after["status"] == "unreviewed" and after["immediate"] and after["priority"] == 5


def test_check_in_tier_sorts_between_immediate_and_ordinary_and_old_events_still_work(sqlite_engine):
    engine = sqlite_engine
    db.create_events_table(engine)
    db.create_tables(engine)
    _write(engine, "s-ordinary-new", NOW - 100, [("someone is grooming me", "grooming", None)])
    _write(engine, "s-check-in", NOW - 5000, [
        ("hi", "greet", {"tier": "none", "score": 0.01, "clause": None, "source": "model"}),
        ("nobody would miss me, my number is 07700 900123", "out_of_scope",
         {"tier": "check_in", "score": 0.62, "clause": "nobody would miss me, text 07700 900123", "source": "model"})])
    _write(engine, "s-emergency-tier", NOW - 9000, [
        ("i have the pills ready", "self_harm",
         {"tier": "emergency", "score": 0.97, "clause": "i have the pills ready", "source": "model"})])
    _write(engine, "s-old-immediate", NOW - 8000, [("i want to kill myself", "immediate_risk", None)])
    indexer.refresh(engine)
    rows = conversations.queue_page(engine, conversations.Filters(), page_size=10)["rows"]
    order = [_conv(engine, s)["id"] for s in ("s-old-immediate", "s-emergency-tier", "s-check-in", "s-ordinary-new")]
    assert [r["id"] for r in rows] == order
    by_id = {r["id"]: r for r in rows}
    assert by_id[order[1]]["immediate"] and by_id[order[1]]["risk_tier"] == TIER_EMERGENCY
    assert by_id[order[0]]["risk_tier"] == TIER_EMERGENCY and by_id[order[0]]["risk_score"] is None
    check_in = by_id[order[2]]
    assert check_in["risk_tier"] == TIER_CHECK_IN and check_in["risk_score"] == 0.62 and not check_in["immediate"]
    assert "07700" not in check_in["preview"] and check_in["preview"].startswith("nobody would miss me")
    # the "bot unsure" filter finds the check-in conversation
    assert order[2] in _queue_ids(engine, unsure="1") and order[3] not in _queue_ids(engine, unsure="1")
    # per message in the transcript
    turns = conversations.user_turns(conversations.timeline(engine, "s-check-in"))
    assert [(t["user"]["tier"], t["user"]["score"]) for t in turns] == [(0, 0.01), (TIER_CHECK_IN, 0.62)]
    old = conversations.user_turns(conversations.timeline(engine, "s-old-immediate"))
    assert old[0]["user"]["tier"] == TIER_EMERGENCY and old[0]["escalation"]
