"""The immediate-risk safety net as a Rasa NLU component.

It runs after the intent classifier and before the FallbackClassifier. When a high-risk
phrase from data/safety_net/phrases.yml is in the message, the intent becomes
``immediate_risk`` with confidence 1.0, whatever the classifier said, and the parse
result records which phrase fired (``safety_net``) for the transcript review."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from safeguarding.safety_net import SafetyNet, default_safety_net, load_safety_net

IMMEDIATE_RISK = "immediate_risk"
FALLBACK = "nlu_fallback"


def apply_safety_net(net: SafetyNet, data: Dict[Text, Any]) -> Dict[Text, Any]:
    """Override the classifier's intent in a parse result when a risk phrase matches.

    Without a phrase, one more rule errs on the side of safety: when the classifier's own
    first choice was immediate_risk and only its uncertainty made the FallbackClassifier
    answer nlu_fallback, the message is treated as immediate risk (with the classifier's
    confidence, so a reviewer sees it was unsure). A false alarm shows emergency advice to
    someone who did not need it; a miss leaves someone in danger with "I didn't understand".
    """
    match = net.match(data.get(TEXT) or "")
    if match is None:
        data["safety_net"] = None
        intent = data.get(INTENT) or {}
        ranking = data.get(INTENT_RANKING_KEY) or []
        first_choice = next((r for r in ranking if r.get(INTENT_NAME_KEY) != FALLBACK), None)
        if (intent.get(INTENT_NAME_KEY) == FALLBACK and first_choice
                and first_choice.get(INTENT_NAME_KEY) == IMMEDIATE_RISK):
            data[INTENT] = dict(first_choice)
        return data
    classifier = (data.get(INTENT) or {}).get(INTENT_NAME_KEY)
    top = {INTENT_NAME_KEY: IMMEDIATE_RISK, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [r for r in data.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != IMMEDIATE_RISK]
    data[INTENT] = top
    data[INTENT_RANKING_KEY] = [top] + ranking
    data["safety_net"] = {"rule": match.rule, "phrase": match.phrase, "classifier_intent": classifier}
    return data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ImmediateRiskSafetyNet(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # phrases: a path to another phrases file (tests); default is the project's own
        return {"phrases": None}

    def __init__(self, net: SafetyNet) -> None:
        self.net = net

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ImmediateRiskSafetyNet":
        path = config.get("phrases")
        return cls(load_safety_net(path) if path else default_safety_net())

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if not message.get(TEXT):
                continue
            updated = apply_safety_net(self.net, {
                TEXT: message.get(TEXT),
                INTENT: message.get(INTENT),
                INTENT_RANKING_KEY: message.get(INTENT_RANKING_KEY),
            })
            for key in (INTENT, INTENT_RANKING_KEY, "safety_net"):
                message.set(key, updated[key], add_to_output=True)
        return messages
