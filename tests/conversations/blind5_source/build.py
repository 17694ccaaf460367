"""Build and validate /work/blind5/blind5.yml from yp.py, parents.py, pros.py."""
import collections
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from yp import YP  # noqa: E402
from parents import PA  # noqa: E402
from pros import PR  # noqa: E402

OUT = Path(__file__).parent.parent / "blind5.yml"
KEYS = {"person", "emergency", "any", "none", "no_repeat"}

HEADER = ("version: 1\n# Independent conversation test set (fifth round), "
          "written from a description of the service only.\n")


def build():
    convs = []
    for prefix, items in (("yp", YP), ("pa", PA), ("pr", PR)):
        for i, (who, turns) in enumerate(items, 1):
            convs.append({
                "id": f"b5-{prefix}-{i:03d}",
                "who": who,
                "turns": [{"user": u, "checks": c} for u, c in turns],
            })
    return convs


def validate(convs):
    ids = [c["id"] for c in convs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for c in convs:
        assert 3 <= len(c["turns"]) <= 5, (c["id"], len(c["turns"]))
        for t in c["turns"]:
            ch = t["checks"]
            assert ch and set(ch) <= KEYS, (c["id"], ch)
            for k in ("any", "none"):
                if k in ch:
                    assert all(isinstance(x, str) and x == x.lower() and "\u2019" not in x
                               for x in ch[k]), (c["id"], k)
            if "any" in ch and "none" in ch:
                assert not set(ch["any"]) & set(ch["none"]), (c["id"], t["user"])
            for k in ("person", "emergency", "no_repeat"):
                if k in ch:
                    assert ch[k] is True
        assert "no_repeat" not in c["turns"][0]["checks"], c["id"]


def main():
    convs = build()
    validate(convs)
    text = HEADER + yaml.safe_dump({"conversations": convs}, sort_keys=False,
                                   allow_unicode=True, width=100)
    OUT.write_text(text)
    data = yaml.safe_load(OUT.read_text())
    assert data["version"] == 1 and len(data["conversations"]) == len(convs)
    validate(data["conversations"])
    aud = collections.Counter(c["id"].split("-")[1] for c in convs)
    turns = sum(len(c["turns"]) for c in convs)
    emerg = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    print(f"{len(convs)} conversations, {turns} turns, {emerg} emergency turns; {dict(aud)}")


if __name__ == "__main__":
    main()
