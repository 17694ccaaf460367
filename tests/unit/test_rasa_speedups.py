"""The speed fixes to Rasa (nlu_components/rasa_speedups.py) apply to the Rasa installed,
Rasa's own code calls them, and they keep Rasa's behaviour. Each test here fails if a fix
stops applying (Rasa renamed or changed what it replaces) or if Rasa stops going through
it. tests/integration/test_rasa_speedups.py compares both graph runners on the trained
model."""
from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import os
import subprocess
import sys
from typing import Any, Dict, List

import dask
import pytest
import yaml

from nlu_components import rasa_speedups
from tests.conftest import ROOT

FIXES = ["action server replies", "event types", "graph runner", "reading off the event loop", "rule lookup",
         "applied events", "past states", "tracker copies", "action server connections"]


@pytest.fixture(autouse=True)
def fixes_applied(monkeypatch):
    monkeypatch.delenv(rasa_speedups.SWITCH, raising=False)
    rasa_speedups.apply()


# --- they apply to this Rasa ----------------------------------------------------------

def test_the_fixes_were_written_for_the_rasa_installed():
    import rasa

    assert rasa.__version__ == rasa_speedups.RASA_VERSION, \
        "Rasa was upgraded: check each fix in nlu_components/rasa_speedups.py against the new code"


def test_every_fix_is_applied():
    assert rasa_speedups.apply() == FIXES
    assert rasa_speedups.apply() == FIXES  # a second call changes nothing


@pytest.mark.parametrize("name", FIXES)
def test_what_each_fix_replaces_and_calls_is_in_rasa_as_it_expects(name):
    patch = next(p for p in rasa_speedups.patches() if p.name == name)
    assert rasa_speedups.mismatches(patch) == []
    assert getattr(patch.owner, patch.attribute) is getattr(patch.replacement, "__func__", patch.replacement)


def _in_a_fresh_python(code: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "3"}
    environment.pop(rasa_speedups.SWITCH, None)
    environment.update(env)
    return subprocess.run([sys.executable, "-W", "ignore", "-c", code], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=300)


WHICH_ARE_PATCHED = """
import json
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

def patched():
    return [f.__module__ == "nlu_components.rasa_speedups"
            for f in (RemoteAction._validate_action_result, Event.resolve_by_type, DaskGraphRunner.run,
                      MessageProcessor.parse_message, RulePolicy._get_possible_keys,
                      DialogueStateTracker.applied_events, DialogueStateTracker.past_states, DialogueStateTracker.copy,
                      EndpointConfig.request)]
"""


def test_loading_the_pipeline_applies_them_and_importing_the_package_alone_does_not():
    """What Rasa does when it loads or trains the model: import each component config.yml
    names, by its dotted path."""
    names = [c["name"] for c in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"] if "." in c["name"]]
    result = _in_a_fresh_python(WHICH_ARE_PATCHED + f"""
import nlu_components
before = patched()
from rasa.shared.utils.common import class_from_module_path
for name in {names!r}:
    class_from_module_path(name)
print(json.dumps([before, patched()]))
""")
    assert result.returncode == 0, result.stderr
    before, after = json.loads(result.stdout.splitlines()[-1])
    assert before == [False] * len(FIXES)
    assert after == [True] * len(FIXES)


def test_the_off_switch_leaves_rasa_as_it_is():
    result = _in_a_fresh_python(WHICH_ARE_PATCHED + """
import nlu_components.safety_net
print(json.dumps(patched()))
""", KENT_RASA_SPEEDUPS="off")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == [False] * len(FIXES)


def test_another_rasa_version_is_left_as_it_is_with_a_warning():
    result = _in_a_fresh_python(WHICH_ARE_PATCHED + """
import logging
logging.basicConfig(level=logging.WARNING)
import rasa
rasa.__version__ = "3.7.0"
import nlu_components.safety_net
print(json.dumps(patched()))
""")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == [False] * len(FIXES)
    assert "Rasa speed fixes not applied: they were written for Rasa 3.6.21, this is Rasa 3.7.0" in result.stderr


# --- Rasa's own code goes through them ---------------------------------------------------

def test_rasa_runs_its_graphs_through_the_fix(monkeypatch, tmp_path):
    from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    class Double(GraphComponent):
        @classmethod
        def create(cls, config, model_storage, resource, execution_context):
            return cls()

        def run(self, number: int) -> int:
            return 2 * number

    class Add(GraphComponent):
        @classmethod
        def create(cls, config, model_storage, resource, execution_context):
            return cls()

        def run(self, a: int, b: int) -> int:
            return a + b

    schema = GraphSchema({
        "double": SchemaNode(needs={"number": "__number__"}, uses=Double, constructor_name="create", fn="run",
                             config={}),
        "add": SchemaNode(needs={"a": "double", "b": "__number__"}, uses=Add, constructor_name="create", fn="run",
                          config={}, is_target=True),
    })
    runner = DaskGraphRunner.create(schema, LocalModelStorage(tmp_path), ExecutionContext(schema, "test"))
    calls: List[List[str]] = []
    run_graph = rasa_speedups.run_graph

    def spy(graph: Dict[str, Any], targets: List[str]) -> Dict[str, Any]:
        calls.append(targets)
        return run_graph(graph, targets)

    monkeypatch.setattr(rasa_speedups, "run_graph", spy)
    ours = runner.run(inputs={"__number__": 5}, targets=["add"])
    assert calls == [["add"]]
    assert ours == {"add": 15}
    monkeypatch.setattr(DaskGraphRunner, "run", rasa_speedups._ORIGINAL["run"])
    assert runner.run(inputs={"__number__": 5}, targets=["add"]) == ours
    assert calls == [["add"]]  # Rasa's own runner does not come here


def test_rasa_reads_a_message_in_the_nlu_thread_while_the_event_loop_goes_on():
    """MessageProcessor.parse_message (Rasa's, patched) runs the NLU graph in the NLU
    thread; the event loop is free meanwhile: here it lets the reading finish. Read in the
    loop's own thread, the reading would wait for the loop and time out."""
    import threading

    from rasa.core.channels import UserMessage
    from rasa.core.processor import MessageProcessor

    started, release = threading.Event(), threading.Event()
    seen: Dict[str, Any] = {}

    class Processor:
        http_interpreter = None

        def _parse_message_with_graph(self, message, tracker, only_output_properties):
            seen["thread"] = threading.current_thread()
            started.set()
            seen["released"] = release.wait(5)
            return {"text": message.text, "intent": {"name": "greet", "confidence": 1.0}, "entities": []}

        def _update_full_retrieval_intent(self, parse_data):
            seen["updated"] = parse_data["intent"]["name"]

        def _check_for_unseen_features(self, parse_data):
            seen["checked"] = True

    async def conversation() -> Dict[str, Any]:
        reading = asyncio.ensure_future(MessageProcessor.parse_message(Processor(), UserMessage("hi", sender_id="x")))
        loop = asyncio.get_running_loop()
        assert await loop.run_in_executor(None, started.wait, 5)
        release.set()  # the loop runs this while the message is being read
        return await reading

    data = asyncio.run(conversation())
    assert data["intent"]["name"] == "greet" and data["text"] == "hi"
    assert seen["released"] is True
    assert seen["thread"] is not threading.main_thread()
    assert seen["updated"] == "greet" and seen["checked"] is True


def test_rasa_reads_stored_events_through_the_fix(monkeypatch):
    from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    looked_up: Dict[str, Any] = {}
    monkeypatch.setattr(rasa_speedups, "_EVENT_TYPES", looked_up)
    events = [{"event": "action", "name": "action_listen"},
              {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}},
              {"event": "slot", "name": "worry", "value": "bullying"}]
    tracker = DialogueStateTracker.from_dict("someone", events)
    assert [type(e) for e in tracker.events] == [ActionExecuted, UserUttered, SlotSet]
    assert looked_up == {"action": ActionExecuted, "user": UserUttered, "slot": SlotSet}


def _run_remote_action(reply: Dict[str, Any]) -> List[Any]:
    """What Rasa does with an action server's reply: RemoteAction.run, with the reply
    served by a stand-in for the action server."""
    from rasa.core.actions.action import RemoteAction
    from rasa.core.channels import CollectingOutputChannel
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    class ActionServer(EndpointConfig):
        async def request(self, *args: Any, **kwargs: Any) -> Any:
            return json.loads(json.dumps(reply))

    action = RemoteAction("action_signpost", ActionServer("http://action-server/webhook"))
    return asyncio.run(action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}),
                                  DialogueStateTracker("someone", []), Domain.empty()))


def test_rasa_validates_action_server_replies_through_the_fix(monkeypatch):
    from rasa.shared.core.events import BotUttered, SlotSet

    validated: List[Any] = []
    validator = rasa_speedups._validator

    def spy():
        validated.append(True)
        return validator()

    monkeypatch.setattr(rasa_speedups, "_validator", spy)
    events = _run_remote_action({"events": [{"event": "slot", "name": "worry", "value": "bullying"}],
                                 "responses": [{"text": "hi", "custom": {"type": "resource_card"}}]})
    assert validated == [True]
    assert [type(e) for e in events] == [BotUttered, SlotSet]


@pytest.mark.parametrize("reply", [{"events": "not a list"}, {"events": [{"no_event_key": 1}]},
                                   {"responses": "text"}])
def test_a_malformed_action_server_reply_is_still_refused(reply):
    from jsonschema import ValidationError

    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        _run_remote_action(reply)


# --- they keep Rasa's behaviour ----------------------------------------------------------

def test_the_graph_runner_gives_what_dask_gives_and_runs_each_node_once():
    calls = []

    def node(name):
        def run(*inputs):
            calls.append(name)
            return (name, [name, *[value for _, value in inputs]])
        return run

    graph = {
        "message": ("message", "hello"),  # an input: a tuple that is not a task
        "tokens": (node("tokens"), "message"),
        "entities": (node("entities"), "tokens"),
        "intent": (node("intent"), "tokens", "entities"),
        "net": (node("net"), "intent", "tokens"),
    }
    expected = dict(dask.get(graph, ["net", "entities"]))
    dask_calls = sorted(calls)
    calls.clear()
    assert rasa_speedups.run_graph(graph, ["net", "entities"]) == expected
    assert sorted(calls) == dask_calls == ["entities", "intent", "net", "tokens"]


def test_the_graph_runner_raises_what_a_node_raises():
    def broken(*_):
        raise ValueError("broken node")

    with pytest.raises(ValueError, match="broken node"):
        rasa_speedups.run_graph({"a": ("a", 1), "b": (broken, "a")}, ["b"])


def test_event_types_resolve_as_rasa_resolves_them():
    import rasa.shared.utils.common
    from rasa.shared.core.events import Event

    for cls in rasa.shared.utils.common.all_subclasses(Event):
        if getattr(cls, "type_name", None) and cls.type_name != "event":
            assert Event.resolve_by_type(cls.type_name) is rasa_speedups._rasa_resolve_by_type(cls.type_name)
            assert Event.resolve_by_type(cls.type_name) is rasa_speedups._rasa_resolve_by_type(cls.type_name)
    assert Event.resolve_by_type("no_such_event", default=Event) is Event
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("topic") is None


# --- RulePolicy's rule lookup and the tracker's past states ------------------------------

@contextlib.contextmanager
def rasa_as_it_is():
    """Rasa's own code for every fix, inside the block."""
    saved = [(p.owner, p.attribute, inspect.getattr_static(p.owner, p.attribute)) for p in rasa_speedups.patches()]
    for owner, attribute, _ in saved:
        original = rasa_speedups._ORIGINAL[attribute]
        setattr(owner, attribute, staticmethod(original) if attribute == "resolve_by_type" else original)
    try:
        yield
    finally:
        for owner, attribute, value in saved:
            setattr(owner, attribute, value)


def _key(*states):
    return json.dumps(list(states))


LISTEN = {"action_name": "action_listen"}
RULES = {
    _key({"prev_action": LISTEN, "user": {"intent": "greet"}}): "utter_greet",
    _key({"prev_action": LISTEN, "user": {"intent": "greet"}},
         {"prev_action": {"action_name": "utter_greet"}, "user": {"intent": "greet"}}): "action_listen",
    _key({"prev_action": LISTEN, "user": {"intent": "bullying"}}): "action_signpost",
    _key({"prev_action": LISTEN, "user": {"intent": "bullying"}, "slots": {"age": [1.0]}}): "action_tailor",
    _key({"prev_action": LISTEN, "user": {"intent": "bullying"}, "slots": {"age": "should_not_be_set"}}):
        "utter_ask_age",
    _key({}, {"prev_action": LISTEN, "user": {"intent": "greet"}}): "utter_welcome",  # conversation start
    _key({"prev_action": {"action_name": "should_not_be_set"}, "user": {"intent": "stop"}}): "utter_stop",
    _key({"user": {"intent": "stop"}}): "utter_stop_anywhere",
    _key({"prev_action": {"action_name": "action_signpost"}, "user": {"intent": "bullying"}},
         {"prev_action": {"action_name": "utter_more"}, "user": {"intent": "bullying"}},
         {"prev_action": {"action_name": "utter_more"}, "user": {"intent": "bullying"}}): "action_listen",
}
STATES = [
    {},
    {"prev_action": LISTEN, "user": {"intent": "greet"}},
    {"prev_action": {"action_name": "utter_greet"}, "user": {"intent": "greet"}},
    {"prev_action": LISTEN, "user": {"intent": "bullying"}},
    {"prev_action": LISTEN, "user": {"intent": "bullying"}, "slots": {"age": (1.0,)}},
    {"prev_action": LISTEN, "user": {"intent": "bullying"}, "slots": {"age": "should_not_be_set"}},
    {"prev_action": LISTEN, "user": {"text": "some words"}},
    {"prev_action": {"action_name": "action_signpost"}, "user": {"intent": "bullying"}},
    {"prev_action": {"action_name": "utter_more"}, "user": {"intent": "bullying"}},
    {"user": {"intent": "stop"}},
    {"prev_action": LISTEN, "user": {"intent": "stop"}},
]


def test_the_rule_lookup_finds_the_rules_rasa_finds():
    import itertools

    from rasa.core.policies.rule_policy import RulePolicy

    policy = RulePolicy.__new__(RulePolicy)  # the lookup uses no trained state
    conversations = [list(c) for n in range(4) for c in itertools.product(STATES, repeat=n)]
    found = [policy._get_possible_keys(RULES, c) for c in conversations]
    with rasa_as_it_is():
        assert [policy._get_possible_keys(RULES, c) for c in conversations] == found
    assert any(len(keys) > 1 for keys in found) and any(not keys for keys in found)
    assert _key({}, {"prev_action": LISTEN, "user": {"intent": "greet"}}) in found[conversations.index(
        [{}, STATES[1]])]


DOMAIN_YAML = """
version: "3.1"
intents: [greet, bullying, stop]
entities: [age]
slots:
  age:
    type: float
    influence_conversation: true
    mappings: [{type: from_entity, entity: age}]
  worry:
    type: categorical
    values: [bullying, scam]
    mappings: [{type: custom}]
responses:
  utter_greet: [{text: hi}]
  utter_more: [{text: more}]
actions: [action_signpost]
"""


def _events():
    from rasa.shared.core.events import (ActionExecuted, ActionReverted, Restarted, SessionStarted, SlotSet,
                                         UserUttered, UserUtteranceReverted)

    def user(intent, text="words", entities=()):
        return [ActionExecuted("action_listen"),
                UserUttered(text, {"name": intent, "confidence": 1.0}, list(entities))]

    return [ActionExecuted("action_session_start"), SessionStarted(),
            *user("greet"), ActionExecuted("utter_greet"),
            *user("bullying", entities=[{"entity": "age", "value": 13, "start": 0, "end": 2}]),
            SlotSet("age", 13), SlotSet("worry", "bullying"), ActionExecuted("action_signpost"),
            *user("stop"), UserUtteranceReverted(),  # an undo
            *user("bullying"), ActionExecuted("utter_more"), ActionReverted(),
            ActionExecuted("action_signpost"),
            Restarted(), *user("greet"), ActionExecuted("utter_greet"),
            SessionStarted(), *user("stop"), ActionExecuted("action_listen")]


def test_past_states_go_on_from_the_last_answer_as_rasa_would_replay_them():
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.from_yaml(DOMAIN_YAML)
    events = _events()
    tracker = DialogueStateTracker("someone", domain.slots)
    ours, theirs = [], []
    for event in events:
        tracker.update(event, domain)
        states = tracker.past_states(domain)
        ours.append(json.dumps(states, sort_keys=True))
        states[-1].clear()  # Rasa's featurizers edit what they get: the next answer is not touched
        ours.append(tracker.applied_events())
        ours.append(json.dumps(tracker.past_states(domain, omit_unset_slots=True), sort_keys=True))
    with rasa_as_it_is():
        replayed = DialogueStateTracker("someone", domain.slots)
        for event in events:
            replayed.update(event, domain)
            fresh = DialogueStateTracker.from_events("someone", list(replayed.events), domain.slots)
            theirs.append(json.dumps(fresh.past_states(domain), sort_keys=True))
            theirs.append(fresh.applied_events())
            theirs.append(json.dumps(fresh.past_states(domain, omit_unset_slots=True), sort_keys=True))
    assert [x if isinstance(x, str) else [type(e).__name__ + str(e) for e in x] for x in ours] == \
        [x if isinstance(x, str) else [type(e).__name__ + str(e) for e in x] for x in theirs]
    assert len({x for x in ours if isinstance(x, str)}) > 10  # the states did change along the way


def test_a_changed_or_shortened_history_is_replayed_from_the_start():
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.from_yaml(DOMAIN_YAML)
    tracker = DialogueStateTracker("someone", domain.slots)
    for event in _events()[:8]:
        tracker.update(event, domain)
    before = tracker.past_states(domain)
    tracker.events[3] = UserUttered("words", {"name": "stop", "confidence": 1.0})  # another event object
    changed = tracker.past_states(domain)
    assert changed != before and "stop" in [s.get("user", {}).get("intent") for s in changed]
    tracker.events.pop()
    tracker.events.append(ActionExecuted("utter_more"))
    with rasa_as_it_is():
        expected = DialogueStateTracker.from_events("someone", list(tracker.events), domain.slots).past_states(domain)
    assert tracker.past_states(domain) == expected


def _which(thing, events) -> Any:
    """The event itself (its id), or what an object that is not one of the events says."""
    if any(thing is event for event in events):
        return id(thing)
    return type(thing).__name__, getattr(thing, "text", None), getattr(thing, "intent", None)


def _state(tracker) -> Dict[str, Any]:
    """Everything a tracker holds, events and latest message by identity."""
    from rasa.shared.core.trackers import EventVerbosity

    return {
        "attributes": sorted(a for a in vars(tracker) if not a.startswith("_kent_")),  # the other fixes' notes
        "events": [id(e) for e in tracker.events], "max": tracker.events.maxlen,
        "slots": {name: (type(slot).__name__, slot.value, slot.has_been_set) for name, slot in tracker.slots.items()},
        "latest_message": _which(tracker.latest_message, tracker.events),
        "latest_bot_utterance": _which(tracker.latest_bot_utterance, tracker.events),
        **{name: getattr(tracker, name) for name in (
            "sender_id", "sender_source", "is_rule_tracker", "_paused", "followup_action", "latest_action",
            "active_loop", "model_id", "assistant_id")},
        "json": json.dumps(tracker.current_state(EventVerbosity.ALL), sort_keys=True),
    }


def test_a_tracker_copy_holds_what_rasa_s_replayed_copy_holds():
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import (BotUttered, ConversationPaused, ConversationResumed, FollowupAction,
                                         SlotSet)
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.from_yaml(DOMAIN_YAML)
    events = _events()
    events[5:5] = [BotUttered("hello", metadata={"utter_action": "utter_greet"}), FollowupAction("utter_more"),
                   ConversationPaused(), ConversationResumed()]
    events[-3:-3] = [BotUttered("bye"), SlotSet("age", 15)]
    tracker = DialogueStateTracker("someone", domain.slots, max_event_history=40)
    tracker.model_id = "a model"  # carried by neither copy
    fast = 0
    for event in events:
        tracker.update(event, domain)
        ours = tracker.copy()
        with rasa_as_it_is():
            theirs = tracker.copy()
        assert _state(ours) == _state(theirs), event
        fast += ours.latest_message is tracker.latest_message and len(tracker.latest_message.text or "") > 0
        # the copy is its own: changing it leaves the tracker as it was
        before = _state(tracker)
        ours.update(SlotSet("age", 99))
        ours.update(BotUttered("more"))
        assert _state(tracker) == before
    assert fast > 10  # most of them went the quick way


def test_a_tracker_in_an_unusual_state_is_copied_rasa_s_way(monkeypatch):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.from_yaml(DOMAIN_YAML)
    replayed = []
    original = rasa_speedups._ORIGINAL["copy"]
    monkeypatch.setitem(rasa_speedups._ORIGINAL, "copy", lambda t: replayed.append(t) or original(t))
    tracker = DialogueStateTracker("someone", domain.slots)
    tracker.copy()  # no user message yet
    tracker.update(UserUttered("hi", {"name": "greet", "confidence": 1.0}))
    tracker.copy()  # no bot utterance yet
    tracker.latest_message = UserUttered("set by hand")
    tracker.copy()
    assert len(replayed) == 3


# --- connections to the action server -------------------------------------------------------

async def _serve(handler):
    """A real HTTP server (aiohttp) on a free port: (runner, url, the client ports it saw)."""
    from aiohttp import web

    ports: List[int] = []

    async def endpoint(request):
        ports.append(request.transport.get_extra_info("peername")[1])
        return await handler(request)

    app = web.Application()
    app.router.add_route("*", "/webhook", endpoint)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}/webhook", ports


def test_calls_to_an_endpoint_reuse_one_connection_and_send_what_rasa_sends():
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    seen = []

    async def echo(request):
        seen.append((dict(request.query), request.headers.get("Content-Type"), request.headers.get("X-Team"),
                     request.headers.get("Authorization"), await request.json()))
        return web.json_response({"events": [], "n": len(seen)})

    async def run():
        runner, url, ports = await _serve(echo)
        endpoint = EndpointConfig(url, params={"a": "1"}, headers={"X-Team": "kent"}, token="secret",
                                  basic_auth={"username": "u", "password": "p"})
        try:
            replies = [await endpoint.request(json={"turn": i}, method="post") for i in range(5)]
        finally:
            await endpoint.__dict__[rasa_speedups.SESSION][1].close()
            await runner.cleanup()
        return replies, ports

    replies, ports = asyncio.run(run())
    assert [r["n"] for r in replies] == [1, 2, 3, 4, 5]
    assert len(set(ports)) == 1  # one connection for all five calls (Rasa's own code opens five)
    query, content_type, team, authorization, body = seen[-1]
    assert query == {"a": "1", "token": "secret"} and content_type == "application/json" and team == "kent"
    assert authorization.startswith("Basic ") and body == {"turn": 4}


def test_an_error_from_the_endpoint_is_raised_as_rasa_raises_it():
    from aiohttp import web
    from rasa.utils.endpoints import ClientResponseError, EndpointConfig

    async def refuse(request):
        return web.Response(status=404, text="no such action")

    async def run():
        runner, url, _ = await _serve(refuse)
        endpoint = EndpointConfig(url)
        try:
            with pytest.raises(ClientResponseError) as raised:
                await endpoint.request(json={}, method="post")
        finally:
            await endpoint.__dict__[rasa_speedups.SESSION][1].close()
            await runner.cleanup()
        return raised.value

    error = asyncio.run(run())
    assert error.status == 404 and error.text == b"no such action"


def test_a_reused_connection_the_server_closed_is_replaced_once():
    """A server that hangs up without answering: the call is sent once more on a new
    connection; hanging up twice is an error, as it is in Rasa."""
    from rasa.utils.endpoints import EndpointConfig

    async def run(hang_ups: int):
        connections = []

        async def handle(reader, writer):
            connections.append(writer)
            head = (await reader.readuntil(b"\r\n\r\n")).decode().lower()
            length = int(head.split("content-length:")[1].split("\r\n")[0]) if "content-length:" in head else 0
            await reader.readexactly(length)  # the whole request read: the hang-up is a clean close
            if len(connections) <= hang_ups:
                writer.close()
                return
            body = b'{"events": []}'
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n" + body)
            await writer.drain()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
        try:
            return await endpoint.request(json={}, method="post"), len(connections)
        finally:
            await endpoint.__dict__[rasa_speedups.SESSION][1].close()
            server.close()

    assert asyncio.run(run(hang_ups=1)) == ({"events": []}, 2)
    import aiohttp

    with pytest.raises(aiohttp.ServerDisconnectedError):
        asyncio.run(run(hang_ups=2))
