"""Validate /work/blind29/blind29.yml and print counts."""
import collections, sys, os, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
d = yaml.safe_load(open(build.OUT))
convs = d["conversations"]
assert d["version"] == 1
ids = [c["id"] for c in convs]
assert len(ids) == len(set(ids))
meta = build.build()
assert [m["id"] for m in meta] == ids
nturns = 0
problems = []
for c, m in zip(convs, meta):
    assert 3 <= len(c["turns"]) <= 5, (c["id"], len(c["turns"]))
    for i, t in enumerate(c["turns"]):
        nturns += 1
        ch = t["checks"]
        assert isinstance(t["user"], str) and t["user"].strip()
        assert ch["none"], c["id"]
        if not ch.get("any") and "didn't understand" not in ch["none"]:
            problems.append((c["id"], i, "no any on a non-typed turn"))
        for a in ch.get("any", []):
            assert a == a.lower()
            for n in ch["none"]:
                if n in a:
                    problems.append((c["id"], i, "none %r inside any %r" % (n, a)))
        if ch.get("emergency"):
            assert "999" in ch.get("any", []), c["id"]
aud = collections.Counter(m["_aud"] for m in meta)
tb = collections.Counter()
for m in meta:
    tb[m["_aud"]] += len(m["turns"])
print("conversations", len(convs), "turns", nturns)
print("by audience (conversations):", dict(aud), " turns:", dict(tb))
em_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
em_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
mid = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"][1:]))
print("emergency turns", em_t, "in", em_c, "conversations;", mid, "with the emergency arising after turn 1")
print("typed-answer turns", sum(m["_typed"] for m in meta))
byaw = collections.defaultdict(collections.Counter)
for m in meta:
    byaw[m["_worry"]][m["_aud"]] += 1
print("by worry:")
for w in sorted(byaw):
    print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
print("problems:", problems or "none")
