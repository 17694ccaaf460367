"""Every reply the bot can send, found by name: one lookup over the three places the
texts live.

- ``utter_*``: the domain's responses (``domain.yml``): the ones rules send, and the
  emergency advice, which must work without the action server;
- ``utter_faq/<key>``: a question's general answer (``data/faq/answers.yml``, which Rasa
  also trains on);
- ``reminder_<worry>``: the first steps of a worry's advice, taken from its
  ``steps_<worry>`` (``safeguarding.followups.reminder``);
- any other name: the wording the actions send (``data/responses/``,
  ``safeguarding.wording``).

Every source chooses a variation by the same rule (``wording.choose``: the first variation
whose conditions on the ``audience`` and ``age_band`` slots all hold, else the default),
which is also Rasa's for the domain's responses as long as no two variations of one
response both match (``tests/unit/test_replies.py`` checks that). The actions send a
domain response by name (``response=``), as before, so that Rasa fills it in; everything
else as the text found here. The review app's synthetic conversations take their bot
messages from here too (``tests/review/seed.py``).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

import yaml

from safeguarding import PROJECT_ROOT, faq, followups, wording

DOMAIN_PATH = PROJECT_ROOT / "domain.yml"
DOMAIN_PREFIX = "utter_"
FAQ_PREFIX = "utter_faq/"
REMINDER_PREFIX = "reminder_"

Slots = Mapping[str, Optional[Any]]


class UnknownReply(KeyError):
    """No reply by that name in any of the sources."""


@dataclass(frozen=True)
class Reply:
    """A reply's text and buttons, and whether it is a domain response (sent by name)."""

    name: str
    text: str
    buttons: List[Dict[str, Any]] = field(default_factory=list)
    domain: bool = False


def load_domain_responses(path: Path = DOMAIN_PATH) -> Dict[str, List[wording.Variation]]:
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return dict(document.get("responses") or {})


@functools.lru_cache(maxsize=1)
def domain_responses() -> Dict[str, List[wording.Variation]]:
    return load_domain_responses()


def is_domain_response(name: str) -> bool:
    """A response of the domain (``utter_*``, not a question's answer): Rasa can send it."""
    return name.startswith(DOMAIN_PREFIX) and not name.startswith(FAQ_PREFIX)


def reply(name: str, slots: Slots) -> Reply:
    """The reply called ``name`` for these slot values (``audience``, ``age_band``)."""
    if name.startswith(REMINDER_PREFIX):
        return Reply(name, followups.reminder(name[len(REMINDER_PREFIX):], slots) or "")
    if name.startswith(FAQ_PREFIX):
        answers = faq.default_answers()
        key = name[len(FAQ_PREFIX):]
        if key not in answers:
            raise UnknownReply(name)
        return _reply(name, wording.choose(key, slots, answers))
    if is_domain_response(name):
        responses = domain_responses()
        if name not in responses:
            raise UnknownReply(name)
        return _reply(name, wording.choose(name, slots, {name: responses[name]}), domain=True)
    if name not in wording.default_responses():
        raise UnknownReply(name)
    return _reply(name, wording.choose(name, slots))


def _reply(name: str, variation: wording.Variation, domain: bool = False) -> Reply:
    return Reply(name, str(variation.get("text") or ""), list(variation.get("buttons") or []), domain)


def text_for(name: str, slots: Slots) -> str:
    """The text of the reply called ``name`` for these slot values."""
    return reply(name, slots).text
