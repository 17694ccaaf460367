"""The REST channel's reply deadline and fallback, with a stand-in for Rasa (no servers):
whatever a turn does, the user gets an answer in time, and the turn is not cut short."""
from __future__ import annotations

import asyncio
import re
import time

import pytest

from channels.rest import FALLBACK_TEXT, REPLY_DEADLINE_SECONDS, GuardedRestInput
from tests.integration.servers import ROOT

EMERGENCY = {"text": "If you are in danger right now, call 999."}


def run_turn(turn, deadline=0.5, linger=0.0):
    """The channel's reply to one message, how long it took, and whether the turn itself
    finished (waiting ``linger`` seconds after the reply)."""
    finished = []

    async def on_new_message(message):
        await turn(message.output_channel)
        finished.append(True)

    async def main():
        channel = GuardedRestInput(reply_deadline_seconds=deadline)
        started = time.monotonic()
        replies = await channel._reply(on_new_message, "sender-1", "hi")
        took = time.monotonic() - started
        await asyncio.sleep(linger)
        return replies, took

    replies, took = asyncio.run(main())
    return replies, took, bool(finished)


def test_a_quick_turn_is_answered_as_it_is():
    async def turn(out):
        await out.send_text_message("sender-1", "Hello")

    replies, _, finished = run_turn(turn)
    assert [r["text"] for r in replies] == ["Hello"] and finished


def test_a_slow_turn_is_answered_by_the_deadline_with_what_was_said_and_carries_on():
    async def turn(out):
        await out.send_text_message("sender-1", EMERGENCY["text"])  # the static emergency response
        await asyncio.sleep(1.5)  # the action server is slow
        await out.send_text_message("sender-1", "Childline card")

    replies, took, finished = run_turn(turn, deadline=0.5, linger=1.5)
    assert took < 1.2
    assert [r["text"] for r in replies] == [EMERGENCY["text"]]
    assert finished, "the turn was cut short: its events would not be stored"


def test_a_turn_that_says_nothing_by_the_deadline_gets_the_fallback():
    async def turn(out):
        await asyncio.sleep(1.5)

    replies, took, _ = run_turn(turn, deadline=0.5)
    assert took < 1.2
    assert replies == [{"recipient_id": "sender-1", "text": FALLBACK_TEXT}]


@pytest.mark.parametrize("error", [RuntimeError("action server down"), asyncio.TimeoutError()])
def test_a_turn_that_fails_gets_the_fallback(error):
    async def turn(out):
        raise error

    replies, _, _ = run_turn(turn)
    assert replies == [{"recipient_id": "sender-1", "text": FALLBACK_TEXT}]


def test_the_fallback_gives_999_and_childline():
    assert "999" in FALLBACK_TEXT and "0800 1111" in FALLBACK_TEXT


def test_the_deadline_comes_well_before_the_widget_gives_up():
    widget = (ROOT / "widget" / "kent-safety-widget.js").read_text(encoding="utf-8")
    timeout_ms = int(re.search(r"timeoutMs:\s*(\d+)", widget).group(1))
    assert REPLY_DEADLINE_SECONDS + 3 <= timeout_ms / 1000


def test_channel_settings_from_credentials():
    channel = GuardedRestInput.from_credentials({"max_message_chars": 2000, "reply_deadline_seconds": 5})
    assert (channel.max_message_chars, channel.reply_deadline_seconds) == (2000, 5.0)
    assert GuardedRestInput.from_credentials(None).name() == "rest"
    with pytest.raises(ValueError, match="unknown settings"):
        GuardedRestInput.from_credentials({"max_mesage_chars": 10})
    with pytest.raises(ValueError):
        GuardedRestInput.from_credentials({"max_message_chars": 1_000_000})
