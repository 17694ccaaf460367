"""A service asked about by name (issue 14): "what's the Beat number?" gets Beat's own
catalogue entry, and such a short question is answered, never met with a check-in."""
from __future__ import annotations

import asyncio

import numpy as np
import pytest

from actions.actions import ActionFaq, ActionNotUnderstood
from nlu_components.safety_net import apply_tiers, plain_question
from safeguarding import risk, services
from safeguarding.catalogue import default_catalogue
from tests.conftest import make_tracker

HEAD = risk.RiskHead(np.zeros((384, 4), dtype=np.float32), np.zeros(4, dtype=np.float32),
                     np.zeros(4, dtype=np.float32), 0.0, check_in=0.3, emergency=0.9)


@pytest.mark.parametrize("text, ids", [
    ("whats the beat number", ["beat"]),
    ("whats beat", ["beat"]),
    ("whats papyrus", ["papyrus_hopeline247"]),
    ("whats shout", ["shout"]),
    ("what's the number for missing people", ["missing_people"]),
    ("whats the act early number", ["act_early"]),
    ("whats the professionals helpline number", ["professionals_online_safety_helpline"]),
    ("what's the out of hours number for the front door", ["kent_front_door"]),
    ("whats the childline number again", ["childline"]),
    ("what is the nspcc helpline number", ["nspcc_helpline"]),
    ("numbers for childline and samaritans pls", ["childline", "samaritans"]),
    ("is it stopncii we need", ["stopncii"]),
    ("is shout only for adults", ["shout"]),
])
def test_a_service_asked_about_by_name(text, ids):
    assert services.asked_about(text) == ids


@pytest.mark.parametrize("text", [
    "i got beat up after school", "should i ring childline", "my mum called the police", "whats the point",
    "he keeps saying he'll beat me and i don't know what to do about it anymore, it happens every day after school",
])
def test_a_mention_is_not_a_question_about_a_service(text):
    assert services.asked_about(text) == []


def test_every_name_points_to_a_catalogue_entry():
    catalogue = default_catalogue()
    assert set(services.load_names().values()) <= {r.id for r in catalogue}


def said(dispatcher):
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


@pytest.mark.parametrize("action, intent", [(ActionFaq, "faq"), (ActionNotUnderstood, "nlu_fallback")])
def test_the_answer_is_that_services_own_entry(dispatcher, action, intent):
    asyncio.run(action().run(dispatcher, make_tracker(intent, "whats the beat number", worry="eating_problems"), {}))
    cards = [m["custom"]["resource"] for m in dispatcher.messages if m.get("custom")]
    assert [c["id"] for c in cards] == ["beat"] and cards[0]["phone"] == "0808 801 0677"
    assert "0808 801 0677" in said(dispatcher)


def test_a_parent_asking_about_an_adults_service_for_a_child_also_gets_the_childs_own(dispatcher):
    text = "is it the revenge porn helpline we need"
    asyncio.run(ActionFaq().run(dispatcher, make_tracker("faq", text, audience="parent", age_band="age_14_17",
                                                         worry="image_abuse"), {}))
    ids = [m["custom"]["resource"]["id"] for m in dispatcher.messages if m.get("custom")]
    assert ids == ["revenge_porn_helpline", "report_remove"]
    assert "18 and over" in said(dispatcher) and "under 18s" in said(dispatcher)


def test_a_parent_naming_a_childs_age_with_an_adults_service_also_gets_the_childs_own(dispatcher):
    text = "he's 17. is it the revenge porn helpline we need"
    asyncio.run(ActionFaq().run(dispatcher, make_tracker("faq", text, audience="parent"), {}))
    ids = [m["custom"]["resource"]["id"] for m in dispatcher.messages if m.get("custom")]
    assert ids == ["revenge_porn_helpline", "report_remove"]


def parse(text, scores, intent="faq"):
    ranking = [{"name": intent, "confidence": 0.6}, {"name": "immediate_risk", "confidence": 0.1}]
    classifier = {"intent": ranking[0], "intent_ranking": ranking}
    data = {"text": text, **classifier}
    return apply_tiers(data, risk.texts_to_score(text), scores, HEAD, classifier)


def test_a_question_about_a_service_is_answered_not_checked_in():
    result = parse("whats beat", [0.5])  # the encoder hears "beat": a check-in on its own
    assert result["intent"]["name"] == "faq"
    assert result["risk"]["tier"] == risk.NO_RISK and result["risk"]["source"] == "question:service"


def test_a_follow_up_question_is_answered_not_checked_in():
    result = parse("will she know it was me", [0.5])
    assert result["intent"]["name"] == "faq"
    assert result["risk"]["source"] == "question:will_they_know_i_reported"


def test_an_emergency_is_never_lowered_by_a_question():
    result = parse("whats the childline number i want to kill myself tonight", [0.99])
    assert result["intent"]["name"] == "immediate_risk"


def test_the_same_words_without_a_question_still_get_the_check_in():
    assert parse("he beat me again last night", [0.5])["intent"]["name"] == "check_in"
    assert plain_question("he beat me again last night", check_in=True) is None


def test_a_phrase_of_possible_danger_is_never_taken_for_a_question():
    text = "her cut is really deep and she wont call anyone"  # "won't call" is also a question's cue
    ranking = [{"name": "immediate_risk", "confidence": 0.5}, {"name": "faq", "confidence": 0.3}]
    classifier = {"intent": ranking[0], "intent_ranking": ranking}
    result = apply_tiers({"text": text, **classifier}, risk.texts_to_score(text), [0.0], HEAD, classifier,
                         check_in_phrase="cut is really deep")
    assert result["intent"]["name"] != "faq" and result["risk"]["tier"] == risk.CHECK_IN


@pytest.mark.parametrize("text, rid", [
    ("can i call samaritans at 3am", "samaritans"), ("is childline free", "childline"),
    ("do childline tell your parents", "childline"), ("is beat open at night", "beat"),
])
def test_a_question_about_what_a_named_service_does_gets_its_entry(text, rid):
    assert services.asked_about(text) == [rid]


@pytest.mark.parametrize("text", ["i called childline yesterday", "childline was rubbish"])
def test_a_service_mentioned_in_a_story_is_not_a_question_about_it(text):
    assert services.asked_about(text) == []


@pytest.mark.parametrize("text", ["wrote letters for my family, doing it tmrw", "changed my bio cos its my last day"])
def test_a_step_done_never_lowers_a_check_in(text):
    assert plain_question(text, check_in=True) != "did_a_step"
    ranking = [{"name": "immediate_risk", "confidence": 0.5}, {"name": "faq", "confidence": 0.3}]
    classifier = {"intent": ranking[0], "intent_ranking": ranking}
    result = apply_tiers({"text": text, **classifier}, risk.texts_to_score(text), [0.0], HEAD, classifier)
    assert result["risk"]["tier"] == risk.CHECK_IN and result["intent"]["name"] != "faq"


@pytest.mark.parametrize("confidence, tier", [(0.25, risk.NO_RISK), (0.6, risk.CHECK_IN)])
def test_the_classifiers_own_check_in_needs_some_confidence(confidence, tier):
    text = "she's 11, is she even allowed on that app"
    ranking = [{"name": "check_in", "confidence": confidence}, {"name": "privacy", "confidence": 0.2}]
    classifier = {"intent": ranking[0], "intent_ranking": ranking}
    result = apply_tiers({"text": text, **classifier}, risk.texts_to_score(text), [0.0], HEAD, classifier)
    assert result["risk"]["tier"] == tier


def test_a_settled_story_drops_the_models_doubt_but_never_a_reading_of_danger():
    text = "someone kept messaging me last year but its all sorted now"
    calm = [{"name": "check_in", "confidence": 0.6}, {"name": "grooming", "confidence": 0.2}]
    danger = [{"name": "immediate_risk", "confidence": 0.45}, {"name": "grooming", "confidence": 0.2}]
    for ranking, tier in ((calm, risk.NO_RISK), (danger, risk.CHECK_IN)):
        classifier = {"intent": ranking[0], "intent_ranking": ranking}
        result = apply_tiers({"text": text, **classifier}, risk.texts_to_score(text), [0.0], HEAD, classifier)
        assert result["risk"]["tier"] == tier


@pytest.mark.parametrize("text, rid", [("does beat have anything for schools?", "beat"),
                                       ("he's 17, does report remove still work for him", "report_remove")])
def test_does_a_named_service_have_or_cover_it(text, rid):
    assert services.asked_about(text) == [rid]


@pytest.mark.parametrize("text, spared", [
    ("is there a number i can call that isnt childline", ["childline"]),
    ("who else can i talk to apart from childline", ["childline"]),
    ("whats the childline number", []), ("is childline free", []),
    ("when do we ring 999 rather than 101", []),
])
def test_a_service_asked_to_be_spared(text, spared):
    assert services.other_than(text) == spared


@pytest.mark.parametrize("text, planned", [
    ("ok ill ring papyrus", ["papyrus_hopeline247"]), ("gonna text shout now", ["shout"]),
    ("i called childline", []), ("can i call childline?", []), ("im going to tell my mum", []),
])
def test_a_plan_to_contact_a_service_by_name(text, planned):
    assert services.plans_to_contact(text) == planned


def test_a_service_asked_about_by_name_is_never_an_emergency_from_the_models_alone():
    from tests.unit.test_risk import HEAD

    text = "ok whats beat"
    ranking = [{"name": "immediate_risk", "confidence": 0.9}, {"name": "eating_problems", "confidence": 0.05}]
    classifier = {"intent": ranking[0], "intent_ranking": ranking}
    result = apply_tiers({"text": text, **classifier}, risk.texts_to_score(text), [0.95], HEAD, classifier)
    assert result["risk"]["tier"] == risk.NO_RISK and result["intent"]["name"] == "faq"
    # a phrase of danger is never lowered
    danger = {"text": "whats childline, i took 30 pills", **classifier,
              "safety_net": {"phrase": "took 30 pills", "rule": "took_pills"}}
    result = apply_tiers(danger, risk.texts_to_score(danger["text"]), [0.95], HEAD, classifier)
    assert result["risk"]["tier"] == risk.EMERGENCY


def test_a_looked_up_service_says_who_it_is_for_by_age():
    notes = services.age_notes(["revenge_porn_helpline", "report_remove", "ceop"])
    assert notes == ["Revenge Porn Helpline is for people aged 18 and over.", "Report Remove is for under 18s."]


def test_what_a_named_service_does_is_a_lookup():
    assert services.asked_about("what does report remove actually do") == ["report_remove"]


def _tiers(text, scores, ranking, safety_net=None):
    classifier = {"intent": ranking[0], "intent_ranking": ranking}
    data = {"text": text, **classifier}
    if safety_net:
        data["safety_net"] = safety_net
        data["intent"] = {"name": "immediate_risk", "confidence": 1.0}
    return apply_tiers(data, risk.texts_to_score(text), scores, HEAD, classifier)


def test_self_harm_with_a_stated_present_safety_is_a_check_in_not_the_full_emergency():
    ranking = [{"name": "self_harm", "confidence": 0.7}, {"name": "immediate_risk", "confidence": 0.1}]
    result = _tiers("ive been cutting again but im ok rn", [0.95], ranking)
    assert result["intent"]["name"] == "check_in"
    assert (result["risk"]["tier"], result["risk"]["worry"]) == (risk.CHECK_IN, "self_harm")
    # the same words with no stated safety: the full emergency
    assert _tiers("ive been cutting again", [0.95], ranking)["risk"]["tier"] == risk.EMERGENCY


def test_a_phrase_of_thoughts_with_a_stated_safety_is_a_check_in_but_an_act_never_is():
    ranking = [{"name": "self_harm", "confidence": 0.7}, {"name": "immediate_risk", "confidence": 0.1}]
    net = {"rule": "self_harming_now", "phrase": "self harming but says she is safe at the moment"}
    text = "a pupil disclosed she has been self harming but says she is safe at the moment"
    assert _tiers(text, [0.2], ranking, net)["risk"]["tier"] == risk.CHECK_IN
    overdose = {"rule": "took_pills", "phrase": "took loads of pills"}
    assert _tiers("i took loads of pills but im ok now", [0.2], ranking, overdose)["risk"]["tier"] == risk.EMERGENCY


def test_a_stated_safety_does_not_lower_danger_to_someone_else():
    ranking = [{"name": "domestic_abuse", "confidence": 0.7}, {"name": "immediate_risk", "confidence": 0.1}]
    result = _tiers("my dad is hitting my mum downstairs, im ok", [0.95], ranking)
    assert result["risk"]["tier"] == risk.EMERGENCY


def test_news_that_matches_a_practical_answer_does_not_lower_a_check_in():
    # "he said not to tell my mum" matches the answer about secrets, which holds 999; but
    # a train ticket from an online contact is news, not a question: the check-in stays
    ranking = [{"name": "immediate_risk", "confidence": 0.4}, {"name": "grooming", "confidence": 0.3}]
    text = "hes sent me a train ticket to go see him tomorrow, we met on insta, he said not to tell my mum"
    classifier = {"intent": ranking[0], "intent_ranking": ranking}
    result = apply_tiers({"text": text, **classifier}, risk.texts_to_score(text), [0.5], HEAD, classifier)
    assert result["risk"]["tier"] != risk.NO_RISK


def test_a_plain_question_with_an_answer_that_holds_999_is_answered_in_a_check_in():
    assert plain_question("she's really shaken, what do i say to her?", check_in=True) == "practical"


@pytest.mark.parametrize("text", ["is there someone mum could call", "Where can mum get help?"])
def test_help_for_a_parent_is_a_plain_question(text):
    assert plain_question(text, check_in=False) == "help_for_parents"


def test_asking_the_bot_to_make_a_referral_is_answered_honestly():
    text = "Can you make a Front Door referral for me? Pupil says mum's partner hits her"
    assert plain_question(text, check_in=False) == "can_you_tell_someone"


@pytest.mark.parametrize("text, rid", [("would gamcare help with someone his age", "national_gambling_helpline"),
                                       ("can childline help him", "childline")])
def test_whether_a_service_would_help_someone_is_a_question_about_that_service(text, rid):
    assert services.asked_about(text) == [rid]


@pytest.mark.parametrize("text", ["he shouts and he threw my phone at the wall", "he beat me up"])
def test_a_service_name_used_as_a_verb_is_not_asking_about_the_service(text):
    # blind49: "he shouts and he threw my phone at the wall" got Shout's number
    assert services.asked_about(text) == []


@pytest.mark.parametrize("text, rid", [("whats the shout number", "shout"), ("is shout free", "shout"),
                                       ("whats beat", "beat")])
def test_the_same_names_as_services_still_are(text, rid):
    assert services.asked_about(text) == [rid]


def test_how_to_explain_a_service_is_a_question_about_it():
    # blind49: "How do I explain Report Remove to her?" got "I still didn't understand"
    assert services.asked_about("how would we explain report remove to him") == ["report_remove"]


@pytest.mark.parametrize("text, rid", [("whats beats number", "beat"), ("what even is ceop", "ceop"),
                                       ("is report harmful content ok for a 12 year old to use",
                                        "report_harmful_content"),
                                       ("the text one? whats the number", "shout")])
def test_services_named_in_blind52_and_blind53s_words(text, rid):
    assert services.asked_about(text) == [rid]


def test_beats_as_a_verb_is_still_not_the_service():
    assert services.asked_about("he beats me whats the number") != ["beat"]


def test_a_number_asked_for_inside_a_longer_message():
    text = "youth worker here, what's the childline number for a girl who keeps running away from her foster home"
    assert services.asked_about(text) == [] and services.number_asked_for(text) == ["childline"]
    assert services.number_asked_for("my mum keeps shouting and i need help") == []


@pytest.mark.parametrize("text, rid", [("thanks, and the blog?", "kent_esafety_blog"),
                                       ("is the nspcc helpline for professionals too", "nspcc_helpline")])
def test_services_asked_about_in_blind56_and_blind57s_words(text, rid):
    assert services.asked_about(text) == [rid]
