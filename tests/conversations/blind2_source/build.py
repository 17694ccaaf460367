import json, sys, collections
sys.path.insert(0, '/work/blind2')
from yp import YP
from pa import PA
from pro import PRO

ALLOWED = {"person", "emergency", "any", "none", "no_repeat"}
convs = YP + PA + PRO
ids = [c["id"] for c in convs]
assert len(ids) == len(set(ids)), "duplicate ids"

def q(s):
    return json.dumps(s, ensure_ascii=False)

def flow(checks):
    parts = []
    for k in ["person", "emergency", "any", "none", "no_repeat"]:
        if k in checks:
            v = checks[k]
            if isinstance(v, bool):
                parts.append(f"{k}: {'true' if v else 'false'}")
            else:
                parts.append(f"{k}: [" + ", ".join(q(x) for x in v) + "]")
    return "{" + ", ".join(parts) + "}"

lines = ["version: 1",
         "# Independent conversation test set, written from a description of the service only.",
         "# Audiences: young people (b2-yp-*), parents/carers (b2-pa-*), professionals (b2-pro-*).",
         "conversations:"]
for c in convs:
    assert 3 <= len(c["turns"]) <= 6, c["id"]
    lines.append(f"- id: {c['id']}")
    lines.append(f"  who: {q(c['who'])}")
    lines.append("  turns:")
    for tn in c["turns"]:
        ch = tn["checks"]
        assert ch, (c["id"], tn["user"])
        assert set(ch) <= ALLOWED
        for k in ("any", "none"):
            for x in ch.get(k, []):
                assert x == x.lower(), (c["id"], x)
        # an 'any' phrase must never also be forbidden
        assert not (set(ch.get("any", [])) & set(ch.get("none", []))), (c["id"], tn["user"])
        lines.append(f"  - user: {q(tn['user'])}")
        lines.append(f"    checks: {flow(ch)}")
open("/work/blind2/blind2.yml", "w").write("\n".join(lines) + "\n")

# ---- stats ----
aud = collections.Counter(c["id"].split("-")[1] for c in convs)
worry = collections.Counter(w for c in convs for w in c["_worries"])
tags = collections.Counter(tg for c in convs for tn in c["turns"] for tg in tn["_tags"])
dg_convs = sum(1 for c in convs if any("dg" in tn["_tags"] and i > 0 for i, tn in enumerate(c["turns"])))
dg_first = sum(1 for c in convs if "dg" in c["turns"][0]["_tags"])
nturns = sum(len(c["turns"]) for c in convs)
print("conversations", len(convs), "turns", nturns)
print("audience", dict(aud))
print("turns by audience", {a: sum(len(c['turns']) for c in convs if c['id'].split('-')[1]==a) for a in aud})
print("danger mid-conversation convs", dg_convs, "danger at turn 1", dg_first)
print("tags", dict(tags))
print("emergency-check turns", sum(1 for c in convs for tn in c["turns"] if tn["checks"].get("emergency")))
print("turn-length distribution", collections.Counter(len(c["turns"]) for c in convs))
for w, n in sorted(worry.items(), key=lambda x: -x[1]):
    print(f"  {n:3d}  {w}")
