"""Load the built YAML and print counts (validation)."""
import sys, collections, yaml, re
sys.path.insert(0, "/work/blind35/src")
path = "/work/blind35/blind35.yml"
data = yaml.safe_load(open(path))
convs = data["conversations"]
from build import build
meta = {c["id"]: c for c in build()}
nturns = sum(len(c["turns"]) for c in convs)
print("version", data["version"], "conversations", len(convs), "turns", nturns)
aud = collections.Counter(meta[c["id"]]["_aud"] for c in convs)
print("by audience (conversations):", dict(aud))
print("by audience (turns):", dict(collections.Counter(
    meta[c["id"]]["_aud"] for c in convs for _ in c["turns"])))
byw = collections.defaultdict(collections.Counter)
for c in convs:
    byw[meta[c["id"]]["_worry"]][meta[c["id"]]["_aud"]] += 1
print("by worry:")
for w in sorted(byw):
    print("  %-20s %3d %s" % (w, sum(byw[w].values()), dict(byw[w])))
em_turns = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
em_convs = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
mid = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"][1:])
          and not c["turns"][0]["checks"].get("emergency"))
print("emergency turns", em_turns, "in", em_convs, "conversations;", mid, "where danger appears mid-conversation")
print("turn-length distribution:", dict(collections.Counter(len(c["turns"]) for c in convs)))
under11 = sum(1 for c in convs if meta[c["id"]]["_age"] is not None and meta[c["id"]]["_age"] < 11)
print("young people under 11:", under11)
noany = [(c["id"], t["user"]) for c in convs for t in c["turns"] if "any" not in t["checks"]]
print("turns without any (typed answers):", len(noany), "; all no_repeat:",
      all(t["checks"].get("no_repeat") for c in convs for t in c["turns"] if "any" not in t["checks"]))
nonone = [c["id"] for c in convs for t in c["turns"] if not t["checks"].get("none")]
print("turns without none:", len(nonone))
# sanity: no any phrase also in none for the same turn
clash = [(c["id"], t["user"]) for c in convs for t in c["turns"]
         if set(t["checks"].get("any", [])) & set(t["checks"]["none"])]
print("any/none clashes:", len(clash))
ids = [c["id"] for c in convs]
assert len(ids) == len(set(ids))
