"""The action server stopped, slow or restarted in the middle of a conversation.

Rasa waits up to 300 s for the action server (DEFAULT_REQUEST_TIMEOUT, hard-coded in
rasa/core/actions/action.py); the widget gives up after 20 s; the REST channel
(channels/rest.py) answers within its reply deadline (15 s) with what the bot has said
by then, or a fallback that gives 999 and Childline. ``faulty_bot`` keeps that order with
shorter times (conftest.py): reply deadline 3 s < Rasa's action timeout 6 s < a slow
action server's 10 s.

The emergency advice is a static domain response (utter_emergency), sent before the
action that adds tailored services, so it needs no action server. What needs it (a
worry's advice and services) gets the fallback; Rasa's own channel sent an empty reply,
which the widget shows as nothing at all.
"""
from __future__ import annotations

import time
import uuid

from channels.rest import FALLBACK_TEXT
from tests.robustness.conftest import RASA_ACTION_TIMEOUT, REPLY_DEADLINE
from tests.robustness.harness import cards, texts

SLOW = RASA_ACTION_TIMEOUT + 4  # the slow action server: longer than Rasa's timeout
# time for a reply that should come by the deadline, on a busy two-core machine
PROMPT = REPLY_DEADLINE + 3
# time for Rasa to give up on the action server and store the turn
SETTLE = RASA_ACTION_TIMEOUT + 15

RISK = "i want to kill myself tonight"
WORRY = "people in my year keep sending me horrible messages and left me out of the group chat"


def new_sender() -> str:
    return f"fault-{uuid.uuid4().hex[:12]}"


def say(bot, sender, message):
    started = time.monotonic()
    response = bot.post({"sender": sender, "message": message})
    assert response.status_code == 200, response.text[:300]
    replies = response.json()
    assert replies, "an empty reply: the user sees nothing"
    return replies, time.monotonic() - started


def assert_fallback(replies):
    assert texts(replies) == FALLBACK_TEXT
    assert "999" in replies[0]["text"] and "0800 1111" in replies[0]["text"]


def assert_emergency_advice(replies):
    assert "999" in replies[0]["text"], replies[0]
    assert "0800 1111" in texts(replies)
    assert FALLBACK_TEXT not in texts(replies)


def test_slow_action_server_immediate_risk_still_gets_the_emergency_advice_in_time(faulty_bot):
    sender = new_sender()
    faulty_bot.proxy.delay = SLOW
    try:
        replies, took = say(faulty_bot, sender, RISK)
        assert took < PROMPT, f"the reply took {took:.1f} s"
        assert_emergency_advice(replies)
        assert not cards(replies), "the services come from the slow action server"
    finally:
        faulty_bot.proxy.delay = 0
    assert faulty_bot.wait_for_turns(sender, 1, SETTLE) == [RISK]
    # Rasa gave up on the action server; the conversation carries on: the worry is
    # answered (a young person who has not said their age is asked it)
    replies, _ = say(faulty_bot, sender, WORRY)
    assert FALLBACK_TEXT not in texts(replies)
    assert replies[-1]["buttons"][-1]["title"] == "I'd rather not say"


def test_slow_action_server_a_worry_gets_a_graceful_reply_and_the_conversation_carries_on(faulty_bot):
    sender = new_sender()
    say(faulty_bot, sender, "im 14")
    faulty_bot.proxy.delay = SLOW
    try:
        replies, took = say(faulty_bot, sender, WORRY)
        assert took < PROMPT, f"the reply took {took:.1f} s"
        assert_fallback(replies)
        # sent while Rasa still waits for the action server on the worry
        replies, took = say(faulty_bot, sender, RISK)
        assert took < PROMPT, f"the reply took {took:.1f} s"
        assert "999" in replies[0]["text"]
    finally:
        faulty_bot.proxy.delay = 0
    assert faulty_bot.wait_for_turns(sender, 3, 2 * SETTLE) == ["im 14", WORRY, RISK]
    replies, _ = say(faulty_bot, sender, WORRY)
    assert cards(replies)[0] == "childline", "the 14-year-old's age was forgotten"
    assert faulty_bot.user_texts(sender) == ["im 14", WORRY, RISK, WORRY]


def test_action_server_stopped_then_restarted_mid_conversation(faulty_bot):
    sender = new_sender()
    say(faulty_bot, sender, "im 14")
    faulty_bot.stop("actions")
    try:
        replies, took = say(faulty_bot, sender, WORRY)
        assert took < PROMPT, f"the reply took {took:.1f} s"
        assert_fallback(replies)
        replies, _ = say(faulty_bot, sender, RISK)
        assert_emergency_advice(replies)
        assert not cards(replies)
    finally:
        faulty_bot.start_actions()
    replies, _ = say(faulty_bot, sender, WORRY)
    assert cards(replies)[0] == "childline", "the 14-year-old's age was forgotten"
    assert "nspcc_helpline" not in cards(replies)
    assert faulty_bot.user_texts(sender) == ["im 14", WORRY, RISK, WORRY]
