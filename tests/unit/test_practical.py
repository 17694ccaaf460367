"""Practical follow-up questions (data/follow_ups/practical.yml, issue 14): each is found
by its own words, answered for the asker with facts from the catalogue only, and never
promises secrecy or that the bot will act."""
from __future__ import annotations

import asyncio
import re

import pytest

from actions.actions import ActionNotUnderstood
from safeguarding import followups
from safeguarding.catalogue import load_catalogue
from tests.conftest import make_tracker

CATALOGUE = {r.id: r for r in load_catalogue()}
ANSWERS = followups.load_practical()
PHONE_LIKE = re.compile(r"(?<![\w/-])\d(?:[\d ]{1,14}\d)?(?![\w/+-])")
URL_LIKE = re.compile(r"(?:https?://|www\.)[^\s,)]+|\b[a-z0-9-]+\.(?:org|com|uk|gov)\b", re.I)
SOMEONE = ("0800 1111", "0808 800 5000", "designated safeguarding lead", "999", "Front Door", "adult you trust",
           "ParentPort", "Action Fraud", "111", "Report Harmful Content", "Childline", "NSPCC", "Thinkuknow")


def texts():
    for answer in ANSWERS:
        for who, text in answer.texts.items():
            yield answer.key, who, text


def test_every_number_is_a_catalogue_number_and_no_address_is_typed():
    known = {n for r in CATALOGUE.values() for n in (r.phone, r.out_of_hours_phone, r.text) if n}
    allowed_ages = {"13", "18"}  # Report Harmful Content's and images' age limits, in the catalogue
    for key, who, text in texts():
        for number in PHONE_LIKE.findall(text):
            assert number.strip() in known | allowed_ages, f"{key}/{who}: {number!r} is not in the catalogue"
        assert not URL_LIKE.findall(text), f"{key}/{who}: {URL_LIKE.findall(text)}"


def test_every_card_is_in_the_catalogue():
    for answer in ANSWERS:
        for ids in answer.cards.values():
            assert set(ids) - {"worry"} <= set(CATALOGUE), answer.key


@pytest.mark.parametrize("key, who, text", list(texts()))
def test_every_answer_leaves_someone_to_turn_to_and_promises_nothing(key, who, text):
    assert any(s.lower() in text.lower() for s in SOMEONE) or key in ("who_can_advise_staff", "helpline_for_this")
    lowered = text.lower()
    for promise in ("i'll keep it", "i will keep it", "i won't tell", "i'll tell", "i will tell", "i've contacted",
                    "i'll contact", "i will contact"):
        assert promise not in lowered, f"{key}/{who}: {promise!r}"


@pytest.mark.parametrize("text, key", [
    ("can i keep it between us", "keep_it_confidential"),
    ("i promised him id keep it secret, was that ok", "keep_it_confidential"),
    ("what if a pupil tells me something in confidence", "keep_it_confidential"),
    ("it's not illegal but it's really nasty, where do i go", "legal_but_harmful"),
    ("will tiktok actually take the video down", "legal_but_harmful"),
    ("how do i complain about an advert", "complain_about_adverts"),
    ("should i write down what she said", "write_it_down"),
    ("do we have to wait 24 hours to report him missing", "dont_wait_if_missing"),
    ("i told the school last week and nothing has happened", "shared_a_concern_nothing_happened"),
    ("but what if im wrong", "not_sure_if_right"),
    ("am i overreacting", "not_sure_if_right"),
    ("can we get our money back", "refund"),
    ("do we need to tell his bank", "refund"),
    ("shall we wait a while longer before we ring anyone", "dont_wait_if_missing"),
    ("does the cut need stitches", "medical_help"),
    ("he hasn't said he has a plan", "no_plan_yet"),
    ("he won't talk to me about it", "they_wont_listen"),
    ("its not like my stepdad hits me", "does_it_count"),
    ("should we take him to the doctors", "see_the_gp"),
    ("do we call 999 or 101 for this", "police_999_or_101"),
    ("he doesnt want his mum told", "keep_it_confidential"),
    ("they used my debit card", "refund"),
    ("are there any charities for this", "helpline_for_this"),
    ("can boys get anorexia too", "boys_too"),
    ("boys cant be abused can they", "boys_too"),
    ("is there a number staff can call", "who_can_advise_staff"),
])
def test_practical_questions_are_found_by_their_words(text, key):
    assert followups.practical(text).key == key


@pytest.mark.parametrize("text", [
    "he said he will delete them if i pay", "i want to keep my account private", "my mum told me to wait",
    "she keeps sending me adverts for vapes", "im scared", "they wont leave me alone",
    "how do i stop it showing on my fyp",  # a cue's question: cues.yml answers it
])
def test_other_messages_are_not_practical_questions(text):
    assert followups.practical(text) is None


def test_an_answer_is_only_for_its_audiences():
    assert followups.practical("can i keep it between us", "young_person") is None
    assert followups.practical("can i keep it between us", "professional").key == "keep_it_confidential"


def test_images_of_a_child_keep_their_own_routes():
    assert followups.practical("can the apps take it down", "parent", "sextortion") is None
    assert followups.practical("can the apps take it down", "parent", "bullying").key == "legal_but_harmful"


def said(dispatcher):
    return " ".join((m.get("text") or "") + " " + str(m.get("custom") or "") for m in dispatcher.messages).lower()


def test_a_professional_asking_to_keep_a_secret_is_told_not_to_promise(dispatcher):
    t = make_tracker("nlu_fallback", "can i keep it between us", audience="professional", worry="abuse_at_home")
    asyncio.run(ActionNotUnderstood().run(dispatcher, t, {}))
    assert "can't promise" in said(dispatcher) and "03000 411111" in said(dispatcher)


def test_a_young_person_under_13_gets_no_card_for_a_service_over_13(dispatcher):
    t = make_tracker("nlu_fallback", "it's not illegal but it's horrible, can the app take it down",
                     audience="young_person", age_band="under_11", worry="bullying")
    asyncio.run(ActionNotUnderstood().run(dispatcher, t, {}))
    assert "reportharmfulcontent" not in said(dispatcher) and "0800 1111" in said(dispatcher)


@pytest.mark.parametrize("key", ["who_can_advise_staff", "helpline_for_this"])
def test_an_answer_that_is_only_a_list_of_services_always_has_some(key):
    answer = next(a for a in ANSWERS if a.key == key)
    for who in answer.audiences:
        for worry in ("bullying", "domestic_abuse", "scam"):
            from actions.actions import practical_offers
            assert practical_offers(answer, who, None, worry), (key, who, worry)


@pytest.mark.parametrize("text, key", [
    ("is there a helpline for this", "helpline_for_this"), ("she feels guilty for telling", "guilty_for_telling"),
    ("he doesnt hit me though, does it still count", "does_it_count"), ("is this self harm", "is_it_self_harm"),
])
def test_more_practical_questions(text, key):
    assert followups.practical(text).key == key


def test_does_it_count_is_only_about_being_hurt():
    assert followups.practical("does that count as a job") is None


def test_passing_on_information_anonymously():
    assert followups.practical("can i pass on info anonymously").key == "pass_on_anonymously"


@pytest.mark.parametrize("text", ["and for the girls, something they can text",
                                  "can i talk to them online not on the phone"])
def test_not_by_phone_in_more_words(text):
    assert followups.wants_help_not_by_phone(text)


@pytest.mark.parametrize("text", ["what resources can i give the parent", "thanks, and for mum herself?"])
def test_the_parents_help_in_more_words(text):
    assert followups.asks_for_the_parents_help(text)


def test_and_if_it_happens_after_shes_18():
    assert followups.asks_about_an_adults_images("and if it happens after she's 18?")


@pytest.mark.parametrize("text, audience, worry, key", [
    ("do i have to give the skins back", "young_person", "grooming", "gifts_owed_back"),
    ("do i owe him anything", "young_person", "exploitation", "gifts_owed_back"),
    ("is it a hate crime tho", "young_person", "bullying", "is_it_a_hate_crime"),
    ("can the police do anything to him", "young_person", "image_abuse", "what_police_can_do"),
    ("any good websites for this?", "parent", "hate_extremism", "reading_for_parents"),
    ("thanks, and anything for the parents to read?", "professional", "grooming", "reading_for_parents"),
    ("what do i do when it happens", "young_person", "low_mood", "panic_attack"),
])
def test_the_questions_from_blind20_and_blind21(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_a_panic_attack_answer_only_while_low_mood_is_in_play():
    # "what do i do when it happens" after bullying is about the bullying, not panic
    answer = followups.practical("what do i do when it happens", "young_person", "bullying")
    assert answer is None or answer.key != "panic_attack"


def test_the_privacy_notice_answers_only_questions_about_privacy():
    from safeguarding import faq
    assert faq.about_privacy("who can read this chat")
    assert not faq.about_privacy("do i have to give the skins back")
    assert not faq.about_privacy("will it come back in my dreams")


@pytest.mark.parametrize("text, audience, worry, key", [
    ("He's a mate of mine, should I have a word with him first?", "professional", "grooming", "speak_to_them_first"),
    ("should i confront the coach about it", "professional", "grooming", "speak_to_them_first"),
    ("She's really shaken, what do I say to her?", "professional", "illegal_content", "what_to_say_to_the_child"),
    ("The boys say it's just a joke because they're not real", "professional", "image_abuse",
     "fake_images_still_harm"),
    ("He also says he's worried about his own urges", "professional", "illegal_content", "support_for_own_behaviour"),
    ("Where's Kent's guidance for schools?", "professional", None, "kent_guidance_for_schools"),
    ("Can he just stay with us?", "parent", "running_away", "can_they_stay_with_us"),
    ("could i go to the gp without my parents", "young_person", "low_mood", "see_the_gp"),
])
def test_more_questions_from_blind20_and_blind21(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_what_to_say_to_her_parents_is_not_what_to_say_to_the_child():
    answer = followups.practical("what do i say to her parents", "professional", "grooming")
    assert answer is None or answer.key != "what_to_say_to_the_child"


@pytest.mark.parametrize("text", [
    "Is there anything specifically for young people?", "What can I give her if she does go?",
    "What can I tell her she can do herself?", "What services can she use?"])
def test_the_childs_own_help_in_more_words(text):
    assert followups.asks_for_the_childs_own_help(text)


def test_a_helpline_for_mum_is_the_parents_help():
    assert followups.asks_for_the_parents_help("Can I give mum a helpline?")


def test_she_wont_leave_him():
    assert followups.practical("She won't leave him", "parent", "domestic_abuse").key == "she_wont_leave"


@pytest.mark.parametrize("key", ["what_to_say_to_the_child", "reading_for_parents", "fake_images_still_harm",
                                 "she_wont_leave", "medical_help"])
def test_answers_that_hold_999_serve_a_check_in(key):
    answer = next(a for a in followups.default_practical() if a.key == key)
    assert answer.holds_999


@pytest.mark.parametrize("text, audience, worry, key", [
    ("he said dont tell my mum", "young_person", "grooming", "told_to_keep_it_secret"),
    ("i wont go. but hell be upset with me", "young_person", "grooming", "he_will_be_upset"),
    ("will my mum have to see the pics if i tell her", "young_person", "sextortion", "no_one_needs_to_see_it"),
    ("its easy money tho", "young_person", "exploitation", "easy_money"),
    ("its just one day tho and i get to keep £50", "young_person", "scam", "easy_money"),
    ("theyre not making me do anything tho", "young_person", "exploitation", "not_making_me_do_anything"),
    ("there's no proof of anything though", "professional", "grooming", "no_proof"),
    ("What if the DSL is off today?", "professional", "abuse_at_home", "safeguarding_lead_away"),
    ("She says they're her friends", "professional", "exploitation", "says_theyre_friends"),
    ("Will the bank refund it?", "parent", "scam", "refund"),
])
def test_questions_from_blind21(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_a_child_told_to_keep_abuse_at_home_secret_is_not_told_about_ceop():
    answer = followups.practical("he said dont tell my mum", "young_person", "abuse_at_home")
    assert answer is None or answer.key != "told_to_keep_it_secret"


@pytest.mark.parametrize("text", ["what about at night", "and at the weekend?"])
def test_out_of_hours_in_fewer_words(text):
    assert followups.asks_out_of_hours(text)


@pytest.mark.parametrize("text, audience, worry, key", [
    ("she says its just a joke", "young_person", "bullying", "just_a_joke"),
    ("One of them says it's just a joke", "professional", "bullying", "just_a_joke"),
    ("Is Beat just for girls?", "professional", "eating_problems", "boys_too"),
    ("What do I write down?", "professional", "abuse_at_home", "write_it_down"),
    ("She trusts me, I don't want to lose that", "professional", "exploitation", "losing_their_trust"),
    ("he won't talk to me at all", "parent", "low_mood", "they_wont_listen"),
    ("The club's welfare officer is on holiday", "professional", "abuse_at_home", "safeguarding_lead_away"),
])
def test_questions_from_blind22(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


@pytest.mark.parametrize("text", ["whats the out of hours one", "it's 2am"])
def test_out_of_hours_in_blind22s_words(text):
    assert followups.asks_out_of_hours(text)


@pytest.mark.parametrize("text, audience, worry, key", [
    ("Is the Front Door just for professionals?", "parent", "neglect", "front_door_for_anyone"),
    ("Should I ask him to show me the marks or take photos?", "professional", "abuse_at_home",
     "photographing_injuries"),
    ("She seems fine today", "professional", "domestic_abuse", "seems_fine_now"),
    ("I've found a second phone in his room", "parent", "exploitation", "second_phone"),
    ("what does block mean", "young_person", "bullying", "what_block_means"),
    ("how do i stop it happening again", "young_person", "privacy", "stop_it_happening_again"),
    ("i dont know how to call", "young_person", None, "how_to_call_999"),
    ("Is there a helpline I could ring too?", "parent", "gaming_gambling", "helpline_for_this"),
    ("She says it's nothing and won't talk", "parent", "low_mood", "they_wont_listen"),
])
def test_questions_from_blind23(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_the_childs_own_help_and_an_18_year_old_in_blind23s_words():
    assert followups.asks_for_the_childs_own_help("Any services I can point them to?")
    assert followups.asks_about_an_adults_images("And for an 18 year old?")


@pytest.mark.parametrize("text, audience, worry, key", [
    ("She's asked me to keep it between us", "professional", "abuse_at_home", "keep_it_confidential"),
    ("Police are on their way. Anything else?", "professional", "running_away", "police_involved_what_now"),
    ("Police are aware. What now?", "professional", "exploitation", "police_involved_what_now"),
])
def test_questions_from_blind24_and_blind25(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_help_for_the_child_and_the_parents_in_blind25s_words():
    assert followups.asks_for_the_childs_own_help("What resources can I give her?")
    assert followups.asks_for_the_childs_own_help("She says she has no plan. Where do I signpost her?")
    assert followups.asks_for_the_parents_help("What can I give her parents?")


@pytest.mark.parametrize("text, audience", [
    ("am i too old for childline at 17", "young_person"), ("can i still call childline if im 18", "young_person"),
    ("what age is childline up to", "parent"), ("is he old enough for childline", "parent"),
])
def test_childlines_age_is_answered_from_the_catalogue(text, audience):
    answer = followups.practical(text, audience, None)
    assert answer is not None and answer.key == "childline_age"
    assert "under 19" in answer.text_for(audience) and "0800 1111" in answer.text_for(audience)


def test_childline_named_without_an_age_question_is_not_the_age_answer():
    answer = followups.practical("can i call childline", "young_person", None)
    assert answer is None or answer.key != "childline_age"


@pytest.mark.parametrize("text, audience, key", [
    ("can i still talk to childline if nobody is hurting me", "young_person", "childline_for_anything"),
    ("is childline only for really bad stuff", "young_person", "childline_for_anything"),
    ("what do i say when i ring childline", "young_person", "what_to_say_to_childline"),
    ("what would ceop even do", "young_person", "what_ceop_does"),
    ("how do i do ceop then", "young_person", "what_ceop_does"),
    ("what happens if i report him to ceop", "young_person", "what_ceop_does"),
    ("What happens when we report to CEOP?", "parent", "what_ceop_does"),
    ("will i get taken away if i tell someone", "young_person", "taken_away_fear"),
    ("Will social services take my kids if I tell someone?", "parent", "taken_away_fear"),
    # answered before as "what happens next" (it depends): now the fear itself is answered
    ("if i tell a teacher will they take me away from my family", "young_person", "taken_away_fear"),
    ("whats a good breathing thing to do", "young_person", "panic_attack"),
])
def test_questions_from_blind24_to_blind28(text, audience, key):
    answer = followups.practical(text, audience, "low_mood" if key == "panic_attack" else "grooming")
    assert answer is not None and answer.key == key


@pytest.mark.parametrize("text", ["ceop is doing a talk at school", "my mum took my phone away",
                                  "i called childline yesterday"])
def test_not_these_questions(text):
    answer = followups.practical(text, "young_person", "grooming")
    assert answer is None or answer.key not in ("what_ceop_does", "taken_away_fear", "childline_for_anything")


@pytest.mark.parametrize("text, audience, key", [
    # asked by the child to keep it secret: a cue reads "not to tell" as how to tell, but an
    # adult is told not to promise secrecy (blind26, blind28)
    ("She's begged me not to tell anyone", "parent", "keep_it_confidential"),
    ("She wants me to promise not to tell anyone", "parent", "keep_it_confidential"),
    ("She asked me to keep it a secret", "professional", "keep_it_confidential"),
    ("He's asked me not to tell anyone", "professional", "keep_it_confidential"),
    ("She asked me not to tell. I said I'd have to. Did I do the wrong thing?", "professional",
     "keep_it_confidential"),
    ("I've called 999. What else can I do while I wait?", "parent", "help_has_arrived"),
    ("The ambulance crew are here and they've got in. What now?", "parent", "help_has_arrived"),
    ("DSL has rung an ambulance and her mum. What do I write up?", "professional", "help_has_arrived"),
    ("Police have been called. The student who told me is very shaken", "professional", "help_has_arrived"),
    ("my mum has called the police", "young_person", "help_has_arrived"),
    ("When she comes back what should happen?", "professional", "when_they_come_back"),
    ("what should we do when he comes home", "parent", "when_they_come_back"),
])
def test_questions_from_blind26_to_blind30(text, audience, key):
    answer = followups.practical(text, audience, "sextortion")
    assert answer is not None and answer.key == key


@pytest.mark.parametrize("text", ["im scared the police are coming for me",
                                  "the police are on their way to arrest me", "she begged me not to tell her mum"])
def test_not_help_arriving_and_a_young_persons_secret_is_not_an_adults(text):
    answer = followups.practical(text, "young_person", "sextortion")
    assert answer is None or answer.key not in ("help_has_arrived", "keep_it_confidential")


def test_the_practical_answer_keeps_a_young_persons_cue():
    # from a young person, "she begged me not to tell" is still the how-to-tell question
    assert followups.cue("she begged me not to tell her mum") == "how_to_tell"
    assert followups.practical("she begged me not to tell her mum", "young_person", None) is None


@pytest.mark.parametrize("text, worry, key", [
    ("how do u make ur tiktok private", "privacy", "privacy_settings"),
    ("how do i stop ppl adding me on snap from quick add", "bullying", "privacy_settings"),
    ("how do i turn on ghost mode", "privacy", "privacy_settings"),
    ("can people see where i am from my pics", "image_abuse", "privacy_settings"),
    ("how do i set up the 2 step thingy", "privacy", "account_security"),
    ("how do i see where im logged in", "privacy", "account_security"),
    ("how do i make it stop showing me it", "harmful_content", "reset_the_feed"),
    ("how do i reset it", "harmful_content", "reset_the_feed"),
])
def test_the_settings_a_young_person_asks_about(text, worry, key):
    answer = followups.practical(text, "young_person", worry)
    assert answer is not None and answer.key == key


def test_resetting_is_about_the_feed_only_after_upsetting_content():
    # "how do i reset it" after a hacked account is about the password, not the feed
    answer = followups.practical("how do i reset it", "young_person", "privacy")
    assert answer is None or answer.key != "reset_the_feed"


@pytest.mark.parametrize("text", ["should i screenshot the messages for evidence",
                                  "Should I screenshot the messages before I report it?", "should i save his texts"])
def test_screenshots_of_messages_are_evidence(text):
    answer = followups.practical(text, "young_person", "sextortion")
    assert answer is not None and answer.key == "screenshot_the_messages"
    assert "never to screenshot" in answer.text_for("young_person")  # never a nude image


@pytest.mark.parametrize("text", ["should i screenshot the pics he sent", "should i screenshot it",
                                  "can i screenshot the messages with the nude in them"])
def test_screenshots_of_images_are_never_the_messages_answer(text):
    answer = followups.practical(text, "young_person", "sextortion")
    assert answer is None or answer.key != "screenshot_the_messages"


@pytest.mark.parametrize("text, key", [
    ("how do i turn the comments off", "privacy_settings"),
    ("police found her, shes alive", "help_has_arrived"),
    ("do i need to be 18 for childline", "childline_age"),
])
def test_questions_from_blind31_and_blind32(text, key):
    answer = followups.practical(text, "young_person", "friend_harmed")
    assert answer is not None and answer.key == key


def test_a_maybe_is_still_a_plan_and_a_question_about_the_chat_is_about_privacy():
    from safeguarding import services
    assert services.plans_to_contact("ok maybe ill text missing people") == ["missing_people"]
    assert followups.cue("is this chat being reported anywhere") == "is_this_confidential"


@pytest.mark.parametrize("text", ["will she be cross", "will my mum be angry with me", "would my dad go mad"])
def test_a_young_persons_fear_that_a_parent_will_be_cross(text):
    # blind33: "will she be cross" (about mum, after a scam) got the professionals' answer
    # about telling parents
    answer = followups.practical(text, "young_person", "scam")
    assert answer is not None and answer.key == "will_they_be_cross"
    assert followups.practical(text, "parent", "scam") is None or followups.practical(
        text, "parent", "scam").key != "will_they_be_cross"


@pytest.mark.parametrize("text, key", [
    ("will school tell my parents", "will_they_tell_my_parents"),
    ("will she tell my mum and dad", "will_they_tell_my_parents"),
    ("is it confidential if i call them", "childline_confidential"),
    ("can childline help me tell her", "childline_helps_you_tell"),
])
def test_a_young_persons_questions_about_who_will_be_told(text, key):
    answer = followups.practical(text, "young_person", "bullying")
    assert answer is not None and answer.key == key
    said = answer.text_for("young_person").lower()
    assert "won't tell anyone" not in said and "promise" not in said  # never a promise of secrecy


def test_a_question_about_this_chat_is_still_the_privacy_notice():
    assert followups.practical("is this chat confidential", "young_person", "bullying") is None
    assert followups.cue("is this chat confidential") == "is_this_confidential"


@pytest.mark.parametrize("text, worry, key", [
    ("She wants to know if it can be taken down", "image_abuse", "taken_down_images"),
    ("how do i actually get it taken down tho", "sextortion", "taken_down_images"),
    ("how do we get it taken off tiktok", "harmful_content", "taken_down_content"),
    ("Can I get these accounts taken down?", "bullying", "taken_down_content"),
])
def test_taking_it_down_depends_on_what_it_is(text, worry, key):
    # an image of a young person: Report Remove and Take It Down; a post or an account: the
    # platform's own report (blind28-32)
    answer = followups.practical(text, "young_person", worry)
    assert answer is not None and answer.key == key
    assert ("Report Remove" in answer.text_for("young_person")) == (key == "taken_down_images")


# whose help a question asks for, in words the narrower patterns miss (blind33-36)
@pytest.mark.parametrize("text, whose", [
    ("What could I give mum to read?", ("parent",)),
    ("Anything I can give mum?", ("parent",)),
    ("Is there guidance for carers on this kind of content?", ("parent",)),
    ("What support is there for the family?", ("parent",)),
    ("Anything aimed at parents?", ("parent",)),
    ("What can I point them to?", ("child",)),
    ("Any resources for them?", ("child",)),
    ("Is there anything the young person herself can contact?", ("child",)),
    ("What does she ring if she wants to talk to someone outside school?", ("child",)),
    ("I'm worried about him, who can help him?", ("child",)),
    ("Any resources aimed at young men?", ("child",)),
    ("Where can I get help that's free?", ("own",)),
    ("Is there help for him and for me?", ("child", "own")),
])
def test_whose_help_a_question_asks_for(text, whose):
    assert followups.help_for(text) == whose


@pytest.mark.parametrize("text", [
    "Should I tell her parents?", "Do I need his parents' consent to contact Prevent?", "how do i block him",
    "what happens if i report it", "is there anything i can do right now im shaking", "what can i do to help her",
    "is there something wrong with me", "can anyone see my messages", "Can I message him directly to check in?",
    "my mum found out and now she wants to help me sort it out",
])
def test_questions_that_ask_for_no_ones_help(text):
    assert followups.help_for(text) == ()


@pytest.mark.parametrize("text, audience, key", [
    ("Should I investigate first?", "professional", "dont_investigate"),
    ("Should I interview the member of staff first to get their side?", "professional", "dont_investigate"),
    ("Should I ask him more questions to find out exactly what happened?", "professional", "dont_investigate"),
    ("The man has been identified as living locally. Do I go to his address?", "professional", "dont_investigate"),
    ("Should I confront his mum at the next handover?", "parent", "dont_investigate"),
    ("Can I make her tell me?", "professional", "dont_investigate"),
    ("Should I check the teammate's phone?", "professional", "dont_search_devices"),
])
def test_never_investigate_or_confront(text, audience, key):
    answer = followups.practical(text, audience, None)
    assert answer is not None and answer.key == key
    said = answer.text_for(audience).lower()
    assert "don't" in said and "999" in said


@pytest.mark.parametrize("text, audience", [
    ("should i check her phone", "parent"),  # a parent's question about monitoring, answered elsewhere
    ("should i confront him", "young_person"),
])
def test_investigating_answers_are_for_the_adults_they_fit(text, audience):
    answer = followups.practical(text, audience, None)
    assert answer is None or answer.key not in ("dont_investigate", "dont_search_devices")


@pytest.mark.parametrize("text, audience, worry, key", [
    ("what do i do when one starts", "young_person", "low_mood", "calm_down_now"),
    ("is there anything i can do right now im shaking", "young_person", "low_mood", "calm_down_now"),
    ("what can i do right now to calm down", "young_person", "sextortion", "calm_down_now"),
    ("How do we lock the account down afterwards?", "parent", "privacy", "account_security"),
    ("is there a way to tell without my name", "young_person", "exploitation", "pass_on_anonymously"),
    ("Can I pass on car details without my name on it?", "professional", "exploitation", "pass_on_anonymously"),
    ("And for reporting intel anonymously?", "professional", "exploitation", "pass_on_anonymously"),
])
def test_more_practical_questions_from_blind31_to_36(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


@pytest.mark.parametrize("text", ["how do i report the vids", "how do i report the man who commented?",
                                  "how do i leave without them knowing", "how do i stop seeing them"])
def test_how_to_report_block_or_leave_in_any_words(text):
    assert followups.cue(text) == "how_to_block_report"


def test_locking_an_account_is_not_taking_the_phone_away():
    assert followups.cue("How do we lock the account down afterwards?") != "take_phone_away"
    assert followups.cue("should we lock away his phone") == "take_phone_away"


def test_calming_down_answer_keeps_a_person_and_999():
    answer = next(a for a in followups.default_practical() if a.key == "calm_down_now")
    said = answer.text_for("young_person")
    assert "0800 1111" in said and "999" in said


@pytest.mark.parametrize("text", ["i already put the card in", "i already gave him 400",
                                  "i already sent her 50 and now she wants more", "ive sent her £50"])
def test_money_already_sent_is_the_already_paid_question(text):
    assert followups.cue(text) == "already_paid"


@pytest.mark.parametrize("text", ["i sent him a pic", "she sent me 50 quid", "i sent 2 pics", "i gave him 2 hours"])
def test_other_things_sent_are_not_money_paid(text):
    assert followups.cue(text) != "already_paid"


def test_already_paid_after_a_scam_is_about_the_bank_not_sextortion():
    from safeguarding import faq
    said = faq.reply("already_paid", 1.0, "young_person", "age_11_13", worry="scam",
                     text="i already put the card in").text
    assert "bank" in said and "parent" in said and "Report Remove" not in said and "0800 1111" in said


@pytest.mark.parametrize("text, audience, key", [
    ("Can the carers read his messages?", "professional", "reading_their_messages"),
    ("Should I be reading my 12 year old's messages?", "parent", "reading_their_messages"),
    ("What's the route into children's services?", "professional", "route_into_childrens_services"),
    ("how do we notify children's services?", "professional", "route_into_childrens_services"),
    ("When must police be involved rather than just Front Door?", "professional", "when_police_are_involved"),
    ("When does a concern go straight to the police rather than the DSL?", "professional", "when_police_are_involved"),
    ("Is there anything I can read about this?", "parent", "reading_for_parents"),
    ("Do I need to write anything down?", "parent", "write_it_down"),
    ("Who do I ring for online safety advice as a professional?", "professional", "who_can_advise_staff"),
    ("Who can advise the school?", "professional", "who_can_advise_staff"),
])
def test_more_practical_questions_from_blind37_to_39(text, audience, key):
    answer = followups.practical(text, audience, None)
    assert answer is not None and answer.key == key


def test_reading_someone_elses_messages_is_not_about_this_chats_privacy():
    from safeguarding import faq
    assert not faq.about_privacy("Can the carers read his messages?")
    assert faq.about_privacy("who can read my messages")


@pytest.mark.parametrize("text, whose", [
    ("Where can she go for support herself?", ("child",)),
    ("He's 15 and really shaken up, where can he go for support?", ("child",)),
    ("Anything I can send home to parents?", ("parent",)),
    ("Any resources for lessons?", ()), ("Any age-appropriate resources?", ()),
    ("What's the advice line number?", ()), ("And the number?", ()),
])
def test_whose_help_from_blind37_to_39(text, whose):
    assert followups.help_for(text) == whose


def test_a_helpline_number_for_mum_is_the_parents_help():
    assert followups.asks_for_the_parents_help("And the mum wants a helpline number")


def test_what_apps_to_worry_about_is_app_suitability():
    assert followups.cue("What apps should I be worried about?") == "app_suitability"


def test_named_service_in_how_to_report_to_it():
    from safeguarding import services
    assert services.asked_about("How do I report it to True Vision?") == ["true_vision"]
    assert services.asked_about("how do i report it to the police") == []


@pytest.mark.parametrize("text, audience, worry, key", [
    ("does that even count as abuse if she doesnt hit me", "young_person", "abuse_at_home", "does_it_count"),
    ("thats not abuse tho is it she doesnt hit me", "young_person", "abuse_at_home", "does_it_count"),
    ("is that even abuse if no one hits me", "young_person", "abuse_at_home", "does_it_count"),
    ("how do i know if its actually abuse or just jealousy", "young_person", "relationship_abuse", "does_it_count"),
    ("i'm 6ft and she's small so it doesn't really count does it", "young_person", "relationship_abuse",
     "does_it_count"),
    ("He's back now - do we need to do anything?", "professional", "running_away", "when_they_come_back"),
    ("What should happen when he's back?", "professional", "running_away", "when_they_come_back"),
    ("any tips for panic attacks", "young_person", "low_mood", "calm_down_now"),
    ("Should I email parents with details of the challenge?", "professional", "harmful_content",
     "warning_without_naming_it"),
    ("Should we send a letter home naming it?", "professional", "harmful_content", "warning_without_naming_it"),
    ("Should I warn the whole class?", "professional", "harmful_content", "warning_without_naming_it"),
])
def test_more_practical_questions_from_blind37_to_39_second_pass(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_a_setting_turned_on_is_news_not_a_question_about_settings():
    assert followups.practical("ok ghost mode is on", "young_person", "privacy") is None
    assert followups.practical("how do i turn on ghost mode", "young_person", "privacy").key == "privacy_settings"


def test_naming_a_challenge_is_not_the_answer_after_a_nude_is_shared():
    answer = followups.practical("should we send a letter to all parents about it", "professional", "image_abuse")
    assert answer is None or answer.key != "warning_without_naming_it"


def test_abuse_counts_for_anyone():
    answer = followups.practical("does that even count as abuse if she doesnt hit me", "young_person", "abuse_at_home")
    said = answer.text_for("young_person")
    assert "controlled" in said and "whoever you are" in said and "0800 1111" in said


def test_names_a_child():
    assert followups.names_a_child("what can the child use herself?")
    assert not followups.names_a_child("What number can she call herself?")


def test_the_advice_line_is_act_earlys_and_training_is_asked_about():
    from safeguarding import services
    assert services.asked_about("Where's the advice line?") == ["act_early"]
    assert services.asked_about("is there an advice line for parents?") == []
    assert followups.cue("Is there training for youth workers?") == "policy_training"
    assert followups.practical("Is there a helpline for schools on this kind of thing?", "professional",
                               "image_abuse").key == "who_can_advise_staff"


@pytest.mark.parametrize("text", ["ok ill block her. cheers", "ok ill say no", "my mum called them",
                                  "done, police have the details", "i'll ring childline"])
def test_a_step_about_to_be_taken_or_help_told_is_praised(text):
    assert followups.did_a_step(text)


@pytest.mark.parametrize("text", ["my mum called me a liar", "ill block him but he keeps making new accounts",
                                  "im gonna call him out"])
def test_more_news_is_not_a_step(text):
    assert not followups.did_a_step(text)


@pytest.mark.parametrize("text, audience, worry, key", [
    ("is that even abuse she doesnt hit me", "young_person", "abuse_at_home", "does_it_count"),
    ("Is seeing domestic abuse classed as harm to the child?", "professional", "domestic_abuse",
     "witnessing_domestic_abuse"),
    ("Does it affect the kids if he never hits them?", "parent", "domestic_abuse", "witnessing_domestic_abuse"),
    ("When do I call the police rather than Prevent?", "professional", "hate_extremism", "when_police_are_involved"),
])
def test_more_practical_questions_from_blind40_to_42(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_means_kept_out_of_reach_not_a_phone_taken_away():
    assert followups.practical("Should I take away all the razors and knives?", "parent", "self_harm").key == \
        "keep_means_out_of_reach"
    assert followups.cue("Should I take away all the razors and knives?") != "take_phone_away"
    assert followups.cue("should i take away his phone") == "take_phone_away"


def test_the_police_number_is_the_police_card():
    from safeguarding import services
    assert services.asked_about("What number do I ring for the police") == ["kent_police"]


@pytest.mark.parametrize("text, audience, worry, key", [
    ("She's breathing and coming round now", "professional", None, "coming_round"),
    ("ok hes breathing", "young_person", None, "coming_round"),
    ("ok its slowing down now", "young_person", "self_harm", "bleeding_slowing_after_self_harm"),
    ("the bleeding has stopped", "parent", None, "bleeding_slowing"),
    ("Police are sending someone. What info will they want?", "parent", "running_away", "what_the_police_will_want"),
    ("what details will the police need", "young_person", None, "what_the_police_will_want"),
    ("having a panic attack rn cant breathe properly", "young_person", None, "calm_down_now"),
])
def test_the_minutes_after_an_emergency_from_blind44(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


@pytest.mark.parametrize("text, worry", [("ok its slowing down now", "scam"), ("my laptop is slowing down", None),
                                         ("she is awake at 3am on her phone", "privacy")])
def test_words_of_the_minutes_after_an_emergency_need_their_context(text, worry):
    answer = followups.practical(text, "parent", worry)
    assert answer is None or answer.key not in ("coming_round", "bleeding_slowing", "bleeding_slowing_after_self_harm")


@pytest.mark.parametrize("text", ["i can go to my nans, its 5 mins away",
                                  "ok im staying in the shop, the guy behind the counter said i can wait",
                                  "im at my nans now"])
def test_getting_somewhere_safe_is_praised_even_after_a_check_in(text):
    assert followups.sought_help(text)


@pytest.mark.parametrize("text", ["im hiding in my room", "im going to the bridge",
                                  "but im staying at my nans and he keeps texting"])
def test_not_yet_safe_is_not_praised(text):
    assert not followups.sought_help(text)


@pytest.mark.parametrize("text, audience, worry, key", [
    ("i dont want to go to the police", "young_person", "image_abuse", "dont_want_police"),
    ("im scared to tell the police", "young_person", "sextortion", "dont_want_police"),
    ("She doesn't want to involve the police", "parent", "grooming", "dont_want_police"),
    ("i used my mums card without asking 😬", "young_person", "scam", "a_parents_card"),
    ("should i use my dads card to get more, he wont notice", "young_person", "gaming_gambling", "a_parents_card"),
    ("i could go live in the woods", "young_person", "running_away", "unsafe_place_to_go"),
])
def test_more_follow_ups_from_blind44(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_an_unsafe_place_to_go_is_only_read_so_while_running_away_is_talked_about():
    assert followups.practical("i could sleep in the tent", "young_person", "bullying") is None


def test_asking_whether_to_go_to_the_police_is_not_refusing_it():
    answer = followups.practical("should i go to the police", "young_person", "sextortion")
    assert answer is None or answer.key != "dont_want_police"


def test_fear_of_losing_the_ipad_for_telling_is_the_telling_question():
    assert followups.cue("will my mum take my ipad away if i tell") == "tell_parents"


@pytest.mark.parametrize("text", ["Should I speak to the coach first to hear his side?",
                                  "can we just have an informal chat with him?", "Should we hear her side first?"])
def test_hearing_the_accused_adults_side_first_is_investigating(text):
    answer = followups.practical(text, "professional", "abuse_at_home")
    assert answer is not None and answer.key == "dont_investigate"


@pytest.mark.parametrize("text", ["will he get in trouble", "will the person sending it get in trouble",
                                  "will the boys who did it get in trouble"])
def test_whether_someone_else_gets_in_trouble_is_not_the_writers_trouble(text):
    # blind47-48: "will he get in trouble" got "You're not in trouble"
    answer = followups.practical(text, "young_person", "grooming")
    assert answer is not None and answer.key == "will_they_get_in_trouble"
    assert "decide" in answer.text_for("young_person") and "not in trouble" not in answer.text_for("young_person")


def test_the_writers_own_trouble_is_still_their_own_question():
    assert followups.practical("will i get in trouble", "young_person", "sextortion") is None
    assert followups.cue("will i get in trouble") == "will_i_get_in_trouble"


@pytest.mark.parametrize("text", ["She says she consents. Is it still a safeguarding issue?",
                                  "She's adamant it's consensual", "He's 17 so is it even a safeguarding issue?"])
def test_a_young_persons_consent_does_not_end_the_concern(text):
    answer = followups.practical(text, "professional", "exploitation")
    assert answer is not None and answer.key == "still_a_safeguarding_issue"
    assert "under 18" in answer.text_for("professional")


def test_still_a_safeguarding_issue_without_consent_or_age_is_not_that_answer():
    answer = followups.practical("is it still a safeguarding issue if it happened outside school", "professional",
                                 "bullying")
    assert answer is None or answer.key != "still_a_safeguarding_issue"


@pytest.mark.parametrize("text", ["someone i dont know keeps adding me", "randoms keep adding me on snap",
                                  "i keep getting follow requests from people i dont know"])
def test_strangers_adding_you_is_not_a_hacked_account(text):
    answer = followups.practical(text, "young_person", "privacy")
    assert answer is not None and answer.key == "strangers_adding_me"


@pytest.mark.parametrize("text, audience, worry", [("will she be in trouble for taking it?", "parent", "image_abuse"),
                                                   ("will she get in trouble", "young_person", "friend_harmed")])
def test_a_parents_own_child_or_a_friend_in_trouble_is_not_the_other_persons_question(text, audience, worry):
    # blind46: a parent asking about their own daughter got "it isn't for you to decide"
    answer = followups.practical(text, audience, worry)
    assert answer is None or not answer.key.startswith("will_the")


def test_a_parent_asking_about_the_man_who_did_it_gets_who_decides():
    answer = followups.practical("will the man who sent it get in trouble", "parent", "grooming")
    assert answer is not None and answer.key == "will_the_other_person_get_in_trouble"


def test_a_missing_child_found_safe_gets_what_to_do_when_they_come_back():
    answer = followups.practical("he answered, he's at a friend's house", "parent", "running_away")
    assert answer is not None and answer.key == "found_safe"
    assert followups.practical("she is at her nans", "parent", "domestic_abuse") is None


@pytest.mark.parametrize("text, worry, key", [
    ("should i tell someone or is that snitching", "exploitation", "is_it_snitching"),
    ("i dont want to be a grass", "friend_harmed", "is_it_snitching"),
    ("theyre my friends tho", "exploitation", "theyre_my_friends"),
    ("but hes really nice", "grooming", "theyre_my_friends"),
])
def test_snitching_and_they_are_my_friends_from_blind47(text, worry, key):
    answer = followups.practical(text, "young_person", worry)
    assert answer is not None and answer.key == key


def test_they_are_my_friends_is_only_that_answer_while_exploitation_or_grooming_is_talked_about():
    assert followups.practical("theyre my friends tho", "young_person", "bullying") is None


def test_found_after_a_goodbye_message_means_not_alone_and_asking_directly():
    answer = followups.practical("he answered, he's at a friend's house", "parent", "self_harm")
    assert answer is not None and answer.key == "found_safe_after_suicidal_words"
    assert "aren't alone" in answer.text_for("parent") and "999" in answer.text_for("parent")


@pytest.mark.parametrize("text", ["what do I do now", "now what?", "ok so what do i do now"])
def test_what_now_is_asked(text):
    assert followups.asks_what_now(text)


@pytest.mark.parametrize("text", ["someone is following me home from the bus stop and he keeps getting closer",
                                  "a man keeps following me down the road"])
def test_being_followed_in_the_street_is_not_strangers_adding_me(text):
    answer = followups.practical(text, "young_person", "privacy")
    assert answer is None or answer.key != "strangers_adding_me"


def test_a_phone_about_to_die_means_999_first():
    answer = followups.practical("my phone is on 5%", "young_person", None)
    assert answer is not None and answer.key == "phone_battery_low" and "999" in answer.text_for("young_person")
    # never a reason to lower possible danger: "im lost in a city, my phone is at 2%" is danger
    # with a battery in it (the first version did lower it, on rounds 28-31)
    assert answer.key not in followups.PRACTICAL_SAFE_IN_CHECK_IN
    assert followups.practical("im lost in a city i dont know, my phone is at 2% and a man is following me",
                               "young_person", None) is None


@pytest.mark.parametrize("text", ["shes breathing but wont wake up", "he's breathing but not coming round"])
def test_breathing_but_not_waking_is_not_coming_round(text):
    answer = followups.practical(text, "parent", None)
    assert answer is None or answer.key != "coming_round"


@pytest.mark.parametrize("text", ["hes asked me to meet him at the station", "she messaged me again"])
def test_what_someone_else_did_to_the_writer_is_never_praised_as_a_step(text):
    # blind50: "hes asked me to meet him at the station" got "well done"
    assert not followups.did_a_step(text)


def test_more_steps_taken_from_blind50_51():
    assert followups.did_a_step("ok my sister is taking me")
    assert followups.did_a_step("OK I'm going to the DSL now") and followups.sought_help("OK I'm going to the DSL now")


@pytest.mark.parametrize("text, audience, worry, key", [
    ("how can we stop this from happening again", "parent", "harmful_content", "stop_it_happening_again_content"),
    ("how do i stop him seeing stuff like that again", "parent", "harmful_content",
     "stop_it_happening_again_content"),
    ("how can i stop it happening again", "young_person", "scam", "stop_it_happening_again"),
    ("so is that what they call county lines", "parent", "exploitation", "is_it_county_lines"),
    ("what does county lines mean", "young_person", None, "is_it_county_lines"),
    ("right, who do we tell first", "professional", "grooming", "who_exactly_do_i_tell"),
])
def test_questions_from_blind47_and_blind49(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_who_to_tell_at_work_names_the_lead_and_the_lado_but_not_for_a_child():
    answer = followups.practical("who should i tell", "professional", "grooming")
    assert answer is not None and "designated safeguarding lead" in answer.text_for("professional")
    assert "LADO" in answer.text_for("professional")
    assert followups.practical("who should i tell", "young_person", "grooming") is None


@pytest.mark.parametrize("text", ["are there any that work over text", "is there one i can text instead"])
def test_help_by_text_in_blind49s_words(text):
    assert followups.wants_help_not_by_phone(text)


def test_something_to_hand_out_to_parents_is_the_parents_help():
    assert followups.asks_for_the_parents_help("anything we could hand out to the parents")


@pytest.mark.parametrize("text, key", [
    ("my stepdad reads all my messages and decides who i can see. is that abuse?", "does_it_count"),
    ("some lads shout stuff about my religion at the bus stop. is that a hate crime", "is_it_a_hate_crime"),
    ("my brother has loads of cash and two phones now. could this be county lines?", "is_it_county_lines"),
])
def test_a_question_that_ends_a_disclosure_is_named(text, key):
    answer = followups.question_in_a_disclosure(text, "young_person", None)
    assert answer is not None and answer.key == key


@pytest.mark.parametrize("text", ["is that abuse?", "my stepdad reads my messages. what should i do?",
                                  "is that abuse? he reads all my messages and decides who i can see and more"])
def test_not_a_question_that_names_the_harm_at_the_end_of_a_disclosure(text):
    assert followups.question_in_a_disclosure(text, "young_person", None) is None


def test_the_disclosures_question_is_answered_before_the_steps(dispatcher, tracker_factory, domain):
    from actions.actions import ActionSignpost
    from tests.unit.test_actions import run
    text = "my dad controls all my mums money and wont let her see her friends. is that abuse?"
    run(ActionSignpost(), dispatcher, tracker_factory("domestic_abuse", text, audience="young_person",
                                                       age_band="age_14_17"), domain)
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert texts[0].startswith("Yes, it counts.")
    assert any("call 999" in t for t in texts[1:])


@pytest.mark.parametrize("text, audience, worry, key", [
    ("this game wants permission for my camera and location, should i let it", "young_person", None,
     "app_permissions"),
    ("should we allow it access to her photos", "parent", "privacy", "app_permissions"),
    ("should i go over to his house", "young_person", "friend_harmed", "go_round_myself"),
    ("im having one now, what do i do when im in the middle of a panic attack", "young_person", "low_mood",
     "panic_attack"),
])
def test_questions_from_blind49(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key


def test_going_round_to_a_friends_is_not_an_adults_question_or_somewhere_to_stay():
    answer = followups.practical("should i go round to her house", "parent", "friend_harmed")
    assert answer is None or answer.key != "go_round_myself"
    assert followups.practical("can i go to my nans house to stay", "young_person", "running_away") is None


@pytest.mark.parametrize("text, audience, worry, key", [
    ("what can i do instead of cutting", "young_person", "self_harm", "urge_to_self_harm"),
    ("how can i fight the urges", "young_person", "self_harm", "urge_to_self_harm"),
    ("its been like this since my grandad passed away", "young_person", "low_mood", "grief"),
    ("what if the attack is planned for tomorrow", "professional", "hate_extremism", "imminent_attack"),
    ("can we refer without the parents' consent", "professional", "neglect", "consent_for_referral"),
    ("do we need parental permission to make a referral", "professional", None, "consent_for_referral"),
    ("will she be seen as a criminal", "parent", "exploitation", "victim_not_criminal"),
    ("so are they victims or offenders", "professional", "exploitation", "victim_not_criminal"),
    ("what should I say to ask him if he's suicidal", "parent", "low_mood", "how_to_ask_about_suicide"),
    ("he reckons it's normal", "parent", "relationship_abuse", "says_its_normal"),
    ("should we still record it", "professional", "bullying", "write_it_down"),
    ("there are payments from my card i didnt make", "parent", "gaming_gambling", "refund"),
    ("whats a strong password", "young_person", "privacy", "account_security"),
    ("could the police even do something", "young_person", "hate_extremism", "what_police_can_do"),
    ("the dad said he wants help to stop", "professional", "illegal_content", "support_for_own_behaviour"),
    ("how can we stop this happening again", "parent", "gaming_gambling", "stop_it_happening_again"),
])
def test_questions_from_blind52_and_blind53(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key, (text, answer and answer.key)


@pytest.mark.parametrize("text, audience, worry", [
    ("my nan died in 2019 and im still sad sometimes but thats not why im here", "parent", None),
    ("its normal", "parent", "relationship_abuse"),
    ("he says its normal", "parent", "scam"),
    ("can i get help with an attack of anxiety", "young_person", "low_mood"),
])
def test_not_those_questions(text, audience, worry):
    answer = followups.practical(text, audience, worry)
    assert answer is None or answer.key not in ("grief", "says_its_normal", "imminent_attack")


def test_an_imminent_attack_is_999_first():
    answer = followups.practical("what if there's an imminent threat of an attack", "professional", None)
    assert answer is not None and answer.text_for("professional").startswith("If you think an attack is imminent, "
                                                                             "call 999 now")


@pytest.mark.parametrize("text, audience, worry, key", [
    ("my mum tracks my location on life360 is that even allowed", "young_person", "privacy", "parent_monitoring"),
    ("and now they know where i live", "young_person", "bullying", "they_know_where_i_live"),
    ("i cant stop comparing myself to girls on tiktok", "young_person", "low_mood", "comparing_myself"),
    ("can the school do anything if it happened outside school", "parent", "bullying", "outside_school"),
    ("should we tell the girl's parents", "professional", "image_abuse", "telling_the_parents_at_work"),
    ("will her family be informed", "professional", "hate_extremism", "telling_the_parents_at_work"),
    ("do we tell his parents before referring", "professional", "hate_extremism", "telling_the_parents_at_work"),
    ("every incident by itself seems minor", "professional", "neglect", "small_things_add_up"),
    ("the ambulance is on its way, what should i do", "parent", "self_harm", "help_has_arrived"),
    ("my dad rang the police", "young_person", "domestic_abuse", "help_has_arrived"),
    ("isnt anorexia a girl thing", "parent", "eating_problems", "boys_too"),
    ("she won't hear a word against him", "parent", "domestic_abuse", "she_wont_leave"),
    ("is there any kent guidance on this", "professional", "privacy", "kent_guidance_for_schools"),
    ("my phones on 3%", "young_person", "running_away", "phone_battery_low"),
])
def test_questions_from_blind54(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key, (text, answer and answer.key)


def test_telling_parents_at_work_is_usually_yes_unless_it_puts_the_child_at_risk():
    answer = followups.practical("should I let the boy's mum know", "professional", "image_abuse")
    assert answer is not None and answer.text_for("professional").startswith("Usually yes")
    assert "greater risk" in answer.text_for("professional")
    # a child's own "don't tell my parents" and a parent's question are not this answer
    for text, audience in [("will my parents be told", "young_person"), ("should i tell his parents", "parent")]:
        found = followups.practical(text, audience, "image_abuse")
        assert found is None or found.key != "telling_the_parents_at_work"


@pytest.mark.parametrize("text, audience, worry, key", [
    ("so when is it prevent and when is it the front door", "professional", "hate_extremism",
     "prevent_or_front_door"),
    ("and if the danger is imminent?", "professional", "hate_extremism", "imminent_attack"),
    ("someone made a fake account using my pics", "young_person", "privacy", "impersonation"),
    ("a girl is pretending to be my daughter online", "parent", "bullying", "impersonation"),
    ("was that what county lines is", "parent", "exploitation", "is_it_county_lines"),
])
def test_questions_from_blind55_to_blind57(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key, (text, answer and answer.key)


def test_a_question_after_a_comma_at_the_end_of_a_disclosure_is_named():
    text = "my dad calls me useless every single day and says im a mistake, is that abuse"
    answer = followups.question_in_a_disclosure(text, "young_person", "abuse_at_home")
    assert answer is not None and answer.key == "does_it_count"
    assert followups.question_in_a_disclosure("my dad, is he allowed to take my phone", "young_person", None) is None


def test_a_professional_asking_what_a_16_year_old_can_use_herself_names_a_child():
    assert followups.names_a_child("what could she ring herself, she's 16")
    assert not followups.names_a_child("what number could she ring herself")


@pytest.mark.parametrize("text", ["what's the helpline for my mum", "is there a number for my dad"])
def test_a_helpline_for_my_mum_is_the_parents_help(text):
    assert followups.asks_for_the_parents_help(text)


def test_professional_reputation_is_its_own_question():
    assert followups.cue("any advice on protecting my professional reputation online") == "professional_reputation"


@pytest.mark.parametrize("text", ["the ambulance crew are here now", "ok my nan is with me now",
                                  "the police lady is here"])
def test_help_with_me_now_from_blind53(text):
    answer = followups.practical(text, "young_person", "self_harm")
    assert answer is not None and answer.key == "help_has_arrived"


@pytest.mark.parametrize("text, audience, worry, key", [
    ("can the police actually do anything about the comments", "young_person", "hate_extremism",
     "what_police_can_do"),
    ("should i accept requests from people i dont know", "young_person", "privacy", "strangers_adding_me"),
    ("the police are going round to his house now", "young_person", "domestic_abuse", "help_has_arrived"),
    ("is this depression", "young_person", "low_mood", "is_it_anxiety"),
    ("should i screenshot the group chat so i have proof", "young_person", "image_abuse",
     "screenshot_where_the_image_is"),
])
def test_questions_from_blind59(text, audience, worry, key):
    answer = followups.practical(text, audience, worry)
    assert answer is not None and answer.key == key, (text, answer and answer.key)


def test_screenshots_of_messages_are_still_fine_after_bullying_but_never_where_an_image_was_posted():
    assert followups.practical("should i screenshot the chat", "young_person", "bullying").key == \
        "screenshot_the_messages"
    answer = followups.practical("should i screenshot the chat", "young_person", "image_abuse")
    assert answer.key == "screenshot_where_the_image_is" and answer.text_for("young_person").startswith("No")
