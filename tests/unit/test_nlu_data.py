"""The NLU data itself: enough varied examples per worry, and a held-out set that is
really held out."""
from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from safeguarding.catalogue import WORRIES
from tests.conftest import ROOT

WORRY_INTENTS = WORRIES + ("immediate_risk", "out_of_scope")


def examples(path):
    found = []
    for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
        if "intent" in block:
            for line in block["examples"].splitlines():
                line = line.strip()
                if line.startswith("- "):
                    found.append((block["intent"], line[2:].strip()))
    return found


def norm(text):
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split())


@pytest.fixture(scope="module")
def training():
    paths = sorted((ROOT / "data" / "nlu").glob("*.yml")) + [ROOT / "data" / "faq" / "questions.yml"]
    return [e for p in paths for e in examples(p)]


@pytest.fixture(scope="module")
def heldout():
    return examples(ROOT / "tests" / "nlu" / "heldout.yml")


@pytest.mark.parametrize("intent", WORRY_INTENTS)
def test_at_least_80_training_examples_per_worry(training, intent):
    assert Counter(i for i, _ in training)[intent] >= 80


@pytest.mark.parametrize("name", ["heldout.yml", "heldout_blind.yml", "heldout_blind2.yml", "faq_heldout.yml",
                                  "risk_blind3.yml", "harmless_blind3.yml", "heldout_offline_blind.yml",
                                  "risk_blind4.yml", "harmless_blind4.yml",
                                  "risk_blind5.yml", "harmless_blind5.yml", "risk_blind6.yml", "harmless_blind6.yml",
                                  "risk_blind7.yml", "harmless_blind7.yml", "risk_blind8.yml", "harmless_blind8.yml",
                                  "risk_blind9.yml", "harmless_blind9.yml", "risk_blind10.yml", "harmless_blind10.yml",
                                  "risk_blind11.yml", "harmless_blind11.yml",
                                  "risk_blind12.yml", "harmless_blind12.yml",
                                  "risk_blind13.yml", "harmless_blind13.yml",
                                  "risk_blind14.yml", "harmless_blind14.yml",
                                  "risk_blind15.yml", "harmless_blind15.yml",
                                  "risk_blind16.yml", "harmless_blind16.yml",
                                  "risk_blind17.yml", "harmless_blind17.yml",
                                  "risk_blind18.yml", "harmless_blind18.yml",
                                  "risk_blind19.yml", "harmless_blind19.yml",
                                  "risk_blind20.yml", "harmless_blind20.yml",
                                  "risk_blind21.yml", "harmless_blind21.yml",
                                  "risk_blind22.yml", "harmless_blind22.yml",
                                  "risk_blind23.yml", "harmless_blind23.yml",
                                  "risk_blind24.yml", "harmless_blind24.yml",
                                  "risk_blind25.yml", "harmless_blind25.yml",
                                  "risk_blind26.yml", "harmless_blind26.yml",
                                  "risk_blind27.yml", "harmless_blind27.yml",
                                  "risk_blind28.yml", "harmless_blind28.yml",
                                  "risk_blind29.yml", "harmless_blind29.yml",
                                  "risk_blind30.yml", "harmless_blind30.yml",
                                  "risk_blind31.yml", "harmless_blind31.yml",
                                  "risk_blind32.yml", "harmless_blind32.yml",
                                  "risk_blind33.yml", "harmless_blind33.yml"])
def test_no_held_out_message_is_in_the_training_data(training, name):
    trained = {norm(t) for _, t in training}
    leaked = [t for _, t in examples(ROOT / "tests" / "nlu" / name) if norm(t) in trained]
    assert not leaked, f"{name}: messages found in training data: {leaked[:5]}"


def test_no_training_example_has_two_intents(training):
    seen = {}
    clashes = []
    for intent, text in training:
        key = norm(text)
        if key in seen and seen[key] != intent:
            clashes.append((text, seen[key], intent))
        seen[key] = intent
    assert not clashes, clashes[:5]


def test_held_out_set_size(heldout):
    counts = Counter(i for i, _ in heldout)
    assert counts["immediate_risk"] >= 80
    assert counts["out_of_scope"] >= 60
    # every worry is measured on at least 15 unseen messages over the held-out sets (the
    # worries beyond the online world, issue 13, are in heldout_offline_blind.yml only)
    every = Counter(i for name in ("heldout.yml", "heldout_blind.yml", "heldout_blind2.yml",
                                   "heldout_offline_blind.yml")
                    for i, _ in examples(ROOT / "tests" / "nlu" / name))
    assert all(every[w] >= 15 for w in WORRIES), every


def test_many_worry_examples_avoid_the_obvious_keyword(training):
    keyword = {"bullying": "bull", "sextortion": "sextort", "scam": "scam", "grooming": "groom",
               "self_harm": "self harm", "privacy": "privacy", "hate_extremism": "hate"}
    for intent, word in keyword.items():
        texts = [t.lower() for i, t in training if i == intent]
        without = sum(word not in t for t in texts)
        assert without / len(texts) >= 0.33, f"{intent}: only {without}/{len(texts)} avoid {word!r}"
