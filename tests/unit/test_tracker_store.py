"""The project's SQL tracker store (channels/tracker_store.py) stores and reads what Rasa's
does: every event once, in order, the latest session only when asked."""
from __future__ import annotations

import asyncio
import sqlite3

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from channels.tracker_store import KentSQLTrackerStore

DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [greet]
slots:
  worry:
    type: text
    mappings: [{type: custom}]
""")


def run(coroutine):
    return asyncio.run(coroutine)


def turn(text, timestamp):
    return [UserUttered(text, {"name": "greet", "confidence": 0.9}, timestamp=timestamp),
            ActionExecuted("utter_greet", timestamp=timestamp + 0.1),
            BotUttered("hello", timestamp=timestamp + 0.2),
            ActionExecuted("action_listen", timestamp=timestamp + 0.3)]


def stored(db, sender="s1"):
    with sqlite3.connect(db) as connection:
        return [row for row in connection.execute(
            "SELECT type_name, action_name, intent_name FROM events WHERE sender_id = ? ORDER BY id", (sender,))]


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "tracker.db")


def test_a_new_conversation_is_stored_and_read_back(db):
    store = KentSQLTrackerStore(DOMAIN, db=db)
    tracker = DialogueStateTracker.from_events("s1", turn("hi", 1.0), DOMAIN.slots)
    run(store.save(tracker))
    assert [r[0] for r in stored(db)] == ["user", "action", "bot", "action"]
    assert stored(db)[0][2] == "greet"
    again = run(store.retrieve("s1"))
    assert [e.as_dict() for e in again.events] == [e.as_dict() for e in tracker.events]


def test_saving_again_adds_only_the_new_events_in_order(db):
    store = KentSQLTrackerStore(DOMAIN, db=db)
    run(store.save(DialogueStateTracker.from_events("s1", turn("hi", 1.0), DOMAIN.slots)))
    tracker = run(store.retrieve("s1"))
    tracker.update(SlotSet("worry", "scam", timestamp=2.0))
    for event in turn("again", 3.0):
        tracker.update(event)
    run(store.save(tracker))
    run(store.save(tracker))  # nothing new: nothing added
    assert [r[0] for r in stored(db)] == ["user", "action", "bot", "action", "slot",
                                          "user", "action", "bot", "action"]
    # Rasa's own store reads the same rows (the review app reads this table too)
    rasa_store = SQLTrackerStore(DOMAIN, db=db)
    assert len(run(rasa_store.retrieve("s1")).events) == 9


def test_a_tracker_saved_by_another_replica_is_counted_not_duplicated(db):
    first, second = KentSQLTrackerStore(DOMAIN, db=db), KentSQLTrackerStore(DOMAIN, db=db)
    run(first.save(DialogueStateTracker.from_events("s1", turn("hi", 1.0), DOMAIN.slots)))
    # a tracker built outside the store (not read by it): counted, as Rasa does
    rebuilt = DialogueStateTracker.from_events("s1", turn("hi", 1.0) + turn("more", 5.0), DOMAIN.slots)
    run(second.save(rebuilt))
    assert len(stored(db)) == 8


def test_only_the_latest_session_is_read_unless_all_are_asked_for(db):
    store = KentSQLTrackerStore(DOMAIN, db=db)
    events = turn("old", 1.0) + [ActionExecuted("action_session_start", timestamp=10.0),
                                 SessionStarted(timestamp=10.1)] + turn("new", 11.0)
    run(store.save(DialogueStateTracker.from_events("s1", events, DOMAIN.slots)))
    latest = run(store.retrieve("s1"))
    assert [e.text for e in latest.events if isinstance(e, UserUttered)] == ["new"]
    everything = run(store.retrieve_full_tracker("s1"))
    assert [e.text for e in everything.events if isinstance(e, UserUttered)] == ["old", "new"]
    # saving the latest-session tracker adds nothing twice
    latest.update(SlotSet("worry", "bullying", timestamp=12.0))
    run(store.save(latest))
    assert len(stored(db)) == len(events) + 1


def test_an_unknown_conversation_is_none_and_other_conversations_are_untouched(db):
    store = KentSQLTrackerStore(DOMAIN, db=db)
    run(store.save(DialogueStateTracker.from_events("s1", turn("hi", 1.0), DOMAIN.slots)))
    run(store.save(DialogueStateTracker.from_events("s2", turn("yo", 1.5), DOMAIN.slots)))
    assert run(store.retrieve("nobody")) is None
    assert len(stored(db, "s1")) == len(stored(db, "s2")) == 4


def test_sqlite_runs_in_write_ahead_log_mode(db):
    store = KentSQLTrackerStore(DOMAIN, db=db)
    run(store.save(DialogueStateTracker.from_events("s1", turn("hi", 1.0), DOMAIN.slots)))
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
