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


# --- Harm beyond the online world (issue 13) -------------------------------------------

NEW_WORRIES = ("abuse_at_home", "domestic_abuse", "neglect", "exploitation", "running_away",
               "low_mood", "eating_problems", "relationship_abuse", "friend_harmed")
UNDER_18_BANDS = ("under_11", "age_11_13", "age_14_17", "unknown", None)
# who each person gets, whatever the worry: someone to talk to
TALK_TO = {
    "young_person": {"childline"},
    "parent": {"nspcc_helpline", "kent_front_door"},
    "professional": {"nspcc_helpline", "kent_front_door"},
    "adult": {"samaritans", "shout", "nspcc_helpline", "kent_front_door", "national_domestic_abuse_helpline",
              "beat", "missing_people"},
}
# the service for the harm itself, by worry and whose route it is
SPECIFIC = {
    ("abuse_at_home", "young_person"): {"childline", "emergency_999"},
    ("abuse_at_home", "adult"): {"national_domestic_abuse_helpline"},
    ("abuse_at_home", "parent"): {"kent_front_door", "nspcc_helpline"},
    ("abuse_at_home", "professional"): {"kent_front_door"},
    ("domestic_abuse", "young_person"): {"national_domestic_abuse_helpline"},
    ("domestic_abuse", "adult"): {"national_domestic_abuse_helpline"},
    ("domestic_abuse", "parent"): {"national_domestic_abuse_helpline"},
    ("domestic_abuse", "professional"): {"kent_front_door", "national_domestic_abuse_helpline"},
    ("neglect", "young_person"): {"kent_front_door"},
    ("neglect", "adult"): {"kent_front_door"},
    ("neglect", "parent"): {"kent_front_door"},
    ("neglect", "professional"): {"kent_front_door"},
    ("exploitation", "young_person"): {"fearless"},
    ("exploitation", "adult"): {"crimestoppers"},
    ("exploitation", "parent"): {"crimestoppers", "kent_front_door"},
    ("exploitation", "professional"): {"crimestoppers", "kent_front_door"},
    ("running_away", "young_person"): {"missing_people"},
    ("running_away", "adult"): {"missing_people"},
    ("running_away", "parent"): {"missing_people", "kent_police"},
    ("running_away", "professional"): {"kent_front_door", "kent_police"},
    ("low_mood", "young_person"): {"papyrus_hopeline247", "nhs_111"},
    ("low_mood", "adult"): {"samaritans", "nhs_111"},
    ("low_mood", "parent"): {"papyrus_hopeline247", "nhs_111"},
    ("low_mood", "professional"): {"papyrus_hopeline247", "nhs_111"},
    ("eating_problems", "young_person"): {"beat", "nhs_111"},
    ("eating_problems", "adult"): {"beat", "nhs_111"},
    ("eating_problems", "parent"): {"beat", "nhs_111"},
    ("eating_problems", "professional"): {"beat", "nhs_111"},
    ("relationship_abuse", "young_person"): {"national_domestic_abuse_helpline", "report_remove"},
    ("relationship_abuse", "adult"): {"national_domestic_abuse_helpline", "stopncii"},
    ("relationship_abuse", "parent"): {"national_domestic_abuse_helpline"},
    ("relationship_abuse", "professional"): {"kent_front_door", "national_domestic_abuse_helpline"},
    ("friend_harmed", "young_person"): {"kent_front_door"},
    ("friend_harmed", "adult"): {"kent_front_door"},
    ("friend_harmed", "parent"): {"kent_front_door"},
    ("friend_harmed", "professional"): {"kent_front_door"},
}
PEOPLE = [("young_person", band) for band in UNDER_18_BANDS] + [
    ("young_person", "adult"), ("parent", None), ("professional", None)]


def route(audience, band):
    return "adult" if (audience, band) == ("young_person", "adult") else audience


def test_every_new_worry_is_a_worry():
    assert set(NEW_WORRIES) <= set(WORRIES)


@pytest.mark.parametrize("worry, audience, band", [(w, a, b) for w in NEW_WORRIES for a, b in PEOPLE])
def test_new_worries_give_the_right_services_and_a_person_to_talk_to(worry, audience, band):
    chosen = ids(worry, audience, band)
    who = route(audience, band)
    assert 1 <= len(chosen) <= 4 and len(set(chosen)) == len(chosen)
    assert SPECIFIC[worry, who] <= set(chosen), f"{worry}/{who}/{band}: {chosen}"
    assert TALK_TO[who] & set(chosen), f"{worry}/{who}/{band}: nobody to talk to in {chosen}"
    if who == "young_person":
        assert "childline" in chosen


@pytest.mark.parametrize("worry, audience, band", [(w, a, b) for w in NEW_WORRIES for a, b in PEOPLE])
def test_new_worries_offer_nothing_outside_its_age_limits_or_audience(worry, audience, band):
    who = route(audience, band)
    low, high = band_range(band) if audience == "young_person" else (18, 120)
    for offer in choose_resources(worry, audience, band):
        r = offer.resource
        if offer.for_child:
            assert who == "parent" and "young_person" in r.audiences
            continue
        assert who in r.audiences, f"{r.id} is not for {who}"
        assert r.age_min is None or r.age_min <= low, f"{r.id} (from {r.age_min}) offered to {band}"
        if who == "young_person" or who == "adult":
            assert r.age_max is None or r.age_max >= high, f"{r.id} (to {r.age_max}) offered to {band}"
        else:
            assert r.age_max is None or r.age_max >= 18


def test_adults_only_and_childrens_only_services_stay_on_their_side():
    for worry in NEW_WORRIES + ("sextortion", "image_abuse"):
        for band in UNDER_18_BANDS:
            assert not {"stopncii", "revenge_porn_helpline", "crimestoppers"} & set(ids(worry, "young_person", band))
        assert not ({"childline", "report_remove", "fearless", "papyrus_hopeline247"}
                    & set(ids(worry, "young_person", "adult")))


def test_stopncii_for_adults_whose_images_are_shared_or_threatened():
    for worry in ("sextortion", "image_abuse", "relationship_abuse"):
        assert "stopncii" in ids(worry, "young_person", "adult")


def test_running_away_young_people_get_childline_then_missing_people():
    for band in UNDER_18_BANDS:
        assert ids("running_away", "young_person", band)[:2] == ["childline", "missing_people"]


def test_eating_problems_get_beat_first_and_no_self_harm_services_for_children():
    for audience, band in PEOPLE:
        chosen = ids("eating_problems", audience, band)
        assert chosen[0] == "beat"
        if route(audience, band) == "young_person":
            assert not {"samaritans", "shout", "papyrus_hopeline247"} & set(chosen)


@pytest.mark.parametrize("worry", TOPICS)
def test_report_harmful_content_is_only_for_over_13s(worry):
    for band in ("under_11", "age_11_13", "unknown", None):
        assert "report_harmful_content" not in ids(worry, "young_person", band)


def test_report_harmful_content_is_still_offered_to_14_to_17s_for_bullying():
    assert "report_harmful_content" in ids("bullying", "young_person", "age_14_17")
    assert ids("bullying", "young_person", "under_11")[0] == "childline"


def test_kent_front_door_is_offered_to_parents_as_their_own_route():
    offers = choose_resources("abuse_at_home", "parent", None)
    assert offers[0].resource.id == "kent_front_door" and not offers[0].for_child


@pytest.mark.parametrize("worry", TOPICS)
def test_under_11s_get_child_wording_and_nobody_else_does(worry):
    assert all(o.child_wording for o in choose_resources(worry, "young_person", "under_11"))
    for audience, band in [("young_person", "age_11_13"), ("young_person", "age_14_17"), ("young_person", None),
                           ("young_person", "adult"), ("parent", "under_11"), ("professional", None)]:
        assert not any(o.child_wording for o in choose_resources(worry, audience, band))
