"""Baseline (a): a keyword matcher built from the safety net and per-worry keyword lists
(``data/evaluation/keywords.yml``), to show what the trained model adds."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List, Optional, Pattern, Tuple

import yaml

from safeguarding import DATA_DIR
from safeguarding.safety_net import SafetyNet, default_safety_net, normalise
from safeguarding.vocabulary import IMMEDIATE_RISK, OUT_OF_SCOPE

KEYWORDS_PATH = DATA_DIR / "evaluation" / "keywords.yml"
NO_MATCH = OUT_OF_SCOPE


class KeywordBaseline:
    def __init__(self, keywords: Dict[str, List[str]], net: Optional[SafetyNet] = None):
        self.net = net or default_safety_net()
        self.patterns: List[Tuple[str, List[Pattern[str]]]] = [
            (worry, [re.compile(rf"\b{re.escape(normalise(word))}\b") for word in words])
            for worry, words in keywords.items()
        ]

    @classmethod
    def load(cls, path: Path = KEYWORDS_PATH) -> "KeywordBaseline":
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls({w: [str(k) for k in ks] for w, ks in document["worries"].items()})

    def predict(self, text: str) -> str:
        if self.net.match(text):
            return IMMEDIATE_RISK
        clean = normalise(text)
        best, hits = NO_MATCH, 0
        for worry, patterns in self.patterns:
            count = sum(bool(p.search(clean)) for p in patterns)
            if count > hits:
                best, hits = worry, count
        return best
