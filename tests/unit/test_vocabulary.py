"""The shared names (safeguarding/vocabulary.py) agree with every file that repeats them
without being able to import them: the domain (intents, slot values, buttons), the
catalogue and its rules, the wording's conditions, config.yml, the questions' rules, the
review app's taxonomy and README, and the widget."""
from __future__ import annotations

import inspect
import re

import yaml

from review import taxonomy
from safeguarding import PROJECT_ROOT, ages, catalogue, faq, risk, signposting, vocabulary, wording

ROOT = PROJECT_ROOT


def load(path):
    return yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))


def conditions(variations):
    for variation in variations:
        for condition in variation.get("condition") or []:
            yield condition["name"], condition["value"]


def test_every_intent_the_code_names_is_in_the_domain(domain):
    named = set(vocabulary.WORRIES) | {vocabulary.IMMEDIATE_RISK, vocabulary.CHECK_IN, vocabulary.SAFE_NOW,
                                       vocabulary.OUT_OF_SCOPE, vocabulary.FAQ}
    assert named <= set(domain["intents"]), sorted(named - set(domain["intents"]))


def test_the_domain_slots_hold_the_vocabulary_values(domain):
    audience, age_band = domain["slots"]["audience"], domain["slots"]["age_band"]
    assert tuple(audience["values"]) == vocabulary.USER_AUDIENCES
    assert audience["initial_value"] == vocabulary.DEFAULT_AUDIENCE
    assert tuple(age_band["values"]) == vocabulary.AGE_BANDS
    declined = next(m for m in age_band["mappings"] if m.get("intent") == "decline_age")
    assert declined["value"] == vocabulary.AGE_UNKNOWN
    # the audience slot's from_intent values
    assert {m["value"] for m in audience["mappings"] if m["type"] == "from_intent"} == set(vocabulary.USER_AUDIENCES)


def test_buttons_send_known_intents_and_age_bands(domain):
    sources = [domain["responses"], wording.default_responses()]
    ages_offered = set()
    for responses in sources:
        for name, variations in responses.items():
            for variation in variations:
                for button in variation.get("buttons") or []:
                    match = re.fullmatch(r"/(\w+)(\{.*\})?", button["payload"])
                    assert match, f"{name}: payload {button['payload']!r}"
                    assert match.group(1) in domain["intents"], f"{name}: unknown intent in {button['payload']!r}"
                    if match.group(2):
                        ages_offered.add(yaml.safe_load(match.group(2))["age"])
    # the ask_age buttons: every band but "rather not say", which is its own intent
    assert ages_offered == set(vocabulary.AGE_BANDS) - {vocabulary.AGE_UNKNOWN}


def test_wording_conditions_use_vocabulary_values(domain):
    from safeguarding.roles import DSL

    # role None: a variation for anyone who is not the DSL
    allowed = {"audience": set(vocabulary.USER_AUDIENCES), "age_band": set(vocabulary.AGE_BANDS), "role": {DSL, None}}
    for responses in (domain["responses"], wording.default_responses(), faq.default_answers()):
        for name, variations in responses.items():
            for slot, value in conditions(variations):
                assert value in allowed[slot], f"{name}: condition {slot}={value!r}"


def test_every_worry_has_its_wording():
    responses = wording.default_responses()
    for worry in vocabulary.WORRIES:
        assert f"ack_{worry}" in responses and f"steps_{worry}" in responses, worry


def test_the_catalogue_and_its_rules_use_the_vocabulary():
    assert catalogue.AUDIENCES == vocabulary.RULE_AUDIENCES
    assert catalogue.WORRY_TAGS == vocabulary.SIGNPOSTING_TOPICS
    for resource in catalogue.default_catalogue():
        assert set(resource.audiences) <= set(vocabulary.RULE_AUDIENCES), resource.id
        assert set(resource.worries) <= set(vocabulary.SIGNPOSTING_TOPICS), resource.id
    rules = load("data/catalogue/signposting.yml")["worries"]
    assert set(rules) == set(vocabulary.SIGNPOSTING_TOPICS)
    for topic, by_audience in rules.items():
        assert set(by_audience) == set(vocabulary.RULE_AUDIENCES), topic


def test_adult_the_age_band_and_adult_the_audience_are_the_same_stored_word():
    # two names for two meanings; one spelling in trackers and YAML, which must not change
    assert vocabulary.AGE_BAND_ADULT == vocabulary.AUDIENCE_ADULT_SELF == "adult"
    assert ages.ADULT == vocabulary.AGE_BAND_ADULT
    assert vocabulary.AUDIENCE_ADULT_SELF not in vocabulary.USER_AUDIENCES
    assert signposting.rule_audience(vocabulary.YOUNG_PERSON, vocabulary.AGE_BAND_ADULT) == \
        vocabulary.AUDIENCE_ADULT_SELF


def test_config_thresholds_agree():
    config = load("config.yml")
    fallback = next(c for c in config["pipeline"] if c["name"] == "FallbackClassifier")
    assert fallback["threshold"] == vocabulary.FALLBACK_THRESHOLD
    assert fallback["ambiguity_threshold"] == vocabulary.FALLBACK_AMBIGUITY
    net = next(c for c in config["pipeline"] if c["name"].endswith("ImmediateRiskSafetyNet"))
    # the risk head's rates come from the component's defaults, which are the vocabulary's
    assert net.get("emergency_rate", vocabulary.EMERGENCY_RATE) == vocabulary.EMERGENCY_RATE
    assert net.get("check_in_rate", vocabulary.CHECK_IN_RATE) == vocabulary.CHECK_IN_RATE
    defaults = inspect.signature(risk.train_head).parameters
    assert defaults["emergency_rate"].default == vocabulary.EMERGENCY_RATE == 0.002
    assert defaults["check_in_rate"].default == vocabulary.CHECK_IN_RATE


def test_the_component_defaults_are_the_vocabulary_rates():
    from nlu_components.safety_net import ImmediateRiskSafetyNet

    defaults = ImmediateRiskSafetyNet.get_default_config()
    assert defaults["emergency_rate"] == vocabulary.EMERGENCY_RATE
    assert defaults["check_in_rate"] == vocabulary.CHECK_IN_RATE


def test_the_questions_minimum_confidence_agrees():
    assert load("data/catalogue/faq.yml")["min_confidence"] == vocabulary.FAQ_MIN_CONFIDENCE
    assert faq.default_rules().min_confidence == vocabulary.FAQ_MIN_CONFIDENCE


def test_the_review_taxonomy_uses_the_vocabulary():
    assert taxonomy.WORRIES == vocabulary.WORRIES + (vocabulary.OUT_OF_SCOPE,)
    assert set(taxonomy.WORRY_LABELS) == set(taxonomy.WORRIES) | {vocabulary.IMMEDIATE_RISK}
    assert taxonomy.HIGH_RISK_WORRIES <= set(vocabulary.WORRIES)
    assert taxonomy.AUDIENCES == vocabulary.USER_AUDIENCES
    assert set(taxonomy.AUDIENCE_LABELS) == set(vocabulary.USER_AUDIENCES)
    assert taxonomy.AGE_BANDS == vocabulary.AGE_BANDS
    assert set(taxonomy.AGE_BAND_LABELS) == set(vocabulary.AGE_BANDS)
    assert tuple(taxonomy.TIERS) == vocabulary.TIERS
    assert taxonomy.LOW_CONFIDENCE == vocabulary.LOW_CONFIDENCE
    assert taxonomy.LOW_CONFIDENCE > vocabulary.FALLBACK_THRESHOLD
    assert taxonomy.IMMEDIATE_RISK == vocabulary.IMMEDIATE_RISK


def test_the_review_readme_lists_the_high_risk_worries():
    text = " ".join((ROOT / "review" / "README.md").read_text(encoding="utf-8").split())
    listed = re.search(r"\*high\* \(([^:)]+)", text)
    assert listed, "review/README.md: no list after *high* ("
    named = {part.strip().lower() for part in listed.group(1).split(",")}
    expected = {taxonomy.WORRY_LABELS[w].lower() for w in taxonomy.HIGH_RISK_WORRIES}
    assert named == expected


def test_the_widget_renders_the_card_type():
    widget = (ROOT / "widget" / "kent-safety-widget.js").read_text(encoding="utf-8")
    assert f'm.custom.type === "{vocabulary.RESOURCE_CARD}"' in widget
