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


# --- a saved conversation kept in the process -------------------------------------------

def session_start(timestamp):
    return [ActionExecuted("action_session_start", timestamp=timestamp), SessionStarted(timestamp=timestamp + 0.01),
            ActionExecuted("action_listen", timestamp=timestamp + 0.02)]


def read_afresh(db, sender="s1"):
    """The conversation as a store that keeps nothing reads it from the table."""
    store = KentSQLTrackerStore(DOMAIN, db=db)
    store.keep = 0
    return run(store.retrieve(sender))


def state(tracker):
    """What a tracker holds. Events as their JSON says: a kept tracker's are the objects the
    turn made, whose token spans are tuples until they are written (lists once read back);
    everything else, slot values included, compared as Python objects."""
    import json

    from rasa.shared.core.trackers import EventVerbosity

    def as_json(value):
        return json.loads(json.dumps(value))

    def latest(event):  # its time: an empty one is made when a tracker is, whatever its events
        return {k: v for k, v in as_json(event.as_dict()).items() if k != "timestamp"}

    return {"events": as_json([e.as_dict() for e in tracker.events]),
            "slots": {name: (type(slot.value), slot.value, slot.has_been_set) for name, slot in tracker.slots.items()},
            "latest_message": latest(tracker.latest_message), "latest_action": tracker.latest_action,
            "latest_bot_utterance": latest(tracker.latest_bot_utterance),
            "followup": tracker.followup_action, "paused": tracker.is_paused(),
            "current": as_json(tracker.current_state(EventVerbosity.ALL)),
            "applied": as_json([e.as_dict() for e in tracker.applied_events()])}


def test_a_saved_conversation_is_handed_back_as_the_table_would_give_it(db):
    store = KentSQLTrackerStore(DOMAIN, db=db)
    tracker = DialogueStateTracker.from_events(
        "s1", session_start(0.5) + turn("hi", 1.0) + [SlotSet("worry", "scam", timestamp=1.5)] + turn("more", 2.0),
        DOMAIN.slots)
    run(store.save(tracker))
    assert store._kept["s1"].tracker is tracker
    again = run(store.retrieve("s1"))
    # the table's latest session starts at session_started: action_session_start is left
    # out, so a copy holding the rest is handed back
    assert again is not tracker
    assert [e.as_dict() for e in again.events] == [e.as_dict() for e in tracker.events][1:]
    assert state(again) == state(read_afresh(db))
    assert again.get_slot("worry") == "scam"
    # handed back once: without a save in between, the next read goes to the table
    assert "s1" not in store._kept
    assert run(store.retrieve("s1")) is not again
    # saving what was handed back adds only the new events; it holds just the latest
    # session, so the next read hands back that very tracker
    again.update(SlotSet("worry", "bullying", timestamp=3.0))
    run(store.save(again))
    assert len(stored(db)) == len(tracker.events) + 1
    third = run(store.retrieve("s1"))
    assert third is again
    assert state(third) == state(read_afresh(db))
    # and a tracker changed after it was saved is read again
    run(store.save(third))
    third.update(SlotSet("worry", "scam", timestamp=4.0))
    fourth = run(store.retrieve("s1"))
    assert fourth is not third and fourth.get_slot("worry") == "bullying"


def test_a_conversation_changed_elsewhere_is_read_from_the_table(db):
    worker, other = KentSQLTrackerStore(DOMAIN, db=db), KentSQLTrackerStore(DOMAIN, db=db)
    run(worker.save(DialogueStateTracker.from_events("s1", session_start(0.5) + turn("hi", 1.0), DOMAIN.slots)))
    # the other worker takes the next turn
    tracker = run(other.retrieve("s1"))
    for event in turn("from the other worker", 2.0):
        tracker.update(event)
    run(other.save(tracker))
    back = run(worker.retrieve("s1"))
    assert [e.text for e in back.events if isinstance(e, UserUttered)] == ["hi", "from the other worker"]
    assert state(back) == state(read_afresh(db))
    # deleted (the review app's purge): gone, not handed back
    run(worker.save(back))
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM events WHERE sender_id = 's1'")
    assert run(worker.retrieve("s1")) is None


def test_only_the_latest_session_is_kept(db):
    store = KentSQLTrackerStore(DOMAIN, db=db)
    events = (session_start(0.5) + turn("old", 1.0) + [SlotSet("worry", "scam", timestamp=1.5)]
              + session_start(10.0) + turn("new", 11.0))
    tracker = DialogueStateTracker.from_events("s1", events, DOMAIN.slots)
    run(store.save(tracker))
    kept = run(store.retrieve("s1"))
    assert [e.text for e in kept.events if isinstance(e, UserUttered)] == ["new"]
    assert kept.get_slot("worry") is None  # the new session started afresh
    assert state(kept) == state(read_afresh(db))
    # all sessions: always from the table
    assert len(run(store.retrieve_full_tracker("s1")).events) == len(events)


def test_a_tracker_that_cannot_be_handed_back_exactly_is_read_again(db):
    store = KentSQLTrackerStore(DOMAIN, db=db)
    # no bot utterance yet, and action_session_start to leave out: no exact copy
    run(store.save(DialogueStateTracker.from_events(
        "s1", session_start(0.5) + [UserUttered("hi", {"name": "greet", "confidence": 1.0}, timestamp=1.0)],
        DOMAIN.slots)))
    back = run(store.retrieve("s1"))
    assert state(back) == state(read_afresh(db)) and len(back.events) == 3
    # an event stamped before the session's start, saved after it: the table leaves it out
    late = session_start(5.0) + turn("hi", 6.0) + [SlotSet("worry", "scam", timestamp=1.0)]
    run(store.save(DialogueStateTracker.from_events("s2", late, DOMAIN.slots)))
    assert "s2" not in store._kept
    assert len(run(store.retrieve("s2")).events) == len(late) - 2


def test_how_many_are_kept(db, monkeypatch):
    from channels.tracker_store import KEEP

    store = KentSQLTrackerStore(DOMAIN, db=db)
    store.keep = 2
    for i, sender in enumerate(["a", "b", "c"]):
        run(store.save(DialogueStateTracker.from_events(sender, session_start(i) + turn("hi", i + 0.5), DOMAIN.slots)))
    assert list(store._kept) == ["b", "c"]  # the least recently saved let go first
    monkeypatch.setenv(KEEP, "0")
    off = KentSQLTrackerStore(DOMAIN, db=db)
    run(off.save(DialogueStateTracker.from_events("d", session_start(0) + turn("hi", 1.0), DOMAIN.slots)))
    assert off.keep == 0 and not off._kept
