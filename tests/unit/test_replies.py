"""One lookup for every reply (safeguarding/replies.py): the domain's responses, the
actions' wording, the questions' answers and the worries' reminders, found by name and
chosen by the same condition rule, which for the domain is Rasa's own."""
from __future__ import annotations

import ast
import itertools

import pytest

from safeguarding import faq, followups, replies, signposting_flow, wording
from safeguarding.vocabulary import AGE_BANDS, USER_AUDIENCES, WORRIES
from tests.conftest import ROOT

SLOTS = [{"audience": a, "age_band": b} for a, b in itertools.product(USER_AUDIENCES, AGE_BANDS + (None,))]


def test_a_domain_response_is_found_in_the_domain_and_marked_as_one(domain):
    for name, variations in domain["responses"].items():
        for slots in SLOTS:
            found = replies.reply(name, slots)
            assert found.domain and replies.is_domain_response(name)
            assert found.text == wording.choose(name, slots, {name: variations})["text"]


def test_rasa_would_choose_the_same_domain_variation(domain):
    # Rasa picks at random among the conditional variations that match, else among the
    # defaults: first-match is the same choice when at most one of each can apply
    for name, variations in domain["responses"].items():
        assert sum(1 for v in variations if not v.get("condition")) <= 1, name
        for slots in SLOTS:
            matching = [v for v in variations if v.get("condition")
                        and all(slots.get(c["name"]) == c["value"] for c in v["condition"])]
            assert len(matching) <= 1, (name, slots)


def test_wording_answers_and_reminders_are_found_by_name():
    slots = {"audience": "parent", "age_band": None}
    assert replies.text_for("offer_more", slots) == wording.choose("offer_more", slots)["text"]
    assert not replies.reply("ask_age", {"audience": "young_person", "age_band": None}).domain
    assert replies.reply("ask_age", {"audience": "young_person", "age_band": None}).buttons
    key = next(iter(faq.default_answers()))
    assert replies.text_for(f"utter_faq/{key}", slots) == \
        wording.choose(key, slots, faq.default_answers())["text"]
    assert not replies.is_domain_response(f"utter_faq/{key}")
    assert replies.text_for("reminder_bullying", slots) == followups.reminder("bullying", slots)


def test_an_unknown_name_is_refused():
    for name in ("no_such_reply", "utter_no_such_reply", "utter_faq/no_such_question"):
        with pytest.raises(replies.UnknownReply):
            replies.reply(name, {"audience": "young_person"})


def test_every_name_the_flow_sends_is_found():
    for worry, slots in itertools.product(WORRIES + (None,), SLOTS):
        audience, band = slots["audience"], slots["age_band"]
        sent = [signposting_flow.signpost(worry, audience, band),
                signposting_flow.signpost(worry, audience, band, age_asked=True, advised=worry),
                signposting_flow.emergency(audience, band, worry),
                signposting_flow.after_check_in(worry, audience, band),
                signposting_flow.talk_to_someone(audience, band)]
        for reply in sent:
            for name in reply.responses + reply.after:
                assert replies.text_for(name, slots), (name, slots)


def test_the_review_seed_fixture_needs_nothing_from_actions():
    tree = ast.parse((ROOT / "tests" / "review" / "seed.py").read_text(encoding="utf-8"))
    modules = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    modules += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in modules if m == "actions" or m.startswith("actions.")]
