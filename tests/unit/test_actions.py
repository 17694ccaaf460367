"""The custom actions, run against a CollectingDispatcher as Rasa would run them."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.events import SlotSet

from actions.actions import ActionCheckIn, ActionEmergencySignposting, ActionSignpost, ActionTalkToSomeone


def run(action, dispatcher, tracker, domain):
    return asyncio.run(action.run(dispatcher, tracker, domain))


def responses(dispatcher):
    """The names of the messages sent (wording names, or utter_ names for domain responses),
    found by matching each sent text against every wording variation."""
    from safeguarding.wording import default_responses

    by_text = {v["text"]: name for name, variations in default_responses().items() for v in variations}
    names = []
    for m in dispatcher.messages:
        if m.get("response"):
            names.append(m["response"])
        elif not m.get("custom") and m.get("text") in by_text:
            names.append(by_text[m["text"]])
    return names


def card_ids(dispatcher):
    return [m["custom"]["resource"]["id"] for m in dispatcher.messages if m.get("custom")]


def test_young_person_with_unknown_age_gets_the_steps_first_then_the_age_question(dispatcher, tracker_factory, domain):
    events = run(ActionSignpost(), dispatcher, tracker_factory("sextortion", "he says he'll post my pics"), domain)
    assert responses(dispatcher) == ["ack_sextortion", "steps_sextortion", "ask_age"]
    assert "pay" in dispatcher.messages[1]["text"].lower()  # "don't pay" before any question
    assert dispatcher.messages[-1]["buttons"][-1]["payload"] == "/decline_age"
    assert card_ids(dispatcher) == []
    assert events == [SlotSet("worry", "sextortion"), SlotSet("age_asked", True), SlotSet("advised", "sextortion")]


def test_age_answer_brings_the_first_steps_briefly_and_the_services_not_the_whole_advice(
        dispatcher, tracker_factory, domain):
    tracker = tracker_factory("tell_age", "14", worry="sextortion", age_band="age_14_17",
                              age_asked=True, advised="sextortion")
    events = run(ActionSignpost(), dispatcher, tracker, domain)
    # the reminder is the steps' first bullets (not a wording of its own, so unnamed here)
    assert responses(dispatcher)[0] == "age_answer_intro" and "resources_intro" in responses(dispatcher)
    assert "steps_sextortion" not in responses(dispatcher)
    assert "don't pay" in dispatcher.messages[1]["text"].lower()
    assert responses(dispatcher)[-1] == "offer_more"
    assert card_ids(dispatcher) == ["ceop", "report_remove", "childline"]
    assert events == [SlotSet("worry", "sextortion")]


@pytest.mark.parametrize("typed, band", [
    ("12", "age_11_13"), ("8", "under_11"), ("15 x", "age_14_17"), ("twelve", "age_11_13"),
    ("year 9", "age_11_13"), ("y11", "age_14_17"), ("14 to 17", "age_14_17"), ("im 12 x", "age_11_13"),
    ("Under 11", "under_11"), ("18 or over", "adult"), ("rather not say", "unknown"),
])
def test_a_typed_age_answer_is_read(dispatcher, tracker_factory, domain, typed, band):
    tracker = tracker_factory("tell_age", typed, worry="bullying", age_asked=True, advised="bullying")
    events = run(ActionSignpost(), dispatcher, tracker, domain)
    assert SlotSet("age_band", band) in events
    assert "ask_age" not in responses(dispatcher) and card_ids(dispatcher)


def test_an_unreadable_answer_is_not_asked_again(dispatcher, tracker_factory, domain):
    tracker = tracker_factory("nlu_fallback", "dunno lol", worry="bullying", age_asked=True, advised="bullying")
    run(ActionSignpost(), dispatcher, tracker, domain)
    assert "ask_age" not in responses(dispatcher)
    assert "childline" in card_ids(dispatcher)  # the services that suit any child


@pytest.mark.parametrize(
    "worry, audience, band, expected_first",
    [
        ("sextortion", "young_person", "adult", "revenge_porn_helpline"),
        ("image_abuse", "young_person", "age_11_13", "report_remove"),
        ("grooming", "young_person", "under_11", "ceop"),
        ("illegal_content", "parent", None, "iwf"),
        ("scam", "professional", None, "action_fraud"),
        ("bullying", "parent", None, "nspcc_helpline"),
        ("hate_extremism", "young_person", "age_14_17", "true_vision"),
        ("gaming_gambling", "young_person", "unknown", "national_gambling_helpline"),
    ],
)
def test_worry_gets_cards_for_audience_and_age(dispatcher, tracker_factory, domain, worry, audience, band,
                                               expected_first):
    run(ActionSignpost(), dispatcher, tracker_factory(worry, "...", audience=audience, age_band=band), domain)
    assert card_ids(dispatcher)[0] == expected_first
    assert f"ack_{worry}" in responses(dispatcher)


def test_parents_are_never_asked_their_age(dispatcher, tracker_factory, domain):
    run(ActionSignpost(), dispatcher, tracker_factory("bullying", "my son", audience="parent"), domain)
    assert "ask_age" not in responses(dispatcher)
    assert "childline" not in card_ids(dispatcher)


def test_each_resource_is_sent_as_text_and_as_a_card(dispatcher, tracker_factory, domain):
    run(ActionSignpost(), dispatcher, tracker_factory("scam", "scammed", age_band="age_14_17"), domain)
    cards = [m for m in dispatcher.messages if m.get("custom")]
    assert cards, "no resource cards sent"
    for message in cards:
        resource = message["custom"]["resource"]
        assert message["custom"]["type"] == "resource_card"
        assert resource["name"] in message["text"]
        assert {"name", "description", "for"} <= set(resource)
        assert resource.get("url") or resource.get("phone") or resource.get("how_to_find")
    action_fraud = next(m for m in cards if m["custom"]["resource"]["id"] == "action_fraud")
    assert "0300 123 2040" in action_fraud["text"]
    assert action_fraud["custom"]["resource"]["phone_href"] == "tel:03001232040"
    assert action_fraud["custom"]["resource"]["url"] == "https://www.actionfraud.police.uk"


def test_no_worry_yet_asks_what_is_wrong(dispatcher, tracker_factory, domain):
    run(ActionSignpost(), dispatcher, tracker_factory("tell_age", "im 12", age_band="age_11_13"), domain)
    assert responses(dispatcher) == ["utter_ask_worry"]


@pytest.mark.parametrize(
    "audience, band, expected",
    [
        ("young_person", None, ["childline", "samaritans", "shout"]),
        ("young_person", "adult", ["samaritans", "shout", "kent_police"]),
        ("parent", None, ["nspcc_helpline", "samaritans", "kent_police"]),
        ("professional", None, ["kent_front_door", "nspcc_helpline", "kent_police"]),
    ],
)
def test_emergency_signposting_is_tailored(dispatcher, tracker_factory, domain, audience, band, expected):
    events = run(ActionEmergencySignposting(), dispatcher,
                 tracker_factory("immediate_risk", "kms", audience=audience, age_band=band), domain)
    assert card_ids(dispatcher) == expected
    assert events == [SlotSet("emergency_given", True)]


@pytest.mark.parametrize(
    "audience, band, first",
    [("young_person", "age_14_17", "childline"), ("parent", None, "nspcc_helpline"),
     ("professional", None, "professionals_online_safety_helpline"), ("young_person", "adult", "samaritans")],
)
def test_talk_to_someone(dispatcher, tracker_factory, domain, audience, band, first):
    run(ActionTalkToSomeone(), dispatcher,
        tracker_factory("ask_human", "real person", audience=audience, age_band=band), domain)
    assert responses(dispatcher)[0] == "talk_to_someone_intro"
    assert card_ids(dispatcher)[0] == first


def test_wording_follows_audience_and_age(dispatcher, tracker_factory, domain):
    from safeguarding.wording import choose

    run(ActionSignpost(), dispatcher, tracker_factory("bullying", "...", age_band="under_11"), domain)
    expected = choose("ack_bullying", {"audience": "young_person", "age_band": "under_11"})["text"]
    assert dispatcher.messages[0]["text"] == expected
    assert "grown-up you trust" in dispatcher.messages[0]["text"] + dispatcher.messages[1]["text"]


def test_every_message_an_action_sends_exists(domain):
    from safeguarding.signposting_flow import WORRIES, emergency, signpost, talk_to_someone
    from safeguarding.wording import default_responses

    names = set()
    for worry in WORRIES:
        for audience, band in [("young_person", None), ("young_person", "age_14_17"), ("parent", None)]:
            reply = signpost(worry, audience, band)
            names.update(reply.responses + reply.after)
    for reply in (emergency("young_person", None), talk_to_someone("parent", None), signpost(None, None, None)):
        names.update(reply.responses + reply.after)
    known = set(default_responses()) | set(domain["responses"])
    missing = sorted(n for n in names if n not in known)
    assert not missing, f"messages sent by actions but defined nowhere: {missing}"


def test_a_parents_age_after_the_advice_brings_the_first_steps_for_that_age_and_its_services(
        dispatcher, tracker_factory, domain):
    tracker = tracker_factory("tell_age", "she's 14", worry="image_abuse", audience="parent",
                              age_band="age_14_17", advised="image_abuse")
    run(ActionSignpost(), dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "age_answer_intro" and "resources_intro" in responses(dispatcher)
    assert "steps_image_abuse" not in responses(dispatcher) and "•" in dispatcher.messages[1]["text"]
    assert card_ids(dispatcher)


def test_saying_who_they_are_after_the_advice_gives_it_again_in_their_words(dispatcher, tracker_factory, domain):
    # "I'm the DSL" after a first message that read like a young person's
    tracker = tracker_factory("i_am_professional", "I'm the DSL at a secondary", worry="image_abuse",
                              audience="professional", advised="image_abuse", age_asked=True)
    run(ActionSignpost(), dispatcher, tracker, domain)
    assert responses(dispatcher)[:2] == ["ack_image_abuse", "steps_image_abuse"]
    assert "kent_front_door" in card_ids(dispatcher) or "ukcis_sharing_nudes_guidance" in card_ids(dispatcher)


def test_after_an_emergency_every_later_reply_starts_with_999(dispatcher, tracker_factory, domain):
    tracker = tracker_factory("self_harm", "should i take her to a and e", emergency_given=True, age_band="age_14_17")
    run(ActionSignpost(), dispatcher, tracker, domain)
    assert dispatcher.messages[0].get("response") == "utter_still_in_danger"


def test_the_emergency_signposting_remembers_it_was_given(dispatcher, tracker_factory, domain):
    events = run(ActionEmergencySignposting(), dispatcher, tracker_factory("immediate_risk", "help"), domain)
    assert SlotSet("emergency_given", True) in events


def test_an_emergency_after_the_worrys_advice_comes_back_to_its_first_steps_not_to_nothing(
        dispatcher, tracker_factory, domain):
    # "he's going to send the video to my school tonight" after the grooming advice: the
    # steps were in the previous reply, so the way back to the worry is their first three
    tracker = tracker_factory("immediate_risk", "hes going to send it to my school tonight", worry="grooming",
                              advised="grooming", age_asked=True)
    run(ActionEmergencySignposting(), dispatcher, tracker, domain)
    texts = [m.get("text") or "" for m in dispatcher.messages]
    back = next(i for i, t in enumerate(texts) if "what can help with what you told me" in t)
    assert "•" in texts[back + 1] and "block" in texts[back + 1].lower()


@pytest.mark.parametrize("message_worry, classifier_intent, slot_worry, back_to", [
    ("self_harm", "self_harm", "sextortion", "sextortion"),   # "if they post it i'll kill myself"
    ("self_harm", "self_harm", None, "self_harm"),
    ("grooming", "grooming", "bullying", "grooming"),   # a new worry the classifier reads is followed
    ("exploitation", "immediate_risk", "sextortion", "sextortion"),  # one lower in its ranking is not
    ("exploitation", "immediate_risk", None, "exploitation"),
    (None, "immediate_risk", "scam", "scam"),
])
def test_after_an_emergency_the_conversation_comes_back_to_the_worry_that_caused_it(
        dispatcher, tracker_factory, domain, message_worry, classifier_intent, slot_worry, back_to):
    tracker = tracker_factory("immediate_risk", "i'll kill myself", age_band="age_14_17", worry=slot_worry)
    tracker.latest_message["risk"] = {"tier": "emergency", "worry": message_worry,
                                      "classifier_intent": classifier_intent, "source": "encoder"}
    events = run(ActionEmergencySignposting(), dispatcher, tracker, domain)
    assert SlotSet("worry", back_to) in events


def check_in_tracker(tracker_factory, text, source="classifier", **slots):
    slots = {"audience": "professional", "worry": "image_abuse", "advised": "image_abuse", **slots}
    tracker = tracker_factory("check_in", text, **slots)
    tracker.latest_message["risk"] = {"tier": "check_in", "worry": None, "source": source, "score": 0.27}
    return tracker


def test_a_question_in_a_check_in_is_answered_not_met_with_the_worrys_steps_again(
        dispatcher, tracker_factory, domain):
    # blind28: a school nurse's "is the revenge porn helpline the right place?" about a
    # 17-year-old, read as possible danger: after the safety question, who that helpline
    # is for and the young person's own service beside it
    tracker = check_in_tracker(tracker_factory, "Is the Revenge Porn Helpline the right place?")
    run(ActionCheckIn(), dispatcher, tracker, domain)
    assert "revenge_porn_helpline" in card_ids(dispatcher)
    assert "check_in_steps_intro" not in responses(dispatcher)


def test_a_statement_in_a_check_in_still_gets_the_worrys_steps(dispatcher, tracker_factory, domain):
    tracker = check_in_tracker(tracker_factory, "she is really upset about it")
    run(ActionCheckIn(), dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "check_in_steps_intro" and card_ids(dispatcher) == []


def test_a_question_with_a_phrase_of_possible_danger_is_never_answered_as_a_plain_question(
        dispatcher, tracker_factory, domain):
    tracker = check_in_tracker(tracker_factory, "Is the Revenge Porn Helpline the right place?",
                               source="check_in_phrase")
    run(ActionCheckIn(), dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "check_in_steps_intro" and card_ids(dispatcher) == []


def test_an_unanswerable_question_in_a_check_in_gets_the_steps(dispatcher, tracker_factory, domain):
    tracker = check_in_tracker(tracker_factory, "what colour is the sky there?")
    run(ActionCheckIn(), dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "check_in_steps_intro"


def test_ok_with_nothing_told_yet_asks_what_the_worry_is(dispatcher, tracker_factory, domain):
    from actions.actions import ActionAcknowledge
    run(ActionAcknowledge(), dispatcher, tracker_factory("affirm", "ok"), domain)
    assert responses(dispatcher) == ["utter_ask_worry"]


@pytest.mark.parametrize("audience, person", [("young_person", "0800 1111"), ("parent", "0808 800 5000"),
                                              ("professional", "03000 411111")])
def test_ok_after_the_advice_is_acknowledged_with_a_person_never_the_menu_again(
        dispatcher, tracker_factory, domain, audience, person):
    # blind33: "ok x" after the advice got "what's worrying you?" and the menu
    from actions.actions import ActionAcknowledge
    tracker = tracker_factory("affirm", "ok x", audience=audience, worry="eating_problems", advised="eating_problems")
    run(ActionAcknowledge(), dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "acknowledge" and "utter_ask_worry" not in responses(dispatcher)
    assert person in dispatcher.messages[0]["text"]
    assert card_ids(dispatcher)  # the worry's services, if they need them


def test_ok_i_wont_is_praised(dispatcher, tracker_factory, domain):
    from actions.actions import ActionAcknowledge
    tracker = tracker_factory("affirm", "ok i wont", worry="grooming", advised="grooming")
    run(ActionAcknowledge(), dispatcher, tracker, domain)
    assert responses(dispatcher) == ["did_a_step"]


def test_ok_i_wont_after_self_harm_is_not_praised_but_acknowledged(dispatcher, tracker_factory, domain):
    from actions.actions import ActionAcknowledge
    tracker = tracker_factory("affirm", "ok i wont", worry="self_harm", advised="self_harm")
    run(ActionAcknowledge(), dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "acknowledge"


def test_a_faint_doubt_on_a_statement_is_asked_about_then_answered(dispatcher, tracker_factory, domain):
    # blind32: "She won't leave him" after the domestic abuse advice, read as possible
    # danger only by the classifier's faint doubt: the safety question, then its answer
    tracker = tracker_factory("check_in", "She won't leave him", audience="parent", worry="domestic_abuse",
                              advised="domestic_abuse")
    tracker.latest_message["risk"] = {"tier": "check_in", "source": "classifier", "classifier_intent": "nlu_fallback",
                                      "classifier_risk": 0.31, "encoder_score": 0.002}
    run(ActionCheckIn(), dispatcher, tracker, domain)
    assert "check_in_steps_intro" not in responses(dispatcher)
    assert "0808 2000 247" in " ".join(m.get("text") or "" for m in dispatcher.messages)


def test_a_statement_the_risk_head_hears_still_gets_the_steps(dispatcher, tracker_factory, domain):
    tracker = tracker_factory("check_in", "She won't leave him", audience="parent", worry="domestic_abuse",
                              advised="domestic_abuse")
    tracker.latest_message["risk"] = {"tier": "check_in", "source": "classifier", "classifier_intent": "nlu_fallback",
                                      "classifier_risk": 0.31, "encoder_score": 0.3}
    run(ActionCheckIn(), dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "check_in_steps_intro"


def test_ok_after_an_answered_question_is_acknowledged_not_the_menu(dispatcher, tracker_factory, domain):
    # blind52: a professional's "ok" after an answer about resources got the menu of worries
    from actions.actions import ActionAcknowledge
    tracker = tracker_factory("affirm", "ok", audience="professional")
    tracker.events.append({"event": "action", "name": "action_faq"})
    run(ActionAcknowledge(), dispatcher, tracker, domain)
    assert responses(dispatcher) == ["acknowledge"] and "03000 411111" in dispatcher.messages[0]["text"]


def test_ok_i_wont_go_is_praised_even_after_999(dispatcher, tracker_factory, domain):
    # blind54: "ok i wont go" after the emergency reply got "I still didn't understand"
    from actions.actions import ActionAcknowledge
    tracker = tracker_factory("affirm", "ok i wont go", worry="exploitation", advised="exploitation",
                              emergency_given=True)
    run(ActionAcknowledge(), dispatcher, tracker, domain)
    assert responses(dispatcher)[-1] == "did_a_step"


def test_ok_after_the_emergency_reply_is_not_a_new_start(dispatcher, tracker_factory, domain):
    # blind57: "ok" after 999 (no worry named) got the menu of worries
    from actions.actions import ActionAcknowledge
    tracker = tracker_factory("affirm", "ok")
    tracker.events.append({"event": "action", "name": "action_emergency_signposting"})
    run(ActionAcknowledge(), dispatcher, tracker, domain)
    assert responses(dispatcher)[-1] == "acknowledge" and "999" in " ".join(
        m.get("text") or "" for m in dispatcher.messages)


def test_a_service_asked_for_in_a_first_message_comes_with_the_advice(dispatcher, tracker_factory, domain):
    # blind56: "police officer. what's the missing people number for a lad who keeps running..."
    text = "police officer here. what's the missing people number for a boy who keeps running from his care home"
    run(ActionSignpost(), dispatcher, tracker_factory("running_away", text, audience="professional"), domain)
    assert "missing_people" in card_ids(dispatcher)
    assert any("Front Door" in (m.get("text") or "") for m in dispatcher.messages)


def test_help_on_its_way_brings_back_the_first_step_for_the_emergency_told_earlier(
        dispatcher, tracker_factory, domain):
    # blind54: "The ambulance is coming. Is there anything I should do?" after a cut that wouldn't stop bleeding
    from actions.actions import answer_question
    tracker = tracker_factory("faq", "the ambulance is on its way, anything i should do while we wait?",
                              audience="parent", worry="self_harm", emergency_given=True)
    tracker.events.extend([{"event": "user", "text": "my son has cut his arm and the bleeding wont stop"},
                           {"event": "user",
                            "text": "the ambulance is on its way, anything i should do while we wait?"}])
    answer_question(dispatcher, tracker, None, 0.0, unsure=None)
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert texts[0].startswith("What to do now: press firmly on the wound")


def test_ok_i_wont_go_as_a_question_path_message_is_praised(dispatcher, tracker_factory, domain):
    from actions.actions import answer_question
    tracker = tracker_factory("nlu_fallback", "ok i wont go then", worry="exploitation", advised="exploitation",
                              emergency_given=True)
    answer_question(dispatcher, tracker, None, 0.0, unsure="utter_default")
    assert responses(dispatcher) == ["did_a_step"]
