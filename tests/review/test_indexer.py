"""The indexer summarises Rasa's events incrementally, and the queue reads only summaries."""
from __future__ import annotations

import random

import sqlalchemy as sa

from review import auth, conversations, db, indexer
from review.taxonomy import RISK_IMMEDIATE
from tests.review import seed

NOW = 1_790_000_000.0


def _summary(engine, sender):
    with engine.connect() as conn:
        row = conn.execute(sa.select(db.conversations).where(db.conversations.c.sender_id == sender)).first()
    return dict(row._mapping) if row else None


def test_no_events_table_yet_means_an_empty_queue(sqlite_engine):
    db.create_tables(sqlite_engine)
    assert not db.events_table_exists(sqlite_engine)
    assert indexer.refresh(sqlite_engine) == 0
    page = conversations.queue_page(sqlite_engine, conversations.Filters())
    assert page["rows"] == [] and page["total"] == 0 and page["next"] is None


def test_only_new_events_are_read_and_summaries_follow_the_conversation(any_engine):
    engine = any_engine
    seed.seed(engine, 12, days=3, seed_value=1, now=NOW, index=False)
    assert indexer.refresh(engine) == 12
    assert indexer.refresh(engine) == 0  # nothing new: nothing done

    with engine.connect() as conn:
        sender = conn.execute(sa.select(db.conversations.c.sender_id)
                              .where(db.conversations.c.immediate.is_(False)).limit(1)).scalar()
    before = _summary(engine, sender)
    admin = auth.create_user(engine, "admin", "a-good-password", "admin")
    conversations.set_status(engine, before, "reviewed", admin, None)

    # the same person comes back and says something that needs the emergency advice
    later = seed.Conversation(random.Random(2), sender, before["last_event_at"] + 600)
    later.user("i want to kill myself", "immediate_risk", 1.0,
               safety_net={"rule": "kill_self", "phrase": "kill myself", "classifier_intent": "self_harm"})
    later.emergency()
    seed._insert(engine, later.rows)
    seed.seed(engine, 2, days=1, seed_value=9, now=NOW, index=False)

    assert indexer.refresh(engine) >= 3
    after = _summary(engine, sender)
    assert after["id"] == before["id"]
    assert after["immediate"] and after["safety_net"] and after["max_risk"] == RISK_IMMEDIATE
    assert after["user_turns"] == before["user_turns"] + 1
    assert after["last_event_at"] > before["last_event_at"]
    # a new message after the review reopens it, and the new immediate risk puts it on top
    assert after["status"] == "unreviewed" and after["priority"] == 5
    assert after["preview"] == "i want to kill myself"
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(db.conversations)).scalar() == 14


def test_unreviewed_immediate_risk_sorts_first_and_paging_visits_every_row_once(sqlite_engine):
    seed.seed(sqlite_engine, 400, days=20, seed_value=4, now=NOW)
    seen, cursor, pages = [], None, 0
    while True:
        page = conversations.queue_page(sqlite_engine, conversations.Filters(), cursor, page_size=50)
        seen.extend(page["rows"])
        pages += 1
        cursor = page["next"]
        if not cursor:
            break
    assert len(seen) == 400 == page["total"] and len({r["id"] for r in seen}) == 400 and pages == 8
    flags = [r["immediate"] for r in seen]
    assert any(flags), "the seed should have some immediate-risk conversations"
    first_plain = flags.index(False)
    assert all(flags[:first_plain]) and not any(flags[first_plain:])
    # then by risk (high above concern above the rest), newest first within each
    keys = [(r["priority"], r["started_at"]) for r in seen]
    assert keys == sorted(keys, reverse=True)
    risks = [r["max_risk"] for r in seen[first_plain:]]
    assert risks == sorted(risks, reverse=True) and risks[0] == 2 and 1 in risks


def test_filters_select_what_they_say(sqlite_engine):
    seed.seed(sqlite_engine, 300, days=20, seed_value=8, now=NOW)

    def rows(**args):
        filters = conversations.Filters.from_args(args)
        assert not filters.errors
        return conversations.queue_page(sqlite_engine, filters, page_size=500)["rows"]

    assert rows(worry="grooming") and all("grooming" in r["worry_list"] for r in rows(worry="grooming"))
    assert rows(audience="parent") and all(r["audience"] == "parent" for r in rows(audience="parent"))
    assert all(r["max_risk"] == 2 for r in rows(risk="high"))
    assert all(r["immediate"] for r in rows(risk="immediate"))
    assert len(rows(status="unreviewed")) == 300 and rows(status="reviewed") == []
    everything = rows()
    day = conversations.dt.datetime.fromtimestamp(everything[len(everything) // 2]["started_at"],
                                                 conversations.LONDON).date()
    on_day = rows(**{"from": day.isoformat(), "to": day.isoformat()})
    assert on_day and all(conversations.dt.datetime.fromtimestamp(r["started_at"], conversations.LONDON).date() == day
                          for r in on_day)
    assert conversations.Filters.from_args({"worry": "nonsense", "from": "yesterday"}).errors
