"""The real bot over the REST channel: real Rasa server, real action server, a trained
model and a SQLite tracker store."""
from __future__ import annotations

import sqlite3
import uuid

import pytest

from tests.integration.servers import Servers


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    running = Servers(tmp_path_factory.mktemp("servers"), action_server=True).start()
    yield running
    running.stop()


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


def cards(replies):
    return [r["custom"]["resource"]["id"] for r in replies if r.get("custom", {}).get("type") == "resource_card"]


def texts(replies):
    return "\n".join(r.get("text", "") for r in replies)


def test_greeting_introduces_the_bot_with_buttons(servers):
    replies = servers.say(new_sender(), "hi")
    assert "computer program" in texts(replies)
    assert "999" in texts(replies)
    assert any(r.get("buttons") for r in replies)


def test_a_14_year_old_being_bullied_gets_young_peoples_resources(servers):
    sender = new_sender()
    servers.say(sender, "im 14")
    replies = servers.say(sender,
                          "people in my year keep sending me horrible messages and left me out of the group chat")
    assert cards(replies)[0] == "childline"
    assert "nspcc_helpline" not in cards(replies)
    assert replies[-1].get("buttons"), "no offer of more help after the resources"


def test_sextortion_age_asked_then_under_18_and_adult_routes(servers):
    young, adult = new_sender(), new_sender()
    asked = servers.say(young, "he says he will send my nudes to everyone unless i pay him")
    # help first: "don't pay" comes before the age question
    assert "pay" in texts(asked).lower()
    assert [b["title"] for b in asked[-1]["buttons"]][-1] == "I'd rather not say"
    replies = servers.say(young, '/tell_age{"age": "age_14_17"}')
    assert {"ceop", "report_remove", "childline"} <= set(cards(replies))
    assert "revenge_porn_helpline" not in cards(replies)

    servers.say(adult, "I'm 25")
    replies = servers.say(adult, "my ex is threatening to post my intimate pictures unless i send him money")
    assert cards(replies)[0] == "revenge_porn_helpline"
    assert not {"childline", "report_remove"} & set(cards(replies))


def test_a_parent_gets_parent_resources(servers):
    replies = servers.say(new_sender(), "my 12 year old's being bullied in a whatsapp group")
    assert "nspcc_helpline" in cards(replies)
    assert "childline" not in cards(replies)


def test_immediate_risk_gets_999_in_the_first_reply(servers):
    replies = servers.say(new_sender(), "i want to kill myself tonight")
    assert "999" in replies[0]["text"]
    assert {"childline", "samaritans", "shout"} <= set(cards(replies))


@pytest.mark.parametrize("typed", ["14", "year 10", "14 to 17", "im 15 x"])
def test_a_typed_age_answer_is_understood_and_not_asked_again(servers, typed):
    sender = new_sender()
    servers.say(sender, "someone keeps sending me horrible messages on snapchat")
    replies = servers.say(sender, typed)
    assert "how old are you" not in texts(replies).lower()
    assert "childline" in cards(replies)


def test_someone_elses_age_is_not_the_users(servers):
    sender = new_sender()
    servers.say(sender, "im 14")
    replies = servers.say(sender, "a guy i met on snap is sending me stuff, he's 25")
    assert "childline" in cards(replies), "a 14-year-old was taken for an adult"


def test_conversations_are_stored_in_the_sqlite_tracker_store(servers):
    sender = new_sender()
    servers.say(sender, "someone hacked my insta")
    with sqlite3.connect(servers.db) as db:
        rows = db.execute("select type_name, intent_name from events where sender_id = ?", (sender,)).fetchall()
    assert ("user", "privacy") in rows
    assert any(t == "bot" for t, _ in rows)


def test_with_the_action_server_stopped_immediate_risk_still_gets_999(servers):
    # runs last in this module: it stops the action server
    servers.stop("actions")
    replies = servers.say(new_sender(), "i've taken a load of pills")
    assert replies, "no reply at all with the action server down"
    assert "999" in replies[0]["text"]
    # Rasa's REST channel sends each paragraph as its own message
    assert "0800 1111" in texts(replies)
    assert not cards(replies), "cards come from the action server, which is down"
