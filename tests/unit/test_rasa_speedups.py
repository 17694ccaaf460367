"""The speed fix to Rasa's action-reply validation keeps the validation."""
from __future__ import annotations

import pytest


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
