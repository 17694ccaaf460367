"""The Rasa server as the project runs it (channels/server.py): two worker processes
sharing one loaded model, a conversation's turns handled by either, in order."""
from __future__ import annotations

import concurrent.futures
import json
import sqlite3
import uuid
from pathlib import Path
from typing import List

import pytest
import requests

from tests.integration.servers import Servers


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    running = Servers(tmp_path_factory.mktemp("servers")).start()
    yield running
    running.stop()


def workers(servers: Servers) -> List[int]:
    main = servers.processes["rasa"].pid
    return [int(p) for p in Path(f"/proc/{main}/task/{main}/children").read_text().split()]


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def say(servers: Servers, sender: str, message: str) -> str:
    # a new connection each time, so the kernel may hand it to either worker
    response = requests.post(servers.webhook, json={"sender": sender, "message": message}, timeout=60,
                             headers={"Connection": "close"})
    response.raise_for_status()
    return "\n".join(r.get("text", "") for r in response.json())


def test_two_workers_serve_and_the_model_was_loaded_once(servers):
    pids = workers(servers)
    assert len(pids) == 2
    before = {pid: cpu_ticks(pid) for pid in pids}
    worries = ["someone is threatening to share my nudes unless i pay", "people keep posting mean stuff about me",
               "i got scammed on vinted", "a man online keeps asking for pics of me"] * 10
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(lambda w: say(servers, f"w-{uuid.uuid4().hex[:10]}", w), worries))
    assert all(replies)
    assert all(cpu_ticks(pid) > before[pid] for pid in pids), "one worker took every message"
    log = (servers.workdir / "rasa.log").read_text()
    assert log.count("Loading the model once for 2 Sanic workers") == 1
    assert log.count("model loaded before the fork") == 2
    # TensorFlow's optional JAX import is kept out (channels/server.without_jax): ~60 MB
    for pid in [servers.processes["rasa"].pid, *pids]:
        assert "jaxlib" not in Path(f"/proc/{pid}/maps").read_text()


def test_a_conversation_keeps_its_context_whichever_worker_takes_each_turn(servers):
    sender = f"c-{uuid.uuid4().hex[:10]}"
    first = say(servers, sender, "someone says they'll post my nudes unless i pay them")
    assert "not your fault" in first.lower() or "don't pay" in first.lower() or "do not pay" in first.lower()
    for _ in range(3):
        # the same question asked again gets an answer for sextortion, read from the
        # conversation the other worker may have stored
        follow_up = say(servers, sender, "what if they post it anyway?")
        assert "report remove" in follow_up.lower() or "take it down" in follow_up.lower(), follow_up


def test_turns_of_one_conversation_sent_at_once_are_each_answered_and_stored_once(servers):
    sender = f"o-{uuid.uuid4().hex[:10]}"
    messages = ["hi", "i'm a young person", "14", "people keep posting mean stuff about me"]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        replies = list(pool.map(lambda m: say(servers, sender, m), messages))
    assert all(replies)
    with sqlite3.connect(servers.db) as connection:
        rows = connection.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'",
                                  (sender,)).fetchall()
    said = [json.loads(data)["text"] for (data,) in rows]
    assert sorted(said) == sorted(messages)  # every message stored once, none lost or doubled


def test_a_busy_worker_lets_kept_alive_connections_go_and_a_pooled_client_is_spread(servers):
    """A client keeping a pool of connections (as nginx and the bench do) reuses the one freed
    last; without channels/balance.py its messages stick to whichever worker accepted those
    connections. A worker with other requests in hand closes the connection after its reply,
    so the next message is accepted by a worker with nothing to do."""
    pids = workers(servers)
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=8))

    def send(message: str) -> requests.Response:
        response = session.post(servers.webhook, timeout=60,
                                json={"sender": f"k-{uuid.uuid4().hex[:10]}", "message": message})
        response.raise_for_status()
        assert response.json(), "no reply"
        return response

    # alone (nothing else in hand): the connection is kept
    assert send("hi").headers.get("Connection", "").lower() == "keep-alive"
    before = {pid: cpu_ticks(pid) for pid in pids}
    worries = ["someone is threatening to share my nudes unless i pay", "people keep posting mean stuff about me",
               "i got scammed on vinted", "a man online keeps asking for pics of me"] * 20
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(send, worries))
    closed = sum(r.headers.get("Connection", "").lower() == "close" for r in responses)
    assert 0 < closed < len(responses)
    used = {pid: cpu_ticks(pid) - before[pid] for pid in pids}
    assert min(used.values()) >= 0.25 * sum(used.values()), f"one worker took most of the work: {used}"
