"""50 conversations at once, 20 turns each, against one real Rasa server (as `make run`
starts it) with a SQLite tracker store: every conversation's tracker holds exactly its
own messages, in order, each one answered, with its own age band; none lost, none
crossed."""
from __future__ import annotations

import json
import sqlite3
import statistics
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from typing import List, TypedDict

import requests

from channels.rest import FALLBACK_TEXT
from tests.robustness.harness import texts

CONVERSATIONS = 50
TURNS = 20
AGES = {9: "under_11", 12: "age_11_13", 15: "age_14_17"}
# Each conversation: a greeting, an age, worries (answered by the action server with
# services), thanks, questions. Every message carries its conversation's own word so
# that a message stored in the wrong conversation shows.
SCRIPT = [
    "hi {tag}", "im {age} {tag}", "people in my year keep sending me horrible messages {tag}", "thanks {tag}",
    "what can you do {tag}", "someone hacked my instagram {tag}", "ok thank you {tag}", "are you a real person {tag}",
    "i saw something really upsetting on tiktok {tag}", "thanks {tag}", "hello again {tag}",
    "a man online keeps asking me for pictures {tag}", "thank you {tag}", "what can you help with {tag}",
    "i think i got scammed buying a skin {tag}", "thanks {tag}", "are you a bot {tag}",
    "they keep calling me names in the group chat {tag}", "ok {tag}", "bye {tag}",
]
assert len(SCRIPT) == TURNS


def tag_for(number: int) -> str:
    """A word of letters only (digits could be read as an age)."""
    letters = "bcdfghjkmnpqrstvwxz"
    word = ""
    for _ in range(3):
        number, digit = divmod(number, len(letters))
        word += letters[digit]
    return "ref" + word


class Outcome(TypedDict):
    latencies: List[float]
    problems: List[str]
    fallbacks: int


def converse(webhook: str, sender: str, messages: List[str]) -> Outcome:
    session = requests.Session()
    latencies: List[float] = []
    problems: List[str] = []
    fallbacks = 0
    for message in messages:
        started = time.monotonic()
        response = session.post(webhook, json={"sender": sender, "message": message}, timeout=300)
        latencies.append(time.monotonic() - started)
        if response.status_code != 200:
            problems.append(f"{message!r}: HTTP {response.status_code} {response.text[:200]}")
            continue
        replies = response.json()
        if not replies:
            problems.append(f"{message!r}: empty reply")
        if any(r.get("recipient_id") != sender for r in replies):
            problems.append(f"{message!r}: a reply for someone else: {replies}")
        if FALLBACK_TEXT in texts(replies):
            fallbacks += 1
    return {"latencies": latencies, "problems": problems, "fallbacks": fallbacks}


def stored_events(db_path, senders):
    events = defaultdict(list)
    with sqlite3.connect(db_path) as db:
        rows = db.execute("select sender_id, type_name, data from events order by id").fetchall()
    for sender, kind, data in rows:
        if sender in senders:
            events[sender].append((kind, json.loads(data)))
    return events


def test_50_conversations_at_once_keep_exactly_their_own_events(bot):
    run = uuid.uuid4().hex[:6]
    conversations = {}
    for number in range(CONVERSATIONS):
        age = list(AGES)[number % len(AGES)]
        tag = tag_for(number)
        conversations[f"conc-{run}-{number:02d}"] = (age, [m.format(tag=tag, age=age) for m in SCRIPT])

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as pool:
        futures = {sender: pool.submit(converse, bot.webhook, sender, messages)
                   for sender, (_, messages) in conversations.items()}
        results = {sender: future.result() for sender, future in futures.items()}
    took = time.monotonic() - started

    problems = [f"{sender}: {p}" for sender, r in results.items() for p in r["problems"]]
    assert not problems, "\n".join(problems[:20])

    # a reply sent at the channel's deadline means the turn was still running: wait for it
    for sender, (_, messages) in conversations.items():
        bot.wait_for_turns(sender, len(messages), timeout=120)
    events = stored_events(bot.db, set(conversations))

    assert set(events) == set(conversations), "conversations missing from the tracker store"
    for sender, (age, messages) in conversations.items():
        stored = events[sender]
        user_texts = [data.get("text") for kind, data in stored if kind == "user"]
        assert user_texts == messages, f"{sender}: stored messages differ from what was sent"
        # every message was answered before the next one came in
        kinds = [kind for kind, _ in stored if kind in ("user", "bot")]
        for position, kind in enumerate(kinds):
            if kind == "user":
                assert position + 1 < len(kinds) and kinds[position + 1] == "bot", \
                    f"{sender}: a message without an answer"
        bands = [data["value"] for kind, data in stored if kind == "slot" and data.get("name") == "age_band"]
        assert bands and set(bands) == {AGES[age]}, f"{sender}: age band {bands}, expected {AGES[age]}"

    latencies = sorted(t for r in results.values() for t in r["latencies"])
    fallbacks = sum(r["fallbacks"] for r in results.values())
    print(f"\n{CONVERSATIONS} x {TURNS} turns in {took:.0f} s; reply time median "
          f"{statistics.median(latencies):.1f} s, 95th percentile {latencies[int(0.95 * len(latencies))]:.1f} s, "
          f"longest {latencies[-1]:.1f} s; replies cut at the channel's deadline: {fallbacks}")
