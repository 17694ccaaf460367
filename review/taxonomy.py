"""The names the review app shows and filters on: worries, risk levels, audiences, age
bands, review statuses and tags. The stored values (intents, slot values, tiers) are the
bot's own, from ``safeguarding.vocabulary``; the labels and the review workflow are the
review app's."""
from __future__ import annotations

from typing import Dict, Iterable, Optional, Tuple

from safeguarding import vocabulary
from safeguarding.vocabulary import IMMEDIATE_RISK, OUT_OF_SCOPE

# the worries a conversation can be filtered on: the bot's, and out of scope
WORRIES: Tuple[str, ...] = vocabulary.WORRIES + (OUT_OF_SCOPE,)
WORRY_LABELS: Dict[str, str] = {
    "immediate_risk": "Immediate risk",
    "bullying": "Bullying",
    "sextortion": "Sextortion",
    "scam": "Scam",
    "grooming": "Grooming",
    "image_abuse": "Image abuse",
    "harmful_content": "Harmful content",
    "illegal_content": "Illegal content",
    "hate_extremism": "Hate or extremism",
    "self_harm": "Self-harm",
    "privacy": "Privacy or hacking",
    "gaming_gambling": "Gaming or gambling",
    "abuse_at_home": "Abuse at home",
    "domestic_abuse": "Domestic abuse",
    "neglect": "Neglect",
    "exploitation": "Exploitation",
    "running_away": "Running away or missing",
    "low_mood": "Low mood",
    "eating_problems": "Eating problems",
    "relationship_abuse": "Relationship abuse",
    "friend_harmed": "A friend being harmed",
    "out_of_scope": "Out of scope",
}

# Highest risk reached in a conversation. "high": the worries in HIGH_RISK_WORRIES, which
# call for a safeguarding referral or specialist help (review/README.md lists them, and
# tests/unit/test_vocabulary.py checks that it does); "concern": the other worries;
# "none": nothing detected or out of scope; "immediate": the immediate_risk intent
# (classifier or safety net).
RISK_NONE, RISK_CONCERN, RISK_HIGH, RISK_IMMEDIATE = 0, 1, 2, 3
RISK_LEVELS: Dict[str, int] = {"none": RISK_NONE, "concern": RISK_CONCERN, "high": RISK_HIGH,
                               "immediate": RISK_IMMEDIATE}
RISK_LABELS: Dict[int, str] = {RISK_NONE: "None", RISK_CONCERN: "Concern", RISK_HIGH: "High",
                               RISK_IMMEDIATE: "Immediate"}
HIGH_RISK_WORRIES = frozenset({"sextortion", "grooming", "self_harm", "image_abuse",
                               "illegal_content", "hate_extremism", "abuse_at_home", "domestic_abuse",
                               "neglect", "exploitation", "running_away", "relationship_abuse",
                               "friend_harmed"})

# who is writing: the values of the bot's audience slot
AUDIENCES = vocabulary.USER_AUDIENCES
AUDIENCE_LABELS = {vocabulary.YOUNG_PERSON: "Young person", vocabulary.PARENT: "Parent or carer",
                   vocabulary.PROFESSIONAL: "Professional"}
DEFAULT_AUDIENCE = vocabulary.DEFAULT_AUDIENCE  # the bot's own assumption (domain.yml initial_value)

AGE_BANDS = vocabulary.AGE_BANDS
AGE_BAND_LABELS = {vocabulary.UNDER_11: "Under 11", vocabulary.AGE_11_13: "11 to 13", vocabulary.AGE_14_17: "14 to 17",
                   vocabulary.AGE_BAND_ADULT: "18 or over", vocabulary.AGE_UNKNOWN: "Would rather not say"}

# unreviewed: nobody has looked (the queue sorts these by risk); in_progress: someone is on
# it; reviewed: looked at, nothing more to do; referred: passed on (children's services,
# police, school...); closed: finished, with an outcome. A new message from the young
# person puts any of them back to unreviewed.
STATUSES = ("unreviewed", "in_progress", "reviewed", "referred", "closed")
STATUS_LABELS = {"unreviewed": "Not reviewed", "in_progress": "In progress", "reviewed": "Reviewed",
                 "referred": "Referred", "closed": "Closed"}
OPEN_STATUSES = ("unreviewed", "in_progress")     # purge holds these back when risky
DONE_STATUSES = ("reviewed", "referred", "closed")  # can be kept past the retention period
OUTCOMES = ("no_action_needed", "advice_given", "referred_childrens_services", "referred_police",
            "referred_school", "referred_health", "could_not_follow_up", "other")
OUTCOME_LABELS = {"no_action_needed": "No action needed", "advice_given": "Advice given",
                  "referred_childrens_services": "Referred to children's services",
                  "referred_police": "Referred to the police", "referred_school": "Referred to the school",
                  "referred_health": "Referred to health services", "could_not_follow_up": "Could not follow up",
                  "other": "Other (see notes)"}
NEEDS_OUTCOME = ("referred", "closed")

FOLLOW_UP = "follow-up needed"
SUGGESTED_TAGS = (FOLLOW_UP, "misunderstood", "good", "wrong resources", "safeguarding concern")

# A user turn the classifier was unsure about: below vocabulary.LOW_CONFIDENCE, which is
# above the FallbackClassifier's threshold (vocabulary.FALLBACK_THRESHOLD, config.yml), so
# readings the bot still acted on are flagged too, as are nlu_fallback turns themselves.
LOW_CONFIDENCE = vocabulary.LOW_CONFIDENCE
ESCALATION_ACTIONS = frozenset({"utter_emergency", "action_emergency_signposting"})


def risk_of(intent: Optional[str]) -> int:
    if intent == IMMEDIATE_RISK:
        return RISK_IMMEDIATE
    if intent in HIGH_RISK_WORRIES:
        return RISK_HIGH
    if intent in WORRIES and intent != OUT_OF_SCOPE:
        return RISK_CONCERN
    return RISK_NONE


def label(value: Optional[str], labels: Dict[str, str]) -> str:
    if value is None or value == "":
        return "—"
    return labels.get(value, value.replace("_", " "))


def split(joined: Optional[str]) -> Tuple[str, ...]:
    """'|a|b|' -> ('a', 'b')"""
    return tuple(part for part in (joined or "").split("|") if part)


def join(values: Iterable[str]) -> str:
    return "|" + "".join(f"{value}|" for value in values)


# --- risk tier of one user message (issue 12: parse_data["risk"]) ------------------------------
# "emergency": needs the emergency advice now (counts as immediate risk); "check_in": the
# bot should check in (a possible disclosure it was not sure of); "none".
TIER_NONE, TIER_CHECK_IN, TIER_EMERGENCY = 0, 1, 2
TIERS: Dict[str, int] = {vocabulary.TIER_NONE: TIER_NONE, vocabulary.TIER_CHECK_IN: TIER_CHECK_IN,
                         vocabulary.TIER_EMERGENCY: TIER_EMERGENCY}
TIER_NAMES: Dict[int, str] = {value: key for key, value in TIERS.items()}
TIER_LABELS: Dict[int, str] = {TIER_NONE: "none", TIER_CHECK_IN: "check-in", TIER_EMERGENCY: "emergency"}


def message_risk(parse: object, intent: Optional[str]) -> Tuple[int, Optional[float], Optional[str]]:
    """(tier, score, clause) of one user message. Events written before the risk field
    existed get the tier from the intent: immediate_risk -> emergency, else none."""
    risk = parse.get("risk") if isinstance(parse, dict) else None
    if isinstance(risk, dict) and risk.get("tier") in TIERS:
        score = risk.get("score")
        score = float(score) if isinstance(score, (int, float)) and not isinstance(score, bool) else None
        if score is not None and not 0.0 <= score <= 1.0:
            score = min(1.0, max(0.0, score))
        clause = risk.get("clause")
        tier = TIERS[risk["tier"]]
        if intent == IMMEDIATE_RISK:
            tier = TIER_EMERGENCY
        return tier, score, clause if isinstance(clause, str) and clause else None
    return (TIER_EMERGENCY if intent == IMMEDIATE_RISK else TIER_NONE), None, None


# --- queue order ---------------------------------------------------------------------------
# Unreviewed conversations sort by what they need: immediate risk first, then the ones the
# bot wanted to check in on, then high risk, concern and the rest; reviewed ones after all
# unreviewed ones. Within a priority, newest first.
PRIORITY_REVIEWED = 0


def priority(status: str, immediate: bool, tier: int, max_risk: int) -> int:
    if status != "unreviewed":
        return PRIORITY_REVIEWED
    if immediate or tier >= TIER_EMERGENCY:
        return 5
    if tier == TIER_CHECK_IN:
        return 4
    return {RISK_HIGH: 3, RISK_CONCERN: 2}.get(max_risk, 1)
