"""Rasa's Redis lock store, made safe for replicas that can crash.

deploy/endpoints.prod.yml names it (``lock_store: type: deploy.lock_store.RenewingRedisLockStore``);
it takes the same settings as Rasa's ``type: redis`` (url, port, password, db, key_prefix,
...). Why it exists (docs/production.md, "The lock store"):

Rasa 3.6's RedisLockStore gives each message a ticket that expires TICKET_LOCK_LIFETIME
seconds after it is *issued*, and a waiting message polls once a second. When a replica
dies holding a conversation's lock and nginx retries its message on another replica less
than a second later, both tickets expire within the same poll: the waiting message then
never sees its turn. It waits until the next message of that conversation deletes the
lock, and fails with LockError: the message is lost, though the user got a reply.
tests/production/test_lock_store.py shows it. Rasa's store is also not atomic: two
replicas issuing tickets for one conversation at once can overwrite each other's.

Here a ticket is a lease:
- a waiting message renews its ticket at every poll (0.2 s), so it never expires while
  it waits in line; the holder renews its own every third of the lifetime while its turn
  runs, so a slow turn keeps the lock;
- a crashed replica renews nothing: its ticket expires at most TICKET_LOCK_LIFETIME
  seconds after its last renewal, and the next message in line goes ahead;
- every change to a lock is one Redis transaction (WATCH/MULTI), and the lock's key
  expires with its last ticket, so a crash leaves nothing behind.
"""
from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Callable, Optional, Text, Tuple

import redis
from rasa.core import lock_store as rasa_lock_store
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LockError, RedisLockStore

logger = logging.getLogger(__name__)

# How often a waiting message checks whether its turn has come (Rasa: 1 s).
POLL_SECONDS = 0.2
# A message gives up (LockError) after waiting this many lock lifetimes in line, and at
# least MIN_WAIT_SECONDS: only a conversation flooded with messages ever waits that long.
MAX_WAIT_LIFETIMES = 6
MIN_WAIT_SECONDS = 60.0

Change = Callable[[Optional[TicketLock]], Tuple[Optional[TicketLock], Any]]


class RenewingRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Any = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by module path with `endpoint_config=` only.
        if endpoint_config is not None:
            kwargs = {**endpoint_config.kwargs, "host": endpoint_config.url or "localhost",
                      **kwargs}
        super().__init__(**kwargs)

    # --- atomic changes -------------------------------------------------------------------
    def _change(self, conversation_id: Text, change: Change) -> Any:
        """Apply `change` to the stored lock in one transaction: `change(lock)` returns the
        lock to store (None or no tickets: delete it) and a result."""
        key = self.key_prefix + conversation_id
        while True:
            with self.red.pipeline() as pipe:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    lock = TicketLock.from_dict(json.loads(raw)) if raw else None
                    lock, result = change(lock)
                    pipe.multi()
                    if lock is not None:
                        lock.remove_expired_tickets()
                    if lock is None or not lock.tickets:
                        pipe.delete(key)
                    else:
                        # the key goes when its last ticket would have
                        last = max(ticket.expires for ticket in lock.tickets)
                        pipe.set(key, lock.dumps(), px=max(1, math.ceil((last - time.time()) * 1000)) + 1000)
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # someone else changed the lock meanwhile: read it again

    def issue_ticket(self, conversation_id: Text,
                     lock_lifetime: float = rasa_lock_store.LOCK_LIFETIME) -> int:
        def issue(lock: Optional[TicketLock]) -> Tuple[TicketLock, int]:
            lock = lock or TicketLock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._change(conversation_id, issue)
        except redis.RedisError as error:
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

    # --- the lock -------------------------------------------------------------------------
    async def _keep_alive(self, conversation_id: Text, ticket: int, lifetime: float) -> None:
        while True:
            await asyncio.sleep(lifetime / 3)
            try:
                if self._renew(conversation_id, ticket, lifetime) is None:
                    logger.warning("The lock of conversation '%s' expired during a turn.",
                                   conversation_id)
                    return
            except redis.RedisError as error:  # try again at the next renewal
                logger.warning("Could not renew the lock of conversation '%s': %s",
                               conversation_id, error)

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: Optional[float] = None,
                   wait_time_in_seconds: float = POLL_SECONDS) -> AsyncGenerator[TicketLock, None]:
        lifetime = float(lock_lifetime or rasa_lock_store.LOCK_LIFETIME)
        poll = min(wait_time_in_seconds, POLL_SECONDS)
        give_up = time.monotonic() + max(MIN_WAIT_SECONDS, MAX_WAIT_LIFETIMES * lifetime)
        ticket = self.issue_ticket(conversation_id, lifetime)
        keep_alive: Optional[asyncio.Future] = None
        try:
            while True:
                turn = self._renew(conversation_id, ticket, lifetime)
                if turn:
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
                await asyncio.sleep(poll)
            keep_alive = asyncio.ensure_future(self._keep_alive(conversation_id, ticket, lifetime))
            yield self.get_lock(conversation_id) or TicketLock(conversation_id)
        finally:
            if keep_alive is not None:
                keep_alive.cancel()
            self.cleanup(conversation_id, ticket)
