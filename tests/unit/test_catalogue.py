"""The resource catalogue: schema, facts against the reference, and stale checks."""
from __future__ import annotations

import copy
import datetime as dt
import re

import pytest
import yaml

from safeguarding.catalogue import (
    CATALOGUE_PATH, REFERENCE_DIR as REFERENCE, SEEDS_DIR, CatalogueError, load_catalogue, parse_catalogue,
)


@pytest.fixture(scope="module")
def raw():
    return yaml.safe_load(CATALOGUE_PATH.read_text(encoding="utf-8"))


def test_the_catalogue_loads_and_has_every_required_service():
    catalogue = load_catalogue()
    for rid in ["emergency_999", "childline", "samaritans", "shout", "ceop", "report_remove", "iwf",
                "revenge_porn_helpline", "action_fraud", "get_safe_online", "nspcc_helpline",
                "internet_matters", "parent_info", "professionals_online_safety_helpline",
                "kent_front_door", "lesas", "kscmp_courses", "true_vision", "act_early",
                "national_gambling_helpline"]:
        assert rid in catalogue


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("phone", "0800 CHILDLINE", "field 'phone'"),
        ("phone", 8001111, "field 'phone'"),
        ("url", "not a url", "field 'url'"),
        ("audiences", ["children"], "unknown audience"),
        ("worries", ["cats"], "unknown worry"),
        ("source", "wikipedia", "field 'source'"),
        ("checked", "last week", "field 'checked'"),
        ("age_max", "seventeen", "field 'age_max'"),
        ("colour", "red", "field 'colour'"),
        ("name", None, "field 'name': is required"),
    ],
)
def test_a_broken_entry_fails_naming_the_entry_and_field(raw, field, value, message):
    broken = copy.deepcopy(raw)
    entry = next(r for r in broken["resources"] if r["id"] == "childline")
    entry[field] = value
    with pytest.raises(CatalogueError) as error:
        parse_catalogue(broken, SEEDS_DIR)
    assert "'childline'" in str(error.value)
    assert message in str(error.value)


def test_a_source_must_name_a_seed_file_that_exists(raw):
    broken = copy.deepcopy(raw)
    next(r for r in broken["resources"] if r["id"] == "ceop")["source"] = "009_0123456789abcdef.txt"
    with pytest.raises(CatalogueError, match="'ceop', field 'source': no seed file"):
        parse_catalogue(broken, SEEDS_DIR)


def test_duplicate_ids_are_refused(raw):
    broken = copy.deepcopy(raw)
    broken["resources"].append(copy.deepcopy(broken["resources"][0]))
    with pytest.raises(CatalogueError, match="used twice"):
        parse_catalogue(broken)


def test_stale_lists_entries_checked_more_than_a_year_ago(raw):
    catalogue = load_catalogue()
    checked = max(r.checked for r in catalogue)
    assert catalogue.stale(checked + dt.timedelta(days=365)) == []
    assert len(catalogue.stale(checked + dt.timedelta(days=366))) >= 1


def _reference_text() -> str:
    parts = [(REFERENCE / "RESOURCES.md").read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted((REFERENCE / "seeds").glob("*.txt"))]
    return "\n".join(parts)


def test_every_number_address_and_email_is_copied_from_the_reference():
    reference = _reference_text()
    flat = re.sub(r"\s+", " ", reference)
    for r in load_catalogue():
        for value in (r.phone, r.out_of_hours_phone, r.text, r.email):
            if value:
                assert value in flat, f"{r.id}: {value!r} is not in the reference"
        if r.url:
            assert r.url.removeprefix("https://") in flat, f"{r.id}: {r.url!r} is not in the reference"


def test_age_limits_match_the_reference():
    catalogue = load_catalogue()
    assert catalogue["childline"].age_max == 18  # "under 19"
    assert catalogue["report_remove"].age_max == 17  # "for under 18s"
    assert catalogue["revenge_porn_helpline"].age_min == 18  # "adults (18+)"
