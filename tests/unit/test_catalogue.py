"""The resource catalogue: schema, facts against the reference, and stale checks."""
from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Dict, List

import pytest
import yaml

from safeguarding.catalogue import (
    CATALOGUE_PATH, REFERENCE_DIR as REFERENCE, SEEDS_DIR, CatalogueError, load_catalogue, parse_catalogue,
)
from tests.conftest import ROOT


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
    checked = min(r.checked for r in catalogue)
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


# --- Harm beyond the online world (issue 13) -------------------------------------------

# each new entry and the rows of RESOURCES.md its facts come from (the new table first)
NEW_ENTRIES = {
    "kent_front_door": ["Kent Front Door (Integrated Children's Services)", "Kent Front Door service",
                        "Kent Integrated Children's Services (Front Door)"],
    "missing_people": ["Missing People"],
    "papyrus_hopeline247": ["Papyrus HOPELINE247"],
    "nhs_111": ["NHS 111"],
    "beat": ["Beat (eating disorders)"],
    "national_domestic_abuse_helpline": ["National Domestic Abuse Helpline (Refuge)"],
    "crimestoppers": ["Crimestoppers"],
    "fearless": ["Crimestoppers"],
    "take_it_down": ["Take It Down (NCMEC)"],
    "stopncii": ["StopNCII"],
    "report_harmful_content": ["Report Harmful Content", "Report Harmful Content (UK Safer Internet Centre)"],
}
SMALL_WORDS = {"the", "and", "for", "with", "about", "but", "lets", "its"}


def _reference_rows() -> Dict[str, List[str]]:
    """Every table row of RESOURCES.md: resource -> the rest of the row."""
    rows: Dict[str, List[str]] = {}
    for line in (REFERENCE / "RESOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if (line.startswith("|") and len(cells) >= 2 and cells[0] not in ("resource", "---")
                and not set(cells[0]) <= {"-"}):
            rows.setdefault(cells[0], []).append(" | ".join(cells[1:]))
    return rows


def _harm_table() -> str:
    text = (REFERENCE / "RESOURCES.md").read_text(encoding="utf-8")
    return text.split("## Harm beyond the online world", 1)[1].split("Practice that replies", 1)[0]


def _rows_for(rid: str) -> str:
    rows = _reference_rows()
    return " ".join(label + " " + " ".join(rows[label]) for label in NEW_ENTRIES[rid])


def test_the_snapshot_has_the_harm_beyond_the_online_world_table():
    shared = ROOT.parent / "shared" / "reference" / "RESOURCES.md"
    table = _harm_table()
    for label in {labels[0] for labels in NEW_ENTRIES.values()}:
        assert f"| {label} |" in table
    if shared.is_file():  # on the team's machines: the snapshot is the current reference
        assert (REFERENCE / "RESOURCES.md").read_text(encoding="utf-8") == shared.read_text(encoding="utf-8")


@pytest.mark.parametrize("rid", sorted(NEW_ENTRIES))
def test_every_new_entry_is_a_general_fact_checked_on_2026_11_30(rid):
    r = load_catalogue()[rid]
    assert r.source == "general"
    assert r.checked == dt.date(2026, 11, 30)


@pytest.mark.parametrize("rid", sorted(NEW_ENTRIES))
def test_new_entries_numbers_and_addresses_are_in_their_own_row_of_the_reference(rid):
    r = load_catalogue()[rid]
    row = _rows_for(rid)
    for value in (r.phone, r.out_of_hours_phone, r.text, r.url, r.email):
        if value:
            assert value in row, f"{rid}: {value!r} is not in its row of RESOURCES.md: {row}"


@pytest.mark.parametrize("rid", sorted(NEW_ENTRIES))
def test_new_entries_offers_only_what_their_row_says(rid):
    r = load_catalogue()[rid]
    row = _rows_for(rid).lower()
    words = set(re.findall(r"[a-z0-9]{3,}", r.offers.lower().replace("'", "")))
    extra = sorted(w for w in words - SMALL_WORDS if w not in row.replace("'", ""))
    assert not extra, f"{rid}: {extra} in 'offers' are not in its row of RESOURCES.md"


def test_new_entries_phone_numbers_exactly():
    c = load_catalogue()
    expected = {
        "kent_front_door": ("03000 411111", "03000 419191"),
        "missing_people": ("116 000", None),
        "papyrus_hopeline247": ("0800 068 4141", None),
        "nhs_111": ("111", None),
        "beat": ("0808 801 0677", None),
        "national_domestic_abuse_helpline": ("0808 2000 247", None),
        "crimestoppers": ("0800 555 111", None),
    }
    table = _harm_table()
    for rid, (phone, out_of_hours) in expected.items():
        assert (c[rid].phone, c[rid].out_of_hours_phone) == (phone, out_of_hours), rid
        assert phone in table
    assert c["missing_people"].text == "116 000"  # "call or text 116 000"
    assert (c["fearless"].url, c["take_it_down"].url, c["stopncii"].url) == (
        "www.fearless.org", "takeitdown.ncmec.org", "stopncii.org")


def test_new_age_limits_are_the_references_and_only_those():
    c = load_catalogue()
    table = _harm_table()
    assert c["papyrus_hopeline247"].age_max == 35 and "(up to 35)" in table
    assert c["stopncii"].age_min == 18 and "adults (18+)" in table
    assert c["report_harmful_content"].age_min == 13 and "aged over 13 (not for younger children)" in table
    for rid in ("kent_front_door", "missing_people", "nhs_111", "beat", "national_domestic_abuse_helpline",
                "crimestoppers", "fearless", "take_it_down"):
        assert (c[rid].age_min, c[rid].age_max) == (None, None), f"{rid}: the reference gives no age limit"


def test_kent_front_door_is_for_anyone_worried_about_a_child():
    r = load_catalogue()["kent_front_door"]
    assert set(r.audiences) == {"young_person", "adult", "parent", "professional"}
    assert r.age_min is None
    assert "anyone" in r.who and "not only professionals" in r.offers


def test_no_opening_time_the_reference_does_not_give():
    reference = (REFERENCE / "RESOURCES.md").read_text(encoding="utf-8")
    rows = _reference_rows()
    said_any_time = {label.split(" (")[0] for label, facts in rows.items() if "any time" in " ".join(facts)}
    assert said_any_time == {"Samaritans", "Shout", "National Gambling Helpline", "National Domestic Abuse Helpline"}
    hours = re.compile(r"\b24 ?hours?\b|24/7|\b\d{1,2} ?(am|pm)\b|\bopen (from|until|between)\b|day or night|any ?time",
                       re.I)
    for r in load_catalogue():
        for text in (r.offers, r.offers_child or "", r.phone_note or ""):
            if hours.search(text):
                assert r.name.split(" (")[0] in said_any_time, f"{r.id}: {text!r} states an opening time"
    assert "Childline | 0800 1111, free;" in reference  # Childline: free, no hours given


def test_ukcis_card_does_not_send_a_safeguarding_lead_to_themselves():
    r = load_catalogue()["ukcis_sharing_nudes_guidance"]
    for text in (r.offers, r.how_to_find or "", r.who):
        assert "safeguarding lead" not in text.lower()


# --- sources to check again -----------------------------------------------------------

SEED_DATES = {  # what each dated seed says of itself
    "003_ecf35a7715a111a2.txt": ("October 2019", 2019),
    "004_ef6904fa60d27d6b.txt": ("Updated following feedback from KSCB\tAugust 2016", 2016),
}


def test_entries_from_dated_seeds_carry_the_seeds_year():
    for seed, (phrase, _year) in SEED_DATES.items():
        assert phrase in (SEEDS_DIR / seed).read_text(encoding="utf-8")
    for r in load_catalogue():
        if r.source in SEED_DATES:
            assert r.source_year == SEED_DATES[r.source][1], \
                f"{r.id}: source {r.source} is from {SEED_DATES[r.source][1]}"
        else:
            assert r.source_year is None, r.id


def test_old_and_superseded_sources_are_listed_for_checking():
    catalogue = load_catalogue()
    assert catalogue["kscb_sexting_guidance"].superseded_by == "ukcis_sharing_nudes_guidance"
    listed = {r.id: reason for r, reason in catalogue.to_recheck(dt.date(2026, 11, 30))}
    assert "superseded" in listed["kscb_sexting_guidance"]
    assert "2019" in listed["kscmp_courses"]  # the 2019 course link
    assert "childline" not in listed and "ukcis_sharing_nudes_guidance" not in listed
    # a source is old once it is more than three years old
    assert "kscmp_courses" not in {r.id for r, _ in catalogue.to_recheck(dt.date(2022, 12, 31))}


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("source_year", "2019", "field 'source_year'"),
        ("source_year", 19, "field 'source_year'"),
        ("superseded_by", "no_such_entry", "field 'superseded_by'"),
        ("superseded_by", "childline", "field 'superseded_by'"),
        ("offers_child", 3, "field 'offers_child'"),
        ("who_child", ["kids"], "field 'who_child'"),
    ],
)
def test_broken_new_fields_fail_naming_the_entry_and_field(raw, field, value, message):
    broken = copy.deepcopy(raw)
    next(r for r in broken["resources"] if r["id"] == "childline")[field] = value
    with pytest.raises(CatalogueError) as error:
        parse_catalogue(broken, SEEDS_DIR)
    assert "'childline'" in str(error.value) and message in str(error.value)
