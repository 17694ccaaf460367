"""Rasa's SQL tracker store with less work per message.

endpoints.yml names it (``tracker_store: type: channels.tracker_store.KentSQLTrackerStore``);
it takes the same settings as Rasa's ``type: SQL`` (dialect, url, port, db, username,
password, login_db, query), uses the same ``events`` table with the same rows, and
SQLite by default, PostgreSQL in production, as before. The review app reads that table.

Why it exists: under the load test (`make bench`, py-spy) Rasa 3.6's SQLTrackerStore took
two fifths of the Rasa server's time once intent classification was cheap: for every
message it counted the conversation's stored events with an ORM query to work out which
events were new, built an ORM object per event to insert and another per event to read,
and on SQLite waited for a disk sync at every commit. Here:

- reading a conversation selects only the events' JSON (one prepared Core query, the same
  rows in the same order: events since the latest session start, ordered by id);
- the tracker remembers how many of its events are stored (set when it is read or
  saved), so saving inserts the rest in one executemany without counting first. A tracker
  the store did not read or save (a new conversation) is counted as Rasa does. The lock
  store makes sure one message of a conversation is handled at a time, on any replica;
- SQLite runs in write-ahead-log mode with ``synchronous=NORMAL``: a commit is durable
  once the log is synced at checkpoints, readers (the review app) never block the bot,
  and the database file cannot be corrupted by a crash. A power cut can lose the last
  moments of conversations; production uses PostgreSQL, which is unchanged here. The
  SQLite connections are kept in a small pool instead of opened for every query;
- reading and saving use a plain connection in a transaction, not an ORM session (whose
  set-up and tear-down cost more than the queries), except where Rasa checks a
  PostgreSQL schema (``POSTGRESQL_SCHEMA``) for every session;
- a saved conversation is kept in the process, with what its latest session's rows in
  the table are then (how many, and the latest time) and where they begin among the
  tracker's events; a save costs no more. The next read of that conversation in the same
  process asks the table for those two figures (one small query): when they are the same,
  nothing was added or deleted since (by another Sanic worker, a replica, or the review
  app's purge), and the conversation is handed back as reading it would give it (Rasa's
  own tracker when it holds just the latest session's events, else a copy holding them:
  nlu_components/rasa_speedups.py ``copy_from``) instead of reading every event again
  and replaying them; otherwise the events are read as before. Handed back once (the next
  save keeps the new one); at most KEPT_CONVERSATIONS a process, the least recently saved
  let go first. ``KENT_KEEP_TRACKERS=0`` turns it off. With several workers a
  conversation's next message reaches the same one about half the time (two workers).
"""
from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
from collections import OrderedDict
from typing import Any, Dict, Iterator, NamedTuple, Optional, Text, Tuple

import sqlalchemy as sa
from rasa.core.constants import POSTGRESQL_SCHEMA
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)

STORED = "_kent_stored_events"  # attribute on a tracker: how many of its events are stored
KEEP = "KENT_KEEP_TRACKERS"  # environment: how many saved conversations a process keeps (0: none)
KEPT_CONVERSATIONS = 100  # each about 50 events (tens of kB); far more than one worker serves at once


def stored_events(tracker: DialogueStateTracker) -> Optional[int]:
    count = getattr(tracker, STORED, None)
    if count is None or count > len(tracker.events):
        return None
    return count


def remember_stored(tracker: DialogueStateTracker, count: Optional[int]) -> None:
    setattr(tracker, STORED, count)


class Kept(NamedTuple):
    """A saved conversation kept in the process (KentSQLTrackerStore)."""
    tracker: DialogueStateTracker  # as Rasa saved it
    key: Tuple[int, float]  # the latest session's rows in the table then: how many, and the latest time
    start: int  # where the latest session's rows begin among the tracker's events
    length: int  # how many events the tracker had when it was saved


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # wait for a lock held by another process (the review app's purge) instead of failing
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class KentSQLTrackerStore(SQLTrackerStore):
    engine: Any  # set by SQLTrackerStore.__init__, and replaced below for SQLite

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            # SQLAlchemy 1.4 opens a new SQLite connection for every session (NullPool);
            # keep a few open instead, each set up once
            url = self.engine.url
            self.engine.dispose()
            self.engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=4,
                                           connect_args={"check_same_thread": False})
            sa.event.listen(self.engine, "connect", sqlite_pragmas)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        table = self.SQLEvent.__table__
        sender = sa.bindparam("sender_id")
        session_start = (
            sa.select(sa.func.max(table.c.timestamp))
            .where(table.c.sender_id == sender, table.c.type_name == SessionStarted.type_name)
            .scalar_subquery()
        )
        all_events = sa.select(table.c.data).where(table.c.sender_id == sender)
        self._all_sessions_query = all_events.order_by(table.c.id)
        self._latest_session_query = all_events.where(
            sa.or_(table.c.timestamp >= session_start, session_start.is_(None))
        ).order_by(table.c.id)
        self._insert = table.insert()
        latest_session = sa.or_(table.c.timestamp >= session_start, session_start.is_(None))
        self._latest_session_count = (
            sa.select(sa.func.count()).select_from(table).where(table.c.sender_id == sender, latest_session))
        # what a kept tracker is checked against: how many rows the latest session has, and its latest time
        self._latest_session_key = (
            sa.select(sa.func.count(), sa.func.max(table.c.timestamp)).select_from(table)
            .where(table.c.sender_id == sender, latest_session))
        try:
            self.keep = max(0, int(os.environ.get(KEEP, KEPT_CONVERSATIONS)))
        except ValueError:
            self.keep = KEPT_CONVERSATIONS
        self._kept: "OrderedDict[str, Kept]" = OrderedDict()

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Any]:
        """A connection in a transaction (committed at the end): a plain Core connection,
        or Rasa's ORM session where Rasa checks a PostgreSQL schema for every session."""
        if os.environ.get(POSTGRESQL_SCHEMA):
            with self.session_scope() as session:
                yield session
                session.commit()
        else:
            with self.engine.begin() as connection:
                yield connection

    async def _retrieve(self, sender_id: Text, fetch_events_from_all_sessions: bool
                        ) -> Optional[DialogueStateTracker]:
        kept = None if fetch_events_from_all_sessions else self._kept.pop(sender_id, None)
        query = self._all_sessions_query if fetch_events_from_all_sessions else self._latest_session_query
        with self._connection() as connection:
            if kept is not None and self.domain:
                if tuple(connection.execute(self._latest_session_key, {"sender_id": sender_id}).one()) == kept.key:
                    tracker = self._hand_over(kept)  # the rows are as they were saved: nothing to read
                    if tracker is not None:
                        return tracker
            rows = connection.execute(query, {"sender_id": sender_id}).fetchall()
        events = [json.loads(data) for (data,) in rows]
        if not (self.domain and events):
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        # what save() would count: the stored events since the latest session start
        remember_stored(tracker, None if fetch_events_from_all_sessions else len(events))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        stored = stored_events(tracker)
        with self._connection() as connection:
            if stored is None:
                stored = connection.execute(self._latest_session_count, {"sender_id": tracker.sender_id}).scalar()
            rows = [self._row(tracker.sender_id, event)
                    for event in itertools.islice(tracker.events, stored, None)]
            if rows:
                connection.execute(self._insert, rows)
        remember_stored(tracker, len(tracker.events))
        self._kept.pop(tracker.sender_id, None)
        kept = self._as_read(tracker) if self.keep else None
        if kept is not None:
            self._kept[tracker.sender_id] = kept
            while len(self._kept) > self.keep:
                self._kept.popitem(last=False)

    @staticmethod
    def _as_read(tracker: DialogueStateTracker) -> Optional["Kept"]:
        """What reading the conversation back will give, when it is sure: the latest
        session's rows are the tracker's last events, all at or after the session's start
        (the latest session_started), the events before them all earlier. Nothing is copied
        or asked of the database here: a save costs no more."""
        events = list(tracker.events)
        starts = [e.timestamp for e in events if isinstance(e, SessionStarted)]
        start = 0
        if starts:
            session_start = max(starts)
            start = next((i for i, e in enumerate(events) if e.timestamp >= session_start), len(events))
            if any(e.timestamp < session_start for e in events[start:]):
                return None
        if start >= len(events):
            return None
        return Kept(tracker, (len(events) - start, max(e.timestamp for e in events[start:])), start, len(events))

    @staticmethod
    def _hand_over(kept: "Kept") -> Optional[DialogueStateTracker]:
        """The tracker reading the latest session's rows would give. The tracker Rasa saved
        itself when it holds just those events (Rasa is done with it: the next message of a
        conversation waits for the last one's lock); else a copy holding them, in the state
        replaying them rebuilds (nlu_components/rasa_speedups.py ``copy_from``). None when
        the tracker changed after it was saved, or no exact copy can be made."""
        from nlu_components.rasa_speedups import PAST_STATES, copy_from

        tracker = kept.tracker
        if len(tracker.events) != kept.length:
            return None
        if kept.start:
            copied = copy_from(tracker, kept.start)
            if copied is None:
                return None
            # the states RulePolicy made go with it (checked against its applied events,
            # the same event objects, before they are used)
            states = tracker.__dict__.get(PAST_STATES)
            if states is not None:
                copied.__dict__[PAST_STATES] = states
            tracker = copied
        remember_stored(tracker, kept.key[0])
        return tracker

    @staticmethod
    def _row(sender_id: Text, event: Any) -> Dict[str, Any]:
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": (data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }
