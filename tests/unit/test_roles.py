"""A designated safeguarding lead is never told to "tell your designated safeguarding
lead" (issue 14), and is recognised only from their own words."""
import pytest

from actions.actions import ActionEmergencySignposting, ActionFaq, ActionSignpost
from safeguarding.roles import DSL, for_role, says_they_are_the_dsl
from safeguarding.vocabulary import WORRIES
from tests.conftest import make_tracker


@pytest.mark.parametrize("text", ["DSL. a year 11 student says she took pills", "I'm the DSL at a primary",
                                  "as dsl what do i do", "DSL here, quick question",
                                  "im the designated safeguarding lead"])
def test_a_dsl_saying_so(text):
    assert says_they_are_the_dsl(text)


@pytest.mark.parametrize("text", ["our dsl said to ask you", "the dsl is off today", "dsl said ignore it",
                                  "should i tell the dsl", "im a teacher"])
def test_someone_talking_about_a_dsl(text):
    assert not says_they_are_the_dsl(text)


def test_other_writers_keep_the_words():
    text = "Tell your designated safeguarding lead and follow your policy."
    assert for_role(text, None) == text


def said(dispatcher):
    return " ".join((m.get("text") or "") for m in dispatcher.messages).lower()


@pytest.mark.parametrize("worry", WORRIES)
def test_no_worry_tells_a_dsl_to_tell_their_dsl(dispatcher, worry):
    tracker = make_tracker(worry, "a pupil told me", audience="professional", role=DSL)
    for action in (ActionSignpost(), ActionEmergencySignposting()):
        dispatcher.messages.clear()
        import asyncio
        asyncio.run(action.run(dispatcher, tracker, {}))
        assert "your designated safeguarding lead" not in said(dispatcher)
        assert said(dispatcher)


def test_no_answer_tells_a_dsl_to_tell_their_dsl(dispatcher):
    import asyncio

    from safeguarding import faq
    for key in faq.load_answers():
        dispatcher.messages.clear()
        tracker = make_tracker("faq", "what do we do", audience="professional", role=DSL)
        tracker.latest_message["response_selector"] = {
            "faq": {"response": {"intent_response_key": f"faq/{key}", "confidence": 0.95}}}
        asyncio.run(ActionFaq().run(dispatcher, tracker, {}))
        assert "your designated safeguarding lead" not in said(dispatcher), key
