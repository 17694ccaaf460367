"""List catalogue entries last checked more than 12 months ago (`make check-catalogue`).

Exit status 0 when every entry is fresh, 1 when some need checking again."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safeguarding.catalogue import CatalogueError, load_catalogue  # noqa: E402


def main(today: dt.date) -> int:
    try:
        catalogue = load_catalogue()
    except CatalogueError as error:
        print(f"The catalogue is broken: {error}")
        return 2
    stale = catalogue.stale(today)
    if not stale:
        print(f"All {len(catalogue)} catalogue entries were checked in the last 12 months.")
        return 0
    print(f"{len(stale)} of {len(catalogue)} entries were last checked more than 12 months ago:")
    for r in sorted(stale, key=lambda r: r.checked):
        print(f"  {r.id:40} checked {r.checked}  source {r.source}")
    return 1


if __name__ == "__main__":
    sys.exit(main(dt.date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else dt.date.today()))
