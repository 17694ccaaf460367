"""What the bot says about harm beyond the online world (issue 13) and bullying, and the
practice rules from RESOURCES.md in every reply: never copy or forward an image of a child,
a child is never in trouble for being abused or exploited, never a promise of secrecy,
and the bot never says it will contact anyone."""
from __future__ import annotations

import re

import pytest
import textstat

from safeguarding.wording import default_responses

NEW_WORRIES = ("abuse_at_home", "domestic_abuse", "neglect", "exploitation", "running_away",
               "low_mood", "eating_problems", "relationship_abuse", "friend_harmed")
WORDED = NEW_WORRIES + ("bullying",)
PHONE_LIKE = re.compile(r"(?<![\w/])(?:\d[\d ]{1,14}\d|\d{3})(?![\w/])")
URL_LIKE = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:org|com|uk|co\.uk)\b", re.I)
EXPECTED = [
    {"audience": "parent"}, {"audience": "professional"},
    {"audience": "young_person", "age_band": "under_11"},
    {"audience": "young_person", "age_band": "age_11_13"},
    {"audience": "young_person", "age_band": "age_14_17"},
    {"audience": "young_person", "age_band": "adult"},
    {},
]


def condition(variation):
    return {c["name"]: c["value"] for c in variation.get("condition") or []}


def variations(worry, kind):
    return default_responses()[f"{kind}_{worry}"]


def child(variation):
    """Wording for a young person under 18 (the default is for one whose age we don't know)."""
    c = condition(variation)
    return c.get("audience", "young_person") == "young_person" and c.get("age_band") != "adult"


def every_text():
    for name, vs in default_responses().items():
        for v in vs:
            yield name, v["text"]


@pytest.mark.parametrize("worry", WORDED)
@pytest.mark.parametrize("kind", ["ack", "steps"])
def test_each_audience_and_age_band_has_its_own_wording(worry, kind):
    vs = variations(worry, kind)
    assert sorted(map(str, map(condition, vs))) == sorted(map(str, EXPECTED))
    texts = [v["text"] for v in vs if v.get("condition")]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("worry", WORDED)
def test_no_numbers_but_999_and_no_web_addresses(worry):
    for kind in ("ack", "steps"):
        for v in variations(worry, kind):
            assert set(PHONE_LIKE.findall(v["text"])) <= {"999"}, f"{kind}_{worry} {condition(v)}"
            assert not URL_LIKE.search(v["text"]), f"{kind}_{worry} {condition(v)}"


@pytest.mark.parametrize("worry", WORDED)
def test_under_11s_get_short_simple_sentences_and_a_grown_up_they_trust(worry):
    text = " ".join(v["text"] for kind in ("ack", "steps") for v in variations(worry, kind)
                    if condition(v).get("age_band") == "under_11")
    score = textstat.flesch_reading_ease(re.sub(r"[•\n]+", " ", text))
    assert score >= 80, f"{worry}: Flesch reading ease {score:.0f} for under-11s (needs 80+)"
    assert "grown-up you trust" in text


@pytest.mark.parametrize("worry", WORDED)
def test_young_people_hear_it_is_not_their_fault_and_to_tell_an_adult_they_trust(worry):
    for v in variations(worry, "ack"):
        if child(v) or condition(v).get("age_band") == "adult":
            if worry in ("friend_harmed",) and condition(v).get("age_band") == "adult":
                continue  # an adult worried about a friend
            assert re.search(r"(not|never) your fault", v["text"]), f"ack_{worry} {condition(v)}"
    for v in variations(worry, "steps"):
        if child(v):
            assert re.search(r"(adult|grown-up) you trust", v["text"]), f"steps_{worry} {condition(v)}"


@pytest.mark.parametrize("worry", NEW_WORRIES)
def test_young_people_hear_the_bot_cannot_contact_anyone_but_who_can(worry):
    for v in variations(worry, "steps"):
        if condition(v).get("audience", "young_person") == "young_person":
            assert re.search(r"I can't (contact|call) anyone for you\. But these people can help\.|"
                             r"I can't contact anyone for you, but the people below can help\.", v["text"]), \
                condition(v)


@pytest.mark.parametrize("worry", ["abuse_at_home", "neglect", "domestic_abuse"])
def test_abuse_at_home_never_suggests_telling_the_abuser(worry):
    for v in variations(worry, "steps"):
        if child(v):
            text = v["text"].lower()
            at_home = re.search(r"\b(parent|carer|mum|dad|family)\b(?! friend)",
                                text.replace("friend's mum or dad", ""))
            assert not at_home, f"steps_{worry} {condition(v)} suggests telling someone at home"
    for v in variations("abuse_at_home", "steps"):
        if child(v):
            assert re.search(r"not hurting you|isn't the person hurting you", v["text"]), condition(v)


def test_exploited_children_are_told_they_are_not_in_trouble():
    for v in variations("exploitation", "ack"):
        if child(v):
            assert re.search(r"(you are|you're) not in trouble", v["text"], re.I), condition(v)


def test_eating_problems_get_no_self_harm_wording():
    self_harm = re.compile(r"hurt yourself|harm yourself|self-harm|self harm|anything you could use|"
                           r"suicid|want to be alive|act on (your|those) thoughts|keep yourself safe", re.I)
    for kind in ("ack", "steps"):
        for v in variations("eating_problems", kind):
            assert not self_harm.search(v["text"]), f"{kind}_eating_problems {condition(v)}"
        assert [v["text"] for v in variations("eating_problems", kind)] != \
            [v["text"] for v in variations("self_harm", kind)]


def test_bullying_wording_covers_school_and_in_person():
    texts = " ".join(v["text"] for kind in ("ack", "steps") for v in variations("bullying", kind))
    assert "school" in texts and "in person" in texts
    for v in variations("bullying", "steps"):
        if child(v):
            assert "school" in v["text"] or "teacher" in v["text"], condition(v)


# --- practice rules, in every reply the actions send ---------------------------------

def test_no_reply_says_childline_is_open_at_any_particular_time():
    for name, text in every_text():
        for sentence in re.split(r"[.\n•]", text):
            if "Childline" in sentence:
                assert not re.search(r"any ?time|day or night|\b24\b|24/7|\bhours\b|\bopen\b", sentence, re.I), \
                    f"{name}: {sentence}"


def test_no_reply_promises_secrecy_or_that_the_bot_will_contact_anyone():
    promise = re.compile(
        r"\b(I|we)('ll| will) (tell|contact|call|report|let .* know|pass)|no ?one (else )?will (know|find out)|"
        r"(I|we) (won't|will not) tell|(won't|will not) tell anyone|between (you and me|us)|"
        r"\b(I|we)('ll| will) keep (it|this|what you)|(stays?|kept) (a )?secret",
        re.I)
    for name, text in every_text():
        for sentence in re.split(r"[.\n•]", text):
            assert not promise.search(sentence), f"{name}: {sentence}"


def test_no_reply_tells_anyone_to_copy_save_or_forward_an_image():
    image_action = re.compile(r"\b(screenshot|save|forward|copy|share|send)\b[^.;:\n]*"
                              r"\b(image|picture|photo|nude|video)s?\b", re.I)
    for name, text in every_text():
        for sentence in re.split(r"[.;:\n•]", text):
            if image_action.search(sentence):
                assert re.search(r"\b(never|don't|do not|not|no|threaten|without)\b", sentence, re.I), \
                    f"{name}: {sentence}"
