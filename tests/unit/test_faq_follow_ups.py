"""The questions people ask next, after the bot's advice (issue 14, items 3-5): each answer
holds the practice rules of ../shared/reference/RESOURCES.md for every audience, its
numbers are the catalogue's, and the services that come with it are the right ones.

Every number, web address and age in these answers is also checked against the catalogue
by tests/unit/test_faq.py, like every other answer."""
from __future__ import annotations

import re

import pytest

from safeguarding import faq, followups
from safeguarding.catalogue import load_catalogue
from tests.unit.test_faq import FOLLOW_UPS

CATALOGUE = {r.id: r for r in load_catalogue()}
ANSWERS = faq.load_answers()
# who asks: (audience slot, age band)
YOUNG, YOUNGER, ADULT_SELF, PARENT, PRO = (("young_person", "age_14_17"), ("young_person", "age_11_13"),
                                          ("young_person", "adult"), ("parent", None), ("professional", None))
EVERYONE = (YOUNG, YOUNGER, PARENT, PRO)


def answer(key, who):
    reply = faq.reply(key, 0.9, *who)
    return reply.text, [o.resource.id for o in reply.offers], reply


def low(text):
    return text.lower().replace("\u2019", "'")


def phone(rid):
    return CATALOGUE[rid].phone


@pytest.mark.parametrize("key", FOLLOW_UPS)
def test_every_follow_up_has_a_young_persons_a_parents_and_a_default_answer(key):
    audiences = {c["value"] for v in ANSWERS[key] for c in v.get("condition") or [] if c["name"] == "audience"}
    assert "young_person" in audiences, key
    assert any(not v.get("condition") for v in ANSWERS[key]), key
    # the parent's text is its own or the default one, never the young person's
    assert faq.reply(key, 0.9, "parent", None).text != faq.reply(key, 0.9, "young_person", "age_14_17").text


@pytest.mark.parametrize("key", FOLLOW_UPS)
@pytest.mark.parametrize("who", EVERYONE)
def test_no_follow_up_answer_promises_secrecy_or_that_the_bot_will_act(key, who):
    text = low(answer(key, who)[0])
    for promise in ("i'll tell", "i will tell", "i'll call", "i will call", "i'll contact", "i'll report",
                    "i will report", "i'll send", "keep it secret", "keep this secret", "i won't tell anyone",
                    "nobody will ever", "no one will ever", "completely confidential", "100%"):
        assert promise not in text, f"{key} for {who}: {promise!r}"


@pytest.mark.parametrize("key", FOLLOW_UPS)
@pytest.mark.parametrize("who", EVERYONE)
def test_every_follow_up_leaves_someone_to_turn_to(key, who):
    text, ids, reply = answer(key, who)
    people = {"childline", "nspcc_helpline", "kent_front_door", "emergency_999", "kent_police", "ceop", "iwf",
              "act_early", "professionals_online_safety_helpline", "stopncii", "revenge_porn_helpline"}
    assert ids and (set(ids) & people or "999" in text), f"{key} for {who}: {ids}"


# --- the practice rules ---------------------------------------------------------------------

@pytest.mark.parametrize("key", ["will_i_get_in_trouble", "already_paid"])
@pytest.mark.parametrize("who", EVERYONE)
def test_a_child_who_sent_an_image_is_a_victim_not_in_trouble(key, who):
    text = low(answer(key, who)[0])
    assert "victim" in text and "not" in text and "trouble" in text, f"{key} for {who}"


@pytest.mark.parametrize("who", EVERYONE + (ADULT_SELF,))
def test_already_paid_stop_paying_keep_evidence_dont_delete_report(who):
    text, ids, _ = answer("already_paid", who)
    text = low(text)
    assert "stop paying" in text and ("don't pay any more" in text or "not pay any more" in text)
    assert "evidence" in text and ("don't delete" in text or "keep the chat" in text)
    if who == ADULT_SELF:  # CEOP is for children and the adults around them; an adult reports to the police
        assert "report it to the police" in text and "stopncii" in text
    else:
        assert "ceop" in text and "ceop" in ids and "stopncii" not in text  # StopNCII is for 18+ only
    assert "50" not in text  # never an amount or a guess about the money


def test_already_paid_cards_by_age():
    assert "report_remove" in answer("already_paid", YOUNG)[1]
    adult = answer("already_paid", ADULT_SELF)[1]
    assert "stopncii" in adult and "report_remove" not in adult and "childline" not in adult
    parent = faq.reply("already_paid", 0.9, *PARENT).offers
    assert any(o.resource.id == "report_remove" and o.for_child for o in parent)


@pytest.mark.parametrize("who", EVERYONE)
def test_should_i_delete_keeps_the_evidence_then_blocks_and_reports(who):
    text = low(answer("should_i_delete", who)[0])
    assert "evidence" in text and ("don't delete" in text or "delete the chat" in text)
    assert text.index("evidence") < text.index("block")  # save first, then block and report
    assert "report" in text
    # screenshots of the chat, never of an image of a child
    assert "never" in text and ("under 18" in text or "of a child" in text)


@pytest.mark.parametrize("who", EVERYONE + (ADULT_SELF,))
def test_image_of_a_child_is_never_copied_forwarded_or_screenshot(who):
    text, ids, _ = answer("image_of_child_evidence", who)
    text = low(text)
    assert text.startswith("no")
    for verb in ("copy", "screenshot", "forward"):
        assert verb in text, f"{who}: {verb}"
    assert "iwf" in ids and ids[0] == "iwf"
    assert "999" in text and "emergency_999" in ids
    assert "police" in text


def test_the_usb_question_gets_a_no_and_report_without_copying():
    text = low(answer("image_of_child_evidence", PARENT)[0])
    assert "usb" in text and "offence" in text and "without copying" in text
    ids = answer("image_of_child_evidence", PARENT)[1]
    assert "stop_it_now" in ids and "kent_police" in ids


@pytest.mark.parametrize("who", EVERYONE)
def test_what_if_they_post_it_says_not_your_fault_and_how_to_take_it_down(who):
    text, ids, _ = answer("what_if_they_post_it", who)
    text = low(text)
    assert "fault" in text or "blame" in text
    assert "report remove" in text and "take it down" in text and "ceop" in text
    assert "take_it_down" in ids and "ceop" in ids


def test_what_if_they_post_it_for_under_18s_and_adults():
    assert answer("what_if_they_post_it", YOUNG)[1][0] == "report_remove"
    assert "under 18" in low(answer("what_if_they_post_it", YOUNG)[0])
    text, ids, _ = answer("what_if_they_post_it", ADULT_SELF)
    assert "StopNCII" in text and "18+" in text and "Report Remove" not in text
    assert ids[0] == "stopncii" and "report_remove" not in ids
    parent = faq.reply("what_if_they_post_it", 0.9, *PARENT).offers
    assert parent[0].resource.id == "report_remove" and parent[0].for_child


@pytest.mark.parametrize("who", EVERYONE)
def test_is_it_illegal_says_what_the_reference_supports_and_no_more(who):
    text = low(answer("is_it_illegal_nudes", who)[0])
    assert "under 18" in text and ("against the law" in text or "offence" in text)
    assert "forward" in text
    # the reference does not say young people are never prosecuted: no such promise
    for invented in ("won't be prosecuted", "will not be prosecuted", "won't be arrested", "never prosecuted",
                     "not a crime", "it's legal", "criminalised"):
        assert invented not in text, f"{who}: {invented!r}"


def test_is_it_illegal_points_professionals_to_the_ukcis_guidance():
    text, ids, _ = answer("is_it_illegal_nudes", PRO)
    assert "UKCIS" in text and "ukcis_sharing_nudes_guidance" in ids


@pytest.mark.parametrize("who", EVERYONE + (ADULT_SELF,))
def test_can_you_tell_someone_is_honest_that_the_bot_cannot_contact_anyone(who):
    text, ids, _ = answer("can_you_tell_someone", who)
    text = low(text)
    assert "can't" in text and ("nobody" in text or "no one" in text)
    assert "999" in text and ids[0] == "emergency_999"


def test_can_you_tell_my_mum_says_how_to_tell_her_and_who_can_help_now():
    text, ids, _ = answer("can_you_tell_someone", YOUNG)
    assert "mum" in text and "adult you trust" in text
    assert phone("childline") in text and "childline" in ids


def test_an_adult_asking_the_bot_to_act_gets_the_front_door_and_nspcc_numbers():
    for who in (PARENT, PRO):
        text, ids, _ = answer("can_you_tell_someone", who)
        assert phone("kent_front_door") in text and CATALOGUE["kent_front_door"].out_of_hours_phone in text
        assert "kent_front_door" in ids
    assert phone("nspcc_helpline") in answer("can_you_tell_someone", PARENT)[0]


@pytest.mark.parametrize("who", EVERYONE)
def test_is_this_confidential_is_honest(who):
    text = low(answer("is_this_confidential", who)[0])
    assert "nobody" in text and ("while we chat" in text or "while they happen" in text)
    assert "safeguarding lead" in text and "later" in text
    assert "name" in text  # no names needed
    assert "999" in text
    assert "isn't secret" in text or "can't promise it's secret" in text


@pytest.mark.parametrize("who", EVERYONE)
def test_will_they_know_says_the_iwf_is_anonymous_and_promises_nothing_about_apps(who):
    text, ids, _ = answer("will_they_know_i_reported", who)
    assert "IWF" in text and "anonymous" in low(text) and ids[0] == "iwf"
    assert "can't promise" in low(text) or "can't say" in low(text)


@pytest.mark.parametrize("who", EVERYONE)
def test_he_loves_me_names_the_signs_of_grooming_and_ceop(who):
    text, ids, _ = answer("he_loves_me", who)
    text = low(text)
    assert "groom" in text and "secret" in text and "ceop" in text and ids[0] == "ceop"


def test_he_loves_me_is_kind_and_sends_a_young_person_to_an_adult_they_trust():
    text = low(answer("he_loves_me", YOUNG)[0])
    assert "not your fault" in text and "adult you trust" in text and "0800 1111" in text


def test_service_numbers_are_the_catalogues():
    young = answer("service_number", YOUNG)[0]
    assert phone("childline") in young
    for who in (PARENT, PRO):
        text, ids, _ = answer("service_number", who)
        assert phone("nspcc_helpline") in text and phone("kent_front_door") in text
        assert CATALOGUE["kent_front_door"].out_of_hours_phone in text
        assert ids[:2] == ["nspcc_helpline", "kent_front_door"]
    assert phone("professionals_online_safety_helpline") in answer("service_number", PRO)[0]
    assert answer("service_number", YOUNG)[1][0] == "childline"


@pytest.mark.parametrize("key", ["police_every_case", "tell_parents", "lado", "prevent_record"])
def test_professional_questions_make_an_unknown_asker_a_professional_and_name_the_dsl(key):
    reply = faq.reply(key, 0.9, "young_person", None)
    assert reply.audience == "professional"
    assert "designated safeguarding lead" in reply.text and "999" in reply.text


def test_police_every_case_and_tell_parents_use_the_ukcis_and_kscb_guidance_and_invent_no_criteria():
    for key in ("police_every_case", "tell_parents"):
        text, ids, _ = answer(key, PRO)
        assert "UKCIS" in text and "KSCB" in text
        assert ids[:2] == ["ukcis_sharing_nudes_guidance", "kscb_sexting_guidance"]
        assert "don't" in low(text) and ("won't guess" in low(text) or "won't paraphrase" in low(text))
        assert "Front Door" in text


def test_lado_gives_lesas_and_the_front_door_and_no_lado_number():
    text, ids, _ = answer("lado", PRO)
    assert "LESAS" in text and "not about an individual child" in text
    assert "Front Door" in text and "don't give Kent LADO's contact details" in text
    assert ids[:2] == ["kent_front_door", "lesas"]
    for variation in ANSWERS["lado"]:
        numbers = re.findall(r"\d[\d ]{5,}\d", variation["text"])
        assert set(n.strip() for n in numbers) <= {phone("kent_front_door"),
                                                   CATALOGUE["kent_front_door"].out_of_hours_phone,
                                                   phone("nspcc_helpline"), phone("childline")}


@pytest.mark.parametrize("who", EVERYONE)
def test_prevent_record_says_it_does_not_know_and_points_to_act_early(who):
    text, ids, _ = answer("prevent_record", who)
    assert "know" in low(text) or "can't answer" in low(text)
    assert "won't guess" in low(text)
    assert phone("act_early") in text and ids[0] == "act_early"


@pytest.mark.parametrize("who", EVERYONE)
def test_block_and_report_saves_evidence_first_and_types_no_app_address(who):
    text = low(answer("how_to_block_report", who)[0])
    assert text.index("evidence") < text.index("block:")
    assert "report" in text and "ceop" in text
    assert not re.search(r"https?://|www\.|\.com\b", text)


def test_report_harmful_content_is_never_offered_to_under_13s():
    assert "report_harmful_content" not in answer("how_to_block_report", YOUNGER)[1]
    assert "report_harmful_content" not in answer("how_to_block_report", ("young_person", "under_11"))[1]
    assert "report_harmful_content" in answer("how_to_block_report", YOUNG)[1]


@pytest.mark.parametrize("text, key", [
    ("will school call the police on me", "will_i_get_in_trouble"),
    ("Will the police prosecute her for taking it?", "will_i_get_in_trouble"),
    ("can they actually get them taken down", "what_if_they_post_it"),
    ("how do i even get tiktok to take it down", "what_if_they_post_it"),
    ("what do i do about the pics tho", "what_if_they_post_it"),
    ("He's blaming himself, he's only 12", "is_it_my_fault"),
    ("He made me promise not to tell the police", "is_this_confidential"),
    ("The colleague is married to our DSL. Who do I go to?", "lado"),
    ("The head wants to investigate internally first", "lado"),
    ("Will he be criminalised if I report it?", "will_i_get_in_trouble"),
])
def test_cues_from_blind20_and_blind21(text, key):
    assert followups.cue(text) == key


@pytest.mark.parametrize("text, key", [
    ("can i make my account private", "how_to_block_report"),
    ("When would it need the police?", "police_every_case"),
    ("Can we confiscate phones and delete the images?", "image_of_child_evidence"),
])
def test_cues_from_blind23(text, key):
    assert followups.cue(text) == key
