"""A typed answer to "how old are you?" is read whatever the classifier made of it, and
someone else's age is never taken as the writer's (issue 14)."""
import pytest

from safeguarding import risk
from safeguarding.ages import pure_age_answer
from nlu_components.safety_net import apply_tiers
from tests.unit.test_services import HEAD, parse


@pytest.mark.parametrize("text, band", [
    ("seventeen", "age_14_17"), ("year 8", "age_11_13"), ("nine", "under_11"), ("im 12 x", "age_11_13"),
    ("y9", "age_11_13"), ("14 to 17", "age_14_17"), ("Under 11", "under_11"), ("18 or over", "adult"),
    ("i am 13 years old", "age_11_13"), ("13 and a half", "age_11_13"), ("im in year 9", "age_11_13"),
    ("rather not say", "unknown"), ("i dont want to say", "unknown"), ("twelve", "age_11_13"),
])
def test_an_age_answer_alone_is_read(text, band):
    assert pure_age_answer(text) == band


@pytest.mark.parametrize("text", [
    "my 12 year old", "hes 19", "he is 25", "she is 12", "12 people saw it", "2 days ago", "im 14, he is 25",
    "he said he'd post it in 10 minutes", "100",
])
def test_anything_more_than_the_writers_age_is_not_an_age_answer(text):
    assert pure_age_answer(text) is None


@pytest.mark.parametrize("text, classifier_intent, intent", [
    ("seventeen", "faq", "tell_age"), ("year 8", "nlu_fallback", "tell_age"),
    ("rather not say", "nlu_fallback", "decline_age"),
])
def test_the_parse_of_an_age_answer_is_tell_age_whatever_the_classifier_said(text, classifier_intent, intent):
    ranking = [{"name": "faq", "confidence": 0.25}, {"name": "tell_age", "confidence": 0.2}]
    classifier = {"intent": {"name": classifier_intent, "confidence": 0.3}, "intent_ranking": ranking}
    result = apply_tiers({"text": text, **classifier}, risk.texts_to_score(text), [0.0], HEAD, classifier)
    assert result["intent"]["name"] == intent and result["risk"]["tier"] == risk.NO_RISK


def test_danger_is_never_turned_into_an_age_answer():
    assert parse("im 14", [0.99], intent="immediate_risk")["intent"]["name"] == "immediate_risk"


@pytest.mark.parametrize("text, entities, intent", [
    ("ok my dads here", [], "safe_now"),
    ("my social worker said to use this", [], "safe_now"),
    ("i'm his mum and my dad is worried too", [{"entity": "audience", "value": "parent"}], "i_am_parent"),
    ("i'm a parent", [], "i_am_parent"),
])
def test_naming_an_adult_in_your_life_does_not_make_you_that_adult(text, entities, intent):
    from nlu_components.safety_net import not_a_role

    ranking = [{"name": "i_am_parent", "confidence": 0.45}, {"name": "safe_now", "confidence": 0.2}]
    data = not_a_role({"text": text, "intent": dict(ranking[0]), "intent_ranking": ranking, "entities": entities})
    assert data["intent"]["name"] == intent


def test_a_long_message_read_as_a_role_is_about_its_worry():
    from nlu_components.safety_net import worry_over_steering

    ranking = [{"name": "i_am_professional", "confidence": 0.36}, {"name": "sextortion", "confidence": 0.3}]
    data = {"text": "I'm a police officer and a 14 year old has disclosed sextortion",
            "intent": dict(ranking[0]), "intent_ranking": ranking}
    assert worry_over_steering(data)["intent"]["name"] == "sextortion"
    short = {"text": "im a police officer", "intent": dict(ranking[0]), "intent_ranking": ranking}
    assert worry_over_steering(short)["intent"]["name"] == "i_am_professional"


def test_a_follow_ups_own_words_outrank_yes_and_no():
    ranking = [{"name": "affirm", "confidence": 0.51}, {"name": "faq", "confidence": 0.15}]
    classifier = {"intent": dict(ranking[0]), "intent_ranking": ranking}
    result = apply_tiers({"text": "please dont tell anyone", **classifier},
                         risk.texts_to_score("please dont tell anyone"), [0.0], HEAD, classifier)
    assert result["intent"]["name"] == "faq" and result["risk"]["source"] == "question:is_this_confidential"
