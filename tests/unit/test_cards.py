"""Resource cards for young people under 11: every card text such a child can be shown is
in short, simple words (Flesch reading ease at least 80, as for the under-11 responses),
from the catalogue's child-friendly fields."""
from __future__ import annotations

import re

import pytest
import textstat

from safeguarding import faq
from safeguarding.catalogue import load_catalogue
from safeguarding.cards import card, card_text
from safeguarding.signposting import EMERGENCY, TALK_TO_SOMEONE, Offer, allowed, choose_resources
from safeguarding.catalogue import WORRIES

TOPICS = WORRIES + (EMERGENCY, TALK_TO_SOMEONE)
PHONE_LIKE = re.compile(r"(?<![\w/])(?:\d[\d ]{1,14}\d|\d{3})(?![\w/])")
# the parts of a card written in words (name, numbers and addresses aside)
WORDED = ("description", "for", "phone_note", "how_to_find")


def for_under_11():
    """Every catalogue entry an under-11 can be offered, whatever the rules say."""
    return [r for r in load_catalogue() if allowed(r, "young_person", "under_11", False)]


def worded(shown):
    return ". ".join(str(shown[k]).rstrip(".") for k in WORDED if shown.get(k)) + "."


def test_some_services_are_for_under_11s_and_adults_only_ones_are_not():
    ids = {r.id for r in for_under_11()}
    assert {"childline", "emergency_999", "kent_front_door", "missing_people", "beat"} <= ids
    assert not {"report_harmful_content", "stopncii", "revenge_porn_helpline", "nspcc_helpline"} & ids


@pytest.mark.parametrize("resource", for_under_11(), ids=lambda r: r.id)
def test_every_card_an_under_11_can_be_shown_is_easy_to_read(resource):
    assert resource.offers_child, f"{resource.id} can be offered to an under-11 but has no offers_child"
    shown = card(Offer(resource, child_wording=True))
    assert shown["description"] == resource.offers_child
    text = worded(shown)
    score = textstat.flesch_reading_ease(text)
    assert score >= 80, f"{resource.id}: Flesch reading ease {score:.0f} for under-11s (needs 80+): {text}"


@pytest.mark.parametrize("resource", for_under_11(), ids=lambda r: r.id)
def test_child_wording_states_no_number_the_entry_does_not_have(resource):
    known = {n for n in (resource.phone, resource.out_of_hours_phone, resource.text) if n}
    known |= set(PHONE_LIKE.findall(resource.offers))
    for number in PHONE_LIKE.findall(resource.offers_child + " " + (resource.who_child or "")):
        assert number.strip() in known, f"{resource.id}: {number!r} in the child wording"
    assert "www." not in resource.offers_child and "http" not in resource.offers_child


@pytest.mark.parametrize("worry", TOPICS)
def test_the_cards_an_under_11_gets_use_the_child_wording(worry):
    for offer in choose_resources(worry, "young_person", "under_11"):
        shown, text = card(offer), card_text(offer)
        assert shown["description"] == offer.resource.offers_child
        assert shown["for"] == (offer.resource.who_child or offer.resource.who)
        assert offer.resource.offers_child in text and offer.resource.offers not in text
        assert textstat.flesch_reading_ease(worded(shown)) >= 80


@pytest.mark.parametrize("audience, band", [("young_person", "age_11_13"), ("young_person", "age_14_17"),
                                            ("young_person", None), ("parent", None), ("professional", None)])
def test_everyone_else_gets_the_catalogues_own_words(audience, band):
    for worry in TOPICS:
        for offer in choose_resources(worry, audience, band):
            shown = card(offer)
            own = offer.resource.offers_young_person if audience == "young_person" else None
            assert shown["description"] == (own or offer.resource.offers)
            assert shown["for"] in (offer.resource.who, "for your child to use")


def test_a_young_persons_front_door_card_has_no_professionals_portal():
    offer = next(o for o in choose_resources("abuse_at_home", "young_person", "age_14_17")
                 if o.resource.id == "kent_front_door")
    assert "portal" not in card_text(offer) and "03000 411111" in card_text(offer)
    pro = next(o for o in choose_resources("abuse_at_home", "professional", None) if o.resource.id == "kent_front_door")
    assert "portal" in card_text(pro)


def test_question_answers_to_under_11s_use_child_wording_too():
    offers = faq.reply("report_police", 0.9, "young_person", "under_11").offers
    assert offers and all(o.child_wording for o in offers)


def test_an_under_11s_card_names_the_service_simply_and_leaves_out_the_professionals_portal():
    from safeguarding.catalogue import default_catalogue
    from safeguarding.cards import card, card_text
    from safeguarding.signposting import Offer

    front_door = default_catalogue()["kent_front_door"]
    child, adult = Offer(front_door, False, True), Offer(front_door, False, False)
    assert card(child)["name"] == "Kent Front Door" and "how_to_find" not in card(child)
    assert "Integrated Children's Services" not in card_text(child) and "03000 411111" in card_text(child)
    assert card(adult)["name"] == front_door.name and "portal" in card_text(adult)
