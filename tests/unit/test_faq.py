"""Questions from parents, carers, professionals and anyone (issue 5): answers, their
facts, the services that go with them, and the honest "I don't know"."""
from __future__ import annotations

import asyncio
import re
from collections import Counter

import pytest

from safeguarding import faq
from safeguarding.catalogue import load_catalogue
from tests.conftest import ROOT, make_tracker
from tests.unit.test_nlu_data import examples

ANSWERS = faq.load_answers()
# The questions people ask next, after the bot's advice (issue 14, item 3).
FOLLOW_UPS = (
    "will_i_get_in_trouble", "is_it_illegal_nudes", "can_you_tell_someone", "is_this_confidential",
    "what_if_they_post_it", "already_paid", "should_i_delete", "will_they_know_i_reported", "he_loves_me",
    "image_of_child_evidence", "service_number", "police_every_case", "tell_parents", "lado", "prevent_record",
    "how_to_block_report", "is_it_my_fault", "tell_another_adult", "feelings_normal", "what_happens_next",
    "take_phone_away", "school_not_helping", "how_to_tell",
)
KEYS = sorted(ANSWERS)
CATALOGUE = {r.id: r for r in load_catalogue()}

PHONE_LIKE = re.compile(r"(?<![\w/-])\d(?:[\d ]{1,14}\d)?(?![\w/+-])")
URL_LIKE = re.compile(r"(?:https?://|www\.)[^\s,)]+|\b[a-z0-9-]+\.(?:org|com|uk|gov)\b", re.I)
AGE_LIKE = re.compile(r"\b(?:aged?|over|under|from)\s+\d+|\b\d+\s*\+|\b\d+\s*-\s*\d+\b|\b\d+\s*(?:years?|yrs?)\b", re.I)


def texts():
    """Every answer text: the general ones and those for a worry in play (issue 14)."""
    from safeguarding.followups import load_in_context

    for source in (ANSWERS, load_in_context()):
        for key, variations in source.items():
            for variation in variations:
                yield key, variation["text"]


def catalogue_text():
    parts = []
    for r in CATALOGUE.values():
        parts += [r.offers, r.who, r.name]
    return " ".join(parts)


def test_there_is_an_answer_for_every_question_the_issue_lists():
    assert set(KEYS) == {
        "parental_controls", "app_suitability", "talk_to_child", "child_saw_upsetting", "child_sent_nude",
        "screen_time_gaming", "loot_boxes", "grooming_signs", "parent_help", "parent_courses",
        "disclosure", "school_nudes", "policy_training", "professional_reputation", "classroom_resources",
        "safer_internet_day", "about_bot", "privacy_data", "report_police",
    } | set(FOLLOW_UPS)


def test_every_number_in_an_answer_is_a_catalogue_number():
    known = {n for r in CATALOGUE.values() for n in (r.phone, r.out_of_hours_phone, r.text) if n}
    known_other = {"90"}  # the retention period in privacy_data, not a phone number
    for key, text in texts():
        for number in PHONE_LIKE.findall(text):
            number = number.strip()
            if len(number) <= 2 and AGE_LIKE.search(text) and number in catalogue_text():
                continue  # an age band copied from the catalogue, checked below
            assert number in known or number in known_other, f"{key}: {number!r} is not in the catalogue"


def test_no_web_address_is_typed_into_an_answer():
    # addresses reach the user on cards, from the catalogue, so they change in one place
    for key, text in texts():
        assert not URL_LIKE.findall(text), f"{key}: {URL_LIKE.findall(text)}"


def test_every_age_in_an_answer_is_in_the_catalogue():
    source = catalogue_text()
    for key, text in texts():
        for age in AGE_LIKE.findall(text):
            assert age.replace(" ", "") in source.replace(" ", ""), f"{key}: age {age!r} is not in the catalogue"


def test_the_app_suitability_answer_states_no_age_and_points_to_net_aware_and_common_sense():
    for _, text in [(k, t) for k, t in texts() if k == "app_suitability"]:
        assert not re.search(r"\d", text)
    offers = faq.reply("app_suitability", 0.9, "parent", None).offers
    assert [o.resource.id for o in offers][:2] == ["net_aware", "common_sense_media"]


def test_the_retention_period_in_the_privacy_answer_is_the_review_apps_default():
    text = " ".join(t for k, t in texts() if k == "privacy_data")
    assert "90 days" in text
    config = (ROOT / "review" / "config.py")
    if config.exists():  # the review app owns the setting
        assert "90" in config.read_text()


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("audience", ["young_person", "parent", "professional"])
def test_every_question_gets_an_answer_and_people_to_turn_to(key, audience):
    age = "age_14_17" if audience == "young_person" else None
    reply = faq.reply(key, 0.9, audience, age)
    assert reply.text and reply.key == key
    if faq.default_rules().questions[key].resources:
        assert reply.offers, f"{key} for {audience}: no services"
    for offer in reply.offers:
        assert faq.allowed(offer.resource, faq.rule_audience(reply.audience, age), age, offer.for_child)


def test_a_parents_question_from_someone_unknown_makes_them_a_parent():
    reply = faq.reply("parental_controls", 0.9, "young_person", None)
    assert reply.audience == "parent"
    assert "internet_matters" in [o.resource.id for o in reply.offers]


def test_a_young_person_who_gave_their_age_stays_a_young_person_and_gets_childrens_services():
    reply = faq.reply("child_sent_nude", 0.9, "young_person", "age_14_17")
    assert reply.audience == "young_person"
    ids = [o.resource.id for o in reply.offers]
    assert "report_remove" in ids and "nspcc_helpline" not in ids


def test_a_parent_asking_about_a_nude_gets_report_remove_for_their_child():
    offers = faq.reply("child_sent_nude", 0.9, "parent", None).offers
    first = offers[0]
    assert first.resource.id == "report_remove" and first.for_child
    assert "ceop" in [o.resource.id for o in offers]


def test_where_to_get_help_as_a_parent_names_all_six_services():
    ids = [o.resource.id for o in faq.reply("parent_help", 0.9, "parent", None).offers]
    assert ids == ["nspcc_helpline", "kcc_online_safety", "parent_info", "internet_matters",
                   "parents_protect", "parent_zone"]


def test_a_disclosure_answer_gives_999_and_the_kent_front_door():
    reply = faq.reply("disclosure", 0.9, "professional", None)
    assert "999" in reply.text and "Front Door" in reply.text
    assert [o.resource.id for o in reply.offers][:2] == ["emergency_999", "kent_front_door"]


def test_school_nudes_points_to_ukcis_and_kscb_guidance():
    ids = [o.resource.id for o in faq.reply("school_nudes", 0.9, "professional", None).offers]
    assert ids[:2] == ["ukcis_sharing_nudes_guidance", "kscb_sexting_guidance"]


def test_report_police_gives_101_and_999():
    for audience in ("young_person", "parent"):
        text = faq.reply("report_police", 0.9, audience, None).text
        assert "999" in text and "101" in text


@pytest.mark.parametrize("key, confidence", [(None, 0.99), ("parental_controls", 0.2), ("no_such_question", 0.99)])
def test_no_confident_answer_means_i_dont_know_and_helplines_never_a_guess(key, confidence):
    for audience, helpline in (("parent", "nspcc_helpline"), ("professional", "professionals_online_safety_helpline"),
                               ("young_person", "childline")):
        reply = faq.reply(key, confidence, audience, None)
        assert "don't know" in reply.text
        assert reply.key is None
        assert helpline in [o.resource.id for o in reply.offers]


def test_question_key_reads_rasas_response_selector_output():
    selector = {"faq": {"response": {"intent_response_key": "faq/loot_boxes", "confidence": 0.87,
                                     "responses": [{"text": "..."}], "utter_action": "utter_faq/loot_boxes"},
                        "ranking": []}}
    assert faq.question_key(selector) == ("loot_boxes", pytest.approx(0.87))
    assert faq.question_key(None) == (None, 0.0)
    assert faq.question_key({"faq": {"response": {"intent_response_key": None, "confidence": 0.0}}}) == (None, 0.0)


def test_rules_that_name_an_unknown_service_are_refused():
    from safeguarding.catalogue import CatalogueError, default_catalogue
    with pytest.raises(CatalogueError, match="no_such_service"):
        faq.parse_rules({"questions": {"loot_boxes": {"asked_by": "parent", "resources": ["no_such_service"]}}},
                        default_catalogue(), ["loot_boxes"])


@pytest.mark.parametrize("key", KEYS)
def test_enough_training_questions(key):
    trained = Counter(i for i, _ in examples(ROOT / "data" / "faq" / "questions.yml"))
    assert trained[f"faq/{key}"] >= 20, key


@pytest.mark.parametrize("key", KEYS)
def test_enough_held_out_questions(key):
    held = Counter(i for i, _ in examples(ROOT / "tests" / "nlu" / "faq_heldout.yml"))
    assert held[f"faq/{key}"] >= 5, key


def test_the_action_sends_the_answer_then_cards_and_remembers_a_parent(dispatcher, domain):
    from actions.actions import ActionFaq

    tracker = make_tracker("faq", "how do i set up parental controls on the xbox")
    tracker.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": "faq/parental_controls", "confidence": 0.93}}}
    events = asyncio.run(ActionFaq().run(dispatcher, tracker, domain))
    messages = dispatcher.messages
    assert "Parental controls" in messages[0]["text"]
    cards = [m["custom"]["resource"]["id"] for m in messages[1:]]
    assert cards and cards[0] == "internet_matters"
    assert all(m["custom"]["worry"] == "faq/parental_controls" for m in messages[1:])
    assert events == [{"event": "slot", "timestamp": None, "name": "audience", "value": "parent"}]


# A child's own words with a question the classifier read as a professional's (issue 14,
# blind7: "do they tell your parents if you call them" got the DSL's answer)
@pytest.mark.parametrize("key, text", [
    ("disclosure", "what counts as evidence for me"),
    ("school_nudes", "do they tell your parents if you send them"),
    ("policy_training", "is there training for my mum"),
])
def test_a_childs_question_never_gets_the_answer_written_for_professionals(key, text):
    reply = faq.reply(key, 0.9, "young_person", None, text=text)
    assert not reply.understood and reply.audience == "young_person"
    assert "designated safeguarding lead" not in reply.text.lower()


@pytest.mark.parametrize("key, text", [
    ("school_nudes", "do we have to tell parents when nudes are shared in school"),
    ("disclosure", "can you tell me what to do after a disclosure"),
    ("disclosure", "a pupil in my class disclosed abuse, what now"),
])
def test_a_professionals_question_without_saying_who_they_are_still_gets_theirs(key, text):
    reply = faq.reply(key, 0.9, "young_person", None, text=text)
    assert reply.understood and reply.audience == "professional"


def test_a_child_asking_a_question_with_a_young_persons_answer_gets_that_answer():
    reply = faq.reply("tell_parents", 0.9, "young_person", None, text="will they tell my parents")
    assert reply.understood and reply.audience == "young_person" and "Childline" in reply.text


def test_a_parents_question_from_someone_who_has_not_said_who_they_are_is_not_remembered(dispatcher, domain):
    # "how do u know if someone is grooming u" made a 15-year-old a parent for the rest of
    # the conversation (issue 14, blind19); a question about someone's child still is
    from actions.actions import audience_from_question

    assert audience_from_question("parent", "young_person", "what are the signs of grooming") == []
    assert audience_from_question("parent", "young_person", "what are the signs my son is being groomed") == [
        {"event": "slot", "timestamp": None, "name": "audience", "value": "parent"}]
    assert faq.a_child_speaking("how do u know if someone is grooming u")


def test_a_young_person_asking_how_to_know_if_they_are_being_groomed_gets_their_own_answer():
    reply = faq.reply("grooming_signs", 0.9, "young_person", "age_14_17", text="how do u know if someone is grooming u")
    text = reply.text.lower()
    assert reply.audience == "young_person" and "not your fault" in text and "0800 1111" in text
    assert "ceop" in text and "your child" not in text
    parent = faq.reply("grooming_signs", 0.9, "parent", None, text="what are the signs my son is being groomed")
    assert "groomers build trust" in parent.text.lower()


def test_a_young_person_of_unknown_age_is_not_offered_adults_only_services():
    # blind57, blind59: "will i get in trouble for sending it" showed StopNCII to a 15 year old
    reply = faq.reply("will_i_get_in_trouble", 1.0, "young_person", None, worry="sextortion",
                      text="will i get in trouble for sending it")
    assert "stopncii" not in [o.resource.id for o in reply.offers]
    assert "report_remove" in [o.resource.id for o in reply.offers]
