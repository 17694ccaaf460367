"""Validate blind3.yml: loads, unique ids, 3-6 turns, every turn has a user string and
at least one check, only known check keys, sensible values, no phrase both required
and forbidden. Run: python3 src/validate.py"""
import sys
from pathlib import Path
import yaml

ALLOWED = {"person", "emergency", "any", "none", "no_repeat"}
path = Path(__file__).parent.parent / "blind3.yml"
doc = yaml.safe_load(path.read_text(encoding="utf-8"))
errors = []
assert doc["version"] == 1
convs = doc["conversations"]
ids = [c["id"] for c in convs]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
for c in convs:
    if set(c) - {"id", "who", "turns"}:
        errors.append(f"{c['id']}: unknown keys {set(c) - {'id', 'who', 'turns'}}")
    if not isinstance(c.get("who"), str) or not c["who"]:
        errors.append(f"{c['id']}: who")
    if not 3 <= len(c["turns"]) <= 6:
        errors.append(f"{c['id']}: {len(c['turns'])} turns")
    for i, t in enumerate(c["turns"]):
        if not isinstance(t.get("user"), str) or not t["user"].strip():
            errors.append(f"{c['id']}[{i}]: user")
        ch = t.get("checks") or {}
        if not ch:
            errors.append(f"{c['id']}[{i}]: no checks")
        if set(ch) - ALLOWED:
            errors.append(f"{c['id']}[{i}]: bad keys {set(ch) - ALLOWED}")
        for k in ("person", "emergency", "no_repeat"):
            if k in ch and ch[k] is not True:
                errors.append(f"{c['id']}[{i}]: {k} must be true")
        for k in ("any", "none"):
            if k in ch:
                v = ch[k]
                if not (isinstance(v, list) and v and all(isinstance(p, str) and p for p in v)):
                    errors.append(f"{c['id']}[{i}]: {k} must be a non-empty list of strings")
                elif any(p != p.lower() or "\u2019" in p for p in v):
                    errors.append(f"{c['id']}[{i}]: {k} not lower case/straight")
        if set(ch.get("any", [])) & set(ch.get("none", [])):
            errors.append(f"{c['id']}[{i}]: phrase both required and forbidden")
        if i == 0 and "no_repeat" in ch:
            errors.append(f"{c['id']}[0]: no_repeat on first turn")
turns = sum(len(c["turns"]) for c in convs)
print(f"{len(convs)} conversations, {turns} turns; errors: {len(errors)}")
for e in errors:
    print(" ", e)
sys.exit(1 if errors else 0)
