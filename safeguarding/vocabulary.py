"""The project's shared names and numbers, in one place: worries, audiences, age bands,
risk tiers, confidence thresholds and the card payload type.

The bot (``safeguarding/``, ``actions/``, ``nlu_components/``), the review app
(``review/taxonomy.py``) and the evaluation (``evaluation/``) import them from here
instead of spelling them out again. The values are stored ones (slot values in
trackers, intent names in Rasa's ``events`` table, keys in the YAML data), so a value
never changes here without a migration; a name may.

Some values also live in files Rasa or the data read, which cannot import Python: the
domain's intents, slot values and buttons (``domain.yml``, ``data/responses/``), the
FallbackClassifier's threshold (``config.yml``), the questions' minimum confidence
(``data/catalogue/faq.yml``), the catalogue's audiences and worries
(``data/catalogue/``). ``tests/unit/test_vocabulary.py`` checks that every one of them
agrees with this module.
"""
from __future__ import annotations

from typing import Tuple

# --- worries: the intents that get signposting (domain.yml) -----------------------------
WORRIES: Tuple[str, ...] = (
    "bullying", "sextortion", "scam", "grooming", "image_abuse", "harmful_content",
    "illegal_content", "hate_extremism", "self_harm", "privacy", "gaming_gambling",
    # harm beyond the online world (issue 13); "bullying" also covers bullying in person
    "abuse_at_home", "domestic_abuse", "neglect", "exploitation", "running_away",
    "low_mood", "eating_problems", "relationship_abuse", "friend_harmed",
)

# --- other intents the code decides on ----------------------------------------------------
IMMEDIATE_RISK = "immediate_risk"   # danger now: the emergency reply (999 first)
CHECK_IN = "check_in"               # possible danger: "are you safe right now?"
SAFE_NOW = "safe_now"               # the answer "I'm safe right now"
OUT_OF_SCOPE = "out_of_scope"       # not something the bot helps with (the harmless label)
NLU_FALLBACK = "nlu_fallback"       # what the FallbackClassifier makes of an unsure reading
FAQ = "faq"                         # the retrieval intent of questions, labels faq/<key>

# --- signposting topics besides the worries (data/catalogue/signposting.yml) -------------
EMERGENCY = "emergency"              # services after the 999 advice
TALK_TO_SOMEONE = "talk_to_someone"  # a person to talk to now
SIGNPOSTING_TOPICS: Tuple[str, ...] = WORRIES + (EMERGENCY, TALK_TO_SOMEONE)

# --- audiences ------------------------------------------------------------------------------
# Who is writing: the values of the ``audience`` slot (domain.yml).
YOUNG_PERSON = "young_person"
PARENT = "parent"
PROFESSIONAL = "professional"
USER_AUDIENCES: Tuple[str, ...] = (YOUNG_PERSON, PARENT, PROFESSIONAL)
DEFAULT_AUDIENCE = YOUNG_PERSON  # the bot's assumption until told otherwise (the slot's initial_value)
# A grown-up asking for themselves: never a slot value, but a route of its own in the
# signposting rules and an audience of services in the catalogue (a "young person" who
# says they are 18 or over). Same stored spelling as the age band AGE_BAND_ADULT.
AUDIENCE_ADULT_SELF = "adult"
RULE_AUDIENCES: Tuple[str, ...] = (YOUNG_PERSON, AUDIENCE_ADULT_SELF, PARENT, PROFESSIONAL)

# --- age bands: the values of the ``age_band`` slot (domain.yml, the ask_age buttons) ----
UNDER_11 = "under_11"
AGE_11_13 = "age_11_13"
AGE_14_17 = "age_14_17"
AGE_BAND_ADULT = "adult"  # 18 or over (an age band; see AUDIENCE_ADULT_SELF for the audience)
AGE_UNKNOWN = "unknown"   # asked, and they'd rather not say: give the safe general set
AGE_BANDS: Tuple[str, ...] = (UNDER_11, AGE_11_13, AGE_14_17, AGE_BAND_ADULT, AGE_UNKNOWN)

# --- risk tiers of one message (parse data ``risk.tier``, safeguarding/risk.py) -----------
TIER_NONE = "none"
TIER_CHECK_IN = "check_in"
TIER_EMERGENCY = "emergency"
TIERS: Tuple[str, ...] = (TIER_NONE, TIER_CHECK_IN, TIER_EMERGENCY)  # lowest first

# --- thresholds --------------------------------------------------------------------------
# The FallbackClassifier's threshold (config.yml, where Rasa reads it): an intent below
# it becomes nlu_fallback.
FALLBACK_THRESHOLD = 0.3
# ... and its ambiguity threshold: the top intent this close to the second is nlu_fallback
FALLBACK_AMBIGUITY = 0.05
# Below this confidence in a question the bot says it doesn't know rather than guess
# (``min_confidence`` in data/catalogue/faq.yml, where safeguarding/faq.py reads it).
FAQ_MIN_CONFIDENCE = 0.5
# A question the classifier is this sure of is answered even when the message was not
# understood as a question (action_not_understood).
FAQ_SURE = 0.8
# The review app marks a user turn "bot unsure" below this confidence (higher than the
# FallbackClassifier's threshold: unsure readings the bot still acted on surface too).
LOW_CONFIDENCE = 0.5
# The risk head's thresholds are chosen at training time so that at most this share of
# the non-risk training messages (out-of-fold) would get the emergency reply, and at
# most CHECK_IN_RATE a check-in (nlu_components/safety_net.py, safeguarding/risk.py).
EMERGENCY_RATE = 0.002
CHECK_IN_RATE = 0.03

# --- what the widget renders ------------------------------------------------------------
# The ``type`` of the ``custom`` payload that carries one service as a card; the payload
# is described once, in docs/architecture.md ("The resource card payload").
RESOURCE_CARD = "resource_card"
