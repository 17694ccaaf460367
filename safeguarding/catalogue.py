"""The resource catalogue: loading, schema validation and lookup.

The catalogue is ``data/catalogue/resources.yml``. It is loaded once (``default_catalogue``)
and validated on load; a broken entry raises ``CatalogueError`` naming the entry and field.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

import yaml

from safeguarding import DATA_DIR
from safeguarding.vocabulary import RULE_AUDIENCES, SIGNPOSTING_TOPICS, WORRIES  # noqa: F401  (WORRIES re-exported)

CATALOGUE_PATH = DATA_DIR / "catalogue" / "resources.yml"
# A snapshot of the reference documents the catalogue's facts are copied from.
REFERENCE_DIR = DATA_DIR / "catalogue" / "reference"
SEEDS_DIR = REFERENCE_DIR / "seeds"

# the audiences a service can be for: those of the signposting rules (safeguarding.vocabulary)
AUDIENCES = RULE_AUDIENCES
# a service's worries: the worries, "emergency" (after the 999 advice) and
# "talk_to_someone" (a person now)
WORRY_TAGS = SIGNPOSTING_TOPICS
REGIONS = ("national", "kent")
SEED_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
PHONE = re.compile(r"^\d{3}( ?\d{1,4}){0,3}$")
URL = re.compile(r"^(https://)?[a-z0-9-]+(\.[a-z0-9-]+)+(/[A-Za-z0-9_./-]*)?$")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$")
ID = re.compile(r"^[a-z][a-z0-9_]*$")

REQUIRED = ("id", "name", "offers", "audiences", "who", "worries", "region", "source", "checked")
OPTIONAL = (
    "url", "phone", "phone_note", "out_of_hours_phone", "text", "text_keyword", "email",
    "age_min", "age_max", "phone_source", "url_source", "how_to_find",
    "offers_child", "who_child", "source_year", "superseded_by", "offers_young_person",
)
# A source document older than this is listed by `make check-catalogue` for checking.
MAX_SOURCE_AGE_YEARS = 3


class CatalogueError(ValueError):
    """A catalogue entry is malformed. The message names the entry and the field."""


@dataclass(frozen=True)
class Resource:
    id: str
    name: str
    offers: str
    audiences: Tuple[str, ...]
    who: str
    worries: Tuple[str, ...]
    region: str
    source: str
    checked: dt.date
    url: Optional[str] = None
    phone: Optional[str] = None
    phone_note: Optional[str] = None
    out_of_hours_phone: Optional[str] = None
    text: Optional[str] = None
    text_keyword: Optional[str] = None
    email: Optional[str] = None
    age_min: Optional[int] = None
    age_max: Optional[int] = None
    phone_source: Optional[str] = None
    url_source: Optional[str] = None
    how_to_find: Optional[str] = None
    offers_child: Optional[str] = None
    # for a young person of 11 to 17 where ``offers`` is written for professionals
    offers_young_person: Optional[str] = None
    who_child: Optional[str] = None
    source_year: Optional[int] = None
    superseded_by: Optional[str] = None

    @property
    def href(self) -> Optional[str]:
        """The web address as a link (the catalogue keeps the source's spelling)."""
        if not self.url:
            return None
        return self.url if self.url.startswith("https://") else f"https://{self.url}"

    def suits_ages(self, low: int, high: int) -> bool:
        """True when every age from ``low`` to ``high`` is inside this resource's limits."""
        if self.age_min is not None and low < self.age_min:
            return False
        if self.age_max is not None and high > self.age_max:
            return False
        return True


@dataclass
class Catalogue:
    resources: Dict[str, Resource] = field(default_factory=dict)

    def __getitem__(self, resource_id: str) -> Resource:
        try:
            return self.resources[resource_id]
        except KeyError:
            raise KeyError(f"no resource with id {resource_id!r} in the catalogue") from None

    def __contains__(self, resource_id: str) -> bool:
        return resource_id in self.resources

    def __iter__(self):
        return iter(self.resources.values())

    def __len__(self) -> int:
        return len(self.resources)

    def stale(self, today: dt.date, max_age_days: int = 365) -> List[Resource]:
        """Entries last checked more than ``max_age_days`` before ``today``."""
        return [r for r in self if (today - r.checked).days > max_age_days]

    def to_recheck(self, today: dt.date,
                   max_source_age_years: int = MAX_SOURCE_AGE_YEARS) -> List[Tuple[Resource, str]]:
        """Entries whose source needs checking whatever their check date: a source
        document dated more than ``max_source_age_years`` before ``today``, or one that
        has been superseded. Each comes with the reason."""
        found = []
        for r in self:
            reasons = []
            if r.source_year is not None and today.year - r.source_year > max_source_age_years:
                reasons.append(f"source {r.source} dates from {r.source_year}, "
                               f"more than {max_source_age_years} years ago")
            if r.superseded_by:
                reasons.append(f"superseded by {r.superseded_by}")
            if reasons:
                found.append((r, "; ".join(reasons)))
        return found


def _fail(entry: str, field_name: str, problem: str) -> CatalogueError:
    return CatalogueError(f"catalogue entry {entry!r}, field {field_name!r}: {problem}")


def _check_source(name: str, key: str, value: Any, seeds_dir: Optional[Path]) -> None:
    if value == "general":
        return
    if not isinstance(value, str) or not SEED_NAME.match(value):
        raise _fail(name, key, f"must be a seed file name or 'general', got {value!r}")
    if seeds_dir is not None and seeds_dir.is_dir() and not (seeds_dir / value).is_file():
        raise _fail(name, key, f"no seed file {value!r} in {seeds_dir}")


def validate_entry(raw: Any, position: int, seeds_dir: Optional[Path] = None) -> Resource:
    """Check one raw YAML entry against the schema and build a ``Resource``."""
    if not isinstance(raw, dict):
        raise CatalogueError(f"catalogue entry #{position}: must be a mapping, got {type(raw).__name__}")
    name = str(raw.get("id") or f"#{position}")
    for key in REQUIRED:
        if raw.get(key) in (None, "", []):
            raise _fail(name, key, "is required")
    unknown = set(raw) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        raise _fail(name, sorted(unknown)[0], "is not a catalogue field")
    if not ID.match(str(raw["id"])):
        raise _fail(name, "id", "must be snake_case")
    for key in ("name", "offers", "who", "phone_note", "text_keyword", "how_to_find", "offers_child", "who_child",
                "superseded_by", "offers_young_person"):
        if key in raw and not isinstance(raw[key], str):
            raise _fail(name, key, "must be text")
    for key in ("audiences", "worries"):
        if not isinstance(raw[key], list):
            raise _fail(name, key, "must be a list")
    for value in raw["audiences"]:
        if value not in AUDIENCES:
            raise _fail(name, "audiences", f"unknown audience {value!r} (allowed: {', '.join(AUDIENCES)})")
    for value in raw["worries"]:
        if value not in WORRY_TAGS:
            raise _fail(name, "worries", f"unknown worry {value!r}")
    if raw["region"] not in REGIONS:
        raise _fail(name, "region", f"must be one of {', '.join(REGIONS)}")
    for key in ("phone", "out_of_hours_phone", "text"):
        if key in raw and not (isinstance(raw[key], str) and PHONE.match(raw[key])):
            raise _fail(name, key, f"must be a quoted number such as \"0800 1111\", got {raw[key]!r}")
    if "url" in raw and not (isinstance(raw["url"], str) and URL.match(raw["url"])):
        raise _fail(name, "url", f"is not a web address: {raw['url']!r}")
    if "email" in raw and not (isinstance(raw["email"], str) and EMAIL.match(raw["email"])):
        raise _fail(name, "email", f"is not an email address: {raw['email']!r}")
    if not any(k in raw for k in ("url", "phone", "text", "how_to_find")):
        raise _fail(name, "url", "a resource needs a web address, a phone or text number, or how_to_find")
    for key in ("age_min", "age_max"):
        if key in raw and not (isinstance(raw[key], int) and not isinstance(raw[key], bool) and 0 <= raw[key] <= 120):
            raise _fail(name, key, "must be a whole number of years")
    if "source_year" in raw and not (isinstance(raw["source_year"], int) and not isinstance(raw["source_year"], bool)
                                     and 1990 <= raw["source_year"] <= 2100):
        raise _fail(name, "source_year", "must be the year the source document gives, such as 2019")
    if "age_min" in raw and "age_max" in raw and raw["age_min"] > raw["age_max"]:
        raise _fail(name, "age_min", "is above age_max")
    for key in ("source", "phone_source", "url_source"):
        if key in raw:
            _check_source(name, key, raw[key], seeds_dir)
    if not isinstance(raw["checked"], dt.date):
        raise _fail(name, "checked", "must be a date such as 2026-11-23")
    values = dict(raw)
    values["audiences"] = tuple(raw["audiences"])
    values["worries"] = tuple(raw["worries"])
    return Resource(**values)


def parse_catalogue(document: Any, seeds_dir: Optional[Path] = None) -> Catalogue:
    if not isinstance(document, dict) or not isinstance(document.get("resources"), list):
        raise CatalogueError("the catalogue must be a mapping with a 'resources' list")
    catalogue = Catalogue()
    for position, raw in enumerate(document["resources"], start=1):
        resource = validate_entry(raw, position, seeds_dir)
        if resource.id in catalogue:
            raise _fail(resource.id, "id", "is used twice")
        catalogue.resources[resource.id] = resource
    for resource in catalogue:
        if resource.superseded_by is not None and (
                resource.superseded_by not in catalogue or resource.superseded_by == resource.id):
            raise _fail(resource.id, "superseded_by",
                        f"must name another catalogue entry, got {resource.superseded_by!r}")
    return catalogue


def load_catalogue(path: Path = CATALOGUE_PATH, seeds_dir: Optional[Path] = SEEDS_DIR) -> Catalogue:
    with open(path, encoding="utf-8") as handle:
        return parse_catalogue(yaml.safe_load(handle), seeds_dir)


@functools.lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The project's catalogue, loaded and validated once per process."""
    return load_catalogue()


def resources_for(catalogue: Catalogue, ids: Iterable[str]) -> List[Resource]:
    return [catalogue[i] for i in ids]
