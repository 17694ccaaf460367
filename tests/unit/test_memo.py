"""safeguarding/memo.py: a message's readings are worked out once while it is read, and
nothing is remembered from one message to the next (so the load test's repeated
messages get no help from it)."""
from __future__ import annotations

from typing import List

from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from safeguarding import followups
from safeguarding.memo import one_message, per_message
from safeguarding.safety_net import default_safety_net


def counted() -> tuple:
    calls: List[str] = []

    @per_message
    def shout(text: str, loud: bool = True) -> str:
        calls.append(text)
        return text.upper() if loud else text

    return shout, calls


def test_outside_a_message_every_call_does_the_work():
    shout, calls = counted()
    assert shout("hi") == "HI" and shout("hi") == "HI"
    assert calls == ["hi", "hi"]


def test_inside_one_message_the_same_call_does_the_work_once():
    shout, calls = counted()
    with one_message():
        assert [shout("hi"), shout("hi"), shout("hi", loud=False), shout("hi", loud=False)] == ["HI", "HI", "hi", "hi"]
    assert calls == ["hi", "hi"]  # once per set of arguments


def test_nothing_is_remembered_from_one_message_to_the_next():
    shout, calls = counted()
    with one_message():
        shout("hi")
    with one_message():
        shout("hi")
    shout("hi")
    assert calls == ["hi", "hi", "hi"]


def test_unhashable_arguments_are_worked_out_every_time():
    @per_message
    def size(items) -> int:
        seen.append(1)
        return len(items)

    seen: List[int] = []
    with one_message():
        assert size(["a", "b"]) == 2 and size(["a", "b"]) == 2
    assert len(seen) == 2


def test_a_message_read_inside_gets_the_same_answers_as_outside():
    net = default_safety_net()
    for text in ["i took all my mums pills", "will he know it was me?", "im dying of laughter", "hi"]:
        outside = (net.match(text), net.match_check_in(text), net.harmless_phrase(text), followups.cue(text),
                   followups.practical(text), followups.did_a_step(text))
        with one_message():
            for _ in range(2):
                inside = (net.match(text), net.match_check_in(text), net.harmless_phrase(text),
                          followups.cue(text), followups.practical(text), followups.did_a_step(text))
                assert inside == outside, text


def test_the_safety_net_reads_each_message_on_its_own(monkeypatch):
    """Two messages in one batch, the same text twice: each is read afresh (no memory
    carried from the first), and both escalate."""
    from nlu_components.safety_net import ImmediateRiskSafetyNet
    from safeguarding import safety_net as phrases

    seen: List[str] = []
    original = phrases.SafetyNet._match

    def spy(self, text, rules):
        seen.append(text)
        return original(self, text, rules)

    monkeypatch.setattr(phrases.SafetyNet, "_match", spy)
    # the phrase net alone (no risk head)
    component = ImmediateRiskSafetyNet({}, None, None, default_safety_net())
    messages = []
    for _ in range(2):
        message = Message(data={TEXT: "i have taken a load of pills"})
        message.set(INTENT, {INTENT_NAME_KEY: "greet", "confidence": 0.9})
        message.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: "greet", "confidence": 0.9}])
        messages.append(message)
    component.process(messages)
    assert all(m.get(INTENT)[INTENT_NAME_KEY] == "immediate_risk" for m in messages)
    assert seen.count("i have taken a load of pills") >= 2  # once per message at least
