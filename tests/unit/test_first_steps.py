"""What to do in the next minute of an emergency (issue 14, blind44): the step for the
emergency the message describes, in the words for the person, after 999."""
from __future__ import annotations

import re

import pytest

from actions.actions import ActionCheckIn, ActionEmergencySignposting
from safeguarding import first_steps
from tests.unit.test_actions import run

KINDS = {kind.kind: kind for kind in first_steps.default_first_steps()}

MUST = {
    "coming_round": ["She's breathing and coming round now", "hes awake and coming round"],
    "bleeding": ["its bleeding a lot and wont stop", "cut too deep cant stop the bleeding",
                 "blood is pouring out my arm and i feel faint", "the blood is soaking through the towel",
                 "My foster child has cut herself badly and the bleeding wont stop"],
    "burn": ["i burnt myself with a lighter on purpose and now its all blistered",
             "My son has burned his arm on purpose, it's weeping", "i burned my wrist again last night"],
    "taken_something": ["i took a load of paracetamol like an hour ago",
                        "She's now told me she took a packet of pills before school", "i just drank bleach",
                        "i od'd about 20 mins ago", "swallowed a whole packet of my nans sleeping tablets",
                        "a pupil has said she's taken an overdose"],
    "not_responding": ["hes passed out on the kitchen floor and wont wake up",
                       "She's collapsed at the dinner table and isn't responding properly",
                       "my little brother isnt breathing properly after taking something",
                       "I think my son took something at a festival, he's fitting",
                       "he's breathing but not coming round"],
    "means_at_hand": ["He's just told me he's got a rope in his room", "im standing on the bridge",
                      "got the pills lined up on my desk", "i'm going to take all my pills tonight",
                      "ive tied the belt round my neck"],
    "someone_outside": ["His dad is now outside the club shouting for him",
                        "Mum's arrived and is shouting at staff to hand her over",
                        "they're waiting for me outside the chicken shop rn and one of them has a knife",
                        "a bloke has been following me for ages"],
    "meeting_someone": ["hes picking me up in 10 mins, i met him on snap",
                        "im meeting a guy from tiktok in half an hour",
                        "this guy i met online says hes coming to get me tonight",
                        "My 13 year old has just told me she's on her way to meet a man she's been talking to online"],
    "sent_to_carry": ["they want me to get the train to ashford tonight and drop off a package",
                      "a lad said i can make 300 if i hold a bag for him tonight"],
    "someone_coming": ["hes shouting downstairs and says hes coming up to sort me out",
                       "my dad is hitting my mum right now", "he's kicking the door in",
                       "my ex is on his way round and he said hes going to hurt me"],
    "missing": ["My 15 year old daughter hasn't come home and isn't answering her phone. It's 11pm.",
                "I found a goodbye note and I can't find him", "my sister has gone missing"],
    "nowhere_safe": ["im outside now, its freezing and shes not letting me in",
                     "my dad locked me out in the cold and i have nowhere to go"],
}

# danger with no first step of its own (the emergency reply says it all), and words that
# look like one kind but are not it
NONE = ["i want to kill myself", "my dad hits me with his belt when i get bad grades",
        "having a panic attack rn cant breathe properly", "i ate a whole packet of biscuits",
        "locked in the house with no food and mum isnt coming back",
        "if i jumped in front of a bus would it be quick. theres one coming in 5 mins",
        "he's been in the bath for an hour, the door's locked and he's not answering",
        "i'm thinking about taking an overdose", "i feel like im burning up and cant breathe"]


def test_someone_arriving_is_not_coming_round():
    assert first_steps.kind_of("my ex is coming round now and he said hell hurt me").kind == "someone_coming"


@pytest.mark.parametrize("kind, text", [(kind, text) for kind, texts in MUST.items() for text in texts])
def test_each_emergency_gets_its_own_first_step(kind, text):
    found = first_steps.kind_of(text)
    assert found is not None and found.kind == kind, (text, found and found.kind)


@pytest.mark.parametrize("text", NONE)
def test_danger_without_a_first_step_of_its_own_gets_none(text):
    assert first_steps.kind_of(text) is None


def test_every_kind_is_tested_and_every_text_keeps_999_the_only_number():
    assert set(MUST) == set(KINDS)
    for kind in KINDS.values():
        for text in kind.texts.values():
            assert "999" in text, (kind.kind, text)
            assert not [n for n in re.findall(r"\d[\d ]{2,}\d", text) if n.replace(" ", "") != "999"], text


@pytest.mark.parametrize("audience, band, expected, unwanted", [
    ("young_person", "age_14_17", "press hard on the cut", "Stay with them"),
    ("young_person", "under_11", "get a grown-up to call", "ambulance"),
    ("parent", None, "Stay with them", "get them to help you"),
])
def test_the_wording_is_for_the_person(audience, band, expected, unwanted):
    text = first_steps.first_step("its bleeding a lot and wont stop", audience, band)
    assert expected in text and unwanted not in text


def test_an_overdose_says_ambulance_even_if_you_feel_fine():
    text = first_steps.first_step("i took a load of paracetamol like an hour ago", "young_person", "age_14_17")
    assert "ambulance" in text and "even if you feel fine" in text


def test_a_professional_is_told_to_keep_the_child_inside_and_tell_the_dsl():
    text = first_steps.first_step("His dad is now outside the club shouting for him", "professional")
    assert "keep the child inside" in text and "designated safeguarding lead" in text


def test_a_malformed_file_is_refused(tmp_path):
    bad = tmp_path / "first_steps.yml"
    bad.write_text("kinds:\n  x:\n    patterns: ['a']\n    text:\n      teacher: 'call 999'\n", encoding="utf-8")
    with pytest.raises(first_steps.FirstStepsError):
        first_steps.load(bad)


def test_the_emergency_reply_gives_the_first_step_before_the_services(dispatcher, tracker_factory, domain):
    run(ActionEmergencySignposting(), dispatcher,
        tracker_factory("immediate_risk", "its bleeding a lot and wont stop", age_band="age_14_17"), domain)
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert texts[0].startswith("What to do now: press hard on the cut")
    assert any(m.get("custom") for m in dispatcher.messages[1:])


def test_no_first_step_when_the_message_names_no_such_emergency(dispatcher, tracker_factory, domain):
    run(ActionEmergencySignposting(), dispatcher, tracker_factory("immediate_risk", "i want to kill myself"), domain)
    assert not any((m.get("text") or "").startswith("What to do now") for m in dispatcher.messages)


def test_the_check_in_gives_the_first_step_too(dispatcher, tracker_factory, domain):
    tracker = tracker_factory("check_in", "my mate passed out at the party", age_band="age_14_17")
    run(ActionCheckIn(), dispatcher, tracker, domain)
    assert (dispatcher.messages[0].get("text") or "").startswith("What to do now: call 999 and ask for an ambulance")
