"""What to do in the next minute, for the emergency a message describes (issue 14).

The emergency reply says who to call (999, first). A wound that won't stop bleeding,
pills already taken, someone who won't wake up, someone on their way to hurt you: each
also has a first step anyone can take while help comes (press on the wound; an
ambulance even if you feel fine; on their side if breathing; somewhere safe with a
lock). The kinds and their wording are plain data in ``data/safety_net/first_steps.yml``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional, Tuple

import yaml

from safeguarding import DATA_DIR
from safeguarding.vocabulary import UNDER_11, USER_AUDIENCES, YOUNG_PERSON

FIRST_STEPS_PATH = DATA_DIR / "safety_net" / "first_steps.yml"
UNDER_11_KEY = f"{YOUNG_PERSON}_{UNDER_11}"
TEXT_KEYS = set(USER_AUDIENCES) | {UNDER_11_KEY, "default"}


class FirstStepsError(ValueError):
    """The first-steps file is malformed."""


@dataclass(frozen=True)
class FirstStep:
    kind: str
    patterns: Tuple[re.Pattern, ...]
    texts: Dict[str, str]

    def matches(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self.patterns)

    def text_for(self, audience: Optional[str], age_band: Optional[str]) -> str:
        """The wording for this person: a young person under 11 gets the shortest; a young
        person without their own wording gets the default."""
        if audience in (None, YOUNG_PERSON) and age_band == UNDER_11 and UNDER_11_KEY in self.texts:
            return self.texts[UNDER_11_KEY]
        return self.texts.get(audience or YOUNG_PERSON) or self.texts["default"]


def load(path: Path = FIRST_STEPS_PATH) -> Tuple[FirstStep, ...]:
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    kinds = []
    for kind, entry in (document.get("kinds") or {}).items():
        texts = dict(entry.get("text") or {})
        if "default" not in texts or set(texts) - TEXT_KEYS:
            raise FirstStepsError(f"{path.name}: {kind}: text needs a default and only {sorted(TEXT_KEYS)}")
        if not entry.get("patterns"):
            raise FirstStepsError(f"{path.name}: {kind}: no patterns")
        kinds.append(FirstStep(kind, tuple(re.compile(p, re.IGNORECASE) for p in entry["patterns"]), texts))
    return tuple(kinds)


@functools.lru_cache(maxsize=1)
def default_first_steps() -> Tuple[FirstStep, ...]:
    return load()


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u2019", "'").replace("\u2018", "'"))


def kind_of(text: str, kinds: Optional[Tuple[FirstStep, ...]] = None) -> Optional[FirstStep]:
    """The emergency the message describes, if it is one with a first step; None if not."""
    plain = _plain(text)
    for kind in kinds or default_first_steps():
        if kind.matches(plain):
            return kind
    return None


def first_step(text: str, audience: Optional[str], age_band: Optional[str] = None,
               kinds: Optional[Tuple[FirstStep, ...]] = None) -> Optional[str]:
    """What to do now, in the words for this person, or None when the message names no
    emergency with a first step of its own."""
    found = kind_of(text, kinds)
    return found.text_for(audience, age_band) if found else None
