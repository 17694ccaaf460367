"""The speed fixes to Rasa (nlu_components/rasa_speedups.py) keep Rasa's behaviour.
tests/integration/test_rasa_speedups.py compares both graph runners on the trained model."""
from __future__ import annotations

import dask
import pytest

from nlu_components import rasa_speedups


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

    rasa_speedups.apply()
    for cls in rasa.shared.utils.common.all_subclasses(Event):
        if getattr(cls, "type_name", None) and cls.type_name != "event":
            assert Event.resolve_by_type(cls.type_name) is rasa_speedups._rasa_resolve_by_type(cls.type_name)
            assert Event.resolve_by_type(cls.type_name) is rasa_speedups._rasa_resolve_by_type(cls.type_name)
    assert Event.resolve_by_type("no_such_event", default=Event) is Event
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("topic") is None



def test_loading_the_pipeline_package_applies_the_fix_and_valid_replies_pass():
    import nlu_components  # noqa: F401  (what Rasa imports when it loads the model)
    from rasa.core.actions.action import RemoteAction

    assert RemoteAction._validate_action_result.__module__ == "nlu_components.rasa_speedups"
    reply = {"events": [{"event": "slot", "name": "worry", "value": "bullying"}],
             "responses": [{"text": "hi", "custom": {"type": "resource_card"}}]}
    assert RemoteAction._validate_action_result(None, reply) is True


@pytest.mark.parametrize("reply", [{"events": "not a list"}, {"events": [{"no_event_key": 1}]},
                                   {"responses": "text"}])
def test_a_malformed_action_server_reply_is_still_refused(reply):
    from jsonschema import ValidationError

    import nlu_components  # noqa: F401
    from rasa.core.actions.action import RemoteAction

    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        RemoteAction._validate_action_result(None, reply)
