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

Here a ticket is a lease (channels/lock_store.py, LeaseLockStore, shared with the SQLite
store of the default set-up):
- a waiting message renews its ticket at every poll (0.2 s), so it never expires while
  it waits in line; the holder renews its own every third of the lifetime while its turn
  runs, so a slow turn keeps the lock;
- a crashed replica renews nothing: its ticket expires at most TICKET_LOCK_LIFETIME
  seconds after its last renewal, and the next message in line goes ahead;
- every change to a lock is one Redis transaction (WATCH/MULTI), and the lock's key
  expires with its last ticket, so a crash leaves nothing behind.
"""
from __future__ import annotations

import json
import math
import time
from typing import Any, Text

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import RedisLockStore

from channels.lock_store import Change, LeaseLockStore, last_expiry


class RenewingRedisLockStore(LeaseLockStore, RedisLockStore):
    store_errors = (redis.RedisError,)

    def __init__(self, endpoint_config: Any = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by module path with `endpoint_config=` only.
        if endpoint_config is not None:
            kwargs = {**endpoint_config.kwargs, "host": endpoint_config.url or "localhost",
                      **kwargs}
        RedisLockStore.__init__(self, **kwargs)

    def _change(self, conversation_id: Text, change: Change) -> Any:
        """One Redis transaction (WATCH/MULTI); the lock's key expires with its last ticket."""
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
                        pipe.set(key, lock.dumps(),
                                 px=max(1, math.ceil((last_expiry(lock) - time.time()) * 1000)) + 1000)
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # someone else changed the lock meanwhile: read it again
