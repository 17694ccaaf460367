"""The signposting rules: the issue's required routes, and the safety constraints that
hold for every worry, audience and age band."""
from __future__ import annotations

import itertools

import pytest

from safeguarding.ages import BANDS, band_range
from safeguarding.catalogue import WORRIES
from safeguarding.signposting import EMERGENCY, TALK_TO_SOMEONE, choose_resources

TOPICS = WORRIES + (EMERGENCY, TALK_TO_SOMEONE)
YOUNG_BANDS = ("under_11", "age_11_13", "age_14_17", "unknown", None)


def ids(worry, audience, band=None):
    return [o.resource.id for o in choose_resources(worry, audience, band)]


@pytest.mark.parametrize("band", ["under_11", "age_11_13", "age_14_17", "unknown", None])
def test_sextortion_under_18_gets_ceop_report_remove_childline(band):
    assert {"ceop", "report_remove", "childline"} <= set(ids("sextortion", "young_person", band))


def test_sextortion_and_image_abuse_18_and_over_get_revenge_porn_helpline_not_childrens_services():
    for worry in ("sextortion", "image_abuse"):
        chosen = ids(worry, "young_person", "adult")
        assert chosen[0] == "revenge_porn_helpline"
        assert not {"report_remove", "childline"} & set(chosen)


@pytest.mark.parametrize("band", ["under_11", "age_11_13", "age_14_17", "unknown"])
def test_image_abuse_under_18(band):
    assert {"report_remove", "childline"} <= set(ids("image_abuse", "young_person", band))


@pytest.mark.parametrize(
    "worry, audience, band, must",
    [
        ("grooming", "young_person", "age_11_13", {"ceop"}),
        ("grooming", "parent", None, {"ceop"}),
        ("illegal_content", "young_person", "age_14_17", {"iwf"}),
        ("illegal_content", "professional", None, {"iwf"}),
        ("scam", "young_person", "age_14_17", {"action_fraud", "get_safe_online"}),
        ("scam", "parent", None, {"action_fraud", "get_safe_online"}),
        ("bullying", "young_person", "age_11_13", {"childline"}),
        ("bullying", "parent", None, {"nspcc_helpline", "internet_matters", "parent_info"}),
        ("self_harm", "young_person", "age_14_17", {"childline", "samaritans", "shout"}),
        ("hate_extremism", "young_person", "age_14_17", {"true_vision", "act_early"}),
        ("gaming_gambling", "young_person", "age_14_17", {"national_gambling_helpline"}),
        ("grooming", "professional", None, {"kent_front_door", "professionals_online_safety_helpline"}),
        ("bullying", "professional", None, {"professionals_online_safety_helpline", "lesas"}),
        ("harmful_content", "professional", None, {"professionals_online_safety_helpline"}),
    ],
)
def test_required_routes(worry, audience, band, must):
    assert must <= set(ids(worry, audience, band))


@pytest.mark.parametrize("worry, band", itertools.product(TOPICS, YOUNG_BANDS))
def test_nothing_for_adults_only_is_offered_to_a_child(worry, band):
    low, high = band_range(band)
    for offer in choose_resources(worry, "young_person", band):
        r = offer.resource
        assert r.age_min is None or r.age_min <= low, f"{r.id} (age {r.age_min}+) offered to {band}"
        assert r.age_max is None or r.age_max >= high
        assert "young_person" in r.audiences


@pytest.mark.parametrize("worry, audience", itertools.product(TOPICS, ["parent", "professional", "adult"]))
def test_nothing_for_under_18s_only_is_an_adults_own_route(worry, audience):
    who, band = ("young_person", "adult") if audience == "adult" else (audience, None)
    for offer in choose_resources(worry, who, band):
        r = offer.resource
        if offer.for_child:
            assert audience == "parent" and "young_person" in r.audiences
        else:
            assert r.age_max is None or r.age_max >= 18, f"{r.id} offered to {audience} as their own route"


@pytest.mark.parametrize("worry, audience, band", itertools.product(
    TOPICS, ["young_person", "parent", "professional"], BANDS))
def test_every_combination_gets_at_least_one_and_at_most_four_resources(worry, audience, band):
    chosen = choose_resources(worry, audience, band)
    assert 1 <= len(chosen) <= 4
    assert len({o.resource.id for o in chosen}) == len(chosen)


def test_parents_get_parent_resources_and_report_remove_only_for_their_child():
    offers = choose_resources("sextortion", "parent", None)
    assert [o.resource.id for o in offers if o.for_child] == ["report_remove"]
    assert all("parent" in o.resource.audiences for o in offers if not o.for_child)


def test_unknown_worry_offers_nothing():
    assert choose_resources("not_a_worry", "young_person", "age_14_17") == []
