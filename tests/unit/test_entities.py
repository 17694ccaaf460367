"""Ages, platforms and audiences from the project's spaCy pipeline."""
from __future__ import annotations

import pytest
import spacy

from nlu_components.entities import entities_from_doc
from safeguarding.ages import band_for_age, parse_age
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def nlp():
    path = ROOT / "build" / "spacy_en_kent"
    assert path.is_dir(), "build the spaCy pipeline first: make spacy"
    return spacy.load(path)


def entities(nlp, text):
    return {(e["entity"], e["value"]) for e in entities_from_doc(nlp(text))}


@pytest.mark.parametrize(
    "text, band",
    [
        ("im 14", "age_14_17"),
        ("i'm 9", "under_11"),
        ("I am fourteen", "age_14_17"),
        ("my 12 year old is being bullied in a whatsapp group", "age_11_13"),
        ("my daughter is 15 and someone is messaging her", "age_14_17"),
        ("im 16yo", "age_14_17"),
        ("aged 10", "under_11"),
        ("I'm 35 and my ex shared my pics", "adult"),
        ("13 years old", "age_11_13"),
    ],
)
def test_ages_become_bands(nlp, text, band):
    assert ("age", band) in entities(nlp, text)


@pytest.mark.parametrize("text", ["there is 1 guy", "it is 20 quid", "i sent 15 messages", "year 9 is hard",
                                  # someone else's age is not the user's (issue 14)
                                  "he's 25", "she is 15", "a 17 year old lad keeps messaging me",
                                  "im in year 8 and a man aged 40 added me", "my friend is 16 and her bf is 19",
                                  "my boyfriend is 18 and wants me to move in", "my ex is 19"])
def test_numbers_that_are_not_ages(nlp, text):
    assert not [e for e in entities(nlp, text) if e[0] == "age"]


def test_the_age_entity_covers_only_the_number(nlp):
    found = [e for e in entities_from_doc(nlp("im 14 and scared")) if e["entity"] == "age"]
    assert [(e["start"], e["end"]) for e in found] == [(3, 5)]


@pytest.mark.parametrize(
    "text, platform",
    [("this guy on snap", "snapchat"), ("someone on insta", "instagram"), ("in a Discord server", "discord"),
     ("my robux", "roblox"), ("on tik tok", "tiktok")],
)
def test_platforms_are_normalised(nlp, text, platform):
    assert ("platform", platform) in entities(nlp, text)


@pytest.mark.parametrize(
    "text, audience",
    [("my son is getting nasty messages", "parent"), ("my 12 year old's being bullied", "parent"),
     ("a pupil disclosed something", "professional"), ("i'm the DSL at a primary", "professional"),
     ("im being bullied", None),
     # blind27, blind31, blind32: an adult's age is not a parent's child; a professional's own words
     ("is it weird that my 24 year old coworker texts me every night", None),
     ("my fifteen year old won't come home", "parent"),
     ("Child came in today saying the police were at their house last night", "professional"),
     ("A mum I visit has disclosed domestic abuse", "professional"),
     ("A child in my reception class comes in hungry", "professional"),
     ("A player told me his teammate is being bullied", "professional"),
     ("PC here. I've got a 15yo sextortion victim", "professional"),
     ("Another coach is privately messaging one of our 13 year old players on Snapchat", "professional"),
     ("Mother of 2 disclosed domestic abuse in a consultation, kids at home", "professional"),
     ("One of my U12s never has kit and nobody picks him up", "professional"),
     ("Older boys keep picking up some of our members in cars", "professional")],
)
def test_audience(nlp, text, audience):
    found = {v for e, v in entities(nlp, text) if e == "audience"}
    assert found == ({audience} if audience else set())


def test_parse_age_and_bands():
    assert parse_age("sixteen") == 16
    assert parse_age("2") is None
    assert parse_age("no age here") is None
    assert [band_for_age(a) for a in (8, 10, 11, 13, 14, 17, 18, 40)] == [
        "under_11", "under_11", "age_11_13", "age_11_13", "age_14_17", "age_14_17", "adult", "adult"]


@pytest.mark.parametrize("text, audience", [
    ("my social worker said i should ask you", None),
    ("her head of year called me about the messages", None),
    ("my daughter's head of year rang me about nudes being shared of her", "parent"),
    ("i live with my foster carer and someone is sending me stuff", None),
    ("i'm a social worker and a child told me something", "professional"),
    ("as a youth worker what do i do", "professional"),
    ("I run an U10s team. One lad never has food", "professional"),
    ("A 12 year old at football flinches when I raise my voice and has said his dad hits him", "professional"),
    ("Found a 14 yo with drugs and cash 50 miles from home", "professional"),
    ("I've seen bruising on a non-mobile 4 month old baby", "professional"),
    ("Neighbour's kids (about 6 and 8) are out till late and look hungry", "parent"),
    ("An 8 year old just told me 'mummy's boyfriend hurts me at night'", "professional"),
    ("Girl (15) keeps turning up with new nails, says an older friend pays", "professional"),
    ("A player (12) has marks on his legs", "professional"),
    ("Attended a house, 3 kids, no food in, both parents intoxicated", "professional"),
    ("Stopped a 13 year old carrying drugs, clearly being used by someone", "professional"),
    ("Baby with repeated missed appointments and bad nappy rash, parents not engaging", "professional"),
    ("A boy in year 9 is refusing to eat lunch and exercising obsessively", "professional"),
    ("A lad (13) at training just told me his stepdad hits him", "professional"),
    ("one of my pupils is being bullied", "professional"),
    ("my son is getting horrible messages", "parent"),
    ("im a foster carer, the girl i look after has been sent nudes", "parent"),
    # who the user is, said in passing: a teacher, a coach, a foster carer (issue 14)
    ("A year 7 pupil has just told me her uncle touches her", "professional"),
    ("I teach year 3 and a boy has bruises on his arms again", "professional"),
    ("I coach under 12s football and a lad told me his mum's boyfriend beats him", "professional"),
    ("Our DSL is off today, what do I do?", "professional"),
    ("I'm a form tutor. A student says her friend is being hurt at home", "professional"),
    ("I foster a 12 year old and her birth dad has been messaging her", "parent"),
    ("pupil has come in with a handprint bruise on his face and says mum did it", "professional"),
    ("health visitor, concerned about neglect of a baby", "professional"),
    ("one of my year 10s keeps getting calls and leaving school", "professional"),
    ("pupil in my tutor group has cuts on her arms", "professional"),
    ("year 3 child has been talking about videos her older cousin shows her", "professional"),
    # blind28: an office, a home visit, a response officer, photos of a class
    ("A student in my office just showed me a message from her friend", "professional"),
    ("I visited a family with a 2 year old and there was no food in the fridge", "professional"),
    ("I'm a response officer. Stopped a 14 year old with cash and drugs", "professional"),
    ("Can I post photos of my class on the school Instagram?", "professional"),
    # ... and not from a young person talking about their coach, teacher or classmates
    ("the police officer at school was nice to me", None),
    ("a year 9 boy keeps messaging me", None),
    ("someone in my tutor group keeps calling me names", None),
    ("my football coach keeps messaging me on snap", None),
    ("a girl in my class told me she cuts herself", None),
    ("my form tutor said i should tell someone", None),
    ("a student at my school is posting pics of me", None),
])
def test_only_the_users_own_role_sets_the_audience(nlp, text, audience):
    found = {v for e, v in entities(nlp, text) if e == "audience"}
    assert found == ({audience} if audience else set())


@pytest.mark.parametrize("text", [
    "a year 8 girl has told me she's been making herself sick", "a young person says his mums boyfriend hits him",
    "a 16 year old on my caseload is gambling heavily online", "PCSO here, we found a 13 year old in a drug house",
    "one of my pupils disclosed that her dad hits her",
])
def test_someone_reporting_what_a_child_told_them_works_with_children(nlp, text):
    assert ("audience", "professional") in entities(nlp, text)


@pytest.mark.parametrize("text", [
    "a year 10 boy said he will beat me up", "a 17 year old told me hed share my pics",
    "a girl in my class said im ugly", "one of my mates told me she cuts",
    "my swimming coach keeps messaging me", "my maths teacher is a football coach",
    "a boy at training told me im fat", "someone at club said they'd beat me up",
    "a boy in year 9 keeps messaging me", "a girl in year 8 posted a pic of my friend",
    "my mate said 'hes hurting me' what do i do", "a 15 year old told me to kill myself",
])
def test_a_young_person_talking_about_another_is_not_a_professional(nlp, text):
    assert ("audience", "professional") not in entities(nlp, text)


@pytest.mark.parametrize("text", [
    "Some of my Year 5 class have a WhatsApp group where they've been ganging up on one girl",
    "a 7 year old in my class has bruises on her arm", "4 month old with a bruise on his cheek",
    "one of the other coaches at our club has been messaging a 13 year old",
])
def test_more_ways_of_writing_about_a_child_in_your_care_at_work(nlp, text):
    assert ("audience", "professional") in entities(nlp, text)


def test_a_young_person_bullied_by_a_group_of_older_pupils_is_still_a_young_person(nlp):
    assert ("audience", "professional") not in entities(nlp, "a group of year 9s keep bullying me")


@pytest.mark.parametrize("text", [
    "I'm looking after my sister's two kids since she went into rehab", "they're 3 and 5, I'm their aunt",
    "he's 13, we're his foster carers", "my little boy saw something on youtube",
])
def test_someone_bringing_up_a_child_is_a_parent_or_carer(nlp, text):
    assert ("audience", "parent") in entities(nlp, text)


@pytest.mark.parametrize("text", [
    "Year 10 girl being picked up from school by men in different cars", "PC here. 15yo found with wraps",
    "young person at the youth club (14) has a second phone and cash", "Pupil (year 2) keeps coming in hungry",
    "Home visit today, partner was controlling", "15 year old girl just told me her stepdad comes into her room",
])
def test_short_notes_from_people_who_work_with_children(nlp, text):
    assert ("audience", "professional") in entities(nlp, text)


@pytest.mark.parametrize("text", ["ta. what do i do", "young people in my class are mean to me",
                                  "year 9 girls keep calling me names", "teacher keeps picking on me"])
def test_a_young_persons_words_are_not_a_professionals_note(nlp, text):
    assert ("audience", "professional") not in entities(nlp, text)


# Shorthand that independent sets' parents and professionals used on their first line
# (issue 14): general forms, not the sets' messages
@pytest.mark.parametrize("text, audience", [
    ("son 12 getting horrible messages on xbox", "parent"),
    ("daughter (13) won't come out of her room", "parent"),
    ("14 yr old son keeps asking for money for games", "parent"),
    ("my 9 y/o saw something scary on youtube", "parent"),
    ("grandad here. my grandson is being picked on", "parent"),
    ("my husband shouts and the kids hear it", "parent"),
    ("our lad (13) has a new phone we didn't buy", "parent"),
    ("Year 5 teacher. One of mine keeps falling asleep", "professional"),
    ("Science teacher, a student showed me a video", "professional"),
    ("primary DSL. Some of our Y6 have a group chat", "professional"),
    ("Head of year 9. Two girls fell out over a post", "professional"),
    ("office manager in a school, a parent rang about a video", "professional"),
    ("a lad at our youth project says his brother hits him", "professional"),
    ("Y8 girl keeps getting lifts from older boys", "professional"),
    ("13 year old in care comes back late with new trainers, her mum doesn't know", "professional"),
    ("she asked us not to tell her parents, what's the policy", "professional"),
    ("I work in a children's home and a boy has gone missing", "professional"),
    ("a parent has shown me messages from one of our TAs", "professional"),
    ("I'm a swimming coach and another coach messages a swimmer", "professional"),
    ("i found sexual images on my partners laptop. we have a 7 year old", "parent"),
    ("i teach year 11 and a student wrote something worrying", "professional"),
    # more shorthand from the first runs of blind12-14 (general forms, not their messages)
    ("pupil told me her uncle hits her", "professional"),
    ("teenage client disclosed that her ex shares her pics", "professional"),
    ("mum disclosed at pick up that her partner is violent", "professional"),
    ("a dad of one of our reception kids told me he found messages", "professional"),
    ("two of my year 9 boys are selling vapes for older lads", "professional"),
    ("year 10 told me her friend is cutting", "professional"),
    ("nurse at a secondary school, a girl has been sent nudes", "professional"),
    ("our monitoring software flagged searches about suicide", "professional"),
    ("attended a domestic incident and the children were there", "professional"),
    ("young people at our drop in are talking about a challenge", "professional"),
    ("should we send a letter to all parents about it", "professional"),
    ("any resources i can use in an assembly on nudes", "professional"),
    ("do schools have to involve the police for a nude", "professional"),
    ("our foster son is getting messages from an older girl", "parent"),
    ("new placement, she hides food in her room", "parent"),
    ("the toddler next door is left alone all day", "parent"),
    ("my partner's kids come to us with no clean clothes", "parent"),
    ("my autistic son has an online best friend", "parent"),
    ("6 yr old regularly comes in without a coat and hungry", "professional"),
    # issue 14, blind17
    ("i'm a pcso and a girl has come in about her pics being shared", "professional"),
    ("one of my players told me his mate is being hurt", "professional"),
    ("a parent has told me their son is being groomed", "professional"),
])
def test_parents_and_professionals_shorthand(nlp, text, audience):
    assert {v for e, v in entities(nlp, text) if e == "audience"} == {audience}


@pytest.mark.parametrize("text", [
    "people in my form keep laughing at me", "year 8 boys keep pushing me in the corridor",
    "maths teacher, he keeps staring at me", "14 year old here, what age is snapchat for",
    "13 year old girl and my ex is sharing my pics", "my dad here keeps shouting",
    "im a child in care and my carer hits me", "15 year old, my mum reads all my messages",
    "a student at my school is posting pics of me", "the kid next door keeps messaging me",
    "year 9s said they'd get me after school", "mum told me i cant go out", "in a lesson someone showed a video",
    "some kids in year 8 keep calling my friend names", "my coach at the club keeps texting me",
    "im home alone with my baby sister", "my little boy cousin keeps crying",
])
def test_a_young_persons_shorthand_stays_a_young_persons(nlp, text):
    assert not {v for e, v in entities(nlp, text) if e == "audience"}


def test_a_childs_age_as_the_subject_is_not_the_writers_age(nlp):
    assert not [v for e, v in entities(nlp, "7 yr old keeps coming to school hungry") if e == "age"]
    assert [v for e, v in entities(nlp, "13 years old, someone is sharing my pics") if e == "age"] == ["age_11_13"]


# professionals' notes with no role word, and a few more adults' words (issue 14, blind31-38):
# general forms, not the sets' messages
@pytest.mark.parametrize("text, audience", [
    ("Girl with an untreated infection for weeks, mum not taking her to the GP", "professional"),
    ("Lad in Y10 skipping meals, lives with his nan who hasn't noticed", "professional"),
    ("One pupil is always tired and has had head lice for months", "professional"),
    ("A Year 7 has been missing appointments and coming in hungry", "professional"),
    ("I've seen a 2 year old with marks that don't fit what dad said", "professional"),
    ("Attended an incident where a 13yo said her brother hit her", "professional"),
    ("A 15 year old came to see me about her boyfriend who is 24", "professional"),
    ("as a professional who do I call about this", "professional"),
    ("my partner shouts at me and we have two kids", "parent"),
])
def test_professionals_notes_without_a_role_word(nlp, text, audience):
    assert {v for e, v in entities(nlp, text) if e == "audience"} == {audience}


@pytest.mark.parametrize("text", [
    "a kid on a minecraft server keeps saying racist stuff", "teen with no friends here lol",
    "a boy who i met on roblox wants my address", "a girl with a fake account keeps messaging me",
])
def test_a_young_persons_third_person_words_are_not_a_note(nlp, text):
    assert ("audience", "professional") not in entities(nlp, text)


@pytest.mark.parametrize("text", [
    "Police. Found a 14 year old asleep in a stairwell at 3am",
    "School nurse: a Year 8 says she hasn't eaten for days",
    "A parent keeps posting videos of other people's children from matches",
])
def test_a_role_as_a_notes_first_word(nlp, text):
    assert {v for e, v in entities(nlp, text) if e == "audience"} == {"professional"}


@pytest.mark.parametrize("text", [
    "Visiting a family today, the baby has marks on his arm",
    "Sixth form boy (17) keeps getting lifts from older men",
    "Looked after young person (14) found with cash and two phones",
    "Toddler living with no heating and mum drinking",
    "I've noticed a Year 8 boy hiding food in his bag",
    "A 13 yo from Kent has been found in a flat in London",
    "A girl at youth club says her boyfriend hits her",
])
def test_more_notes_from_people_who_work_with_children(nlp, text):
    assert {v for e, v in entities(nlp, text) if e == "audience"} == {"professional"}


@pytest.mark.parametrize("text", ["a boy with a knife was outside school today",
                                  "a girl at youth club keeps calling me names", "a boy came up to me at the park"])
def test_a_young_persons_own_news_is_not_a_note(nlp, text):
    assert ("audience", "professional") not in entities(nlp, text)


def test_a_parents_child_with_a_bare_age():
    nlp_ = spacy.load(ROOT / "build" / "spacy_en_kent")
    assert {v for e, v in entities(nlp_, "my 14 son keeps disappearing for hours") if e == "audience"} == {"parent"}


@pytest.mark.parametrize("text", [
    "After-school club: a 6 year old has a handprint bruise on her face",
    "Deputy head: a parent has shown me DMs between a member of staff and their daughter",
    "PE teacher: a Y9 girl keeps nearly fainting in lessons",
    "Pupils have made TikToks mocking me with my photo. Where can I get advice?",
    "A group of Y9s have been posting racist memes about a classmate in a group chat. How serious is this?",
    # blind47-48: staff targeted by parents
    "A parent has put my picture on Facebook saying awful things after a detention",
    "a group of parents keep posting about me by name",
    "Which warning signs of exploitation should we be looking out for in our pupils?",
    "One of my under-14 players has marks on her legs",
    "Baby (5 months) with a bruise on his cheek", "Adult patient says her partner hits her and there are kids at home",
    "A Year 2 pupil (6) said 'mummy's friend hurts me'. What now?",
])
def test_notes_headed_by_a_setting_or_about_pupils_from_blind44(nlp, text):
    assert {v for e, v in entities(nlp, text) if e == "audience"} == {"professional"}


@pytest.mark.parametrize("text", ["some y9s are posting memes about me", "my teacher: she keeps picking on me",
                                  "pupils in my school keep bullying me", "kids in my class are mocking me",
                                  "the year 10s keep calling me names", "my mum posted my photo without asking",
                                  "parents are so annoying they took my phone", "baby shark is my fav song"])
def test_a_young_persons_words_about_pupils_and_teachers_stay_theirs(nlp, text):
    assert ("audience", "professional") not in entities(nlp, text)


def test_an_age_in_brackets_does_not_hide_a_professionals_note(nlp):
    text = "a year 8 (13) told me she self-harms and asked me not to tell her parents"
    assert {v for e, v in entities(nlp, text) if e == "audience"} == {"professional"}


@pytest.mark.parametrize("text", ["A mum rang to say another club's coach keeps messaging one of our 12 year olds",
                                  "two of our 15 year olds were seen getting into a car after training"])
def test_one_of_our_12_year_olds_is_a_club_or_a_school_not_a_family(nlp, text):
    # blind49: "one of our 13 year olds" from a coach was read as a parent's own child
    assert {v for e, v in entities(nlp, text) if e == "audience"} == {"professional"}


def test_our_own_12_year_old_is_still_a_parents(nlp):
    assert {v for e, v in entities(nlp, "our 12 year old keeps getting messages from a stranger")
            if e == "audience"} == {"parent"}


@pytest.mark.parametrize("text, audience", [
    ("My nieces (4 and 6) are left on their own a lot", "parent"),
    ("we've just taken in a little boy who won't eat", "parent"),
    ("Lads at our club keep sharing videos of fights", "professional"),
    ("Examining a 3 month old with a bruise on her cheek", "professional"),
])
def test_carers_and_professionals_from_blind52(nlp, text, audience):
    assert {v for e, v in entities(nlp, text) if e == "audience"} == {audience}


def test_taking_on_too_much_is_not_taking_in_a_child(nlp):
    assert ("audience", "parent") not in entities(nlp, "ive taken on too much at school this term")


@pytest.mark.parametrize("text", ["One of our gymnasts (13) has been making herself sick",
                                  "Loads of our year 8s are on a group chat sharing fight videos",
                                  "Photos of a year 10 boy are being passed round"])
def test_professionals_from_blind54(nlp, text):
    assert {v for e, v in entities(nlp, text) if e == "audience"} == {"professional"}


@pytest.mark.parametrize("text", ["we've noticed our son is really withdrawn", "lots of my friends have snap map on"])
def test_not_professionals_from_blind54(nlp, text):
    assert ("audience", "professional") not in entities(nlp, text)
