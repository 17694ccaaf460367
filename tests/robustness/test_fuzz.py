"""Fuzz tests (Hypothesis), no servers: the immediate-risk safety net, the signposting
rules, the custom actions and the REST channel's input checks with random text, random
slot values and random request bodies."""
from __future__ import annotations

import asyncio
import json
import re
import unicodedata
from typing import Callable, List

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from safeguarding import signposting_flow
from actions.actions import ActionEmergencySignposting, ActionFaq, ActionSignpost, ActionTalkToSomeone
from channels.rest import MAX_MESSAGE_CHARS, MAX_SENDER_CHARS, BadRequest, clean_message, parse_body
from nlu_components.safety_net import apply_safety_net
from safeguarding.ages import ADULT, BANDS, UNKNOWN, band_range
from safeguarding.catalogue import WORRIES
from safeguarding.safety_net import PHRASES_PATH, default_safety_net, normalise
from safeguarding.signposting import (
    EMERGENCY, PARENT, PROFESSIONAL, TALK_TO_SOMEONE, USER_AUDIENCES, YOUNG_PERSON, choose_resources,
    default_rules,
)
from tests.conftest import make_tracker

# database=None: no example database (a failure prints its example and seed).
FUZZ = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

RISK = yaml.safe_load(PHRASES_PATH.read_text(encoding="utf-8"))["risk"]
NET = default_safety_net()

# Anything a user could type: any Unicode text (Hypothesis leaves out lone surrogates,
# which the REST channel removes), with the phrase file's own words mixed in so that
# surrounding text can form harmless phrases or the words after a risk phrase.
WORDS = sorted(set(re.findall(r"[a-z]{2,}", PHRASES_PATH.read_text(encoding="utf-8").split("risk:", 1)[1])))
RANDOM_TEXT = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(WORDS)), max_size=8).map(" ".join)
# Between a phrase and the text around it: a space or punctuation. Not an apostrophe:
# the safety net deletes apostrophes to join "don't" into "dont", so "x'kill myself"
# becomes one word "xkill".
SEPARATORS = st.sampled_from([" ", "  ", "\n", ". ", ", ", "! ", "? ", "...", " - ", "-", ":", ";", "(", ")",
                              '"', "/", " :( ", " xx ", "\u2026"])
NORMALISED_ALPHABET = st.characters(whitelist_categories=(),
                                    whitelist_characters="abcdefghijklmnopqrstuvwxyz0123456789 ")

# Risk entries whose pattern deliberately looks at the words that follow, so random text
# after the phrase can switch them off (tested separately below):
#   cant_go_on: "cant go on" only at the end or before "like this", "any more", "and"...
#   suicidal:   not before "thoughts", "feelings", "ideation"... (asking about them)
#   method_best_way: not before "the boss", "enemies", "the game"... (tests/unit/test_safety_net.py)
#   end_it_plan: not before "with him", "off", "early"... (tests/unit/test_safety_net.py)
#   method_question: not before "a picture", "the washing"...
#   in_danger: not before "of" ("in danger of failing"); held_now: "let me go" not before "to", "out"...
#   not_breathing: not before "down" ("breathing down my neck")
#   threatened_now: "got a knife" not before "set", "block", "for christmas"...
# (test_every_pattern_that_looks_ahead_is_known checks that this names every one)
LOOKS_AHEAD = {"cant_go_on", "suicidal", "method_best_way", "end_it_plan", "method_question", "in_danger",
               "held_now", "want_to_die", "method_plan", "violence_at_home_now", "drowning", "method_to_die",
               "not_breathing", "threatened_now", "been_stabbed", "swallowed_poison", "forced_into_a_car",
               "locked_in_now", "has_a_gun", "being_chased_now", "threat_to_cut_me", "tablets_kick_in",
               "hitting_mummy_now", "hands_round_neck", "how_to_overdose", "told_i_cant_leave",
               "shouting_hell_kill_them", "vehicle_on_purpose", "blood_pumping", "knife_pulled_on",
               "weapon_grabbed_now", "how_do_you_kill_yourself", "wrist_spurting", "hearing_them_hit_mum",
               "weapon_threatening_now"}


def test_every_pattern_that_looks_ahead_is_known():
    assert {e["id"] for e in RISK if "(?!" in e["pattern"] or "(?=" in e["pattern"]} <= LOOKS_AHEAD


# A gap such as "\b.{0,30}\b" is generated as up to three short words: Hypothesis can
# hardly generate word boundaries around free text.
_GAP = re.compile(r"\\b\.\{0,(\d+)\}\\b")
CASES: List[Callable[[str], str]] = [str, str.upper, str.title, str.capitalize]


def phrase_for(pattern: str):
    """Text the pattern matches, written as a user might (any case)."""
    generator = _GAP.sub(lambda m: "( [a-z]{1,5}){0,%d} " % min(3, int(m.group(1)) // 7), pattern)
    return st.tuples(
        st.from_regex(re.compile(generator), fullmatch=True, alphabet=NORMALISED_ALPHABET),
        st.sampled_from(CASES),
    ).map(lambda pair: pair[1](pair[0]))


# --- the safety net ---------------------------------------------------------------


@FUZZ
@given(text=st.one_of(st.text(), RANDOM_TEXT, st.binary().map(lambda b: b.decode("utf-8", "replace"))))
def test_the_safety_net_never_fails_on_any_text(text):
    normalise(text)
    NET.match(text)
    parsed = apply_safety_net(NET, {"text": text, "intent": None, "intent_ranking": None})
    assert parsed["safety_net"] is None or parsed["intent"]["name"] == "immediate_risk"


@pytest.mark.parametrize("entry", RISK, ids=[e["id"] for e in RISK])
@settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_risk_phrase_still_fires_inside_random_text(entry, data):
    phrase = data.draw(phrase_for(entry["pattern"]), label="phrase")
    assert re.fullmatch(entry["pattern"], phrase.lower()), "the generated phrase must be one the pattern matches"
    before = data.draw(RANDOM_TEXT, label="before")
    after = "" if entry["id"] in LOOKS_AHEAD else data.draw(RANDOM_TEXT, label="after")
    message = before + data.draw(SEPARATORS) + phrase + (data.draw(SEPARATORS) + after if after else "")
    if NET.match(message) is None:
        # the one designed exception: the random words before it made the phrase part of a
        # harmless one ("caffeine" + "overdose"), which the net ignores by rule
        harmless = NET.harmless_phrase(message)
        assert harmless is not None and normalise(phrase) in harmless, f"{entry['id']}: {message!r}"


@pytest.mark.parametrize("message", [
    "i cant go on like this, everyone hates me",
    "I can't go on anymore!! please",
    "ok im suicidal. what do i do",
    "im suicidal and scared",
])
def test_look_ahead_risk_phrases_fire_before_the_words_they_allow(message):
    assert NET.match(message) is not None


# Found by this fuzz test (fixed: the safety net also matches clause by clause): the
# look-ahead in these patterns saw the next word across punctuation.
@pytest.mark.parametrize("message", [
    "i cant go on, everyone hates me",
    "I'm suicidal. Thoughts keep coming back",
])
def test_look_ahead_risk_phrases_fire_when_another_sentence_follows(message):
    assert NET.match(message) is not None


# --- signposting with any slot values ---------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=5,
)
# What Rasa can hold in a slot: the valid values, None, and anything an entity or a
# "/intent{...}" payload sets (a categorical slot stores values outside its list).
WORRY_VALUES = st.one_of(st.sampled_from(WORRIES + (EMERGENCY, TALK_TO_SOMEONE)), st.none(), st.text(max_size=20))
AUDIENCE_VALUES = st.one_of(st.sampled_from(USER_AUDIENCES), st.none(), st.text(max_size=20))
BAND_VALUES = st.one_of(st.sampled_from(BANDS), st.none(), st.text(max_size=20))
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
ANY_SLOT = st.one_of(st.sampled_from(USER_AUDIENCES + BANDS + WORRIES), SCALARS)
# A "/intent{...}" payload can also put a list or an object in a slot:
# '/tell_age{"age": {"x": 1}}' sets age_band to {"x": 1}.
NESTED = st.one_of(st.lists(SCALARS, min_size=1, max_size=2),
                   st.dictionaries(st.text(max_size=3), SCALARS, min_size=1, max_size=2))


@FUZZ
@given(worry=WORRY_VALUES, audience=AUDIENCE_VALUES, age_band=BAND_VALUES)
def test_choose_resources_keeps_its_safety_rules_for_any_slot_values(worry, audience, age_band):
    offers = choose_resources(worry, audience, age_band)
    assert len(offers) <= default_rules().max_cards
    if worry not in default_rules().table:
        assert offers == []
        return
    if audience in (PARENT, PROFESSIONAL):
        who = audience
    elif age_band == ADULT:
        who = "adult"
    else:
        who = YOUNG_PERSON
    for offer in offers:
        if offer.for_child:
            assert who == PARENT
            continue
        assert who in offer.resource.audiences
        if who == YOUNG_PERSON:
            # a young person whose age is unknown or junk only gets services that suit any child
            assert offer.resource.suits_ages(*band_range(age_band if age_band in BANDS else UNKNOWN))


@FUZZ
@given(worry=WORRY_VALUES, audience=AUDIENCE_VALUES, junk=st.text(max_size=20))
def test_an_unknown_age_band_or_audience_gets_the_safe_general_set(worry, audience, junk):
    assume(junk not in BANDS and junk not in USER_AUDIENCES and junk)
    assert choose_resources(worry, audience, junk) == choose_resources(worry, audience, UNKNOWN)
    assert choose_resources(worry, junk, UNKNOWN) == choose_resources(worry, YOUNG_PERSON, UNKNOWN)


@FUZZ
@given(worry=WORRY_VALUES, audience=AUDIENCE_VALUES, age_band=BAND_VALUES)
def test_signposting_flow_answers_every_worry_and_asks_for_anything_else(worry, audience, age_band):
    reply = signposting_flow.signpost(worry, audience, age_band)
    if worry not in WORRIES:
        assert reply.responses == ["utter_ask_worry"] and not reply.offers
    elif signposting_flow.needs_age(audience, age_band):
        assert reply.responses == [f"ack_{worry}", f"steps_{worry}", "ask_age"] and reply.worry == worry
    else:
        assert reply.responses[:2] == [f"ack_{worry}", f"steps_{worry}"] and reply.worry == worry
    for flow in (signposting_flow.emergency, signposting_flow.talk_to_someone):
        assert flow(audience, age_band).responses


INTENTS = st.one_of(st.sampled_from(WORRIES + ("tell_age", "decline_age", "faq")), st.none(), st.text(max_size=10))
ACTIONS = (ActionSignpost(), ActionEmergencySignposting(), ActionTalkToSomeone(), ActionFaq())


def run_actions(intent, text, domain, **slots):
    """What the action server does with whatever the tracker holds: every action must
    say something (an action that raises sends the user nothing from it)."""
    from rasa_sdk.executor import CollectingDispatcher

    tracker = make_tracker(intent, text, **slots)
    for action in ACTIONS:
        dispatcher = CollectingDispatcher()
        asyncio.run(action.run(dispatcher, tracker, domain))
        assert dispatcher.messages, action.name()


ACTION_FUZZ = settings(max_examples=100, deadline=None, database=None,
                       suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@ACTION_FUZZ
@given(intent=INTENTS, worry=ANY_SLOT, audience=ANY_SLOT, age_band=ANY_SLOT, text=st.text(max_size=40))
def test_custom_actions_answer_for_any_slot_values(intent, worry, audience, age_band, text, domain):
    run_actions(intent, text, domain, worry=worry, audience=audience, age_band=age_band)


# Found by this fuzz test (fixed in safeguarding.ages.band_range): a list or object in
# age_band used to raise TypeError, and the action said nothing.
@ACTION_FUZZ
@given(intent=INTENTS, age_band=NESTED)
def test_custom_actions_answer_when_a_payload_put_a_list_or_object_in_a_slot(intent, age_band, domain):
    run_actions(intent, "", domain, worry="bullying", audience="young_person", age_band=age_band)


# --- the REST channel's input checks ------------------------------------------------------


@FUZZ
@given(body=st.one_of(
    st.binary(max_size=300),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({}, optional={"sender": JSON_VALUES, "message": JSON_VALUES,
                                        "metadata": JSON_VALUES}).map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"sender": st.text(max_size=140), "message": st.text(max_size=200)}).map(
        lambda v: json.dumps(v).encode()),
))
@example(body=b'{"sender": "w-1", "message": "\\ud800\\u0000 hi \\u200b"}')
@example(body=b"[" * 100_000)
def test_the_rest_channel_accepts_a_clean_message_or_refuses_with_4xx(body):
    try:
        sender, message = parse_body(body, MAX_MESSAGE_CHARS)
    except BadRequest as refused:
        assert refused.status in (400, 413) and refused.message
        return
    assert 1 <= len(sender) <= MAX_SENDER_CHARS and sender.isprintable()
    assert message and message == message.strip() and len(message) <= MAX_MESSAGE_CHARS
    assert not any(unicodedata.category(c) in ("Cc", "Cs") and c != "\n" for c in message)
    message.encode("utf-8")  # no lone surrogates left to crash spaCy
    assert clean_message(message) == message
