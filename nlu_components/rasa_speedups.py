"""Measured speed fixes to Rasa 3.6 itself, applied when the Rasa server loads the
model (this package holds the pipeline's custom components, so Rasa always imports it).
Each keeps Rasa's behaviour; py-spy under the load test (`make bench`) found each cost.

1. Action server replies. Rasa checks every action server reply against a JSON schema with ``jsonschema.validate``,
which first re-validates the schema itself against the draft 2020-12 metaschema, on every
call. Profiling the load test (`make bench`, py-spy) put 23% of the Rasa server's time
there. Here the same schema is compiled once and every reply is still validated, with the
same error message on failure; only the repeated metaschema check is gone.

2. Event types. Rasa turns every stored event back into an object by walking every
subclass of Event, recursively, to find the one with that type name: 4-5% of the server's
time once the classifier was cheap. Here each name is looked up once and remembered
(only names that resolve to a class; unknown names still go through Rasa's own code).

3. The graph runner. For every message (the NLU graph) and every predicted action (the
policy graph) Rasa runs its graph through dask's scheduler, which sorts and queues the
tasks, copies, and computes the graph's minimal schema anew: about 10% of the server's
time for a handful of nodes in a chain. Here the same graph (built by Rasa's own code) is
evaluated depth-first in the calling thread, each node once, as dask's synchronous
scheduler would; errors are raised the same way. tests/unit/test_rasa_speedups.py runs
both on the trained model and checks they give the same results.
"""
from __future__ import annotations

import functools
from typing import Any, Dict, List, Optional


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


def apply() -> None:
    from rasa.core.actions.action import RemoteAction
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.shared.core.events import Event

    if getattr(RemoteAction._validate_action_result, "__module__", "") != __name__:
        RemoteAction._validate_action_result = _validate_action_result
    if "resolve_by_type" not in _ORIGINAL:
        _ORIGINAL["resolve_by_type"] = Event.resolve_by_type
        Event.resolve_by_type = staticmethod(_resolve_by_type)
    if "run" not in _ORIGINAL:
        _ORIGINAL["run"] = DaskGraphRunner.run
        DaskGraphRunner.run = _run
