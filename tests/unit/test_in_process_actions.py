"""Custom actions in the Rasa process (channels/in_process_actions.py): Rasa's own
RemoteAction, given an endpoint that names the actions module, runs the project's actions
without an action server and gets what an action server would have answered; failures are
Rasa's; an endpoint with a url still goes to the action server."""
from __future__ import annotations

import asyncio
import json
from typing import Any, List

import pytest
import yaml
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from channels import in_process_actions
from tests.conftest import ROOT

IN_PROCESS = EndpointConfig(actions_module="actions", enable_selective_domain=True)


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture(autouse=True)
def installed():
    in_process_actions.install()


def conversation(text: str, intent: str) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("someone", [
        ActionExecuted("action_session_start"), ActionExecuted("action_listen"),
        UserUttered(text, {"name": intent, "confidence": 0.97}),
    ])


def run(action: RemoteAction, tracker: DialogueStateTracker, domain: Domain) -> List[Any]:
    return asyncio.run(action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator(domain.responses),
                                  tracker, domain))


def as_the_action_server_answers(name: str, tracker: DialogueStateTracker, domain: Domain) -> List[Any]:
    """What Rasa makes of an action server's reply: the call as JSON to rasa-sdk's
    executor (what `rasa run actions` does with the request), its reply as JSON back."""
    from rasa.shared.core import events

    action = RemoteAction(name, EndpointConfig(url="http://unused/webhook", enable_selective_domain=True))
    call = json.loads(json.dumps(action._action_call_format(tracker, domain)))
    reply = json.loads(json.dumps(asyncio.run(in_process_actions.executor("actions").run(call))))
    uttered = asyncio.run(action._utter_responses(reply["responses"], CollectingOutputChannel(),
                                                  TemplatedNaturalLanguageGenerator(domain.responses), tracker))
    return list(uttered) + events.deserialise_events(reply["events"])


@pytest.mark.parametrize("name, text, intent", [
    ("action_signpost", "someone says they'll share my nudes unless i pay them", "sextortion"),
    ("action_emergency_signposting", "i've taken a load of pills", "immediate_risk"),
    ("action_faq", "can you tell my mum for me", "faq"),
    ("action_not_understood", "blorp", "nlu_fallback"),
])
def test_an_action_in_process_gives_what_the_action_server_gives(domain, name, text, intent):
    tracker = conversation(text, intent)
    before = tracker.current_state(EventVerbosity.ALL)
    got = run(RemoteAction(name, IN_PROCESS), tracker, domain)
    assert got == as_the_action_server_answers(name, tracker, domain)
    assert any(isinstance(event, BotUttered) and event.text for event in got), "the action said nothing"
    assert tracker.current_state(EventVerbosity.ALL) == before, "running the action changed the conversation"


def test_the_signposting_reply_holds_the_safety_steps_and_sets_the_worry(domain):
    got = run(RemoteAction("action_signpost", IN_PROCESS),
              conversation("someone says they'll share my nudes unless i pay them", "sextortion"), domain)
    said = " ".join(event.text or "" for event in got if isinstance(event, BotUttered))
    assert "Don't pay" in said
    assert SlotSet("worry", "sextortion") in got


def test_an_action_that_fails_is_rasa_s_failed_action(domain, monkeypatch):
    def broken(dispatcher, tracker, domain):
        raise KeyError("catalogue")

    monkeypatch.setitem(in_process_actions.executor("actions").actions, "action_signpost", broken)
    with pytest.raises(RasaException, match="Failed to execute custom action 'action_signpost'"):
        run(RemoteAction("action_signpost", IN_PROCESS), conversation("my mate is bullying me", "bullying"), domain)


def test_an_action_that_rejects_is_rejected_as_rasa_does(domain, monkeypatch):
    from rasa_sdk.interfaces import ActionExecutionRejection as Rejected

    def rejecting(dispatcher, tracker, domain):
        raise Rejected("action_signpost", "not now")

    monkeypatch.setitem(in_process_actions.executor("actions").actions, "action_signpost", rejecting)
    with pytest.raises(ActionExecutionRejection) as rejected:
        run(RemoteAction("action_signpost", IN_PROCESS), conversation("my mate is bullying me", "bullying"), domain)
    assert rejected.value.action_name == "action_signpost" and "not now" in rejected.value.message


def test_an_unknown_action_fails_with_its_name(domain):
    with pytest.raises(RasaException, match="action_nobody_wrote"):
        run(RemoteAction("action_nobody_wrote", IN_PROCESS), conversation("hi", "greet"), domain)


def test_a_module_that_does_not_import_is_refused_by_name():
    with pytest.raises(ValueError, match="no_such_actions_module"):
        in_process_actions.executor("no_such_actions_module")


def test_an_endpoint_with_a_url_still_calls_the_action_server(domain):
    # nothing listens on port 9: Rasa's own connection error, so the call went out over HTTP
    action = RemoteAction("action_signpost", EndpointConfig(url="http://127.0.0.1:9/webhook"))
    with pytest.raises(RasaException, match="Couldn't connect"):
        run(action, conversation("my mate is bullying me", "bullying"), domain)


def test_endpoints_yml_runs_the_actions_in_process_and_production_uses_an_action_server():
    def action_endpoint(name: str) -> Any:
        return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))["action_endpoint"]

    assert action_endpoint("endpoints.yml")[in_process_actions.ACTIONS_MODULE] == "actions"
    assert "url" not in action_endpoint("endpoints.yml")
    assert in_process_actions.module_named(EndpointConfig(**action_endpoint("deploy/endpoints.prod.yml"))) is None


def test_rasa_calls_the_in_process_run():
    assert RemoteAction.run is in_process_actions.run
