"""Measured speed fixes to Rasa 3.6.21 itself. Each keeps Rasa's behaviour; py-spy under
the load test (`make bench`) found each cost.

Where they are applied: ``apply()`` below, called once from the bottom of
nlu_components/safety_net.py. Rasa imports that module whenever it loads or trains the
model, because config.yml names its ImmediateRiskSafetyNet (last in the pipeline,
which tests/unit/test_safety_net.py checks), so the fixes are in place before Rasa runs
anything. Nothing else applies them.

``apply()`` leaves Rasa as it is, with a logged warning, on any Rasa version but
3.6.21 (the code patched here is private to Rasa and may change), and skips a fix whose
original in Rasa no longer has the signature it was written for. The off switch, to
measure or rule them out: ``KENT_RASA_SPEEDUPS=off`` in the environment of the Rasa
server (or of training, the evaluation and the tests). tests/unit/test_rasa_speedups.py
fails if a fix no longer applies or Rasa's own code stops calling it.

1. Action server replies. Rasa checks every action server reply against a JSON schema
with ``jsonschema.validate``, which first re-validates the schema itself against the
draft 2020-12 metaschema, on every call. Profiling the load test put 23% of the Rasa
server's time there. Here the same schema is compiled once and every reply is still
validated; a reply that fails raises the same ValidationError with Rasa's explanation
appended (without Rasa's link to its documentation); only the repeated metaschema
check is gone.

2. Event types. Rasa turns every stored event back into an object by walking every
subclass of Event, recursively, to find the one with that type name: 4-5% of the server's
time once the classifier was cheap. Here each name is looked up once and remembered
(only names that resolve to a class; unknown names still go through Rasa's own code).

3. The graph runner. For every message (the NLU graph) and every predicted action (the
policy graph) Rasa runs its graph through dask's scheduler, which sorts and queues the
tasks, copies, and computes the graph's minimal schema anew: about 10% of the server's
time for a handful of nodes in a chain. Here the same graph (built by Rasa's own code) is
evaluated depth-first in the calling thread, each node once, as dask's synchronous
scheduler would; errors are raised the same way. tests/integration/test_rasa_speedups.py
runs both on the trained model and checks they give the same results.

4. Reading a message off the event loop. Rasa reads each message (the NLU graph: spaCy,
the classifier, the sentence encoder, the phrase net and the risk tiers) in the thread
that serves every conversation, so while one worry is encoded no other conversation
moves, and the second core waits. Here the same graph runs in one worker thread of its
own (one message at a time, in the order they come, so no component ever runs twice at
once), while the event loop goes on with other conversations' trackers, rules, actions
and replies. The sentence encoder's layers are one ONNX Runtime call (one compiled
TensorFlow function before; safeguarding/encoder.py), which lets go of Python's lock while
it computes, so the two cores work at once. (With the encoder's earlier NumPy pass, about ninety operations each
taking and giving back the lock, the two threads took turns and it was slower.) Each
conversation still waits for its own message to be read before anything else happens in
it, under Rasa's lock per conversation, as before. Everything else in parse_message is
Rasa's own code, in Rasa's order.

5. Rule lookup. For every predicted action RulePolicy checks each of its rules against
the conversation's states, from the last one back, and goes on to the conversation's
first state although a rule is applicable to every state further back than its own
length (``_is_rule_applicable`` returns True there): with 96 rules of at most 3 states
and conversations of 30-60 states, most of the work. Here the check stops after the
longest rule's length, with the same rules left.

6. Past states. RulePolicy turns the whole conversation into states for every predicted
action, twice (from the text, then the intent), replaying every event onto a fresh copy
of the tracker: 6% of the server's time. Here a tracker keeps the states it has made
with the replayed copy they came from, and only the events added since are replayed;
any other change to the applied events (an undo, a rewind, a restart, a different event
object anywhere) starts again from the beginning, as Rasa does. Callers get their own
copies (Rasa's featurizers edit the last state). Only for trackers of Rasa's own class
(training's trackers cache their states their own way) and the states policies predict
from (``ignore_rule_only_turns`` False; the other case goes through Rasa's code).
8. Connections to the action server. Rasa opens a new HTTP session, and with it a new TCP
connection, for every call to the action server (``EndpointConfig.request``), and closes
it after the one reply: 5% of the server's time. Here each endpoint keeps one session per
event loop (so per Sanic worker), whose connections are reused while they are idle for less
than 2 seconds (the action server, Sanic, keeps them 5); same headers, authentication,
timeout, parameters and errors as Rasa's. A request whose connection the server closed or
reset at that moment is sent once more on a new one (the actions read the conversation
and return events; running one twice changes nothing).

9. Tracker copies. Before every action (action_listen included) Rasa copies the
conversation's tracker by replaying all its events onto a new one
(``DialogueStateTracker.copy``): 2-3% of the server's time, growing with the conversation.
Replaying rebuilds a state made only from the events: the events themselves, each slot's
value, paused or not, the follow-up action, the latest action, and the latest message and
bot utterance (the events themselves). Here the copy takes that state from the tracker
instead (its own slot objects and dicts, the same event objects, as replaying gives);
trackers with an active loop (this bot has no forms) or not of Rasa's own class are copied
Rasa's way. tests/unit/test_rasa_speedups.py compares both copies, attribute by attribute,
after every event of the test stories.
"""
from __future__ import annotations

import asyncio
import copy
import contextvars
import functools
import inspect
import itertools
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from rasa.shared.core.constants import PREVIOUS_ACTION, SHOULD_NOT_BE_SET  # noqa: E402  (plain strings)
from rasa.shared.nlu.constants import ACTION_NAME  # noqa: E402

logger = logging.getLogger(__name__)

RASA_VERSION = "3.6.21"  # the version these fixes were written for and measured on
SWITCH = "KENT_RASA_SPEEDUPS"  # "off" (or 0, false, no) leaves Rasa as it is
OFF = {"off", "0", "false", "no"}


@functools.lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _validate_action_result(self, result: Dict[str, Any]) -> bool:
    from jsonschema import ValidationError, exceptions

    error = exceptions.best_match(_validator().iter_errors(result))
    if error is None:
        return True
    try:
        raise error
    except ValidationError as e:
        e.message += (
            ". Failed to validate Action server response from API, make sure your response "
            "from the Action endpoint is valid."
        )
        raise


_EVENT_TYPES: Dict[str, Any] = {}


def _resolve_by_type(type_name: str, default: Any = None) -> Any:
    cls = _EVENT_TYPES.get(type_name)
    if cls is None:
        cls = _rasa_resolve_by_type(type_name, default)
        if cls is not None and getattr(cls, "type_name", None) == type_name:
            _EVENT_TYPES[type_name] = cls
    return cls


def _rasa_resolve_by_type(type_name: str, default: Any = None) -> Any:
    return _ORIGINAL["resolve_by_type"](type_name, default)


_ORIGINAL: Dict[str, Any] = {}


def run_graph(graph: Dict[str, Any], targets: List[str]) -> Dict[str, Any]:
    """A dask graph's targets, evaluated depth-first: a task is a tuple whose first item
    is callable and whose other items name other keys; anything else is a value."""
    results: Dict[str, Any] = {}

    def value(key: str) -> Any:
        if key in results:
            return results[key]
        task = graph[key]
        if isinstance(task, tuple) and task and callable(task[0]):
            result = task[0](*(value(a) for a in task[1:]))
        else:
            result = task
        results[key] = result
        return result

    return dict(value(t) for t in targets)


def _run(self: Any, inputs: Optional[Dict[str, Any]] = None, targets: Optional[List[str]] = None) -> Dict[str, Any]:
    from rasa.engine.exceptions import GraphRunError

    run_targets = targets if targets else self._graph_schema.target_names
    cache = self.__dict__.setdefault("_kent_minimal_schemas", {})
    key = tuple(run_targets)
    if key not in cache:  # the schema never changes once the model is loaded
        cache[key] = self._graph_schema.minimal_graph_schema(run_targets)
    graph = self._build_dask_graph(cache[key])
    if inputs:
        self._add_inputs_to_graph(inputs, graph)
    try:
        return run_graph(graph, run_targets)
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


_NLU_THREAD: List[ThreadPoolExecutor] = []
# a forked Sanic worker (channels/server.py) has none of its parent's threads: it starts its own
os.register_at_fork(after_in_child=_NLU_THREAD.clear)


def nlu_thread() -> ThreadPoolExecutor:
    """The one worker thread that reads messages (started on first use)."""
    if not _NLU_THREAD:
        _NLU_THREAD.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="kent-nlu"))
    return _NLU_THREAD[0]


async def _parse_message(self: Any, message: Any, tracker: Any = None,
                         only_output_properties: bool = True) -> Dict[str, Any]:
    """Rasa's MessageProcessor.parse_message, with the graph run in the NLU thread."""
    import copy

    from rasa.core.processor import structlogger
    from rasa.shared.core.trackers import DialogueStateTracker

    if self.http_interpreter:
        parse_data = await self.http_interpreter.parse(message)
    else:
        if tracker is None:
            tracker = DialogueStateTracker.from_events(message.sender_id, [])
        read = functools.partial(contextvars.copy_context().run, self._parse_message_with_graph,
                                 message, tracker, only_output_properties)
        parse_data = await asyncio.get_running_loop().run_in_executor(nlu_thread(), read)

    self._update_full_retrieval_intent(parse_data)
    structlogger.debug(
        "processor.message.parse",
        parse_data_text=copy.deepcopy(parse_data["text"]),
        parse_data_intent=parse_data["intent"],
        parse_data_entities=copy.deepcopy(parse_data["entities"]),
    )
    self._check_for_unseen_features(parse_data)
    return parse_data


@functools.lru_cache(maxsize=4096)
def _reversed_rule_states(rule_key: str) -> Tuple[Dict[str, Dict[str, Any]], ...]:
    """A rule's states, last first, with JSON's lists back as tuples (as Rasa's
    _does_rule_match_state compares them), made once per rule."""
    import json

    return tuple({state_type: {key: tuple(value) if isinstance(value, list) else value
                               for key, value in sub_state.items()}
                  for state_type, sub_state in state.items()}
                 for state in reversed(json.loads(rule_key)))


def _rule_matches(rule_state: Dict[str, Dict[str, Any]], state: Dict[str, Any]) -> bool:
    """RulePolicy._is_rule_applicable at a turn within the rule's length (with its
    _does_rule_match_state): the same tests in the same order."""
    current_previous_action = state.get(PREVIOUS_ACTION)
    rule_previous_action = rule_state.get(PREVIOUS_ACTION)
    if not rule_previous_action and not current_previous_action:
        return True  # both are conversation starts
    if not rule_previous_action or not current_previous_action:
        return False
    for state_type, rule_sub_state in rule_state.items():
        sub_state = state.get(state_type, {})
        for key, value_from_rules in rule_sub_state.items():
            value = sub_state.get(key)
            if value_from_rules == SHOULD_NOT_BE_SET:
                if value and value != SHOULD_NOT_BE_SET:
                    return False
            elif value_from_rules and value != value_from_rules:
                return False
    return True


def _rules_by_last_action(lookup: Dict[str, str]) -> Tuple[Dict[Any, List[str]], int]:
    """The lookup's rules by the previous action their last state needs (None: any, or
    none), and the longest rule's length; made once per lookup."""
    made = _RULE_INDEX.get(id(lookup))
    if made is None or made[0] is not lookup or len(made[0]) != made[3]:
        index: Dict[Any, List[str]] = {}
        for key in lookup:
            rule = _reversed_rule_states(key)
            needed = rule[0].get(PREVIOUS_ACTION, {}).get(ACTION_NAME) if rule else None
            # a rule with no states fits any conversation: kept under "any", matched below
            index.setdefault(needed if needed and needed != SHOULD_NOT_BE_SET else None, []).append(key)
        longest = max((len(_reversed_rule_states(key)) for key in lookup), default=0)
        made = (lookup, index, longest, len(lookup))
        _RULE_INDEX[id(lookup)] = made
    return made[1], made[2]


_RULE_INDEX: Dict[int, Tuple[Dict[str, str], Dict[Any, List[str]], int, int]] = {}


def _get_possible_keys(self: Any, lookup: Dict[str, str], states: List[Dict[str, Any]]) -> set:
    """RulePolicy._get_possible_keys: the rules whose every state matches the conversation's
    state as far back. A rule whose last state needs another previous action than the
    conversation's last state has cannot match, so is not tried; the check stops once
    every rule left is applicable."""
    index, longest = _rules_by_last_action(lookup)
    if not states:
        return set(lookup)
    last = states[-1]
    last_action = (last.get(PREVIOUS_ACTION) or {}).get(ACTION_NAME)
    candidates = index.get(None, []) + (index.get(last_action, []) if last_action is not None else [])
    possible_keys = {key for key in candidates
                     if not _reversed_rule_states(key) or _rule_matches(_reversed_rule_states(key)[0], last)}
    for i, state in enumerate(reversed(states[:-1]), start=1):
        if i >= longest or not possible_keys:
            break  # a rule is applicable at every turn past its own length
        possible_keys = {key for key in possible_keys
                         if i >= len(_reversed_rule_states(key)) or _rule_matches(_reversed_rule_states(key)[i], state)}
    return possible_keys


APPLIED = "_kent_applied_events"  # attribute on a tracker: what _applied_events found last


def _applied_events(self: Any) -> List[Any]:
    """DialogueStateTracker.applied_events, going on from the last answer while the only
    change is events added after it that undo nothing."""
    from rasa.shared.core.events import ActionReverted, ActiveLoop, Restarted, SessionStarted, UserUtteranceReverted

    events = self.events
    made = self.__dict__.get(APPLIED)
    if made is not None and len(events) >= len(made[0]) and all(a is b for a, b in zip(made[0], events, strict=False)):
        added = list(itertools.islice(events, len(made[0]), None))
        if not any(isinstance(e, (Restarted, SessionStarted, ActionReverted, UserUtteranceReverted, ActiveLoop))
                   for e in added):
            made = (made[0] + added, made[1] + added)
            self.__dict__[APPLIED] = made
            return list(made[1])
    applied = _ORIGINAL["applied_events"](self)
    if not any(isinstance(e, ActiveLoop) for e in events):  # a loop's events are undone their own way
        self.__dict__[APPLIED] = (list(events), list(applied))
    else:
        self.__dict__.pop(APPLIED, None)
    return applied


PAST_STATES = "_kent_past_states"  # attribute on a tracker: what _past_states made last


def _copy_states(states: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    # a state is {sub-state name: {feature: str | tuple}}: two levels hold everything mutable
    return [{name: dict(sub_state) for name, sub_state in state.items()} for state in states]


def _past_states(self: Any, domain: Any, omit_unset_slots: bool = False, ignore_rule_only_turns: bool = False,
                 rule_only_data: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
    """DialogueStateTracker.past_states, replaying only the events added since last time."""
    from rasa.shared.core.events import ActionExecuted
    from rasa.shared.core.trackers import DialogueStateTracker

    if type(self) is not DialogueStateTracker or ignore_rule_only_turns or omit_unset_slots:
        return _ORIGINAL["past_states"](self, domain, omit_unset_slots=omit_unset_slots,
                                        ignore_rule_only_turns=ignore_rule_only_turns, rule_only_data=rule_only_data)
    events = self.applied_events()
    made = self.__dict__.get(PAST_STATES)
    if (made is None or made["domain"] is not domain or len(made["events"]) > len(events)
            or any(a is not b for a, b in zip(made["events"], events, strict=False))):
        # Rasa's domain.states_for_tracker_history with ignore_rule_only_turns False:
        # the state before each action, then the state after the last event
        made = {"domain": domain, "events": [],
                "replay": self.init_copy(), "states": []}
    replay, states = made["replay"], made["states"]
    for event in events[len(made["events"]):]:
        if isinstance(event, ActionExecuted):
            states.append(domain.get_active_state(replay))
        replay.update(event)
    made["events"] = list(events)
    self.__dict__[PAST_STATES] = made
    return _copy_states(states + [domain.get_active_state(replay)])


def _one_of(thing: Any, events: Any) -> bool:
    return any(event is thing for event in reversed(events))


def copy_from(tracker: Any, start: int = 0) -> Optional[Any]:
    """A new tracker holding ``tracker.events[start:]`` in the state replaying them would
    rebuild, taken from the tracker instead of replayed (fix 9); None when that is not sure.

    Replaying rebuilds a state made only from the events: each slot's value (set or not),
    paused or not, the follow-up action, the latest action, and the latest message and bot
    utterance, which are events themselves. So the copy takes the slots as copies, the
    dicts as copies and the same event objects. None for a tracker not of Rasa's own class,
    with an active loop (this bot has no forms), or whose latest message or bot utterance
    is not one of the events kept (a conversation before its first of each). With
    ``start`` > 0 the events left out must be undone by a session start among those kept
    (it resets the whole state, as a new tracker starts), else None. Like Rasa's copy: no
    model or assistant id, no sender source; the sender id, the event history's length and
    whether it is a rule tracker are kept."""
    from rasa.shared.core.events import SessionStarted
    from rasa.shared.core.trackers import DialogueStateTracker

    if type(tracker) is not DialogueStateTracker or type(tracker.slots) is not dict or tracker.active_loop is not None:
        return None
    events = list(itertools.islice(tracker.events, start, None)) if start else tracker.events
    if start and not any(type(event) is SessionStarted for event in events):
        return None
    if not (_one_of(tracker.latest_message, events) and _one_of(tracker.latest_bot_utterance, events)):
        return None
    new = tracker.init_copy()
    new.events.extend(events)
    new.slots = {name: copy.copy(slot) for name, slot in tracker.slots.items()}
    new._paused = tracker._paused
    new.followup_action = tracker.followup_action
    new.latest_action = None if tracker.latest_action is None else dict(tracker.latest_action)
    new.latest_message = tracker.latest_message
    new.latest_bot_utterance = tracker.latest_bot_utterance
    return new


def _copy(self: Any) -> Any:
    """DialogueStateTracker.copy (Rasa: a new tracker with every event replayed onto it)
    taken from the tracker's state (copy_from), or Rasa's own way where that is not sure."""
    new = copy_from(self)
    return _ORIGINAL["copy"](self) if new is None else new


KEEP_ALIVE_SECONDS = 2.0  # under Sanic's 5: the server never closes a connection first while it sits idle here
SESSION = "_kent_session"  # attribute on an EndpointConfig: (event loop, its aiohttp session)


def _session(endpoint: Any) -> Any:
    """The endpoint's session for the running event loop, made as Rasa's
    ``EndpointConfig.session`` makes one, with connections kept alive."""
    import aiohttp
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT

    loop = asyncio.get_running_loop()
    made = endpoint.__dict__.get(SESSION)
    if made is None or made[0] is not loop or made[1].closed:
        auth = (aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"])
                if endpoint.basic_auth else None)
        session = aiohttp.ClientSession(headers=endpoint.headers, auth=auth,
                                        timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                                        connector=aiohttp.TCPConnector(keepalive_timeout=KEEP_ALIVE_SECONDS))
        made = (loop, session)
        endpoint.__dict__[SESSION] = made
    return made[1]


async def _request(self: Any, method: str = "post", subpath: Optional[str] = None,
                   content_type: Optional[str] = "application/json", compress: bool = False, **kwargs: Any) -> Any:
    """Rasa's EndpointConfig.request on the endpoint's kept session."""
    import ssl

    import aiohttp
    from rasa.shared.exceptions import FileNotFoundException
    from rasa.utils.endpoints import ClientResponseError, concat_url

    headers = {}
    if content_type:
        headers["Content-Type"] = content_type
    if "headers" in kwargs:
        headers.update(kwargs["headers"])
        del kwargs["headers"]
    if self.headers:
        headers.update(self.headers)
    url = concat_url(self.url, subpath)
    sslcontext = None
    if self.cafile:
        try:
            sslcontext = ssl.create_default_context(cafile=self.cafile)
        except FileNotFoundError as e:
            raise FileNotFoundException(
                f"Failed to find certificate file, '{os.path.abspath(self.cafile)}' does not exist.") from e
    params = self.combine_parameters(kwargs)
    for attempt in (1, 2):
        try:
            async with _session(self).request(method, url, headers=headers, params=params, compress=compress,
                                              ssl=sslcontext, **kwargs) as response:
                if response.status >= 400:
                    raise ClientResponseError(response.status, response.reason, await response.content.read())
                try:
                    return await response.json()
                except aiohttp.ContentTypeError:
                    return None
        except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError):
            # a kept connection closed or reset by the server as it was reused (or no
            # connection at all, which the second try reports as Rasa would)
            if attempt == 2:
                raise
            logger.debug("The connection to %s was closed as it was reused: sending again", url)
    return None  # not reached


@dataclass(frozen=True)
class Patch:
    """One fix: Rasa's ``owner.attribute`` replaced by ``replacement``; ``relies_on`` is
    what in Rasa it replaces and calls, (class, attribute, parameters), the replaced one
    first. Parameters None: a property."""

    name: str
    owner: Any
    attribute: str
    replacement: Any
    relies_on: Tuple[Tuple[Any, str, Optional[Tuple[str, ...]]], ...]


def patches() -> List[Patch]:
    from rasa.core.actions.action import RemoteAction
    from rasa.core.processor import MessageProcessor
    from rasa.engine.graph import GraphSchema
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import Event
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    return [
        Patch("action server replies", RemoteAction, "_validate_action_result", _validate_action_result,
              ((RemoteAction, "_validate_action_result", ("self", "result")),
               (RemoteAction, "action_response_format_spec", ()))),
        Patch("event types", Event, "resolve_by_type", staticmethod(_resolve_by_type),
              ((Event, "resolve_by_type", ("type_name", "default")),)),
        Patch("graph runner", DaskGraphRunner, "run", _run,
              ((DaskGraphRunner, "run", ("self", "inputs", "targets")),
               (DaskGraphRunner, "_build_dask_graph", ("self", "schema")),
               (DaskGraphRunner, "_add_inputs_to_graph", ("inputs", "graph")),
               (GraphSchema, "minimal_graph_schema", ("self", "targets")),
               (GraphSchema, "target_names", None))),
        Patch("reading off the event loop", MessageProcessor, "parse_message", _parse_message,
              ((MessageProcessor, "parse_message", ("self", "message", "tracker", "only_output_properties")),
               (MessageProcessor, "_parse_message_with_graph", ("self", "message", "tracker",
                                                                "only_output_properties")),
               (MessageProcessor, "_update_full_retrieval_intent", ("self", "parse_data")),
               (MessageProcessor, "_check_for_unseen_features", ("self", "parse_data")))),
        Patch("rule lookup", RulePolicy, "_get_possible_keys", _get_possible_keys,
              ((RulePolicy, "_get_possible_keys", ("self", "lookup", "states")),
               (RulePolicy, "_is_rule_applicable", ("self", "rule_key", "turn_index", "conversation_state")),
               (RulePolicy, "_does_rule_match_state", ("rule_state", "conversation_state")))),
        Patch("applied events", DialogueStateTracker, "applied_events", _applied_events,
              ((DialogueStateTracker, "applied_events", ("self",)),
               (DialogueStateTracker, "_undo_till_previous", ("event_type", "done_events")),
               (DialogueStateTracker, "_first_loop_execution_or_unhappy_path", ("self", "loop_action_name",
                                                                                "applied_events")))),
        Patch("past states", DialogueStateTracker, "past_states", _past_states,
              ((DialogueStateTracker, "past_states", ("self", "domain", "omit_unset_slots", "ignore_rule_only_turns",
                                                      "rule_only_data")),
               (DialogueStateTracker, "applied_events", ("self",)),
               (DialogueStateTracker, "init_copy", ("self",)),
               (DialogueStateTracker, "update", ("self", "event", "domain")),
               (Domain, "states_for_tracker_history", ("self", "tracker", "omit_unset_slots",
                                                        "ignore_rule_only_turns", "rule_only_data")),
               (Domain, "get_active_state", ("self", "tracker", "omit_unset_slots")))),
        Patch("tracker copies", DialogueStateTracker, "copy", _copy,
              ((DialogueStateTracker, "copy", ("self",)),
               (DialogueStateTracker, "travel_back_in_time", ("self", "target_time")),
               (DialogueStateTracker, "init_copy", ("self",)),
               (DialogueStateTracker, "_reset", ("self",)))),
        Patch("action server connections", EndpointConfig, "request", _request,
              ((EndpointConfig, "request", ("self", "method", "subpath", "content_type", "compress", "kwargs")),
               (EndpointConfig, "session", ("self",)),
               (EndpointConfig, "combine_parameters", ("self", "kwargs")))),
    ]


def mismatches(patch: Patch) -> List[str]:
    """What in Rasa is not as the fix expects (empty when it can be applied). The
    replaced attribute is checked as Rasa defines it, before or after the fix."""
    problems = []
    for owner, attribute, parameters in patch.relies_on:
        found = inspect.getattr_static(owner, attribute, None)
        if (owner, attribute) == (patch.owner, patch.attribute):
            found = _ORIGINAL.get(attribute, found)
        if isinstance(found, staticmethod):
            found = found.__func__
        if found is None:
            problems.append(f"{owner.__name__}.{attribute} is missing")
        elif parameters is None:
            if not isinstance(found, property):
                problems.append(f"{owner.__name__}.{attribute} is not a property")
        elif not callable(found) or tuple(inspect.signature(found).parameters) != parameters:
            problems.append(f"{owner.__name__}.{attribute} does not take {parameters}")
    return problems


def apply() -> List[str]:
    """Apply the fixes to Rasa, once (calling it again changes nothing); the names of the
    fixes in place. None with the off switch or on another Rasa version."""
    import rasa

    if os.environ.get(SWITCH, "").strip().lower() in OFF:
        logger.info("Rasa speed fixes are off (%s=%s)", SWITCH, os.environ[SWITCH])
        return []
    if rasa.__version__ != RASA_VERSION:
        logger.warning("Rasa speed fixes not applied: they were written for Rasa %s, this is Rasa %s "
                       "(nlu_components/rasa_speedups.py)", RASA_VERSION, rasa.__version__)
        return []
    applied = []
    for patch in patches():
        if patch.attribute not in _ORIGINAL:
            problems = mismatches(patch)
            if problems:
                logger.warning("Rasa speed fix for %s not applied: %s", patch.name, "; ".join(problems))
                continue
            _ORIGINAL[patch.attribute] = getattr(patch.owner, patch.attribute)
            setattr(patch.owner, patch.attribute, patch.replacement)
        applied.append(patch.name)
    logger.debug("Rasa speed fixes applied: %s", ", ".join(applied))
    return applied
