"""The immediate-risk safety net: deterministic phrase matching, independent of the
intent classifier. Phrases live in ``data/safety_net/phrases.yml``: ``risk`` phrases mean
danger now (the emergency reply), ``check_in`` phrases possible danger (at least the
short safety question), ``harmless`` phrases cancel a match inside them."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import yaml

from safeguarding import DATA_DIR
from safeguarding.literals import Phrases
from safeguarding.memo import per_message

PHRASES_PATH = DATA_DIR / "safety_net" / "phrases.yml"

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_CLAUSE_ENDS = re.compile(r"[.!?,;:\n]+")
# Emoji that stand for the means of harm, read as their words: "💊💊💊 took them all. bye"
_EMOJI_WORDS = {"\U0001f48a": "pills", "\U0001f52a": "knife", "\U0001fa78": "blood", "\U0001faa2": "rope",
                "\U0001f52b": "gun"}


def normalise(text: str) -> str:
    """Lower case, no apostrophes, other punctuation as spaces, a letter repeated three or
    more times cut to one ("dieee" -> "die")."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    for emoji, word in _EMOJI_WORDS.items():
        text = text.replace(emoji, f" {word} ")
    text = _APOSTROPHES.sub("", text)
    text = _NON_WORD.sub(" ", text)
    text = _REPEATS.sub(r"\1", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Match:
    rule: str
    phrase: str




def _compile(document: dict, key: str) -> Phrases:
    rules = []
    for position, entry in enumerate(document.get(key) or [], start=1):
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("pattern"):
            raise ValueError(f"safety-net {key} entry #{position} needs an id and a pattern")
        try:
            rules.append((entry["id"], re.compile(rf"\b(?:{entry['pattern']})\b")))
        except re.error as exc:
            raise ValueError(f"safety-net {key} entry {entry['id']!r}: bad pattern: {exc}") from exc
    return Phrases(rules)


class SafetyNet:
    def __init__(self, risk: Phrases, harmless: Phrases, check_in: Optional[Phrases] = None):
        self.risk = risk
        self.harmless = harmless
        self.check_in = check_in or Phrases([])

    @classmethod
    def from_document(cls, document: Any) -> "SafetyNet":
        if not isinstance(document, dict) or not document.get("risk"):
            raise ValueError("safety-net phrases need a non-empty 'risk' list")
        harmless = Phrases([(f"harmless {n}", re.compile(rf"\b(?:{p})\b"))
                            for n, p in enumerate(document.get("harmless") or [], start=1)])
        return cls(_compile(document, "risk"), harmless, _compile(document, "check_in"))

    @per_message
    def match(self, text: str) -> Optional[Match]:
        """The first risk phrase in ``text`` that is not part of a harmless phrase: in the
        whole message, then in each clause on its own, because normalising turns
        punctuation into spaces and a pattern that looks at the next word ("cant go on"
        but not "cant go on holiday") would otherwise read across a full stop."""
        return self._match(text, self.risk)

    @per_message
    def match_check_in(self, text: str) -> Optional[Match]:
        """The first check-in phrase (possible danger) in ``text``, read like ``match``."""
        return self._match(text, self.check_in)

    @per_message
    def harmless_phrase(self, text: str) -> Optional[str]:
        """The first harmless phrase in ``text`` ("dying of laughter", "overdosed on sugar"):
        the everyday use of alarming words that the models hear too."""
        found = self.harmless.search(normalise(text))
        return found[1].group() if found else None

    def _match(self, text: str, rules: Phrases) -> Optional[Match]:
        if not len(rules):
            return None
        whole = normalise(text)
        clauses = [normalise(c) for c in _CLAUSE_ENDS.split(text or "")]
        # a harmless phrase across the whole message covers its clauses too: "can you
        # overdose on vitamins, we're doing a health project"
        safe = [m.group() for _, m in self.harmless.finditer(whole)]
        for clean in [whole] + [c for c in clauses if c and c != whole]:
            found = self._match_clean(clean, rules)
            if found and not (clean != whole and any(found.phrase in phrase for phrase in safe)):
                return found
        return None

    def _match_clean(self, clean: str, rules: Phrases) -> Optional[Match]:
        safe_spans = [m.span() for _, m in self.harmless.finditer(clean)]
        for rule, found in rules.finditer(clean):
            start, end = found.span()
            if not any(s <= start and end <= e for s, e in safe_spans):
                return Match(rule, found.group())
        return None


def load_safety_net(path: Path = PHRASES_PATH) -> SafetyNet:
    with open(path, encoding="utf-8") as handle:
        return SafetyNet.from_document(yaml.safe_load(handle))


@functools.lru_cache(maxsize=1)
def default_safety_net() -> SafetyNet:
    return load_safety_net()
