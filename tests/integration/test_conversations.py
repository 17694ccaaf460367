"""The team's conversation set (tests/conversations/team.yml) against the real bot over
the REST channel: every turn must pass (issue 14). Independent sets are measured with
scripts/converse.py, not asserted here."""
from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.conversations import load, replay, summary
from tests.integration.servers import Servers

TEAM = Path(__file__).resolve().parents[1] / "conversations" / "team.yml"


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    running = Servers(tmp_path_factory.mktemp("conversations")).start()
    yield running
    running.stop()


def test_every_turn_of_the_teams_conversations_passes(servers):
    result = summary(replay(load(TEAM), servers.say, prefix="team"))
    assert result["turns"] >= 25
    assert not result["failures"], result["failures"]


def test_the_checks_can_fail():
    # a runner that passes everything would prove nothing: a reply without a person to
    # talk to, with a repeated question and a brush-off fails each check
    conversation = [{"id": "x", "turns": [
        {"user": "hi", "checks": {"none": ["nothing"]}},
        {"user": "12", "checks": {"person": True, "no_repeat": True, "none": ["only help with"]}}]}]
    replies = iter([[{"text": "How old are you? Pick one."}],
                    [{"text": "Sorry, I can only help with online things. How old are you? Pick one."}]])
    result = summary(replay(conversation, lambda sender, message: next(replies)))
    failures = result["failures"][0]["failures"]
    assert len(failures) == 3, failures
