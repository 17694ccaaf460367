"""The custom actions run inside the Rasa server, with no action server.

    action_endpoint:
      actions_module: "actions"

in endpoints.yml (the key Rasa Pro uses for the same thing) makes every custom action run
in the Rasa process that handles the message: the same ``actions`` package, run by
rasa-sdk's own ``ActionExecutor`` on the same action call Rasa would post to an action
server (``RemoteAction._action_call_format``), its reply handled by Rasa's own code
(checked against Rasa's schema, responses uttered, events read back). What goes away is
the HTTP round trip: the whole conversation encoded as JSON, sent, decoded and checked by
the action server, and its reply encoded, sent and decoded again, about a tenth of the
Rasa server's time a message and all of the action server's (README, "Speed and scale").

With ``url`` instead (Rasa's usual set-up, still supported), actions go to that action
server, exactly as in Rasa. Where it is applied: ``install()``, called from the bottom of
nlu_components/safety_net.py with the speed fixes (Rasa imports that module whenever it
loads the model), but not switched off with them: an endpoints file that names a module
has no server to fall back on.

Errors are Rasa's: an action that raises ``ActionExecutionRejection`` is rejected as if the
action server had answered 400 (another policy may act), and any other failure is
Rasa's "Failed to execute custom action", after which Rasa logs it and the conversation
goes on without the action's events, as when an action server fails.

The action call is not copied: the actions only read the conversation (its events and
slots, as dicts made for the call) and return new events, whose reply is turned into JSON
and back as an action server's would be. tests/unit/test_in_process_actions.py runs the
actions both ways on the same conversations and checks the events are the same.
"""
from __future__ import annotations

import functools
import importlib
import json
import logging
from typing import Any, Dict, List, Optional

logger = logging.getLogger(__name__)

ACTIONS_MODULE = "actions_module"  # the action_endpoint key naming the package to run in process
_ORIGINAL: Dict[str, Any] = {}


def module_named(endpoint: Any) -> Optional[str]:
    """The actions package an action endpoint names to run in process, or None (an action server)."""
    if endpoint is None:
        return None
    name = (getattr(endpoint, "kwargs", None) or {}).get(ACTIONS_MODULE)
    return str(name) if name else None


@functools.lru_cache(maxsize=None)
def executor(package: str) -> Any:
    """rasa-sdk's executor with every action of ``package`` registered, made once per
    process (the Rasa server makes it before its workers fork: channels/server.py)."""
    from rasa_sdk.executor import ActionExecutor

    try:  # here, not in rasa-sdk, which ends the whole process when the import fails
        importlib.import_module(package)
    except ImportError as error:
        raise ValueError(f"cannot import the actions module {package!r} named in action_endpoint "
                         f"({ACTIONS_MODULE}): {error}") from error
    made = ActionExecutor()
    made.register_package(package)
    if not made.actions:
        raise ValueError(f"no custom actions found in the module {package!r} (action_endpoint: {ACTIONS_MODULE})")
    logger.info("Custom actions run in the Rasa process, from %s: %d actions", package, len(made.actions))
    return made


async def run(self: Any, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> List[Any]:
    """``RemoteAction.run``: in this process when the endpoint names a module, else Rasa's own."""
    package = module_named(self.action_endpoint)
    if package is None:
        return await _ORIGINAL["run"](self, output_channel, nlg, tracker, domain)

    from rasa.core.actions.action import ActionExecutionRejection
    from rasa.shared.core import events
    from rasa.shared.exceptions import RasaException
    from rasa_sdk.interfaces import ActionExecutionRejection as SdkRejection

    call = self._action_call_format(tracker, domain)
    try:
        response = await executor(package).run(call)
    except SdkRejection as rejected:
        logger.error(rejected.message)
        raise ActionExecutionRejection(rejected.action_name, rejected.message) from rejected
    except Exception as error:
        raise RasaException(f"Failed to execute custom action '{self.name()}': {error!r}") from error
    if response is None:
        raise RasaException(f"Failed to execute custom action '{self.name()}': no action was run")
    # The reply as an action server's would arrive: plain JSON, sharing no object with the
    # actions (a few hundred bytes; the conversation sent the other way is the costly part).
    response = json.loads(json.dumps(response))
    self._validate_action_result(response)
    bot_messages = await self._utter_responses(response.get("responses", []), output_channel, nlg, tracker)
    return list(bot_messages) + events.deserialise_events(response.get("events", []))


def install() -> None:
    """Put ``run`` in place of Rasa's ``RemoteAction.run``, once."""
    from rasa.core.actions.action import RemoteAction

    if "run" not in _ORIGINAL:
        _ORIGINAL["run"] = RemoteAction.run
        RemoteAction.run = run
