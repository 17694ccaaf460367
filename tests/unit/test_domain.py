"""What the bot says (domain.yml and data/responses/): facts checked against the
catalogue, age-appropriate wording, and the emergency response's shape."""
from __future__ import annotations

import re

import pytest
import textstat

from safeguarding.catalogue import WORRIES, load_catalogue
from safeguarding.wording import default_responses

PHONE_LIKE = re.compile(r"(?<![\w/])(?:\d[\d ]{1,14}\d|\d{3})(?![\w/])")
URL_LIKE = re.compile(r"(?:https?://|www\.)[^\s,)]+")


def all_texts(domain):
    for source in (domain["responses"], default_responses()):
        for name, variations in source.items():
            for variation in variations:
                yield name, variation, variation.get("text", "")


def condition(variation):
    return {c["name"]: c["value"] for c in variation.get("condition", [])}


def catalogue_numbers():
    numbers = set()
    for r in load_catalogue():
        numbers.update(n for n in (r.phone, r.out_of_hours_phone, r.text) if n)
    return numbers


def test_every_number_in_a_response_is_in_the_catalogue(domain):
    known = catalogue_numbers()
    for name, _, text in all_texts(domain):
        for number in PHONE_LIKE.findall(text):
            assert number.strip() in known, f"{name}: number {number!r} is not in the catalogue"


def test_no_web_addresses_in_responses(domain):
    # addresses go out on resource cards from the catalogue, never typed into responses
    for name, _, text in all_texts(domain):
        assert not URL_LIKE.findall(text), f"{name} contains a web address"


def test_the_emergency_response_puts_999_first_for_everyone(domain):
    variations = domain["responses"]["utter_emergency"]
    assert len(variations) >= 4
    for variation in variations:
        first_line = variation["text"].split("\n")[0]
        assert "999" in first_line, f"999 is not first in {condition(variation)}"
    default = next(v for v in variations if not v.get("condition"))["text"]
    for fact in ("0800 1111", "116 123", "85258"):
        assert fact in default
    parent = next(v for v in variations if condition(v) == {"audience": "parent"})["text"]
    professional = next(v for v in variations if condition(v) == {"audience": "professional", "role": None})["text"]
    assert "0808 800 5000" in parent
    assert "03000 411111" in professional


@pytest.mark.parametrize("worry", WORRIES)
def test_each_worry_has_a_variation_for_every_audience_and_age_band(domain, worry):
    expected = [
        {"audience": "parent"}, {"audience": "professional"},
        {"audience": "young_person", "age_band": "under_11"},
        {"audience": "young_person", "age_band": "age_11_13"},
        {"audience": "young_person", "age_band": "age_14_17"},
        {"audience": "young_person", "age_band": "adult"},
        {},
    ]
    for kind in ("ack", "steps"):
        variations = default_responses()[f"{kind}_{worry}"]
        assert sorted(map(str, (condition(v) for v in variations))) == sorted(map(str, expected))
        # each audience and age band has its own wording (the default may reuse one)
        texts = [v["text"] for v in variations if v.get("condition")]
        assert len(set(texts)) == len(texts), f"{kind}_{worry} repeats a variation"


def under_11(worry):
    return " ".join(
        v["text"] for kind in ("ack", "steps") for v in default_responses()[f"{kind}_{worry}"]
        if condition(v).get("age_band") == "under_11"
    )


@pytest.mark.parametrize("worry", WORRIES)
def test_under_11_wording_is_plain_and_says_tell_a_grown_up(worry):
    text = under_11(worry)
    plain = re.sub(r"[•\n]+", " ", text)
    score = textstat.flesch_reading_ease(plain)
    assert score >= 80, f"{worry}: Flesch reading ease {score:.0f} for under-11s (needs 80+)"
    assert "grown-up you trust" in text


@pytest.mark.parametrize("worry", ["sextortion", "image_abuse", "bullying", "grooming"])
def test_young_people_are_told_it_is_not_their_fault(worry):
    for variation in default_responses()[f"ack_{worry}"]:
        if (condition(variation).get("audience", "young_person") == "young_person"
                and condition(variation).get("age_band") != "under_11"):
            assert re.search(r"not your fault|not to blame|haven't done anything wrong|you are not in trouble"
                             r"|you're not in trouble", variation["text"], re.I), f"{worry} {condition(variation)}"


def test_sextortion_steps_cover_the_essentials():
    for variation in default_responses()["steps_sextortion"]:
        text = variation["text"].lower()
        if condition(variation).get("audience") == "professional":
            continue
        assert re.search(r"don.t pay|do not pay|not to pay", text), condition(variation)
        assert "evidence" in text or "screenshot" in text, condition(variation)
        assert "report" in text, condition(variation)


def test_greeting_says_it_is_a_program_asks_for_no_personal_details_and_gives_999(domain):
    text = domain["responses"]["utter_greet"][0]["text"]
    assert "computer program" in text and "not a person" in text
    assert "name, school or address" in text
    assert "999" in text
    titles = [b["title"] for b in domain["responses"]["utter_greet_options"][0]["buttons"]]
    assert {"I'm a young person", "I'm a parent or carer", "I work with children"} <= set(titles)


def test_age_buttons():
    buttons = default_responses()["ask_age"][0]["buttons"]
    assert [b["title"] for b in buttons] == ["Under 11", "11 to 13", "14 to 17", "18 or over", "I'd rather not say"]


def test_sessions_expire_after_an_hour_and_start_clean(domain):
    assert domain["session_config"]["session_expiration_time"] == 60
    assert domain["session_config"]["carry_over_slots_to_new_session"] is False


def test_the_bot_never_asks_for_personal_details(domain):
    asking = re.compile(r"(what('s| is) your (name|school|address|postcode|phone|number))"
                        r"|((?<!don't )(?<!do not )tell me your (name|school|address))", re.I)
    for name, _, text in all_texts(domain):
        assert not asking.search(text), f"{name} asks for personal details"


def test_every_intent_has_a_rule(domain):
    """config.yml has only the RulePolicy: the next action always comes from a rule. An intent
    with no rule would reach the core fallback instead of its answer."""
    import yaml
    from pathlib import Path

    ruled = set()
    for path in sorted(Path(__file__).resolve().parents[2].joinpath("data", "rules").glob("*.yml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules", []):
            for step in rule.get("steps", []):
                if "intent" in step:
                    ruled.add(step["intent"])
                for alternative in step.get("or", []):
                    if "intent" in alternative:
                        ruled.add(alternative["intent"])
    missing = [i if isinstance(i, str) else next(iter(i)) for i in domain["intents"]]
    missing = [i for i in missing if i not in ruled]
    assert not missing, f"intents with no rule in data/rules/: {missing}"


def test_no_domain_response_has_two_variations_that_can_both_match():
    """Rasa chooses at random among every conditional variation that matches (a DSL was
    sometimes told to "tell your designated safeguarding lead"): no variation's conditions
    may be a strict subset of another's."""
    import yaml

    from tests.conftest import ROOT
    responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    for name, variations in responses.items():
        conditions = [frozenset((c["name"], str(c["value"])) for c in v.get("condition") or []) for v in variations]
        for a in conditions:
            for b in conditions:
                assert not (a and a < b), f"{name}: {set(a)} also matches when {set(b)} does"
