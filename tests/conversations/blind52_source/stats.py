"""Loads the YAML back and prints counts (conversations, turns, by audience, by worry)."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build as B

data = yaml.safe_load(open("/work/blind52/blind52.yml"))
convs = data["conversations"]
assert data["version"] == 1
ids = [c["id"] for c in convs]
assert len(ids) == len(set(ids))
for c in convs:
    assert 2 <= len(c["turns"]) <= 5, c["id"]
    for t in c["turns"]:
        ch = t["checks"]
        assert isinstance(t["user"], str) and t["user"].strip()
        assert ch["none"], c["id"]
        for a in ch.get("any", []):
            assert a == a.lower()
        for n in ch["none"]:
            assert not any(n in a for a in ch.get("any", [])), (c["id"], n)
        if ch["emergency"]:
            assert "999" in ch["any"]
meta = B.build()
nturns = sum(len(c["turns"]) for c in convs)
aud = collections.Counter(c["_aud"] for c in meta)
aud_t = collections.Counter()
for c in meta:
    aud_t[c["_aud"]] += len(c["turns"])
print("conversations", len(convs), "turns", nturns)
print("turn lengths", dict(sorted(collections.Counter(len(c["turns"]) for c in convs).items())))
print("audience (convs)", dict(aud), "(turns)", dict(aud_t))
em_c = sum(1 for c in convs if any(t["checks"]["emergency"] for t in c["turns"]))
em_t = sum(1 for c in convs for t in c["turns"] if t["checks"]["emergency"])
print("conversations with a 999 turn", em_c, "| emergency turns", em_t)
noany = sum(1 for c in convs for t in c["turns"] if "any" not in t["checks"])
print("turns without an any list", noany)
ages = collections.Counter(c["_age"] for c in meta if c["_aud"] == "yp")
print("young-person ages", dict(sorted(ages.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))))
byw = collections.defaultdict(collections.Counter)
for c in meta:
    byw[c["_worry"]][c["_aud"]] += 1
also = collections.Counter(w for c in meta for w in c["_also"])
print("by primary worry (yp/parent/pro) [+ also touched]")
for w in sorted(byw):
    d = byw[w]
    print("  %-20s %3d  yp %2d  parent %2d  pro %2d  [+%d]" % (w, sum(d.values()), d["yp"], d["parent"], d["pro"], also[w]))
