"""Per-conversation locks that work across processes: leases, and a SQLite store for them.

Rasa handles one message of a conversation at a time, in order, with a ticket lock from its
lock store. Its default store lives in one process's memory, so it cannot serve several
Sanic workers (channels/server.py) or replicas; Rasa's Redis store can, but changes a lock
in two steps (read, then write), so two processes can overwrite each other's tickets.

``LeaseLockStore`` is the lock both of the project's stores share: every change to a lock is
one transaction of the store (``_change``), and a ticket is a lease:

- a waiting message renews its ticket at every poll (0.2 s), so it never expires while it
  waits in line; the holder renews its own every third of the lifetime while its turn
  runs, so a slow turn keeps the lock;
- a process that dies renews nothing: its ticket expires at most TICKET_LOCK_LIFETIME
  seconds after its last renewal, and the next message in line goes ahead.

``SQLiteLockStore`` keeps the locks in a SQLite file (``var/locks.db`` by default), for the
default set-up on one machine: endpoints.yml names it (``lock_store: type:
channels.lock_store.SQLiteLockStore``, optional ``db:``). Each change runs in a ``BEGIN
IMMEDIATE`` transaction, so processes take turns. Production uses Redis
(deploy/lock_store.py, the same leases). tests/unit/test_lock_store.py checks both
processes' view of one file.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import threading
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncGenerator, Callable, Dict, Optional, Text, Tuple, Type

from rasa.core import lock_store as rasa_lock_store
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LockError, LockStore

logger = logging.getLogger(__name__)

# How often a waiting message checks whether its turn has come (Rasa: 1 s).
POLL_SECONDS = 0.2
# A message gives up (LockError) after waiting this many lock lifetimes in line, and at
# least MIN_WAIT_SECONDS: only a conversation flooded with messages ever waits that long.
MAX_WAIT_LIFETIMES = 6
MIN_WAIT_SECONDS = 60.0

Change = Callable[[Optional[TicketLock]], Tuple[Optional[TicketLock], Any]]


def last_expiry(lock: TicketLock) -> float:
    return max(ticket.expires for ticket in lock.tickets)


class LeaseLockStore(LockStore):
    """Ticket locks whose tickets are leases, changed atomically by ``_change``."""

    # the store's own errors: turned into LockError when a ticket is issued, logged and
    # retried when a running turn's lease cannot be renewed
    store_errors: Tuple[Type[BaseException], ...] = ()

    def _change(self, conversation_id: Text, change: Change) -> Any:
        """Apply `change` to the stored lock in one transaction: `change(lock)` returns the
        lock to store (None or no unexpired tickets: delete it) and a result."""
        raise NotImplementedError

    def issue_ticket(self, conversation_id: Text,
                     lock_lifetime: float = rasa_lock_store.LOCK_LIFETIME) -> int:
        return self._join_line(conversation_id, lock_lifetime)[0]

    def _join_line(self, conversation_id: Text, lifetime: float) -> Tuple[int, bool, TicketLock]:
        """Issue a ticket and, in the same transaction, say whether its turn has come (the
        usual case: nobody else is in line), with the lock as stored."""
        def issue(lock: Optional[TicketLock]) -> Tuple[TicketLock, Tuple[int, bool, TicketLock]]:
            lock = lock or TicketLock(conversation_id)
            ticket = lock.issue_ticket(lifetime)
            lock.remove_expired_tickets()
            return lock, (ticket, not lock.is_locked(ticket), lock)

        try:
            return self._change(conversation_id, issue)
        except self.store_errors as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def _renew(self, conversation_id: Text, ticket: int, lifetime: float) -> Optional[bool]:
        """Push `ticket`'s expiry to `lifetime` from now. Returns None if the ticket is
        gone, else whether it is its turn."""
        def renew(lock: Optional[TicketLock]) -> Tuple[Optional[TicketLock], Optional[bool]]:
            if lock is None:
                return None, None
            own = lock._ticket_for_ticket_number(ticket)  # drops expired tickets
            if own is None:
                return lock, None
            own.expires = time.time() + lifetime
            return lock, not lock.is_locked(ticket)

        return self._change(conversation_id, renew)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        """Give up `ticket_number`; delete the lock if nobody else is in line."""
        def finish(lock: Optional[TicketLock]) -> Tuple[Optional[TicketLock], None]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock, None

        self._change(conversation_id, finish)

    async def _keep_alive(self, conversation_id: Text, ticket: int, lifetime: float) -> None:
        while True:
            await asyncio.sleep(lifetime / 3)
            try:
                if self._renew(conversation_id, ticket, lifetime) is None:
                    logger.warning("The lock of conversation '%s' expired during a turn.",
                                   conversation_id)
                    return
            except self.store_errors as error:  # try again at the next renewal
                logger.warning("Could not renew the lock of conversation '%s': %s",
                               conversation_id, error)

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: Optional[float] = None,
                   wait_time_in_seconds: float = POLL_SECONDS) -> AsyncGenerator[TicketLock, None]:
        lifetime = float(lock_lifetime or rasa_lock_store.LOCK_LIFETIME)
        poll = min(wait_time_in_seconds, POLL_SECONDS)
        give_up = time.monotonic() + max(MIN_WAIT_SECONDS, MAX_WAIT_LIFETIMES * lifetime)
        ticket, first, held = self._join_line(conversation_id, lifetime)
        turn: Optional[bool] = first
        keep_alive: Optional[asyncio.Future] = None
        try:
            while not turn:
                await asyncio.sleep(poll)
                turn = self._renew(conversation_id, ticket, lifetime)
                if turn:
                    held = self.get_lock(conversation_id) or held
                    break
                if turn is None:
                    # our ticket is gone (the event loop stalled for a whole lifetime, or
                    # the lock was deleted): join the line again
                    logger.warning("Lost the place in line for conversation '%s'; queueing again.",
                                   conversation_id)
                    ticket = self.issue_ticket(conversation_id, lifetime)
                if time.monotonic() > give_up:
                    raise LockError(f"Could not acquire lock for conversation_id "
                                    f"'{conversation_id}' (waited too long).")
            keep_alive = asyncio.ensure_future(self._keep_alive(conversation_id, ticket, lifetime))
            yield held
        finally:
            if keep_alive is not None:
                keep_alive.cancel()
            self.cleanup(conversation_id, ticket)

    # Rasa's own two-step changes, made single transactions too
    def save_lock(self, lock: TicketLock) -> None:
        self._change(lock.conversation_id, lambda _stored: (lock, None))

    def delete_lock(self, conversation_id: Text) -> None:
        self._change(conversation_id, lambda _stored: (None, None))


DEFAULT_DB = "var/locks.db"


class SQLiteLockStore(LeaseLockStore):
    """Leases in one SQLite file shared by every process on the machine."""

    store_errors = (sqlite3.Error,)

    def __init__(self, endpoint_config: Any = None, db: Optional[Text] = None) -> None:
        # Rasa builds a lock store named by module path with `endpoint_config=` only.
        if db is None and endpoint_config is not None:
            db = endpoint_config.kwargs.get("db")
        self.path = Path(db or DEFAULT_DB)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._connections: Dict[Tuple[int, int], sqlite3.Connection] = {}
        with self._connection() as connection:  # fails here, at start, if the file cannot be used
            connection.execute("CREATE TABLE IF NOT EXISTS locks (conversation_id TEXT PRIMARY KEY, "
                               "lock TEXT NOT NULL, expires REAL NOT NULL)")
            connection.execute("CREATE INDEX IF NOT EXISTS locks_expires ON locks (expires)")
        super().__init__()

    def _connection(self) -> sqlite3.Connection:
        """This process's and thread's connection: a connection is never used across a fork
        (a Sanic worker opens its own) or between threads."""
        key = (os.getpid(), threading.get_ident())
        connection = self._connections.get(key)
        if connection is None:
            if any(pid != key[0] for pid, _ in self._connections):
                self._connections = {}  # the parent's, after a fork: never touched here
            connection = sqlite3.connect(str(self.path), timeout=10, isolation_level=None,
                                         check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            self._connections[key] = connection
        return connection

    def get_lock(self, conversation_id: Text) -> Optional[TicketLock]:
        row = self._connection().execute("SELECT lock FROM locks WHERE conversation_id = ?",
                                          (conversation_id,)).fetchone()
        return TicketLock.from_dict(json.loads(row[0])) if row else None

    def _change(self, conversation_id: Text, change: Change) -> Any:
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")  # the write lock first: no one changes it meanwhile
        try:
            row = connection.execute("SELECT lock FROM locks WHERE conversation_id = ?",
                                     (conversation_id,)).fetchone()
            lock, result = change(TicketLock.from_dict(json.loads(row[0])) if row else None)
            if lock is not None:
                lock.remove_expired_tickets()
            if lock is None or not lock.tickets:
                connection.execute("DELETE FROM locks WHERE conversation_id = ?", (conversation_id,))
            else:
                connection.execute("INSERT OR REPLACE INTO locks VALUES (?, ?, ?)",
                                   (conversation_id, lock.dumps(), last_expiry(lock)))
            # locks left by a process that died holding them
            connection.execute("DELETE FROM locks WHERE expires < ?", (time.time(),))
            connection.execute("COMMIT")
            return result
        except BaseException:
            connection.execute("ROLLBACK")
            raise
