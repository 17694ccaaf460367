"""The lock store the replicas share (deploy/lock_store.py), against a real Redis: a
message waiting behind a replica that crashed holding the lock gets its turn; a slow
turn keeps its lock; turns go in order; nothing is left in Redis. And the reason it
exists: Rasa's own RedisLockStore strands such a message."""
from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time
import uuid

import pytest

from tests.production.stack import PROD_SH, ROOT, free_ports

LIFETIME = 1.5  # seconds; short, to keep the tests quick


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory):
    if not shutil.which("redis-server"):
        installed = subprocess.run(["bash", str(PROD_SH), "install"], cwd=ROOT,
                                   capture_output=True, text=True, timeout=600)
        assert installed.returncode == 0, installed.stderr
    port = free_ports(1)[0]
    workdir = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "",
         "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.time() + 20
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            assert time.time() < deadline and server.poll() is None, "redis-server did not start"
            time.sleep(0.1)
    yield port
    server.terminate()
    server.wait(timeout=20)


def stores(port: int):
    from rasa.core.lock_store import RedisLockStore

    from deploy.lock_store import RenewingRedisLockStore

    return RedisLockStore(host="127.0.0.1", port=port), RenewingRedisLockStore(host="127.0.0.1", port=port)


async def behind_a_crashed_holder(store, gap: float = 0.3, timeout: float = 3 * LIFETIME + 2) -> float:
    """A replica takes the lock and dies (never releases it); `gap` later another
    message for the conversation arrives. Seconds until it gets the lock."""
    conversation = f"crash-{uuid.uuid4().hex[:8]}"
    store.issue_ticket(conversation, LIFETIME)
    await asyncio.sleep(gap)
    start = time.monotonic()

    async def take() -> None:
        async with store.lock(conversation, lock_lifetime=LIFETIME):
            pass

    await asyncio.wait_for(take(), timeout)
    return time.monotonic() - start


def test_rasa_redis_lock_store_strands_a_message_behind_a_crashed_replica(redis_port):
    """Why deploy/lock_store.py exists. If this starts failing, Rasa fixed it upstream."""
    rasa_store, _ = stores(redis_port)
    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(behind_a_crashed_holder(rasa_store))


def test_a_message_behind_a_crashed_replica_gets_its_turn_once_the_lease_runs_out(redis_port):
    _, store = stores(redis_port)
    for gap in (0.05, 0.3, 0.9):
        waited = asyncio.run(behind_a_crashed_holder(store, gap))
        assert LIFETIME - gap - 0.3 <= waited <= LIFETIME - gap + 0.6, (gap, waited)


def test_a_slow_turn_keeps_its_lock_and_turns_go_in_order(redis_port):
    _, store = stores(redis_port)
    conversation = f"slow-{uuid.uuid4().hex[:8]}"
    order = []

    async def turn(name: str, seconds: float, delay: float) -> None:
        await asyncio.sleep(delay)
        async with store.lock(conversation, lock_lifetime=LIFETIME):
            order.append(f"{name} start")
            await asyncio.sleep(seconds)
            order.append(f"{name} end")

    async def main() -> None:
        # the first turn runs for twice the lifetime: the others must still wait for it
        await asyncio.gather(turn("a", 2 * LIFETIME, 0), turn("b", 0.1, 0.1),
                             turn("c", 0.1, 0.2))

    asyncio.run(main())
    assert order == ["a start", "a end", "b start", "b end", "c start", "c end"]
    assert store.red.get(store.key_prefix + conversation) is None, "lock left in Redis"


def test_the_lock_of_a_crashed_replica_does_not_stay_in_redis(redis_port):
    _, store = stores(redis_port)
    conversation = f"gone-{uuid.uuid4().hex[:8]}"
    store.issue_ticket(conversation, LIFETIME)
    ttl_ms = store.red.pttl(store.key_prefix + conversation)
    assert 0 < ttl_ms <= (LIFETIME + 1.1) * 1000


def test_the_replicas_load_the_lock_store_named_in_the_endpoints(redis_port):
    from rasa.core.lock_store import LockStore
    from rasa.utils.endpoints import read_endpoint_config

    env = {"KENT_ACTION_URL": "http://127.0.0.1:1/webhook", "KENT_PG_HOST": "127.0.0.1",
           "KENT_PG_PORT": "1", "KENT_PG_DB": "kent", "KENT_PG_USER": "kent",
           "KENT_PG_PASSWORD": "x", "KENT_REDIS_HOST": "127.0.0.1",
           "KENT_REDIS_PORT": str(redis_port), "KENT_REDIS_PASSWORD": "", "KENT_REDIS_DB": "1"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        config = read_endpoint_config(str(ROOT / "deploy" / "endpoints.prod.yml"), "lock_store")
        store = LockStore.create(config)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    from deploy.lock_store import RenewingRedisLockStore

    assert type(store) is RenewingRedisLockStore
    assert store.key_prefix.startswith("kent:")
    assert store.red.ping()
