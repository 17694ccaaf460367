"""Retention: purge deletes exactly the conversations past the retention period, from
every table (Rasa's events included), keeps what an admin chose to keep, and nothing else."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import sqlalchemy as sa

from review import auth, conversations, db, purge, seed
from review.taxonomy import FOLLOW_UP

NOW = 1_790_000_000.0  # a fixed "now" (2026-09-21)
DAY = 86400


def _counts_by_sender(conn):
    return Counter(dict(conn.execute(sa.select(db.events.c.sender_id, sa.func.count())
                                     .group_by(db.events.c.sender_id)).fetchall()))


def test_purge_deletes_exactly_what_is_past_retention(any_engine):
    engine = any_engine
    seed.seed(engine, 80, days=200, seed_value=11, now=NOW)
    admin = auth.create_user(engine, "admin", "a-good-password", "admin")
    c = db.conversations.c
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.select(db.conversations).order_by(c.id))]
        events_before = _counts_by_sender(conn)
    cutoff = NOW - 90 * DAY
    old = [r for r in rows if r["last_event_at"] < cutoff]
    new = [r for r in rows if r["last_event_at"] >= cutoff]
    assert len(old) > 10 and len(new) > 10, "the seed should straddle the retention period"

    # review records on both sides of the cut-off
    for row in old[:3] + new[:3]:
        conversations.add_note(engine, row, "spoke to the school", admin, None)
        conversations.add_tag(engine, row, "misunderstood", admin, None)
    kept = old[5]
    conversations.set_status(engine, kept, "reviewed", admin, None)
    conversations.add_tag(engine, kept, FOLLOW_UP, admin, None)
    conversations.keep_until(engine, conversations.get(engine, kept["id"]), dt.date.today() + dt.timedelta(days=30),
                             admin, None)
    lapsed = old[6]  # kept once, but the date has passed
    with engine.begin() as conn:
        conn.execute(db.conversations.update().where(c.id == lapsed["id"]).values(keep_until=NOW - DAY))
        audit_before = conn.execute(sa.select(sa.func.count()).select_from(db.audit_log)).scalar()

    counts = purge.purge(engine, 90, now=NOW)

    expected_gone = [r for r in old if r["id"] != kept["id"]]
    expected_left = new + [kept]
    with engine.connect() as conn:
        left = {r.sender_id for r in conn.execute(sa.select(c.sender_id))}
        events_after = _counts_by_sender(conn)
        notes_left = {r.conversation_id for r in conn.execute(sa.select(db.notes.c.conversation_id))}
        tags_left = {(r.conversation_id, r.tag) for r in conn.execute(sa.select(db.tags.c.conversation_id, db.tags.c.tag))}
        audit_rows = conn.execute(sa.select(db.audit_log.c.action, db.audit_log.c.detail)
                                  .order_by(db.audit_log.c.id)).fetchall()
    assert left == {r["sender_id"] for r in expected_left}
    # the tracker store: every event of a purged conversation is gone, every other event untouched
    assert events_after == Counter({r["sender_id"]: events_before[r["sender_id"]] for r in expected_left})
    assert notes_left == {r["id"] for r in new[:3]}
    assert tags_left == {(r["id"], "misunderstood") for r in new[:3]} | {(kept["id"], FOLLOW_UP)}
    assert counts["conversations"] == len(expected_gone)
    assert counts["events"] == sum(events_before[r["sender_id"]] for r in expected_gone)
    assert counts["notes"] == 3 and counts["tags"] == 3
    # the audit log is kept, and records the purge (counts only)
    assert len(audit_rows) == audit_before + 1
    assert audit_rows[-1].action == "purge" and f'"conversations": {len(expected_gone)}' in audit_rows[-1].detail


def test_purge_with_nothing_old_deletes_nothing(any_engine):
    seed.seed(any_engine, 20, days=10, seed_value=3, now=NOW)
    with any_engine.connect() as conn:
        before = _counts_by_sender(conn)
    counts = purge.purge(any_engine, 90, now=NOW)
    with any_engine.connect() as conn:
        assert _counts_by_sender(conn) == before
    assert counts["conversations"] == counts["events"] == 0


def test_purge_also_clears_expired_sessions(sqlite_engine):
    db.create_tables(sqlite_engine)
    user = auth.create_user(sqlite_engine, "sam", "a-good-password", "reviewer")
    live, dead = auth.start_session(sqlite_engine, user, 30), auth.start_session(sqlite_engine, user, 30)
    with sqlite_engine.begin() as conn:
        conn.execute(db.sessions.update().where(db.sessions.c.token_hash == auth.hash_token(dead))
                     .values(expires_at=db.now() - 5))
    counts = purge.purge(sqlite_engine, 90)
    assert counts["sessions"] == 1
    assert auth.load_session(sqlite_engine, live, 30) is not None


def test_after_purging_the_newest_events_new_ones_are_still_indexed(sqlite_engine):
    """SQLite hands out the deleted ids again: the watermark must come down with them."""
    from review import indexer

    seed.seed(sqlite_engine, 5, days=1, seed_value=5, now=NOW - 200 * DAY)
    seed.seed(sqlite_engine, 1, days=1, seed_value=6, now=NOW - 100 * DAY)  # the newest ids
    purge.purge(sqlite_engine, 90, now=NOW)
    with sqlite_engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(db.conversations)).scalar() == 0
    seed.seed(sqlite_engine, 2, days=1, seed_value=7, now=NOW, index=False)
    assert indexer.refresh(sqlite_engine) == 2
