"""The names the review app shows and filters on: worries, risk levels, audiences, age
bands, review statuses and tags. Intent names are a contract with the bot (domain.yml)."""
from __future__ import annotations

from typing import Dict, Iterable, Optional, Tuple

IMMEDIATE_RISK = "immediate_risk"

WORRIES: Tuple[str, ...] = (
    "bullying", "sextortion", "scam", "grooming", "image_abuse", "harmful_content",
    "illegal_content", "hate_extremism", "self_harm", "privacy", "gaming_gambling", "out_of_scope",
)
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
    "out_of_scope": "Out of scope",
}

# Highest risk reached in a conversation. "high": worries that call for a safeguarding
# referral or specialist help (sexual exploitation, grooming, self-harm, illegal images,
# radicalisation); "concern": the other online-safety worries; "none": nothing detected
# or out of scope; "immediate": the immediate_risk intent (classifier or safety net).
RISK_NONE, RISK_CONCERN, RISK_HIGH, RISK_IMMEDIATE = 0, 1, 2, 3
RISK_LEVELS: Dict[str, int] = {"none": RISK_NONE, "concern": RISK_CONCERN, "high": RISK_HIGH,
                               "immediate": RISK_IMMEDIATE}
RISK_LABELS: Dict[int, str] = {RISK_NONE: "None", RISK_CONCERN: "Concern", RISK_HIGH: "High",
                               RISK_IMMEDIATE: "Immediate"}
HIGH_RISK_WORRIES = frozenset({"sextortion", "grooming", "self_harm", "image_abuse",
                               "illegal_content", "hate_extremism"})

AUDIENCES = ("young_person", "parent", "professional")
AUDIENCE_LABELS = {"young_person": "Young person", "parent": "Parent or carer",
                   "professional": "Professional"}
DEFAULT_AUDIENCE = "young_person"  # the bot's own assumption (domain.yml initial_value)

AGE_BANDS = ("under_11", "age_11_13", "age_14_17", "adult", "unknown")
AGE_BAND_LABELS = {"under_11": "Under 11", "age_11_13": "11 to 13", "age_14_17": "14 to 17",
                   "adult": "18 or over", "unknown": "Would rather not say"}

STATUSES = ("unreviewed", "reviewed")
STATUS_LABELS = {"unreviewed": "Not reviewed", "reviewed": "Reviewed"}

FOLLOW_UP = "follow-up needed"
SUGGESTED_TAGS = (FOLLOW_UP, "misunderstood", "good", "wrong resources", "safeguarding concern")

# A user turn the classifier was unsure about (FallbackClassifier threshold is 0.3).
LOW_CONFIDENCE = 0.5
ESCALATION_ACTIONS = frozenset({"utter_emergency", "action_emergency_signposting"})


def risk_of(intent: Optional[str]) -> int:
    if intent == IMMEDIATE_RISK:
        return RISK_IMMEDIATE
    if intent in HIGH_RISK_WORRIES:
        return RISK_HIGH
    if intent in WORRIES and intent != "out_of_scope":
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
