"""The SQLite lock store the Rasa server's worker processes share (channels/lock_store.py):
one conversation's turns one at a time and in order, whichever process takes them."""
from __future__ import annotations

import asyncio
import multiprocessing
import sqlite3
import time

import pytest
from rasa.core.lock_store import LockError

from channels.lock_store import SQLiteLockStore

FORK = multiprocessing.get_context("fork")


def _issue_many(path: str, conversation: str, count: int, out: "multiprocessing.Queue") -> None:
    store = SQLiteLockStore(db=path)
    out.put([store.issue_ticket(conversation, 60) for _ in range(count)])


def test_tickets_issued_by_two_processes_at_once_are_never_the_same(tmp_path):
    """Rasa's stores read a lock and write it back in two steps: two processes then hand out
    the same ticket. Here each change is one transaction."""
    path = str(tmp_path / "locks.db")
    SQLiteLockStore(db=path)
    out: "multiprocessing.Queue" = FORK.Queue()
    workers = [FORK.Process(target=_issue_many, args=(path, "c1", 150, out)) for _ in range(2)]
    for worker in workers:
        worker.start()
    tickets = out.get(timeout=60) + out.get(timeout=60)
    for worker in workers:
        worker.join(timeout=60)
    assert len(tickets) == 300 and len(set(tickets)) == 300
    assert len(SQLiteLockStore(db=path).get_lock("c1").tickets) == 300


def _take_turns(path: str, conversation: str, turns: int, log: str) -> None:
    store = SQLiteLockStore(db=path)

    async def run() -> None:
        for _ in range(turns):
            async with store.lock(conversation, lock_lifetime=10):
                with open(log, "a") as handle:
                    handle.write(f"start {time.monotonic()}\n")
                await asyncio.sleep(0.01)
                with open(log, "a") as handle:
                    handle.write(f"end {time.monotonic()}\n")

    asyncio.run(run())


def test_one_conversation_has_one_turn_at_a_time_across_processes(tmp_path):
    path, log = str(tmp_path / "locks.db"), tmp_path / "turns.log"
    SQLiteLockStore(db=path)
    workers = [FORK.Process(target=_take_turns, args=(path, "c1", 10, str(log))) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    events = [line.split()[0] for line in log.read_text().splitlines()]
    assert len(events) == 40
    assert events == ["start", "end"] * 20  # never two starts in a row: no overlap
    # and nothing is left behind once every turn is done
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM locks").fetchone()[0] == 0


def test_messages_waiting_for_a_conversation_go_in_the_order_they_came():
    async def run(path: str) -> list:
        store, order = SQLiteLockStore(db=path), []

        async def turn(name: str, delay: float) -> None:
            await asyncio.sleep(delay)
            async with store.lock("c1", lock_lifetime=10):
                order.append(name)
                await asyncio.sleep(0.05)

        await asyncio.gather(*(turn(str(i), i * 0.01) for i in range(5)))
        return order

    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        assert asyncio.run(run(f"{directory}/locks.db")) == ["0", "1", "2", "3", "4"]


def test_a_process_that_died_holding_a_lock_holds_up_the_conversation_only_until_it_expires(tmp_path):
    path = str(tmp_path / "locks.db")
    dead = SQLiteLockStore(db=path)
    dead.issue_ticket("c1", 0.5)  # its turn never ends and it renews nothing

    async def next_message() -> float:
        start = time.monotonic()
        async with SQLiteLockStore(db=path).lock("c1", lock_lifetime=10):
            return time.monotonic() - start

    waited = asyncio.run(next_message())
    assert 0.2 < waited < 3


def test_other_conversations_do_not_wait(tmp_path):
    path = str(tmp_path / "locks.db")
    SQLiteLockStore(db=path).issue_ticket("c1", 60)

    async def other() -> float:
        start = time.monotonic()
        async with SQLiteLockStore(db=path).lock("c2"):
            return time.monotonic() - start

    assert asyncio.run(other()) < 0.2


def test_a_lock_file_that_cannot_be_used_stops_the_server_at_start(tmp_path):
    (tmp_path / "locks.db").mkdir()  # a folder where the file should be
    with pytest.raises(sqlite3.Error):
        SQLiteLockStore(db=str(tmp_path / "locks.db"))


def test_a_store_failure_while_queueing_is_a_lock_error(tmp_path, monkeypatch):
    store = SQLiteLockStore(db=str(tmp_path / "locks.db"))

    def broken(*_args):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store, "_change", broken)
    with pytest.raises(LockError):
        store.issue_ticket("c1")


def test_endpoints_yml_builds_it(tmp_path):
    from rasa.core.lock_store import LockStore
    from rasa.utils.endpoints import read_endpoint_config

    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f'lock_store:\n  type: channels.lock_store.SQLiteLockStore\n  db: "{tmp_path}/l.db"\n')
    store = LockStore.create(read_endpoint_config(str(endpoints), "lock_store"))
    assert isinstance(store, SQLiteLockStore) and store.path == tmp_path / "l.db"


def test_a_message_nobody_else_waits_for_takes_two_transactions(tmp_path):
    """Every message takes the lock: with nobody in line, joining the line is also taking
    the turn (one transaction), and leaving it is the other; the lock is gone afterwards."""
    store = SQLiteLockStore(db=str(tmp_path / "locks.db"))
    changes = []
    original = store._change

    def counted(conversation_id, change):
        changes.append(conversation_id)
        return original(conversation_id, change)

    store._change = counted

    async def turn() -> bool:
        async with store.lock("c1", lock_lifetime=10) as lock:
            return lock.conversation_id == "c1" and store.get_lock("c1") is not None

    assert asyncio.run(turn())
    assert changes == ["c1", "c1"]
    assert store.get_lock("c1") is None
