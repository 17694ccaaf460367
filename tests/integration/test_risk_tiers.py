"""The three risk tiers over the REST channel (issue 12): real Rasa and action servers,
the trained model with its sentence encoder, a SQLite tracker store."""
from __future__ import annotations

import json
import sqlite3
import uuid

import pytest

from tests.integration.servers import Servers


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    running = Servers(tmp_path_factory.mktemp("tiers"), action_server=True).start()
    yield running
    running.stop()


def new_sender() -> str:
    return f"tier-{uuid.uuid4().hex[:12]}"


def texts(replies) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def cards(replies):
    return [r["custom"]["resource"]["id"] for r in replies if r.get("custom", {}).get("type") == "resource_card"]


def buttons(replies):
    return [b["title"] for r in replies for b in r.get("buttons") or []]


def stored_risk(servers, sender):
    """The risk field of each user message, as the tracker store keeps it for the review."""
    with sqlite3.connect(servers.db) as db:
        rows = db.execute("select data from events where sender_id = ? and type_name = 'user' order by id",
                          (sender,)).fetchall()
    return [json.loads(data)["parse_data"].get("risk") for (data,) in rows]


def test_clear_danger_gets_999_first_and_an_adult_you_trust(servers):
    sender = new_sender()
    replies = servers.say(sender, "i want to kill myself tonight")
    assert replies[0]["text"].startswith("If you are in danger right now, call 999")
    assert "adult you trust" in texts(replies) and "adult near you" not in texts(replies)
    assert {"childline", "samaritans"} <= set(cards(replies))
    risk = stored_risk(servers, sender)[-1]
    assert risk["tier"] == "emergency" and risk["score"] == 1.0


def test_possible_danger_gets_a_check_in_with_999_childline_and_two_buttons(servers):
    sender = new_sender()
    replies = servers.say(sender, "i dont trust myself tonight")
    assert "are you safe right now" in replies[0]["text"].lower()
    assert "999" in texts(replies) and "0800 1111" in texts(replies)
    assert buttons(replies) == ["I'm in danger now", "I'm safe right now"]
    risk = stored_risk(servers, sender)[-1]
    assert risk["tier"] == "check_in" and 0 < risk["score"] <= 1


def test_in_danger_now_from_the_check_in_gets_the_emergency_reply(servers):
    sender = new_sender()
    servers.say(sender, "i dont trust myself tonight")
    replies = servers.say(sender, "/immediate_risk")
    assert "999" in replies[0]["text"]


def test_typed_in_danger_after_the_check_in_gets_the_emergency_reply(servers):
    sender = new_sender()
    servers.say(sender, "i dont trust myself tonight")
    replies = servers.say(sender, "no im not safe")
    assert "999" in replies[0]["text"]


def test_safe_right_now_goes_back_to_the_worry(servers):
    sender = new_sender()
    servers.say(sender, "im 14")
    first = servers.say(sender, "a man on roblox keeps asking me for pics")
    assert "ceop" in cards(first)
    checked = servers.say(sender, "/check_in")  # the tier, as the risk component sets it
    assert "are you safe right now" in checked[0]["text"].lower()
    replies = servers.say(sender, "/safe_now")
    assert "glad you're safe" in texts(replies)
    assert "ceop" in cards(replies), "not back to the grooming worry"


def test_safe_right_now_with_no_worry_yet_asks_what_is_happening(servers):
    sender = new_sender()
    servers.say(sender, "i dont trust myself tonight")
    replies = servers.say(sender, "im safe right now")
    said = texts(replies)
    assert "what's been happening" in said and "0800 1111" in said


def test_danger_in_one_clause_of_an_ordinary_question_is_escalated(servers):
    sender = new_sender()
    replies = servers.say(sender, "whats the best graphics setting for fortnite on ps5? "
                                  "also i swallowed everything in the medicine cabinet an hour ago")
    assert "999" in replies[0]["text"]
    assert stored_risk(servers, sender)[-1]["tier"] in ("emergency", "check_in")


def test_after_the_emergency_the_conversation_comes_back_to_the_worry(servers):
    sender = new_sender()
    replies = servers.say(sender, "he says he'll send my nudes to everyone tonight unless i pay and i want to die")
    assert "999" in replies[0]["text"]
    said = texts(replies)
    assert "what you told me about" in said
    assert "don't pay" in said.lower(), "the sextortion steps are not there"


def test_an_emergency_without_a_worry_invites_the_person_to_say_more(servers):
    replies = servers.say(new_sender(), "please help me im in danger")
    assert "999" in replies[0]["text"]
    assert "tell me more" in texts(replies)


def test_violence_at_home_now_gets_999_then_the_domestic_abuse_help(servers):
    replies = servers.say(new_sender(), "my dad is hitting my mum right now and i'm hiding upstairs")
    assert "999" in replies[0]["text"]
    assert "what you told me about" in texts(replies)


@pytest.mark.parametrize("message", ["whats the capital of france", "can you do my maths homework"])
def test_out_of_scope_is_never_a_brush_off_for_a_young_person(servers, message):
    said = texts(servers.say(new_sender(), message))
    assert "0800 1111" in said and "Childline" in said
    assert "only help with worries about being online" not in said


def test_out_of_scope_for_a_parent_gives_the_nspcc_and_the_front_door(servers):
    sender = new_sender()
    servers.say(sender, "/i_am_parent")
    said = texts(servers.say(sender, "whats the capital of france"))
    assert "0808 800 5000" in said and "03000 411111" in said


def test_with_the_action_server_stopped_the_check_in_still_gives_999_and_childline(servers):
    # runs last in this module: it stops the action server
    servers.stop("actions")
    replies = servers.say(new_sender(), "i dont trust myself tonight")
    assert replies, "no reply at all with the action server down"
    said = texts(replies)
    assert "999" in said and "0800 1111" in said
    assert buttons(replies) == ["I'm in danger now", "I'm safe right now"]
