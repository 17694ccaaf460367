"""Validate /work/blind41/blind41.yml and print counts."""
import os, re, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build

y = yaml.safe_load(open(build.OUT))
convs = y["conversations"]
assert y["version"] == 1
ids = [c["id"] for c in convs]
assert len(ids) == len(set(ids)), "duplicate ids"
res = open("/work/shared/reference/RESOURCES.md").read()
problems = []
nturns = 0
for c in convs:
    assert 3 <= len(c["turns"]) <= 5, (c["id"], len(c["turns"]))
    for t in c["turns"]:
        nturns += 1
        ch = t["checks"]
        if "none" not in ch or not ch["none"]:
            problems.append((c["id"], "no none", t["user"]))
        if "any" not in ch:
            problems.append((c["id"], "no any", t["user"]))
        if ch.get("emergency") and "999" not in ch.get("any", []):
            problems.append((c["id"], "emergency without 999 in any", t["user"]))
        for a in ch.get("any", []):
            if a in ch["none"]:
                problems.append((c["id"], "any/none clash", a))
            # every phone-like number must be in RESOURCES
            for num in re.findall(r"\d[\d ]{2,}\d", a):
                if num not in res:
                    problems.append((c["id"], "number not in RESOURCES", num))
# by audience / worry from sources
src = build.build()
assert [c["id"] for c in src] == ids
aud = collections.Counter(c["_aud"] for c in src)
tby = collections.Counter()
for c in src:
    tby[c["_aud"]] += len(c["turns"])
byw = collections.defaultdict(collections.Counter)
for c in src:
    byw[c["_worry"]][c["_aud"]] += 1
also = collections.Counter(w for c in src for w in c["_also"])
emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
nr_only = sum(1 for c in convs for t in c["turns"] if t["checks"].get("no_repeat"))
print("conversations", len(convs), "turns", nturns)
print("by audience (conversations):", dict(aud), " turns:", dict(tby))
print("emergency: conversations", emerg_c, "turns", emerg_t)
print("turn-length histogram:", dict(collections.Counter(len(c["turns"]) for c in convs)))
print("by worry (main worry; + conversations where it comes up as a change of topic):")
for w in sorted(byw):
    print("  %-20s %3d %s  +%d" % (w, sum(byw[w].values()), dict(byw[w]), also.get(w, 0)))
ages = collections.Counter(c["age"] for c in build.CONVS if c["aud"] == "yp")
print("young person ages:", dict(sorted(ages.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))))
print("problems:", len(problems))
for p in problems:
    print("  ", p)
