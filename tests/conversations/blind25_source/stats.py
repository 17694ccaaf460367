"""Load the YAML back and print counts; also lint the checks."""
import collections
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402

PATH = build.OUT
data = yaml.safe_load(open(PATH))
convs = data["conversations"]
assert data["version"] == 1
ids = [c["id"] for c in convs]
assert len(ids) == len(set(ids)), "duplicate ids"

meta = {c["id"]: c for c in build.build()[0]}
nturns = sum(len(c["turns"]) for c in convs)
print("file", PATH)
print("conversations", len(convs), "turns", nturns)
aud = collections.Counter(meta[c["id"]]["_aud"] for c in convs)
print("by audience", dict(aud), {k: sum(len(c["turns"]) for c in convs if meta[c["id"]]["_aud"] == k)
                                  for k in aud})
emc = [c for c in convs if any(t["checks"].get("emergency") for t in c["turns"])]
emt = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
mid = sum(1 for c in emc if not c["turns"][0]["checks"].get("emergency"))
print("emergency: conversations", len(emc), "(danger appears mid-conversation in", mid, ") turns", emt)
print("turn-length distribution", dict(collections.Counter(len(c["turns"]) for c in convs)))
ages = collections.Counter()
for c in convs:
    m = meta[c["id"]]
    if m["_aud"] == "yp":
        a = m["_age"]
        ages["unknown" if a is None else "8-10" if a < 11 else "11-13" if a < 14 else "14-17"] += 1
print("young people by age band", dict(ages))
byw = collections.defaultdict(collections.Counter)
for c in convs:
    byw[meta[c["id"]]["_worry"]][meta[c["id"]]["_aud"]] += 1
print("by worry:")
for w in sorted(byw):
    print("  %-20s %3d %s" % (w, sum(byw[w].values()), dict(byw[w])))

# lint
issues = 0
phone = re.compile(r"\b\d{3,5} ?\d{3} ?\d{3,4}\b")
allowed = open("/work/shared/reference/RESOURCES.md").read()
for c in convs:
    for i, t in enumerate(c["turns"]):
        ch = t["checks"]
        anyl = ch.get("any", [])
        if not anyl and i == 0:
            print("lint: first turn without any", c["id"]); issues += 1
        for a in anyl:
            for n in ch["none"]:
                if n in a:
                    print("lint: none inside any", c["id"], i, n, a); issues += 1
            for m in phone.findall(a):
                if m not in allowed:
                    print("lint: number not in RESOURCES", c["id"], m); issues += 1
        if ch.get("emergency") and "999" not in anyl:
            print("lint: emergency without 999 in any", c["id"], i); issues += 1
        if any(x != x.lower() for x in anyl + ch["none"]):
            print("lint: upper case in checks", c["id"], i); issues += 1
print("lint issues", issues)
