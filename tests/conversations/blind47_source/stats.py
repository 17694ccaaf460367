"""Load the YAML back and print counts."""
import collections, sys, yaml
sys.path.insert(0, __import__("os").path.dirname(__file__))
import build

d = yaml.safe_load(open(build.OUT))
convs = d["conversations"]
meta = {c["id"]: c for c in build.build()}
aud = collections.Counter(meta[c["id"]]["_aud"] for c in convs)
aud_turns = collections.Counter()
for c in convs:
    aud_turns[meta[c["id"]]["_aud"]] += len(c["turns"])
byaw = collections.defaultdict(collections.Counter)
for c in convs:
    byaw[meta[c["id"]]["_worry"]][meta[c["id"]]["_aud"]] += 1
nturns = sum(len(c["turns"]) for c in convs)
emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
lens = collections.Counter(len(c["turns"]) for c in convs)
print("version", d["version"], "conversations", len(convs), "turns", nturns)
print("emergency conversations", emerg_c, "emergency turns", emerg_t)
print("turns per conversation", dict(sorted(lens.items())))
print("by audience (convs)", dict(aud), "(turns)", dict(aud_turns))
print("by worry:")
for w in sorted(byaw):
    print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
# sanity
ids = [c["id"] for c in convs]
assert len(ids) == len(set(ids))
for c in convs:
    for i, t in enumerate(c["turns"]):
        ch = t["checks"]
        assert ch["none"], c["id"]
        assert "any" in ch or not ch.get("person"), (c["id"], i)
        assert not (set(ch.get("any", [])) & set(ch["none"])), (c["id"], i)
        assert all(x == x.lower() for x in ch.get("any", []) + ch["none"]), (c["id"], i)
print("no turn without any:", sum(1 for c in convs for t in c["turns"] if "any" not in t["checks"]))
