"""The three risk tiers: how the signals combine, clause splitting, the head's file."""
from __future__ import annotations

import numpy as np
import pytest

from safeguarding import risk

HEAD = risk.RiskHead(np.zeros((384, 4), dtype=np.float32), np.zeros(4, dtype=np.float32),
                     np.zeros(4, dtype=np.float32), 0.0, check_in=0.6, emergency=0.9)


def assess(scores, phrase=None, first=None, risk_p=0.0, texts=None):
    texts = texts or ["whole message"] + [f"clause {i}" for i in range(len(scores) - 1)]
    return risk.assess(texts, scores, HEAD, phrase=phrase, classifier_intent=first,
                       classifier_first_choice=first, classifier_risk=risk_p)


def test_a_phrase_is_always_an_emergency():
    result = assess([0.01], phrase="kms", first="bullying")
    assert (result.tier, result.score, result.source) == (risk.EMERGENCY, 1.0, "phrase")


def test_the_encoder_alone_can_raise_an_emergency_and_names_the_clause():
    result = assess([0.7, 0.1, 0.95], first="gaming_gambling", texts=["a, b", "a", "i took all the pills"])
    assert result.tier == risk.EMERGENCY
    assert result.clause == "i took all the pills"
    assert result.classifier_intent == "gaming_gambling"


def test_danger_in_one_clause_of_an_ordinary_message_is_at_least_a_check_in():
    result = assess([0.1, 0.05, 0.97], first="gaming_gambling", texts=["a, b", "a", "i took all the pills"])
    assert result.tier == risk.CHECK_IN and result.clause == "i took all the pills"


def test_a_sure_out_of_scope_reading_outweighs_the_encoders_doubt_but_not_its_certainty():
    texts = ["this homework is killing me"]
    assert assess([0.7], first="out_of_scope").tier == risk.CHECK_IN  # classifier not sure (no confidence)
    assert risk.assess(texts, [0.7], HEAD, phrase=None, classifier_intent="out_of_scope",
                       classifier_first_choice="out_of_scope", classifier_risk=0.0,
                       classifier_confidence=0.8).tier == risk.NO_RISK
    assert risk.assess(texts, [0.95], HEAD, phrase=None, classifier_intent="out_of_scope",
                       classifier_first_choice="out_of_scope", classifier_risk=0.0,
                       classifier_confidence=0.8).tier == risk.EMERGENCY


def test_a_sure_out_of_scope_reading_never_calms_a_strong_doubt():
    # round 25: "how do u tie a noose properly" (head 0.90, out of scope 0.63) was brushed off.
    # The test head's strong doubt is 0.6 + 0.8 * (0.9 - 0.6) = 0.84
    assert HEAD.strong_doubt == pytest.approx(0.84)
    sure_out_of_scope = dict(phrase=None, classifier_intent="out_of_scope", classifier_first_choice="out_of_scope",
                             classifier_risk=0.0, classifier_confidence=0.8)
    assert risk.assess(["how do u tie a noose properly"], [0.88], HEAD, **sure_out_of_scope).tier == risk.CHECK_IN
    assert risk.assess(["why do countries go to war"], [0.8], HEAD, **sure_out_of_scope).tier == risk.NO_RISK


def test_im_safe_still_calms_a_strong_doubt():
    # asking "are you safe?" again after "i'm safe right now" would loop
    assert risk.assess(["im safe now"], [0.88], HEAD, phrase=None, classifier_intent="safe_now",
                       classifier_first_choice="safe_now", classifier_risk=0.0,
                       classifier_confidence=0.8).tier == risk.NO_RISK


@pytest.mark.parametrize("score, risk_p, tier", [
    (0.7, 0.55, risk.EMERGENCY), (0.1, 0.55, risk.CHECK_IN), (0.7, 0.4, risk.CHECK_IN), (0.1, 0.3, risk.CHECK_IN),
    (0.01, 0.9, risk.CHECK_IN), (0.01, 0.3, risk.CHECK_IN)])
def test_the_classifiers_reading_of_danger(score, risk_p, tier):
    # the classifier reads immediate_risk: an emergency if it is fairly sure and the
    # encoder wonders too, else a check-in: never dropped, even when the encoder is near 0
    assert assess([score], first="immediate_risk", risk_p=risk_p).tier == tier


def test_between_the_thresholds_is_a_check_in():
    assert assess([0.75], first="self_harm").tier == risk.CHECK_IN


def test_below_both_is_no_risk():
    result = assess([0.2, 0.3], first="scam", risk_p=0.02)
    assert result.tier == risk.NO_RISK and result.clause is None


@pytest.mark.parametrize("text, expected", [
    ("whats the best setting on fortnite. also i took 20 pills",
     ["whats the best setting on fortnite", "i took 20 pills"]),
    ("how do i change my password, btw hes outside my house now",
     ["how do i change my password", "hes outside my house now"]),
    ("im fine", ["im fine"]),
    ("ok.", []),
])
def test_clauses(text, expected):
    assert risk.clauses(text) == expected


def test_the_whole_message_comes_first_and_a_single_clause_is_not_repeated():
    assert risk.texts_to_score("i want to die") == ["i want to die"]
    assert risk.texts_to_score("hi there. i want to die") == ["hi there. i want to die", "hi there", "i want to die"]


def test_a_long_message_is_read_in_a_bounded_number_of_windows_that_cover_it_all():
    text = ". ".join(f"sentence number {i}" for i in range(100))
    parts = risk.clauses(text)
    assert len(parts) <= risk.MAX_CLAUSES
    assert "sentence number 0" in parts[0] and "sentence number 99" in parts[-1]


def test_head_arrays_round_trip_and_bad_ones_are_refused():
    arrays = HEAD.to_arrays()
    back = risk.RiskHead.from_arrays(arrays)
    assert (back.check_in, back.emergency) == (0.6, 0.9)
    with pytest.raises(ValueError, match="out of order"):
        risk.RiskHead.from_arrays({**arrays, "scalars": np.array([0.0, 0.95, 0.9])})
    with pytest.raises(ValueError, match="wrong shape"):
        risk.RiskHead.from_arrays({**arrays, "hidden_bias": np.zeros(5)})


def test_training_chooses_thresholds_from_out_of_fold_scores():
    rng = np.random.default_rng(0)
    centre = rng.normal(size=384)
    danger = [np.stack([centre + rng.normal(scale=0.5, size=384)]) for _ in range(60)]
    harmless = [np.stack([-centre + rng.normal(scale=0.5, size=384)]) for _ in range(240)]
    head, report = risk.train_head(danger + harmless, [True] * 60 + [False] * 240, folds=3)
    assert 0 < head.check_in <= head.emergency < 1
    assert report["cv_harmless_emergency"] <= 0.005 and report["cv_harmless_check_in"] <= 0.03
    assert report["cv_risk_escalated"] > 0.9
    assert head.probabilities(danger[0])[0] > head.probabilities(harmless[0])[0]


def test_the_answer_im_safe_is_not_checked_in_again():
    # typed "I'm safe right now" (the check-in's own button title): the classifier reads
    # safe_now, and the encoder's doubt alone must not ask the same question again
    result = risk.assess(["im safe right now"], [0.7], HEAD, phrase=None, classifier_intent="safe_now",
                         classifier_first_choice="safe_now", classifier_risk=0.37, classifier_confidence=0.58)
    assert result.tier == risk.NO_RISK


@pytest.mark.parametrize("text", [
    "how do you stop heavy bleeding, we are doing a first aid badge", "whats cpr, we have a lifesaving class",
    "why does ophelia drown in hamlet", "how did people die in the plague, its for homework"])
def test_learning_about_it_drops_the_encoders_doubt_and_asks_first_on_its_sure_reading(text):
    # "how did people die in the plague, its for homework": the encoder's doubt is dropped;
    # its sure reading is asked about (a check-in, 999 in view), never nothing: "how many
    # tablets would it take, its for homework" may be a question asked for oneself
    assert risk.learning_context(text)
    assert assess([0.75], first="out_of_scope", texts=[text]).tier == risk.NO_RISK
    assert assess([0.95], first="out_of_scope", texts=[text]).tier == risk.CHECK_IN
    assert assess([0.95], phrase="kms", texts=[text]).tier == risk.EMERGENCY
    assert assess([0.75], phrase="bleeding badly", texts=[text]).tier == risk.EMERGENCY
    assert assess([0.75], first="immediate_risk", risk_p=0.4, texts=[text]).tier == risk.CHECK_IN


@pytest.mark.parametrize("text", ["my arm is bleeding loads", "i did first aid on myself and it wont stop",
                                  "i want to end it all"])
def test_no_learning_context_in_a_message_about_now(text):
    assert not risk.learning_context(text)


def test_a_learning_context_elsewhere_does_not_hide_a_clause_of_danger():
    texts = ["help with my history homework, i might not be here tomorrow", "help with my history homework",
             "i might not be here tomorrow"]
    assert risk.assess(texts, [0.3, 0.1, 0.75], HEAD, phrase=None, classifier_intent="out_of_scope",
                       classifier_first_choice="out_of_scope", classifier_risk=0.0).tier == risk.CHECK_IN


@pytest.mark.parametrize("text", ["this song goes so hard, im gonna take you down lol",
                                  "in the film he says he'll end it all", "my dad took his blood pressure tablets"])
def test_a_song_a_film_or_a_routine_medicine_is_asked_about_never_an_emergency_from_the_models_alone(text):
    assert risk.ask_first_context(text)
    assert assess([0.95], first="out_of_scope", texts=[text]).tier == risk.CHECK_IN
    assert assess([0.75], first="immediate_risk", risk_p=0.9, texts=[text]).tier == risk.CHECK_IN
    assert assess([0.95], phrase="end it all", texts=[text]).tier == risk.EMERGENCY


@pytest.mark.parametrize("text", ["my dad took all his tablets", "he's on the train track", "i took 30 pills"])
def test_no_ask_first_context_in_danger_words(text):
    assert not risk.ask_first_context(text)


@pytest.mark.parametrize("text", ["someone messaged me last year but its all sorted now",
                                  "i had a hard time but im much better now",
                                  "whats a blood test like, i have one tomorrow",
                                  "bumped my head on the shelf, all good", "had a headache but its gone now",
                                  "planning a lesson on first aid, nothing has happened",
                                  "she fainted at the dentist, the nurse said it was totally normal"])
def test_settled_or_routine_medical(text):
    assert risk.settled_context(text)


@pytest.mark.parametrize("text", ["it was sorted but hes messaging me again", "i feel fine but i cant stop bleeding",
                                  "i want to die right now", "im not ok"])
def test_not_settled_when_danger_is_now(text):
    assert not risk.settled_context(text)


def test_an_everyday_use_of_alarming_words_makes_the_models_ask_first_never_less():
    # "i overdosed on sugar at my party": the net knows the phrase is harmless, the models
    # hear "overdosed"; their reading alone is a check-in, a phrase still an emergency
    text = "i overdosed on sugar at my party"
    common = dict(classifier_intent="out_of_scope", classifier_first_choice="out_of_scope", classifier_risk=0.1)
    plain = risk.assess([text], [0.95], HEAD, phrase=None, **common)
    eased = risk.assess([text], [0.95], HEAD, phrase=None, harmless_phrase="overdosed on sugar", **common)
    assert (plain.tier, eased.tier) == (risk.EMERGENCY, risk.CHECK_IN)
    sure = dict(classifier_intent="immediate_risk", classifier_first_choice="immediate_risk", classifier_risk=0.9)
    assert risk.assess([text], [0.5], HEAD, phrase=None, harmless_phrase="overdosed on sugar", **sure).tier \
        == risk.CHECK_IN
    assert risk.assess([text], [0.95], HEAD, phrase="took 30 pills", harmless_phrase="overdosed on sugar",
                       **common).tier == risk.EMERGENCY


@pytest.mark.parametrize("text", ["mum gave me calpol for my temperature", "can someone translate what my teen said"])
def test_routine_medicine_and_word_questions_are_asked_about_first(text):
    assert risk.ask_first_context(text)


@pytest.mark.parametrize("text", [
    "ive been cutting again but im ok rn",
    "ive been having thoughts about ending it but i wont do anything",
    "a pupil disclosed she has been self harming but says she is safe at the moment",
    "i keep thinking about dying but i dont have a plan",
    "she told me shes ok now, she just feels really low",
])
def test_a_stated_present_safety(text):
    assert risk.safe_now_stated(text)


@pytest.mark.parametrize("text", [
    "im not ok i want to die",
    "im fine with dying tbh",
    "i took 20 paracetamol but im fine",
    "im ok but i've got the rope ready",
    "i want to kill myself tonight but im ok for now",
    "he says hes coming round, im safe for now",
    "i want to end it all",
    "my friend is bleeding a lot, she says shes ok",
])
def test_no_stated_safety_or_an_act_that_needs_help_now(text):
    assert not risk.safe_now_stated(text)


def test_first_aid_learnt_at_a_club_is_a_learning_context():
    assert risk.learning_context("what do you do if someone is choking? we did it in scouts but i forgot")
    assert not risk.learning_context("my brother is choking and we are at home")


def test_a_lesson_learnt_and_a_routine_medicine():
    assert risk.learning_context("in biology we learned you can overdose on vitamins")
    assert risk.ask_first_context("i help my nan, she takes her tablets every morning")
