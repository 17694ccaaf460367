"""Three risk tiers for every message: emergency, check-in, none.

- **emergency**: clear danger now. The 999 reply, first.
- **check_in**: possible danger: the models are unsure, or distress without a stated plan.
  A short safety question with 999 and Childline in view, then back to the worry.
- **none**: the normal flow.

Three signals decide (``assess``):

1. the phrase safety net (``safeguarding.safety_net``): a known high-risk phrase is an
   emergency, whatever else says;
2. the intent classifier: its first choice being ``immediate_risk`` is at least a
   check-in, and an emergency when it is fairly sure and the encoder agrees;
3. the risk head: a small neural network over sentence-encoder vectors
   (``safeguarding.encoder``), run on the whole message and on each of its clauses, so
   that "what's the best fortnite setting, also I took 20 pills" is read clause by clause.
   Its thresholds are chosen at training time by cross-validation on the training data
   (never on a held-out set): ``emergency`` where few harmless training messages score
   above it, ``check_in`` lower.
"""
from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from safeguarding.vocabulary import (  # noqa: F401  (TIERS re-exported)
    CHECK_IN_RATE, EMERGENCY_RATE, IMMEDIATE_RISK, OUT_OF_SCOPE, SAFE_NOW, TIER_CHECK_IN, TIER_EMERGENCY, TIER_NONE,
    TIERS,
)

# the tiers under this module's own shorter names
EMERGENCY, CHECK_IN, NO_RISK = TIER_EMERGENCY, TIER_CHECK_IN, TIER_NONE

# Clause boundaries: sentence ends, commas, and the words that start a new thought in
# chat ("..., also i took pills", "btw he's outside"). A clause is scored on its own as
# well as inside the whole message; a split can only add chances to see danger.
_CLAUSE_BOUNDARY = re.compile(
    r"[.!?;:\n\u2026]+|,|\s-\s|\b(?:but|also|anyway|btw|plus|and then|and now|and also|then|"
    r"oh and|ps|tbh|because|cos|coz|cuz|and)\b", re.IGNORECASE)
MIN_CLAUSE_WORDS = 2
# the classifier's immediate_risk probability from which, with the encoder's agreement,
# its reading alone is an emergency rather than a check-in
CLASSIFIER_SURE = 0.5
# from this probability of one of these intents, the encoder's doubt alone does not make
# a check-in
CLASSIFIER_SURE_HARMLESS = 0.5
CALM_INTENTS = (OUT_OF_SCOPE, SAFE_NOW)
# A strong doubt of the risk head: this share of the way from its check-in threshold to
# its emergency one (0.80 for the trained head; at 0.5 it would have asked about 2.1% of
# the harmless sets' messages, idioms and games, at 0.80 about 0.6%). "Out of scope"
# never calms a strong doubt: unfamiliar words for dying are what the classifier knows
# least, so they land in out_of_scope ("how do u tie a noose properly" scored 0.90 and
# was brushed off, round 25). Below it, the classifier's sure "out of scope" still drops
# the head's doubt (a history question about a war).
STRONG_DOUBT_SHARE = 0.8
MAX_CLAUSES = 12   # longer messages are scored in this many windows of clauses (cost bound)
# Learning about it, not living it: a first-aid or lifesaving class, homework, a book or a
# play ("how do you stop heavy bleeding, it's for our first aid badge"). The encoder hears
# "bleeding"; its doubt alone (a check-in) is dropped in this context, and its sure reading
# is asked about (a check-in, 999 in view) rather than the full emergency. Never a phrase or
# the classifier's own reading of danger.
_LEARNING = re.compile(
    r"\b(first aid|first-aid|lifesaving|life saving|life-saving|cpr|lifeguard|st john'?s ambulance|red cross)\b"
    r".{0,40}\b(course|class|lesson|session|badge|training|certificate|test|exam|qualification)s?\b"
    r"|\b(course|class|lesson|session|badge|training) (on|in|about) (first aid|lifesaving|life saving|cpr)\b"
    r"|\b(for|in) (my|our|a|the) (homework|project|essay|assignment|coursework|english|history|pshe|re|drama|"
    r"science|biology) (lesson|class|project|homework|essay)?\b"
    r"|\b(it'?s|its|this is) for (school|homework|a project|my project|pshe|history|english|a school project)\b"
    # "in biology we learned you can overdose on vitamins"
    r"|\bin (biology|science|pshe|history|health|chemistry|class|school|our lesson|the lesson|first aid) "
    r"(we|today|today we|they|sir|miss|the teacher) (learnt|learned|learn|did|said|told us|showed us|were told)\b"
    # learnt at a club or school: "what do i do if someone is choking? we did it in brownies"
    r"|\b(we|i) (did|do|learnt|learned|learn|are learning|were learning|practised|practiced|covered) "
    r"(it|this|that|first aid|cpr|about (it|this|that)) (in|at) (brownies|scouts|cubs|beavers|guides|rainbows|cadets|"
    r"school|class|pe|pshe|first aid|swimming|lifesaving)\b"
    r"|\bin (hamlet|macbeth|romeo and juliet|the play|the book|the novel|the poem|the film|the movie)\b"
    # what a word means: "what does grooming mean??", "is ded a real word"
    r"|\b(what does (it|that|this|\w+) mean|what do (they|you) mean by|is \W*\w+\W* (a real|even a) word|"
    r"just slang|slang for)\b"
    # a job they want: "i wanna be a paramedic, what do they do when someone is bleeding"
    r"|\b(wanna|want to|going to|gonna|like to|would like to|hoping to|plan to) (be|become|train as) (a|an) "
    r"(paramedic|nurse|doctor|surgeon|vet|police officer|firefighter|lifeguard|midwife|first aider|pharmacist)\b"
    # asking for material: "any leaflets you know of?", "a good poster for the staff room"
    r"|\b(any|a|some|good|recommended|free) (leaflets?|posters?|resources|guidance|guides?|toolkits?|materials|"
    r"lesson plans?|assembl(y|ies))\b",
    re.IGNORECASE)


def learning_context(text: str) -> bool:
    return bool(_LEARNING.search(text or ""))


# Words about a song, a film or a game, or a routine medicine: when these are in the words
# that worried the models, their reading of danger is asked about (a check-in, 999 in
# view) rather than the full emergency. Never less than a check-in; never a phrase.
# A routine medicine or a minor illness: "took her usual tablets", "can i take my hayfever
# tablet", "for my headache"
_ROUTINE_MEDICINE = (
    r"\b(took|takes|taken|taking|take|having|had|has|have|do|does|did|forgot|forget) (her|his|my|their|your|the) "
    r"(usual|daily|morning|evening|night|nightly|blood pressure|hay ?fever|allergy|asthma|heart|prescribed|regular|"
    r"adhd|thyroid|diabetes|insulin|water|iron|vitamin|epilepsy|acne|antibiotic) "
    r"(tablets?|pills?|medicines?|medication|meds|inhalers?|injections?|dose|jab)\b"
    r"|\b(did|do|does|doing|done) (my|her|his) insulin\b"
    r"|\b(takes|take|taking|took) (her|his|my|their) (tablets|pills|medicine|medication|meds) (every|each) "
    r"(morning|day|night|evening)\b"
    r"|\bfor (my|her|his|a|the|their) (headache|cold|temperature|fever|period pains?|toothache|hay ?fever|"
    r"sore throat|ear infection|chest infection|tonsillitis|migraine)\b")
_ASK_FIRST = re.compile(
    r"\b(song|songs|lyric|lyrics|rap|drill|album|film|movie|episode|series|tv show|book|novel|poem|"
    r"tiktok sound|meme|quote|line from|trailer)\b"
    r"|" + _ROUTINE_MEDICINE +
    r"|\b(translate|what does (it|that|this|\w+) mean|what do (they|you) mean by|slang for)\b"
    r"|\b(wanna|want to|going to|gonna|like to|would like to|hoping to|plan to) (be|become|train as) (a|an) "
    r"(paramedic|nurse|doctor|surgeon|vet|police officer|firefighter|lifeguard|midwife|first aider|pharmacist)\b"
    # a school subject or cooking ("what is the holocaust? we start it in history",
    # "what knife do i use for chopping onions")
    r"|\b(in|for|doing|start|starting|studying|learning about) ((my|our|a|the) )?(history|re|pshe|english|science|"
    r"biology|drama|geography|class|homework|revision|food tech)\b"
    r"|\b(chop|chopping|slice|slicing|dice|dicing|peel|peeling|cooking|baking|recipe|onions?|carrots?|"
    r"vegetables|veg|food tech|help with (tea|dinner))\b"
    r"|\b(any|a|some|good|recommended|free) (leaflets?|posters?|resources|guidance|guides?|toolkits?|materials|"
    r"lesson plans?)\b",
    re.IGNORECASE)


def ask_first_context(text: str) -> bool:
    return bool(_ASK_FIRST.search(text or ""))


# Over and done with ("it's all sorted now", "but she was fine", "the case is closed") or
# a routine medical visit ("a blood test tomorrow", "my flu spray", "for my headache"): the
# models' doubt alone (a check-in) is dropped. Never an emergency, a phrase, or a phrase of
# possible danger; never with words of danger now ("right now", "still", "again").
_SETTLED = re.compile(
    r"\b(it'?s|its|all|everything'?s|everything is|that'?s) (all )?"
    r"((sorted|resolved|dealt with|fine|ok|okay|good|over|healed)( now)?|(gone|stopped) now)\b"
    r"|\b(i'?m|im|i am|she'?s|he'?s|they'?re|we'?re|she was|he was|they were|i was|i feel|i felt) "
    r"(absolutely |totally |completely |much |so much |all )?(fine|ok|okay|better|safe)( now)?\b"
    r"|\b(case is closed|that was it|it was dealt with|was dealt with|years ago|last year|last term|no harm done|"
    r"nothing (has )?happened|nothing specific happened|just planning|(totally|completely|perfectly) normal)\b"
    # a carer asking whether something is normal, and saying all is well
    r"|\b(just (banter|a phrase|an expression|a saying|slang|a joke|a hobby|a normal hobby|messing about|"
    r"mucking about|a game)|normal for (\d+|a|an|kids|children|teens|teenagers|boys|girls|his age|her age)|i assume|"
    r"(he|she|they)'?(s|re| is| are) thriving|(happy|fine|right) as (anything|rain)|(all|were|they'?re) laughing)\b"
    r"|\b(blood test|flu (spray|jab|vaccine)|vaccination|jab|injection|operation|anaesthetic|stitches|dentist|"
    r"check-?up)\b|" + _ROUTINE_MEDICINE,
    re.IGNORECASE)
_STILL_NOW = re.compile(r"\b(right now|rn|still|again|tonight|anymore|any more|can'?t stop|won'?t stop|help me)\b",
                        re.IGNORECASE)


def settled_context(text: str) -> bool:
    return bool(_SETTLED.search(text or "")) and not _STILL_NOW.search(text or "")


# Safe right now, in the writer's words or a third party's as reported: "ive been cutting
# again but im ok rn", "thoughts about ending it but i wont do anything", "says she is safe
# at the moment". Feelings or self-harm with a stated present safety is possible danger,
# asked about (a check-in, 999 and Childline in view), not the full emergency. Never with
# an act that needs help now (pills or something taken, bleeding, a means ready, someone
# coming) and never "ok with" / "fine with" dying.
_SAFE_NOW = re.compile(
    r"\b(i'?m|im|i am|i feel|she'?s|shes|he'?s|hes|they'?re|theyre|she is|he is|they are) "
    r"(ok|okay|safe|fine|alright|all right)(?! (with|to|about|if|dying|die|ending))\b"
    r"|\b(says|said|saying|told (me|us|her|him)|tells (me|us)|promised|promises) "
    r"(that )?(she|he|they|she'?s|he'?s|they'?re|shes|hes|theyre)( is| are| was| were| feels| felt)? "
    r"(ok|okay|safe|fine|alright)(?! (with|to|about|if))\b"
    r"|\b(i|she|he|they|i'?m|im|she'?s|he'?s) (won'?t|wont|will not|isn'?t going to|is not going to|am not going to|"
    r"not going to|not gonna|aint gonna|would never|wouldn'?t|wouldnt) (actually )?(do anything|act on (it|them)|"
    r"do it|go through with it)\b"
    r"|\b(no|not got a|dont have a|don'?t have a|haven'?t got a|havent got a|without a) plans?\b",
    re.IGNORECASE)
_ACT_NOW = re.compile(
    r"\b(pills?|tablets?|paracetamol|overdos\w*|od'?d|swallow\w*|took|taken|drank|drunk|bleed\w*|blood|deep|"
    r"stitches|hospital|ambulance|unconscious|breathing|rope|noose|belt|knife|blade|razor|gun|bridge|tracks|edge|"
    r"roof|coming|outside|on (his|her|their|my) way|tonight|today|now (i|im)|right now|goodbye|bye|note)\b",
    re.IGNORECASE)


def safe_now_stated(text: str) -> bool:
    """The message says the person is safe right now, with no act that needs help now."""
    return bool(_SAFE_NOW.search(text or "")) and not _ACT_NOW.search(text or "")


def clauses(text: str) -> List[str]:
    """The clauses of a message worth scoring alone (two words or more), at most
    ``MAX_CLAUSES``: when there are more, neighbouring clauses are joined into that many
    windows, so every part of a long message is still read."""
    parts = [" ".join(p.split()) for p in _CLAUSE_BOUNDARY.split(text or "")]
    parts = [p for p in parts if len(p.split()) >= MIN_CLAUSE_WORDS]
    if len(parts) <= MAX_CLAUSES:
        return parts
    size = -(-len(parts) // MAX_CLAUSES)
    return [" ".join(parts[i:i + size]) for i in range(0, len(parts), size)]


def texts_to_score(text: str) -> List[str]:
    """The whole message, then its clauses when there is more than one."""
    whole = " ".join((text or "").split())
    parts = clauses(text)
    return [whole] + ([p for p in parts if p != whole] if len(parts) > 1 else [])


@dataclass(frozen=True)
class RiskHead:
    """A small neural network on unit sentence vectors (one hidden ReLU layer, a logistic
    output), with its two thresholds. Plain arrays: saved with ``numpy.savez`` and read
    with ``allow_pickle=False``."""

    hidden_weights: np.ndarray   # (384, h)
    hidden_bias: np.ndarray      # (h,)
    out_weights: np.ndarray      # (h,)
    out_bias: float
    check_in: float
    emergency: float

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        hidden = np.maximum(vectors @ self.hidden_weights + self.hidden_bias, 0.0)
        return 1.0 / (1.0 + np.exp(-(hidden @ self.out_weights + self.out_bias)))

    @property
    def strong_doubt(self) -> float:
        return self.check_in + STRONG_DOUBT_SHARE * (self.emergency - self.check_in)

    def to_arrays(self) -> Dict[str, np.ndarray]:
        return {"hidden_weights": self.hidden_weights.astype(np.float32),
                "hidden_bias": self.hidden_bias.astype(np.float32),
                "out_weights": self.out_weights.astype(np.float32),
                "scalars": np.array([self.out_bias, self.check_in, self.emergency], dtype=np.float64)}

    @classmethod
    def from_arrays(cls, arrays: Dict[str, np.ndarray]) -> "RiskHead":
        w1, b1, w2 = (np.asarray(arrays[k], dtype=np.float32) for k in ("hidden_weights", "hidden_bias", "out_weights"))
        scalars = np.asarray(arrays["scalars"])
        if w1.ndim != 2 or b1.shape != (w1.shape[1],) or w2.shape != (w1.shape[1],) or scalars.shape != (3,):
            raise ValueError(
                f"risk head arrays have the wrong shape: {w1.shape}, {b1.shape}, {w2.shape}, {scalars.shape}")
        out_bias, check_in, emergency = (float(v) for v in scalars)
        if not 0.0 < check_in <= emergency < 1.0:
            raise ValueError(f"risk head thresholds out of order: check-in {check_in}, emergency {emergency}")
        return cls(w1, b1, w2, out_bias, check_in, emergency)


def fit_network(vectors: np.ndarray, labels: np.ndarray, hidden: int, alpha: float,
                seed: int = 42) -> Tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    from sklearn.neural_network import MLPClassifier

    model = MLPClassifier((hidden,), alpha=alpha, max_iter=300, random_state=seed)
    model.fit(vectors, labels)
    (w1, w2), (b1, b2) = model.coefs_, model.intercepts_
    return w1.astype(np.float32), b1.astype(np.float32), w2[:, 0].astype(np.float32), float(b2[0])


def threshold_at(negative_scores: np.ndarray, max_rate: float) -> float:
    """The lowest score that at most ``max_rate`` of the negatives reach."""
    ordered = np.sort(negative_scores)[::-1]
    allowed = int(np.floor(max_rate * len(ordered)))
    return float(min(0.99, ordered[allowed] + 1e-6)) if allowed < len(ordered) else 0.5


def training_rows(message_vectors: Sequence[np.ndarray], labels: np.ndarray,
                  chosen: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """The rows the head learns from: each chosen message whole, and every clause of the
    chosen messages that are not danger (a harmless message has no dangerous part, so
    "he's on it until 2am" is learnt as harmless; a clause of a danger message may be
    harmless too, so those are not used)."""
    rows, targets = [], []
    for i in np.flatnonzero(chosen):
        vectors = message_vectors[i] if not labels[i] else message_vectors[i][:1]
        rows.append(vectors)
        targets.extend([labels[i]] * len(vectors))
    return np.concatenate(rows), np.asarray(targets, dtype=bool)


def train_head(message_vectors: Sequence[np.ndarray], labels: Sequence[bool], *, hidden: int = 128,
               alpha: float = 0.01, folds: int = 5, emergency_rate: float = EMERGENCY_RATE,
               check_in_rate: float = CHECK_IN_RATE,
               seed: int = 42) -> Tuple[RiskHead, Dict[str, float]]:
    """Train on ``training_rows``; choose thresholds from out-of-fold scores taken as the
    runtime takes them (the highest over the whole message and its clauses), so that at
    most ``emergency_rate`` of the non-risk training messages would get the emergency
    reply and ``check_in_rate`` a check-in."""
    risky = np.asarray(labels, dtype=bool)
    rng = np.random.default_rng(seed)
    fold_of = rng.integers(0, folds, size=len(risky))
    out_of_fold = np.zeros(len(risky))
    for fold in range(folds):
        train = fold_of != fold
        head = RiskHead(*fit_network(*training_rows(message_vectors, risky, train), hidden, alpha, seed), 0.5, 0.5)
        for i in np.flatnonzero(~train):
            out_of_fold[i] = float(np.max(head.probabilities(message_vectors[i])))
    negatives = out_of_fold[~risky]
    emergency = threshold_at(negatives, emergency_rate)
    check_in = min(threshold_at(negatives, check_in_rate), emergency)
    positives = out_of_fold[risky]
    report = {
        "emergency_threshold": round(emergency, 4), "check_in_threshold": round(check_in, 4),
        "cv_risk_emergency": round(float(np.mean(positives >= emergency)), 4),
        "cv_risk_escalated": round(float(np.mean(positives >= check_in)), 4),
        "cv_harmless_emergency": round(float(np.mean(negatives >= emergency)), 4),
        "cv_harmless_check_in": round(float(np.mean((negatives >= check_in) & (negatives < emergency))), 4),
    }
    everything = np.ones(len(risky), dtype=bool)
    return RiskHead(*fit_network(*training_rows(message_vectors, risky, everything), hidden, alpha, seed),
                    check_in, emergency), report


@dataclass(frozen=True)
class Assessment:
    tier: str
    score: float
    clause: Optional[str]
    source: str                 # phrase | encoder | classifier | none
    classifier_intent: Optional[str]
    worry: Optional[str] = None  # the worry the message is about, to come back to after the tier
    encoder_score: float = 0.0   # the risk head's highest score over the message and its clauses
    whole_score: float = 0.0     # the risk head's score for the whole message
    classifier_risk: float = 0.0  # the intent classifier's probability of immediate_risk

    def as_dict(self) -> Dict[str, object]:
        data = asdict(self)
        for key in ("score", "encoder_score", "whole_score", "classifier_risk"):
            data[key] = round(float(data[key]), 4)
        return data


def assess(texts: Sequence[str], encoder_scores: Sequence[float], head: RiskHead, *,
           phrase: Optional[str], classifier_intent: Optional[str], classifier_first_choice: Optional[str],
           classifier_risk: float, classifier_confidence: float = 0.0,
           check_in_phrase: Optional[str] = None, harmless_phrase: Optional[str] = None) -> Assessment:
    """The tier of one message.

    ``texts`` and ``encoder_scores`` are the whole message and its clauses with the risk
    head's probability for each; ``classifier_first_choice`` is the classifier's top
    intent before any fallback, ``classifier_confidence`` its probability, and
    ``classifier_risk`` its probability of immediate_risk; ``check_in_phrase`` a phrase of
    possible danger the phrase net found ("tell my sister i love her"), which makes the
    tier at least a check-in, whatever the models say; ``harmless_phrase`` the everyday use
    of alarming words the net found ("overdosed on sugar"): the models hear those words too,
    so their reading of danger alone is asked about (a check-in), never the full emergency."""
    best = int(np.argmax(encoder_scores)) if len(encoder_scores) else 0
    encoder_score = float(encoder_scores[best]) if len(encoder_scores) else 0.0
    whole_score = float(encoder_scores[0]) if len(encoder_scores) else 0.0
    clause = texts[best] if best > 0 else None
    found = functools.partial(Assessment, classifier_intent=classifier_intent, encoder_score=encoder_score,
                              whole_score=whole_score, classifier_risk=classifier_risk)
    if phrase:
        return found(EMERGENCY, 1.0, phrase, "phrase")
    # the learning context must be in the words that worried the encoder (the whole
    # message, or the clause that scored highest), so that a homework question does not
    # hide a clause of danger after it
    learning = bool(texts) and learning_context(texts[best])
    if encoder_score >= head.emergency:
        # danger in one clause of a message that as a whole reads as ordinary: ask first
        # (999 in view, "I'm in danger now" one tap away) rather than the full emergency
        alone = clause is not None and whole_score < head.check_in
        # a song, a school subject, cooking or a routine medicine anywhere in the message:
        # "what is the holocaust? we start it in history next week"
        # so does learning about it in the words that worried the encoder ("how do you stop
        # bleeding from a cut, asking for my first aid course"): asked about, still 999 in view
        ask_first = (alone or ask_first_context(texts[best]) or ask_first_context(texts[0]) or bool(harmless_phrase)
                     or learning)
        return found(CHECK_IN if ask_first else EMERGENCY, encoder_score, clause, "encoder")
    if classifier_first_choice == IMMEDIATE_RISK:
        # the classifier reads danger: an emergency when it is fairly sure and the encoder
        # at least wonders too, otherwise a check-in; never nothing (the encoder can be
        # near 0 on a plain "I'm in danger right now please")
        if (classifier_risk >= CLASSIFIER_SURE and encoder_score >= head.check_in
                and not ask_first_context(texts[best] if texts else "")
                and not ask_first_context(texts[0] if texts else "") and not harmless_phrase):
            return found(EMERGENCY, max(classifier_risk, encoder_score), clause, "classifier")
        return found(CHECK_IN, max(classifier_risk, encoder_score), clause, "classifier")
    if check_in_phrase:
        return found(CHECK_IN, max(encoder_score, classifier_risk), check_in_phrase, "check_in_phrase")
    if encoder_score >= head.check_in:
        if learning and not check_in_phrase:
            return found(NO_RISK, encoder_score, None, "learning")
        if (classifier_first_choice in CALM_INTENTS and classifier_confidence >= CLASSIFIER_SURE_HARMLESS
                and not (classifier_first_choice == OUT_OF_SCOPE and encoder_score >= head.strong_doubt)):
            # the encoder wonders, the classifier is sure it is not a worry at all, or
            # that it is the answer "I'm safe right now" (asking again would loop)
            return found(NO_RISK, encoder_score, None, "none")
        return found(CHECK_IN, encoder_score, clause, "encoder")
    return found(NO_RISK, max(encoder_score, classifier_risk), None, "none")
