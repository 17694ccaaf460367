"""List catalogue entries that need checking again (`make check-catalogue`): entries last
checked more than 12 months ago, and entries whose source is more than three years old or
superseded (marked in resources.yml with `source_year` or `superseded_by`).

Exit status 0 when nothing needs checking, 1 when something does, 2 when the catalogue
is broken."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import _bootstrap  # noqa: F401  (the repository root on sys.path: scripts/_bootstrap.py)
from safeguarding.catalogue import (
    CATALOGUE_PATH, MAX_SOURCE_AGE_YEARS, CatalogueError, load_catalogue,
)


def main(today: dt.date, path: Path = CATALOGUE_PATH) -> int:
    try:
        catalogue = load_catalogue(path)
    except CatalogueError as error:
        print(f"The catalogue is broken: {error}")
        return 2
    stale = catalogue.stale(today)
    old_sources = catalogue.to_recheck(today)
    if not stale:
        print(f"All {len(catalogue)} catalogue entries were checked in the last 12 months.")
    else:
        print(f"{len(stale)} of {len(catalogue)} entries were last checked more than 12 months ago:")
        for r in sorted(stale, key=lambda r: r.checked):
            print(f"  {r.id:40} checked {r.checked}  source {r.source}")
    if not old_sources:
        print(f"No entry comes from a source older than {MAX_SOURCE_AGE_YEARS} years or superseded.")
    else:
        print(f"{len(old_sources)} entries come from a source older than {MAX_SOURCE_AGE_YEARS} years "
              f"or superseded; check them against a current source:")
        for r, reason in sorted(old_sources, key=lambda pair: pair[0].id):
            print(f"  {r.id:40} {reason}")
    return 1 if stale or old_sources else 0


if __name__ == "__main__":
    sys.exit(main(dt.date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else dt.date.today()))
