"""How an offered resource is shown: as readable text (any channel) and as a structured
card, the ``resource`` of the ``custom`` message the web widget renders (type
``vocabulary.RESOURCE_CARD``; the whole payload is described in docs/architecture.md,
"The resource card payload"; sent one per resource by actions/actions.py)."""
from __future__ import annotations

import re
from typing import Any, Dict, Optional

from safeguarding.signposting import Offer
from safeguarding.vocabulary import RESOURCE_CARD


def tel_href(number: str) -> str:
    return "tel:" + number.replace(" ", "")


def description(offer: Offer) -> str:
    """What the service offers, in words that suit the person: the child-friendly text
    (``offers_child``) for a young person under 11, otherwise ``offers``."""
    r = offer.resource
    if offer.child_wording and r.offers_child:
        return r.offers_child
    if offer.young_person and r.offers_young_person:
        return r.offers_young_person
    return r.offers


def for_whom(offer: Offer) -> str:
    """Who the service is for: a parent's child, or the catalogue's ``who`` (its
    child-friendly ``who_child`` for a young person under 11, where there is one)."""
    r = offer.resource
    if offer.for_child:
        return "for your child to use"
    if offer.child_wording and r.who_child:
        return r.who_child
    return r.who


def name_for(offer: Offer) -> str:
    """The service's name; for a young person under 11, without the part in brackets
    ("Kent Front Door", not "Kent Front Door (Integrated Children's Services)")."""
    name = offer.resource.name
    if offer.child_wording:
        return re.sub(r"\s*\([^)]*\)", "", name).strip() or name
    return name


def how_to_find(offer: Offer) -> Optional[str]:
    """Where to find the service, for adults and older children: an under-11 gets the
    phone number and the website, not a professionals' portal."""
    if offer.child_wording or (offer.young_person and offer.resource.offers_young_person):
        return None  # a professionals' route is not a young person's
    return offer.resource.how_to_find


def card(offer: Offer) -> Dict[str, Any]:
    r = offer.resource
    data: Dict[str, Any] = {
        "id": r.id,
        "name": name_for(offer),
        "description": description(offer),
        "for": for_whom(offer),
        "url": r.href,
        "url_label": r.url,
        "phone": r.phone,
        "phone_href": tel_href(r.phone) if r.phone else None,
        "phone_note": r.phone_note,
        "out_of_hours_phone": r.out_of_hours_phone,
        "text_number": r.text,
        "text_keyword": r.text_keyword,
        "email": r.email,
        "how_to_find": how_to_find(offer),
    }
    return {k: v for k, v in data.items() if v is not None}


def card_text(offer: Offer) -> str:
    """One resource as plain text, for channels that can't show a card."""
    r = offer.resource
    lines = [f"{name_for(offer)}" + (" (for your child to use)" if offer.for_child else "") + f": {description(offer)}"]
    if r.phone:
        note = f" ({r.phone_note})" if r.phone_note else ""
        lines.append(f"Call {r.phone}{note}")
    if r.out_of_hours_phone:
        lines.append(f"Out of hours: {r.out_of_hours_phone}")
    if r.text:
        lines.append(f"Text {r.text_keyword} to {r.text}" if r.text_keyword else f"Text {r.text}")
    if r.href:
        lines.append(r.href)
    if r.email:
        lines.append(f"Email {r.email}")
    if how_to_find(offer):
        lines.append(str(how_to_find(offer)))
    return "\n".join(lines)


def card_payload(offer: Offer, topic: str) -> Dict[str, Any]:
    """The ``custom`` payload of one resource card: its type, the worry or topic it was
    offered for, the card, and the same resource as plain text."""
    return {"type": RESOURCE_CARD, "worry": topic, "resource": card(offer), "text": card_text(offer)}
