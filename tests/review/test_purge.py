"""Retention: purge deletes exactly the conversations past the retention period, from
every table (Rasa's events included), keeps what an admin chose to keep, and nothing else."""
from __future__ import annotations

import json

import datetime as dt
from collections import Counter

import sqlalchemy as sa

from review import auth, conversations, db, purge
from review.taxonomy import FOLLOW_UP
from tests.review import seed

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

    # unreviewed conversations with immediate or high risk are held back, not deleted unseen
    held = [r for r in old if r["status"] == "unreviewed" and (r["immediate"] or r["max_risk"] >= 2)
            and r["id"] != kept["id"]]
    assert held, "the seed should have old unreviewed high-risk conversations"
    expected_gone = [r for r in old if r["id"] != kept["id"] and r not in held]
    expected_left = new + [kept] + held
    with engine.connect() as conn:
        left = {r.sender_id for r in conn.execute(sa.select(c.sender_id))}
        events_after = _counts_by_sender(conn)
        notes_left = {r.conversation_id for r in conn.execute(sa.select(db.notes.c.conversation_id))}
        tags_left = {(r.conversation_id, r.tag)
                     for r in conn.execute(sa.select(db.tags.c.conversation_id, db.tags.c.tag))}
        audit_rows = conn.execute(sa.select(db.audit_log.c.action, db.audit_log.c.detail)
                                  .order_by(db.audit_log.c.id)).fetchall()
    assert left == {r["sender_id"] for r in expected_left}
    # the tracker store: every event of a purged conversation is gone, every other event untouched
    assert events_after == Counter({r["sender_id"]: events_before[r["sender_id"]] for r in expected_left})
    noted = [r for r in old[:3] + new[:3] if r not in expected_gone]
    assert notes_left == {r["id"] for r in noted}
    assert tags_left == {(r["id"], "misunderstood") for r in noted} | {(kept["id"], FOLLOW_UP)}
    assert counts["conversations"] == len(expected_gone)
    assert counts["events"] == sum(events_before[r["sender_id"]] for r in expected_gone)
    assert counts["notes"] == sum(1 for r in old[:3] if r in expected_gone)
    assert counts["tags"] == counts["notes"]
    assert counts["held_back"] == len(held) and sorted(counts["held_back_ids"]) == sorted(r["id"] for r in held)
    # the audit log is kept, and records the purge (counts only)
    assert len(audit_rows) == audit_before + 1
    assert audit_rows[-1].action == "purge" and f'"conversations": {len(expected_gone)}' in audit_rows[-1].detail
    detail = json.loads(audit_rows[-1].detail)
    assert sorted(detail["deleted_ids"]) == sorted(r["id"] for r in expected_gone)
    assert detail["held_back"] == len(held)


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
    with sqlite_engine.begin() as conn:  # reviewed, so none is held back
        conn.execute(db.conversations.update().values(status="reviewed"))
    purge.purge(sqlite_engine, 90, now=NOW)
    with sqlite_engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(db.conversations)).scalar() == 0
    seed.seed(sqlite_engine, 2, days=1, seed_value=7, now=NOW, index=False)
    assert indexer.refresh(sqlite_engine) == 2


def test_purge_holds_back_unreviewed_risk_and_dry_run_deletes_nothing(sqlite_engine, tmp_path):
    """An unreviewed immediate-risk conversation past retention is not deleted unseen (nor
    its notes); --dry-run says what would go and what is held, and deletes nothing."""
    import random
    import subprocess
    import sys

    from tests.integration.servers import ROOT
    from tests.review.helpers import clean_env

    url = f"sqlite:///{tmp_path / 'purge.db'}"
    engine = db.make_engine(url)
    db.create_events_table(engine)
    db.create_tables(engine)
    old = NOW - 200 * DAY
    for sender, text, intent in (("crisis", "i want to kill myself", "immediate_risk"),
                                 ("groomed", "a man online asked for pics", "grooming"),
                                 ("scam", "i got scammed on vinted", "scam")):
        conv = seed.Conversation(random.Random(1), sender, old)
        conv.user(text, intent, 0.95)
        seed._insert(engine, conv.rows)
    from review import indexer

    indexer.refresh(engine)
    admin = auth.create_user(engine, "admin", "a-good-password", "admin")
    with engine.connect() as conn:
        ids = dict(conn.execute(sa.select(db.conversations.c.sender_id, db.conversations.c.id)).fetchall())
    conversations.add_note(engine, conversations.get(engine, ids["crisis"]), "called the school", admin, None)

    dry = subprocess.run([sys.executable, "-m", "review", "purge", "--dry-run"], cwd=ROOT,
                         env=clean_env(REVIEW_DB_URL=url), capture_output=True, text=True, timeout=120)
    assert dry.returncode == 0 and "would delete 1 conversations" in dry.stdout
    assert "held back 2" in dry.stdout and str(ids["crisis"]) in dry.stdout
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(db.conversations)).scalar() == 3

    counts = purge.purge(engine, 90, now=NOW)
    assert counts["conversations"] == 1 and counts["deleted_ids"] == [ids["scam"]] and counts["held_back"] == 2
    with engine.connect() as conn:
        left = set(conn.execute(sa.select(db.conversations.c.sender_id)).scalars())
        notes = conn.execute(sa.select(sa.func.count()).select_from(db.notes)).scalar()
    assert left == {"crisis", "groomed"} and notes == 1
    # once reviewed, they go at the next purge
    for key in ("crisis", "groomed"):
        conversations.set_status(engine, conversations.get(engine, ids[key]), "reviewed", admin, None)
    assert purge.purge(engine, 90, now=NOW)["conversations"] == 2
    engine.dispose()
