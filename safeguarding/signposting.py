"""Choosing resources: which services a user is offered for a worry, given who they are
and how old they are. Rules live in ``data/catalogue/signposting.yml``; this module
applies them and enforces the catalogue's audiences and age limits."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

import yaml

from safeguarding import DATA_DIR
from safeguarding.ages import band_range
from safeguarding.catalogue import Catalogue, CatalogueError, Resource, default_catalogue
from safeguarding.vocabulary import (  # noqa: F401  (USER_AUDIENCES re-exported)
    AGE_BAND_ADULT, AUDIENCE_ADULT_SELF, EMERGENCY, PARENT, PROFESSIONAL, RULE_AUDIENCES, TALK_TO_SOMEONE, UNDER_11,
    USER_AUDIENCES, WORRIES, YOUNG_PERSON,
)

RULES_PATH = DATA_DIR / "catalogue" / "signposting.yml"


@dataclass(frozen=True)
class Offer:
    """A resource offered to a user; ``for_child`` marks a children's service offered to a
    parent for their child to use; ``child_wording`` marks an offer to a young person
    under 11, whose card uses the resource's child-friendly description."""

    resource: Resource
    for_child: bool = False
    child_wording: bool = False
    young_person: bool = False  # offered to a young person (any age under 18)


def wants_child_wording(audience: str, age_band: Optional[str]) -> bool:
    """Cards for a young person under 11 use the catalogue's ``offers_child`` text."""
    return audience == YOUNG_PERSON and age_band == UNDER_11


@dataclass(frozen=True)
class Rules:
    max_cards: int
    table: Dict[str, Dict[str, Tuple[Tuple[str, bool], ...]]]


def rule_audience(audience: Optional[str], age_band: Optional[str]) -> str:
    """Whose route we are choosing: a 'young person' who says they are 18 or over is an
    adult asking for themselves; anyone who hasn't said who they are is treated as a
    young person, the people the widget is for."""
    if audience in (PARENT, PROFESSIONAL):
        return audience
    return AUDIENCE_ADULT_SELF if age_band == AGE_BAND_ADULT else YOUNG_PERSON


def allowed(resource: Resource, audience: str, age_band: Optional[str], for_child: bool) -> bool:
    """The safety constraints every offer must meet, whatever the rules file says."""
    if for_child:
        return audience == PARENT and YOUNG_PERSON in resource.audiences
    if audience not in resource.audiences:
        return False
    if audience == YOUNG_PERSON:
        return resource.suits_ages(*band_range(age_band))
    if audience == AUDIENCE_ADULT_SELF:
        return resource.suits_ages(*band_range(AGE_BAND_ADULT))
    # parents and professionals are adults; a children-only service is never their route
    return resource.age_max is None or resource.age_max >= 18


def parse_rules(document: Any, catalogue: Catalogue) -> Rules:
    if not isinstance(document, dict) or not isinstance(document.get("worries"), dict):
        raise CatalogueError("signposting rules must be a mapping with a 'worries' mapping")
    table: Dict[str, Dict[str, Tuple[Tuple[str, bool], ...]]] = {}
    for worry in WORRIES + (EMERGENCY, TALK_TO_SOMEONE):
        by_audience = document["worries"].get(worry)
        if not isinstance(by_audience, dict):
            raise CatalogueError(f"signposting rules: worry {worry!r} has no rules")
        table[worry] = {}
        for audience in RULE_AUDIENCES:
            entries = by_audience.get(audience)
            if not entries:
                raise CatalogueError(f"signposting rules: worry {worry!r} has no list for {audience!r}")
            parsed = []
            for entry in entries:
                rid, for_child = ((entry["id"], bool(entry.get("for_child"))) if isinstance(entry, dict)
                                  else (entry, False))
                where = f"signposting rules: {worry}/{audience}: {rid!r}"
                if rid not in catalogue:
                    raise CatalogueError(f"{where} is not in the catalogue")
                if worry not in catalogue[rid].worries:
                    raise CatalogueError(f"{where} does not list {worry!r} among its worries in the catalogue")
                parsed.append((rid, for_child))
            table[worry][audience] = tuple(parsed)
    return Rules(max_cards=int(document.get("max_cards", 4)), table=table)


@functools.lru_cache(maxsize=1)
def default_rules() -> Rules:
    with open(RULES_PATH, encoding="utf-8") as handle:
        return parse_rules(yaml.safe_load(handle), default_catalogue())


def choose_resources(
    worry: str,
    audience: Optional[str],
    age_band: Optional[str],
    catalogue: Optional[Catalogue] = None,
    rules: Optional[Rules] = None,
) -> List[Offer]:
    """The resources to offer, best first, at most ``rules.max_cards``."""
    catalogue = catalogue or default_catalogue()
    rules = rules or default_rules()
    if worry not in rules.table:
        return []
    who = rule_audience(audience, age_band)
    child = wants_child_wording(who, age_band)
    offers = [
        Offer(catalogue[rid], for_child, child, who == YOUNG_PERSON)
        for rid, for_child in rules.table[worry][who]
        if allowed(catalogue[rid], who, age_band, for_child)
    ]
    return offers[: rules.max_cards]
