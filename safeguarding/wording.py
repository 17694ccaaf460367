"""What the bot says when an action speaks: age- and audience-appropriate wording.

The texts live in ``data/responses/*.yml`` in the same shape as Rasa's conditional
response variations (``condition`` lists of slot name/value pairs, then a default), so
they read like the domain. They are chosen here, in plain Python, rather than in the
domain because only the custom actions send them: Rasa's validator would otherwise flag
every one as "not used in any story or rule". The choice is deterministic: the first
variation whose conditions all hold, else the variation without conditions.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

import yaml

from safeguarding import DATA_DIR

RESPONSES_DIR = DATA_DIR / "responses"

Variation = Dict[str, Any]


class WordingError(ValueError):
    pass


def load_responses(directory: Path = RESPONSES_DIR) -> Dict[str, List[Variation]]:
    responses: Dict[str, List[Variation]] = {}
    for path in sorted(directory.glob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, variations in (document.get("responses") or {}).items():
            if name in responses:
                raise WordingError(f"{path.name}: response {name!r} is defined twice")
            if not isinstance(variations, list) or not all(isinstance(v, dict) and v.get("text") for v in variations):
                raise WordingError(f"{path.name}: response {name!r} needs a list of variations with text")
            if not any("condition" not in v for v in variations):
                raise WordingError(f"{path.name}: response {name!r} has no default variation")
            responses[name] = variations
    return responses


@functools.lru_cache(maxsize=1)
def default_responses() -> Dict[str, List[Variation]]:
    return load_responses()


def conditions(variation: Variation) -> Dict[str, Any]:
    return {c["name"]: c["value"] for c in variation.get("condition") or []}


def choose(name: str, slots: Mapping[str, Optional[str]],
           responses: Optional[Dict[str, List[Variation]]] = None) -> Variation:
    """The variation of response ``name`` for these slot values."""
    variations = (responses or default_responses())[name]
    for variation in variations:
        wanted = conditions(variation)
        if wanted and all(slots.get(k) == v for k, v in wanted.items()):
            return variation
    return next(v for v in variations if not v.get("condition"))
