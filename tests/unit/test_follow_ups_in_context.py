"""Follow-ups in context (issue 14): the worry being talked about shapes the answer to
the next question, a question's own words name it when the classifier is unsure, and a
message the bot cannot place brings that worry's first steps back, briefly, with a person
to talk to; never "I don't know that one" while a worry is in play."""
from __future__ import annotations

import asyncio

import pytest

from actions.actions import ActionFaq, ActionNotUnderstood, ActionSignpost
from safeguarding import faq, followups
from safeguarding.catalogue import WORRIES
from safeguarding.wording import choose
from tests.conftest import make_tracker

AUDIENCES = [("young_person", "under_11"), ("young_person", "age_11_13"), ("young_person", "age_14_17"),
             ("young_person", None), ("parent", None), ("professional", None)]
PERSON = ("childline", "nspcc", "front door", "adult you trust", "grown-up you trust", "999")


def said(dispatcher) -> str:
    return "\n".join(m.get("text") or "" for m in dispatcher.messages).lower().replace("\u2019", "'")


def tracker(text, intent="faq", key=None, confidence=0.0, **slots):
    t = make_tracker(intent, text, **slots)
    if key:
        t.latest_message["response_selector"] = {
            "faq": {"response": {"intent_response_key": f"faq/{key}", "confidence": confidence}}}
    return t


# --- the question named by its words -----------------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("Should I call the police?", "report_police"),
    ("should i report it to the police", "report_police"),
    ("will i get in trouble", "will_i_get_in_trouble"),
    ("am i gonna be in trouble with the police", "will_i_get_in_trouble"),
    ("can you tell my mum for me", "can_you_tell_someone"),
    ("can you call the police for me", "can_you_tell_someone"),
    ("are you going to tell my school", "can_you_tell_someone"),
    ("whats the childline number again", "service_number"),
    ("what's the number for the front door", "service_number"),
    ("will he know it was me who reported him?", "will_they_know_i_reported"),
    ("should i just delete it", "should_i_delete"),
    ("is this confidential?", "is_this_confidential"),
    ("should i tell my mum", "tell_parents"),
    ("What do I say to my son?", "talk_to_child"),
    ("a parent showed me messages between a teacher and her son", "lado"),
    ("ok, and what do I say to my daughter", "talk_to_child"),
])
def test_a_question_is_named_by_its_own_words(text, key):
    assert followups.cue(text) == key


@pytest.mark.parametrize("text", [
    "can you tell me more", "he keeps messaging me", "my mum found out", "what do i do",
    "the police came to school today to talk about online safety " * 5,  # long: a new story
])
def test_other_messages_name_no_question(text):
    assert followups.cue(text) is None


# --- the answer for the worry in play ----------------------------------------------------
@pytest.mark.parametrize("worry", ["bullying", "abuse_at_home", "grooming", "low_mood", "exploitation"])
def test_will_i_get_in_trouble_after_harm_is_not_the_pictures_answer(worry):
    text = faq.reply("will_i_get_in_trouble", 0.9, "young_person", "age_11_13", worry=worry).text.lower()
    assert "not in trouble" in text and "not your fault" in text
    assert "picture" not in text and "pay" not in text


def test_will_i_get_in_trouble_after_sextortion_is_the_pictures_answer():
    text = faq.reply("will_i_get_in_trouble", 0.9, "young_person", "age_14_17", worry="sextortion").text.lower()
    assert "victim" in text and "don't pay" in text


def test_with_no_worry_the_general_answer_is_sent():
    assert faq.reply("report_police", 0.9, "young_person", None).text == choose(
        "report_police", {"audience": "young_person", "age_band": None}, responses=faq.default_answers())["text"]


def test_scam_trouble_answer_for_a_parent_names_action_fraud():
    text = faq.reply("will_i_get_in_trouble", 0.9, "parent", None, worry="scam").text
    assert "Action Fraud" in text and "0300 123 2040" in text


def test_an_unsure_question_is_answered_when_its_words_name_it():
    reply = faq.reply("image_of_child_evidence", 0.25, "young_person", None, worry="bullying",
                      text="Should I call the police?")
    assert reply.key == "report_police" and "999" in reply.text and "101" in reply.text


def test_every_in_context_variation_names_known_worries_and_a_known_question():
    answers = followups.load_in_context()
    assert set(answers) <= set(faq.default_rules().questions)
    assert "will_i_get_in_trouble" in answers


# --- the first steps again, briefly -----------------------------------------------------
@pytest.mark.parametrize("worry", WORRIES)
@pytest.mark.parametrize("audience, band", AUDIENCES)
def test_every_worry_has_a_short_reminder_for_every_audience(worry, audience, band):
    slots = {"audience": audience, "age_band": band}
    text = followups.reminder(worry, slots)
    assert text and 1 <= text.count("•") <= followups.REMINDER_STEPS
    assert text.splitlines()[0][2:] in choose(f"steps_{worry}", slots)["text"]  # copied, not new advice


def run(action, dispatcher, t):
    return asyncio.run(action.run(dispatcher, t, {}))


@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope", "ask_capabilities"])
def test_not_understood_during_a_worry_brings_its_first_steps_and_a_person(dispatcher, intent):
    run(ActionNotUnderstood(), dispatcher, tracker("hmm but what do i do then", intent, worry="sextortion",
                                                   advised="sextortion", age_band="age_14_17"))
    text = said(dispatcher)
    assert "don't pay" in text and "childline" in text
    assert "i don't know that one" not in text and "only help with" not in text


@pytest.mark.parametrize("intent, response", [
    ("nlu_fallback", "utter_default"), ("out_of_scope", "utter_out_of_scope"),
    ("ask_capabilities", "utter_capabilities")])
def test_not_understood_with_no_worry_is_the_domains_reply(dispatcher, intent, response):
    run(ActionNotUnderstood(), dispatcher, tracker("what's the weather", intent))
    assert [m.get("response") for m in dispatcher.messages] == [response]


def test_a_sure_question_reading_is_answered_even_when_the_intent_was_unsure(dispatcher):
    run(ActionNotUnderstood(), dispatcher, tracker("she says hes her boyfriend and its fine", "nlu_fallback",
                                                   key="he_loves_me", confidence=0.9, worry="grooming"))
    assert choose("he_loves_me", {"audience": "young_person", "age_band": None},
                  responses=faq.default_answers())["text"] in [m.get("text") for m in dispatcher.messages]


def test_an_unsure_question_during_a_worry_is_not_i_dont_know(dispatcher):
    run(ActionFaq(), dispatcher, tracker("should i go", key="should_i_delete", confidence=0.3,
                                         worry="grooming", audience="young_person", age_band="age_11_13"))
    text = said(dispatcher)
    assert "i don't know that one" not in text
    assert any(p in text for p in PERSON)


def test_an_unsure_question_with_no_worry_is_an_honest_i_dont_know(dispatcher):
    run(ActionFaq(), dispatcher, tracker("blah blah?", key="should_i_delete", confidence=0.3))
    assert "i don't know that one" in said(dispatcher)


def test_the_same_worry_told_again_gets_its_first_steps_briefly_and_the_services(dispatcher):
    t = make_tracker("sextortion", "i already paid £50 and now they want more", worry="sextortion",
                     advised="sextortion", age_band="age_14_17", age_asked=True)
    run(ActionSignpost(), dispatcher, t)
    texts = [m.get("text") or "" for m in dispatcher.messages if not m.get("custom")]
    full = choose("steps_sextortion", {"audience": "young_person", "age_band": "age_14_17"})["text"]
    assert full not in texts  # not the same block of advice again
    assert "don't pay" in said(dispatcher).replace("\u2019", "'")
    assert any(m.get("custom") for m in dispatcher.messages)  # and the services


def test_the_closing_question_is_not_asked_twice_in_a_row(dispatcher):
    offer_more = choose("offer_more", {"audience": "young_person", "age_band": None})["text"]
    t = make_tracker("tell_age", "im 14", worry="grooming", advised="grooming", age_asked=True, age_band="age_14_17")
    t.events = [{"event": "user", "text": "hes 19 and says i'm mature"},
                {"event": "bot", "text": "trust your gut on this."}, {"event": "bot", "text": offer_more},
                {"event": "user", "text": "im 14"}]
    run(ActionSignpost(), dispatcher, t)
    assert offer_more not in [m.get("text") for m in dispatcher.messages]
    assert any(m.get("custom") for m in dispatcher.messages)  # the services for a 14-year-old still come


def test_an_age_answer_with_more_news_brings_the_first_steps_back(dispatcher):
    t = make_tracker("tell_age", "16, and they want money", worry="sextortion", advised="sextortion",
                     age_asked=True)
    run(ActionSignpost(), dispatcher, t)
    assert "don't pay" in said(dispatcher)
    assert any(m.get("custom") for m in dispatcher.messages)


@pytest.mark.parametrize("worry, number", [
    ("running_away", "116 000"), ("eating_problems", "0808 801 0677"), ("hate_extremism", "0800 011 3764"),
    ("domestic_abuse", "0808 2000 247"), ("low_mood", "0800 068 4141"), ("gaming_gambling", "0808 8020 133"),
    ("scam", "0300 123 2040"),
])
def test_whats_the_number_again_gives_the_numbers_for_the_worry_in_play(worry, number):
    assert number in faq.reply("service_number", 0.9, "parent", None, worry=worry).text


def test_a_child_asking_whether_mum_can_call_someone_about_abuse_at_home_gets_the_helpline():
    text = faq.reply("can_you_tell_someone", 0.9, "young_person", "age_14_17", worry="domestic_abuse").text
    assert "0808 2000 247" in text and "can't" in text and "not your fault" in text


@pytest.mark.parametrize("text, classifier_key, key", [
    ("are you going to tell my school", "tell_another_adult", "can_you_tell_someone"),
    ("should i tell the police", "tell_another_adult", "report_police"),
])
def test_a_questions_own_words_outrank_the_classifiers_choice(text, classifier_key, key):
    reply = faq.reply(classifier_key, 0.9, "young_person", "age_14_17", worry="bullying", text=text)
    assert reply.key == key
    assert not reply.text.lower().startswith("yes")


@pytest.mark.parametrize("text, worry, service", [
    ("is there a helpline she can call herself", "self_harm", "childline"),
    ("is there support he can get himself", "gaming_gambling", "national_gambling_helpline"),
    ("who can she talk to", "eating_problems", "beat"),
])
def test_a_parent_asking_what_the_child_can_use_themselves_gets_the_childs_own_services(
        dispatcher, text, worry, service):
    t = make_tracker("faq", text, worry=worry, audience="parent", age_band="age_14_17")
    run(ActionFaq(), dispatcher, t)
    cards = [m["custom"]["resource"]["id"] for m in dispatcher.messages if m.get("custom")]
    assert service in cards and "nspcc_helpline" not in cards
    assert "themselves" in said(dispatcher)


def test_no_question_is_named_twice_in_the_cues_file():
    # YAML keeps only the last of two equal keys, silently dropping the first one's patterns
    import re
    from collections import Counter

    keys = re.findall(r"^  ([a-z_]+):$", followups.CUES_PATH.read_text(encoding="utf-8"), flags=re.M)
    assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_not_wanting_to_phone_gets_chat_and_text_routes(dispatcher):
    t = make_tracker("faq", "i dont want to call anyone, is there a chat or something", worry="low_mood")
    run(ActionFaq(), dispatcher, t)
    text = said(dispatcher)
    assert "1-2-1" in text and "85258" in text
    assert {"childline", "shout"} <= {m["custom"]["resource"]["id"] for m in dispatcher.messages if m.get("custom")}
    assert not followups.wants_help_not_by_phone("dont call me that")


@pytest.mark.parametrize("text, key", [
    ("Should I screenshot the photo they're threatening to share, so I can show the police?",
     "image_of_child_evidence"),
    ("will the police need to see the picture", "image_of_child_evidence"),
    ("her social worker is off sick, who do I call?", "service_number"),
    ("is it normal for boyfriends to do that", "he_loves_me"),
    ("will he get a criminal record if I contact prevent", "prevent_record"),
    ("is it illegal for them to share it", "is_it_illegal_nudes"),
    ("i dont want to be a grass", "will_they_know_i_reported"),
    ("she's asked me not to report it", "disclosure"),
    ("will my mum be mad", "tell_parents"),
    ("how do i get it off my fyp", "how_to_block_report"),
    ("what if the allegation is against the headteacher", "lado"),
])
def test_a_follow_up_named_by_its_words(text, key):
    assert followups.cue(text) == key


@pytest.mark.parametrize("text", ["should i screenshot the messages and photos to show the school",
                                  "i want to end it with my boyfriend"])
def test_saving_bullying_evidence_is_not_an_image_of_a_child(text):
    assert followups.cue(text) != "image_of_child_evidence"


# --- never the same thing twice in a row (issue 14, from the sixth independent set) ------
def _after(t, bot_texts, user_before="hmm", custom=None):
    t.events = ([{"event": "user", "text": user_before}] + [{"event": "bot", "text": b} for b in bot_texts]
                + ([{"event": "bot", "text": "card", "data": {"custom": c}} for c in custom] if custom else [])
                + [{"event": "user", "text": t.latest_message.get("text")}])
    return t


def test_not_understood_twice_says_so_and_brings_the_people_instead_of_the_example_questions(dispatcher):
    slots = {"audience": "young_person", "age_band": "age_14_17"}
    first = followups.reminder("sextortion", slots)
    ask_me = choose("in_context_ask_me", slots)["text"]
    t = _after(tracker("but what about the thing", "nlu_fallback", worry="sextortion", advised="sextortion",
                       age_band="age_14_17"), [choose("in_context_intro", slots)["text"], first, ask_me])
    run(ActionNotUnderstood(), dispatcher, t)
    texts = [m.get("text") for m in dispatcher.messages]
    assert choose("in_context_still_intro", slots)["text"] in texts and first in texts  # don't pay, still
    assert ask_me not in texts and choose("in_context_intro", slots)["text"] not in texts
    assert any(m.get("custom") for m in dispatcher.messages) and "999" in said(dispatcher)


def test_the_example_questions_are_not_given_twice_in_a_row(dispatcher):
    slots = {"audience": "parent", "age_band": None}
    ask_me = choose("in_context_ask_me", slots)["text"]
    t = _after(tracker("and the other thing", "nlu_fallback", worry="bullying", audience="parent"),
               ["Some earlier answer.", ask_me])
    run(ActionNotUnderstood(), dispatcher, t)
    texts = [m.get("text") for m in dispatcher.messages]
    assert ask_me not in texts and choose("in_context_ask_me_again", slots)["text"] in texts


def test_could_you_say_it_another_way_is_not_asked_twice_in_a_row(dispatcher):
    t = _after(tracker("blue fish", "nlu_fallback"), ["Sorry, I didn't quite understand that. Could you tell me "
                                                      "in a different way, or pick from the options?"])
    run(ActionNotUnderstood(), dispatcher, t)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_default_again"]


def test_whats_the_site_again_sends_the_last_cards_again(dispatcher):
    card = {"type": "resource_card", "worry": "sextortion", "resource": {"id": "ceop"}, "text": "CEOP: ceop.police.uk"}
    t = _after(tracker("ok whats the site again", "faq", worry="sextortion"), ["These can help:"], custom=[card])
    run(ActionFaq(), dispatcher, t)
    assert [m.get("custom") for m in dispatcher.messages if m.get("custom")] == [card]


@pytest.mark.parametrize("text", ["ok i will tell my mum", "ok ill tell miss tomorrow", "im gonna talk to my teacher",
                                  "ok ill text her tmrw x", "ill message my social worker later"])
def test_saying_they_will_tell_someone_is_praised_with_a_person(dispatcher, text):
    assert followups.plans_to_tell(text)
    run(ActionNotUnderstood(), dispatcher, tracker(text, "affirm", worry="bullying", age_band="age_11_13"))
    assert "good idea" in said(dispatcher) and "childline" in said(dispatcher)


@pytest.mark.parametrize("text", ["will i tell my mum", "should i tell my mum?", "my mum will tell the school"])
def test_asking_about_telling_is_not_a_plan_to_tell(text):
    assert not followups.plans_to_tell(text)


@pytest.mark.parametrize("text, key", [
    ("what do i say to my mum", "how_to_tell"), ("how do i tell my dad", "how_to_tell"),
    ("i dont know how to tell my foster carer", "how_to_tell"),
    ("headteacher. a parent alleges a TA sent her son messages late at night", "lado"),
    ("A pupil told me a teacher has been messaging him on Snapchat", "lado"),
    ("do I suspend the TA", "lado"), ("does this meet the LADO threshold", "lado"),
    ("what about me, who do i talk to", "service_number"),
])
def test_more_follow_ups_named_by_their_words(text, key):
    assert followups.cue(text) == key


@pytest.mark.parametrize("text", ["my teacher keeps messaging me on snapchat", "thanks ta",
                                  "my friend told me a teacher touched her"])
def test_a_young_persons_own_story_about_staff_is_not_the_lado_question(text):
    assert followups.cue(text) != "lado"


def test_a_child_asking_what_to_say_to_mum_keeps_the_young_persons_answer():
    reply = faq.reply("talk_to_child", 0.9, "young_person", None, text="what do i say to my mum")
    assert reply.audience == "young_person"
    parent = faq.reply("talk_to_child", 0.9, "young_person", None, text="how do i talk to him about it")
    assert parent.audience == "parent"


@pytest.mark.parametrize("text", ["k left the server", "ive blocked him", "my sister is calling them",
                                  "I've rung 101 and they're sending someone", "ok i did it",
                                  # issue 14, blind17: more ways of saying it
                                  "ok i messaged samaritans", "ok done, i blocked the account",
                                  "ok i went up to a member of staff", "i told my nan, im not going",
                                  "the police are on their way", "ok i did the childline form",
                                  "its been a month since i last cut",
                                  # blind26-28: a step being taken now, a parent doing it
                                  "ok ill do the report remove thing", "ok telling her now",
                                  "ok my dads calling the police now", "gonna use take it down tonight"])
def test_a_step_done_is_praised_with_a_person(dispatcher, text):
    assert followups.did_a_step(text)
    run(ActionNotUnderstood(), dispatcher, tracker(text, "nlu_fallback", worry="bullying", age_band="age_14_17"))
    assert "well done" in said(dispatcher) and "childline" in said(dispatcher)


@pytest.mark.parametrize("text", ["i blocked him but he made a new account", "did you block him?",
                                  "i told my mum and she didnt believe me", "i did it again",
                                  "ok telling her now but she wont listen", "my dads telling me not to",
                                  "my daughter is messaging a man she met online and he's 25",
                                  "theyre messaging my friends asking for money", "my mums telling everyone",
                                  "my mums told me im a mistake"])
def test_more_news_or_a_question_is_not_a_step_done(text):
    assert not followups.did_a_step(text)


@pytest.mark.parametrize("text", ["i told my teacher, im not going", "ok i texted childline", "police came round"])
def test_telling_someone_or_help_coming_is_seeking_help(text):
    assert followups.sought_help(text)


@pytest.mark.parametrize("text", ["i wrote letters for my family", "ok i did it", "im not going"])
def test_a_step_that_is_not_telling_or_help_coming_does_not_outrank_a_check_in(text):
    assert not followups.sought_help(text)


def test_a_childs_neutral_question_with_an_answer_for_young_people_keeps_the_young_persons_answer():
    reply = faq.reply("loot_boxes", 0.9, "young_person", None, text="are loot boxes gambling")
    assert reply.audience == "young_person" and "gambling is for adults" in reply.text.lower()
    parent = faq.reply("loot_boxes", 0.9, "young_person", None, text="should we let him buy loot boxes")
    assert parent.audience == "parent" and "gift card" in parent.text.lower()


@pytest.mark.parametrize("text", ["will they be angry", "wont they be cross with me"])
def test_asking_if_they_will_be_angry_is_the_telling_question(text):
    assert followups.cue(text) == "tell_parents"


@pytest.mark.parametrize("text", ["ok i will tell mummy", "ok ill delete it and tell my dad"])
def test_more_ways_of_planning_to_tell(text):
    assert followups.plans_to_tell(text)


def test_a_step_done_in_a_later_sentence_is_a_step_done():
    assert followups.did_a_step("ok i put it down. i rang childline")
    assert not followups.did_a_step("ok i rang childline. but they didnt answer")


def test_asking_for_an_out_of_hours_number_and_who_the_parents_can_call():
    assert followups.asks_out_of_hours("its late, is there an out of hours number")
    assert followups.asks_for_the_parents_help("who can his parents talk to")
    assert followups.asks_for_the_parents_help("anything specifically for the parents")
    assert followups.asks_for_the_parents_help("and her dad wants advice too")


def test_stopping_pictures_going_on_an_app_is_the_taken_down_question():
    assert followups.cue("can i stop the pics going on insta") == "what_if_they_post_it"


def test_i_did_it_after_talk_of_self_harm_is_never_praised(dispatcher):
    assert not followups.did_a_step("ok i did it", bare=False)
    run(ActionNotUnderstood(), dispatcher, tracker("ok i did it", "nlu_fallback", worry="self_harm"))
    assert "well done" not in said(dispatcher)


@pytest.mark.parametrize("text", ["what can I give her to take away", "is there support for the pupil",
                                  "what can she use herself in the meantime",
                                  # blind26-29
                                  "Could he speak to someone himself?",
                                  "is there a number the 14 year old can ring herself",
                                  "anything the girl can text on her own?",
                                  "Is there something for the children to call?", "is there a charity for him"])
def test_more_ways_of_asking_for_the_childs_own_help(text):
    assert followups.asks_for_the_childs_own_help(text)


@pytest.mark.parametrize("text", ["is the helpline free", "does it cost anything", "is it free", "And the number?",
                                  "ok and the website"])
def test_is_it_free_brings_the_services_just_given(text):
    from actions.actions import asks_for_details_again
    assert asks_for_details_again(text)


def test_what_do_i_say_asked_again_is_not_the_same_block(dispatcher):
    first = faq.reply("how_to_tell", 1.0, "young_person", "age_14_17", text="what do i say to my mum").text
    t = _after(tracker("what do i say to my teacher", "faq", "how_to_tell", 0.9, age_band="age_14_17"), [first])
    run(ActionFaq(), dispatcher, t)
    assert first.split("\n")[0].lower() not in said(dispatcher)
    assert "teacher" in said(dispatcher) and "childline" in said(dispatcher)


@pytest.mark.parametrize("text", ["wrote letters for my family", "changed my bio to rip me",
                                  "written down who gets my stuff"])
def test_a_step_needs_someone_doing_it(text):
    assert not followups.did_a_step(text)


@pytest.mark.parametrize("text", ["and for the mum", "anything for the parents?", "what about for the parents evening"])
def test_and_for_the_parents_brings_the_services_for_parents(dispatcher, text):
    assert followups.asks_for_the_parents_help(text)
    t = tracker(text, "nlu_fallback", worry="domestic_abuse", audience="professional")
    run(ActionNotUnderstood(), dispatcher, t)
    cards = [m["custom"]["resource"]["id"] for m in dispatcher.messages if m.get("custom")]
    assert "national_domestic_abuse_helpline" in cards and "parent or carer" in said(dispatcher)


def test_a_story_about_the_parents_is_not_a_request_for_their_services():
    assert not followups.asks_for_the_parents_help("my mum found my messages and took my phone for the weekend")


@pytest.mark.parametrize("text, key", [
    ("should i just pay him so he stops", "already_paid"),
    ("she said ill be in trouble if i tell anyone", "will_i_get_in_trouble"),
    ("a parent showed me texts from one of our coaches to a year 8 boy", "lado"),
    ("one of the volunteers has been buying the players sweets and vapes", "lado"),
])
def test_more_follow_ups_named_by_their_words_after_blind8(text, key):
    assert followups.cue(text) == key


@pytest.mark.parametrize("text", ["should i pay for robux with my own money", "my coach keeps messaging me",
                                  "can i pay for it with a gift card"])
def test_not_those_follow_ups(text):
    assert followups.cue(text) not in ("already_paid", "lado")


@pytest.mark.parametrize("text", ["and if it's the weekend?",
                                  "it's the weekend and I can't get hold of her social worker",
                                  "what if its the middle of the night"])
def test_out_of_hours_gets_the_out_of_hours_line(dispatcher, text):
    assert followups.asks_out_of_hours(text)
    run(ActionNotUnderstood(), dispatcher, tracker(text, "nlu_fallback", worry="neglect", audience="parent"))
    assert "03000 419191" in said(dispatcher)


def test_a_weekend_plan_is_not_an_out_of_hours_question():
    assert not followups.asks_out_of_hours("we are going to my nans at the weekend")


def test_resources_for_the_parent():
    assert followups.asks_for_the_parents_help("resources for the parent?")


@pytest.mark.parametrize("text, refuses", [
    ("i dont want to call 999", True), ("she says she's fine and doesn't want an ambulance", True),
    ("i feel fine tho", False), ("im ok now honestly", False),
])
def test_reluctance_to_get_help_after_an_emergency(text, refuses):
    # every one is reluctance straight after the emergency advice; refusing 999 or an
    # ambulance is unmistakable in any later turn too
    assert followups.reluctant_to_get_help(text)
    assert followups.refuses_emergency_help(text) == refuses


@pytest.mark.parametrize("text", ["i dont want to call anyone", "i feel fine about my exams, thanks",
                                  "my mum is fine"])
def test_no_refusal_of_emergency_help_in_everyday_words(text):
    assert not followups.refuses_emergency_help(text)


@pytest.mark.parametrize("text, key", [
    ("what do i say", "how_to_tell"), ("she's begging me not to tell her mum", "how_to_tell"),
    ("will my parents find out", "is_this_confidential"), ("is opening loot boxes gambling", "loot_boxes"),
    ("should I look at it so I know what to report", "image_of_child_evidence"),
    ("how do i stop him sending them", "what_if_they_post_it"),
    ("how do i get rid of it off my fyp", "how_to_block_report"),
])
def test_more_follow_up_questions_by_their_words(text, key):
    assert followups.cue(text) == key


@pytest.mark.parametrize("text, asks", [
    ("do I have to tell her social worker", True), ("his social worker is on leave, who do I tell", True),
    ("ok reported to police. should I tell her social worker tonight", True),
    ("can i tell my social worker", False), ("my social worker is nice", False),
])
def test_a_carer_asking_about_the_childs_social_worker(text, asks):
    assert followups.asks_about_the_childs_social_worker(text) == asks


@pytest.mark.parametrize("text, asks", [
    ("will asking him about suicide put the idea in his head", True),
    ("does talking about self harm make it worse", True), ("i want to talk about suicide", False),
])
def test_asking_whether_asking_about_suicide_plants_the_idea(text, asks):
    assert followups.asks_if_asking_plants_the_idea(text) == asks


@pytest.mark.parametrize("text, asks", [
    ("and if she was 18?", True), ("what about if shes already turned 18", True), ("my brother is 18", False),
    ("he's 18 and keeps messaging me", False),
])
def test_asking_about_the_images_of_someone_18_or_over(text, asks):
    assert followups.asks_about_an_adults_images(text) == asks


@pytest.mark.parametrize("text, parents, child", [
    ("is there a number my mum could ring", True, False), ("what helpline can mum ring", True, False),
    ("is there a number i can give him", False, True), ("any support services for her", False, True),
    ("my mum rang the school", False, False),
    ("can she ring her mum", False, False), ("is there a helpline for him to stop gambling", False, False),
    ("he can call me himself", False, False),
])
def test_help_for_the_parent_or_for_the_child_in_more_words(text, parents, child):
    assert followups.asks_for_the_parents_help(text) == parents
    assert followups.asks_for_the_childs_own_help(text) == child


def test_follow_ups_in_more_contexts():
    slots = {"audience": "parent", "age_band": None}
    assert "ACT Early" in followups.in_context("will_i_get_in_trouble", "hate_extremism", slots)
    assert "Action Fraud" in followups.in_context("how_to_block_report", "scam", slots)
    assert "0800 068 4141" in followups.in_context("parent_help", "self_harm", slots)
    young = {"audience": "young_person", "age_band": "age_14_17"}
    assert "ACT Early" not in (followups.in_context("will_i_get_in_trouble", "hate_extremism", young) or "")


@pytest.mark.parametrize("text, asks", [
    ("should i message the other parents", True), ("should we contact the bully's mum", True),
    ("should i tell my parents", False), ("should i tell parents", False),
])
def test_contacting_the_other_parents(text, asks):
    assert followups.asks_about_contacting_other_parents(text) == asks


@pytest.mark.parametrize("text, key", [
    ("im 14 is it illegal what i did", "is_it_illegal_nudes"), ("is it illegal to send nudes", "is_it_illegal_nudes"),
    ("i deleted the chat already is that bad", "should_i_delete"),
    ("should i let her school know", "tell_another_adult"),
    ("should i report it", "how_to_block_report"), ("she wants tiktok, all her friends have it", "app_suitability"),
    ("what privacy settings should i set", "parental_controls"),
    ("i dont want my mum to get in trouble", "will_i_get_in_trouble"),
])
def test_yet_more_follow_up_questions_by_their_words(text, key):
    assert followups.cue(text) == key


@pytest.mark.parametrize("text, key", [
    ("cant go to police they'll arrest me", "will_i_get_in_trouble"),
    ("how do we report it without looking at it again", "image_of_child_evidence"),
])
def test_fear_of_arrest_and_reporting_without_looking(text, key):
    assert followups.cue(text) == key


# --- from the first runs of blind12-14 (general forms, not the sets' messages) ----------
@pytest.mark.parametrize("text", ["done", "ok location sharing is off now", "my dad knows now",
                                  "my mum is taking me to a&e", "ok i wont send it then",
                                  "ok ill do it on the ceop site now"])
def test_more_ways_of_saying_a_step_is_done(text):
    assert followups.did_a_step(text)


@pytest.mark.parametrize("text", ["done?", "my phone is off now", "i told the dsl and nothing happened",
                                  "i wont tell anyone", "my mum knows now but she hit me"])
def test_not_a_step_done(text):
    assert not followups.did_a_step(text)


def test_done_after_talk_of_self_harm_is_never_praised():
    assert not followups.did_a_step("done", bare=False) and not followups.did_a_step("ok i wont do it", bare=False)


@pytest.mark.parametrize("text, key", [
    ("how can i stop them popping up", "how_to_block_report"), ("can i reset my fyp", "how_to_block_report"),
    ("how do i make my insta private", "how_to_block_report"),
    ("shes 15 too so its fine right", "is_it_illegal_nudes"), ("we're both 16 so is it legal", "is_it_illegal_nudes"),
    ("how do we get the pictures removed", "what_if_they_post_it"),
    ("is there a guide to these games", "app_suitability"), ("and for year 10?", "classroom_resources"),
    ("what do i say to the boy who told me", "disclosure"),
])
def test_more_follow_up_questions_named_by_their_words(text, key):
    assert followups.cue(text) == key


@pytest.mark.parametrize("text", ["she's 11, is she allowed on that app", "year 9", "im 15 and he's 15"])
def test_an_age_alone_is_not_the_is_it_illegal_question(text):
    assert followups.cue(text) != "is_it_illegal_nudes"


@pytest.mark.parametrize("text", ["email for them?", "what's the number", "and in hours?", "is there an email"])
def test_the_details_of_the_services_just_given(text):
    from actions.actions import asks_for_details_again
    assert asks_for_details_again(text)


@pytest.mark.parametrize("text, rid", [("im 16 is childline even for me", "childline"),
                                       ("can i still use report remove", "report_remove"),
                                       ("marie collins website?", "marie_collins_foundation"),
                                       ("is samaritans ok for my age", "samaritans")])
def test_a_service_asked_about_by_name(text, rid):
    from safeguarding import services
    assert services.asked_about(text) == [rid]


def test_a_young_person_asking_about_an_adults_service_gets_their_own():
    from safeguarding import services
    assert services.for_young_people(["stopncii", "childline"]) == ["report_remove", "childline"]
    assert services.for_young_people(["revenge_porn_helpline"]) == ["report_remove"]


def test_a_card_gives_the_services_email():
    from safeguarding.cards import card_text
    from safeguarding.catalogue import default_catalogue
    from safeguarding.signposting import Offer
    posh = default_catalogue()["professionals_online_safety_helpline"]
    assert "helpline@saferinternet.org.uk" in card_text(Offer(posh))


def test_the_other_boys_parents_is_the_other_parents_question():
    assert followups.asks_about_contacting_other_parents("should i just message the other boys' parents")


def test_a_young_person_asking_for_mums_help_gets_mums_services_not_their_own_as_your_child(dispatcher):
    run(ActionNotUnderstood(), dispatcher, tracker("is there a number mum can ring", "nlu_fallback",
                                                   worry="domestic_abuse", age_band="age_11_13"))
    text = said(dispatcher)
    assert "for a parent or carer" in text and "your child" not in text
    assert "0808 2000 247" in text  # the domestic abuse helpline, for mum


@pytest.mark.parametrize("text", ["Should I ask him if he's thinking about suicide?",
                                  "How do I ask about suicide without putting the idea in her head?"])
def test_asking_about_suicide_in_more_words(text):
    assert followups.asks_if_asking_plants_the_idea(text)


@pytest.mark.parametrize("text", ["What support can I signpost her to?", "Resources I can give her?",
                                  "Lots of students are stressed before mocks. Any good services to signpost?",
                                  "Which helplines should I put on a wellbeing poster for secondary students?"])
def test_a_professional_asking_for_the_young_persons_own_help(text):
    assert followups.asks_for_the_childs_own_help(text)


@pytest.mark.parametrize("text", ["she put a poster up in her room", "I signposted her to the nurse last week"])
def test_not_asking_for_the_young_persons_own_help(text):
    assert not followups.asks_for_the_childs_own_help(text)


@pytest.mark.parametrize("text", ["What helpline can I give mum?", "Where can I signpost mum?"])
def test_a_professional_asking_for_a_parents_help(text):
    assert followups.asks_for_the_parents_help(text)


@pytest.mark.parametrize("text", ["Is there anything I can give students directly?", "What can I give her to help?"])
def test_a_professional_asking_for_the_young_persons_own_help_in_more_words(text):
    assert followups.asks_for_the_childs_own_help(text)


def test_help_for_me_too_is_a_parents_own_help_only_from_a_parent(dispatcher):
    tracker = make_tracker("faq", "Is there help for me as well as him?", audience="parent", worry="gaming_gambling",
                           advised="gaming_gambling")
    asyncio.run(ActionFaq().run(dispatcher, tracker, {}))
    ids = [m["custom"]["resource"]["id"] for m in dispatcher.messages if m.get("custom")]
    assert "national_gambling_helpline" in ids and "childline" not in ids  # the parent's own help
    assert not followups.asks_for_the_parents_help("is there help for me too")  # a young person's own


@pytest.mark.parametrize("text", ["can you call social services for me", "can u ring childline for me"])
def test_asking_the_bot_to_call_a_service_gets_the_honest_answer_not_just_its_number(dispatcher, domain, text):
    # blind47: "can you call social services for me" got "Here it is:" and the Front Door
    run(ActionFaq(), dispatcher, tracker(text, key="service_number", confidence=0.9, worry="abuse_at_home",
                                         advised="abuse_at_home"))
    assert "can't" in said(dispatcher).split("\n")[0] or "cannot" in said(dispatcher).split("\n")[0]


def test_is_it_free_straight_after_a_services_details_is_about_that_service(dispatcher):
    # blind46: "is it free" after "whats the childline number" was read as a scam
    card = {"type": "resource_card", "resource": {"id": "childline", "name": "Childline"}, "text": "Childline: free"}
    t = _after(tracker("is it free", "scam"), ["Here it is:"], user_before="whats the childline number",
               custom=[card])
    run(ActionSignpost(), dispatcher, t)
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert "Childline: free" in texts
    assert not any("Scammers" in text for text in texts)


def test_what_do_i_do_now_gets_the_next_steps_not_i_did_not_understand(dispatcher):
    # blind47: "what do I do now" got "Sorry, I still didn't understand that one"
    run(ActionFaq(), dispatcher, tracker("what do I do now", key="what_happens_next", confidence=0.2,
                                         audience="parent", worry="self_harm", advised="self_harm"))
    text = said(dispatcher)
    assert text.startswith("here's what to do next") and "understand" not in text
    assert any(m.get("custom") for m in dispatcher.messages)
