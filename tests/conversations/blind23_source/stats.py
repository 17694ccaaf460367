"""Load the written YAML back and print counts."""
import collections
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CONVS  # noqa: E402
import yp, parents, pros  # noqa: E402,F401

data = yaml.safe_load(open("/work/blind23/blind23.yml"))
convs = data["conversations"]
assert data["version"] == 1 and len(convs) == len(CONVS)
ids = [c["id"] for c in convs]
assert len(set(ids)) == len(ids)
nturns = sum(len(c["turns"]) for c in convs)
aud = collections.Counter(c["id"].split("-")[1] for c in convs)
worry = collections.Counter(c["worry"] for c in CONVS)
byaw = collections.defaultdict(collections.Counter)
for c in CONVS:
    byaw[c["worry"]][c["aud"]] += 1
emerg_convs = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
emerg_turns = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
mid = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"][1:])
          and not c["turns"][0]["checks"].get("emergency"))
no_any = [(c["id"], t["user"]) for c in convs for t in c["turns"] if "any" not in t["checks"]]
ages = collections.Counter(c["age"] for c in CONVS if c["aud"] == "yp")
print("conversations", len(convs), "turns", nturns)
print("by audience", dict(aud), "turns by audience",
      {a: sum(len(c["turns"]) for c in convs if c["id"].split("-")[1] == a) for a in aud})
print("emergency: conversations", emerg_convs, "(mid-conversation", mid, ") turns", emerg_turns)
print("young people by age", dict(sorted(ages.items())))
print("turns without an any-list", len(no_any), no_any[:5])
print("by worry (total, by audience):")
for w in sorted(byaw):
    print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
# facts check: every phone-number-like string in the checks appears in RESOURCES.md
res = open("/work/shared/reference/RESOURCES.md").read()
resd = re.sub(r"\D", "", res)
bad = set()
for c in convs:
    for t in c["turns"]:
        for p in t["checks"].get("any", []) + t["checks"].get("none", []):
            for m in re.findall(r"\d[\d \-]{5,}\d", p):
                if re.sub(r"\D", "", m) not in resd:
                    bad.add(m)
print("numbers not found in RESOURCES.md:", sorted(bad) or "none")
