import re, yaml, collections
d = yaml.safe_load(open("/work/blind33/blind33.yml"))
meta = yaml.safe_load(open("/work/blind33/src/meta.yml"))
res = open("/work/shared/reference/RESOURCES.md").read()
convs = d["conversations"]
nt = sum(len(c["turns"]) for c in convs)
print("version", d["version"], "conversations", len(convs), "turns", nt)
aud = collections.Counter(meta[c["id"]]["audience"] for c in convs)
print("by audience:", dict(aud), {k: sum(len(c["turns"]) for c in convs if meta[c["id"]]["audience"] == k) for k in aud})
byw = collections.defaultdict(collections.Counter)
for c in convs:
    byw[meta[c["id"]]["worry"]][meta[c["id"]]["audience"]] += 1
print("by worry:")
for w in sorted(byw):
    print("  %-20s %3d %s" % (w, sum(byw[w].values()), dict(byw[w])))
em = [c for c in convs if any(t["checks"].get("emergency") for t in c["turns"])]
emmid = [c for c in em if not c["turns"][0]["checks"].get("emergency")]
print("conversations with an emergency turn:", len(em), "(danger appears mid-conversation in", len(emmid), ")",
      "emergency turns:", sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency")))
print("turn-length distribution:", dict(collections.Counter(len(c["turns"]) for c in convs)))
# sanity: every turn has none; any missing?
noany = [(c["id"], t["user"]) for c in convs for t in c["turns"] if not t["checks"].get("any")]
print("turns without any:", noany)
# numbers in checks must be in RESOURCES
nums = set()
for c in convs:
    for t in c["turns"]:
        for p in t["checks"].get("any", []):
            for m in re.findall(r"\d[\d ]{2,}\d", p):
                nums.add(m)
print("numbers used:", sorted(nums))
print("numbers not in RESOURCES:", [n for n in nums if n not in res])
# conflicts: a none phrase inside an any phrase
for c in convs:
    for t in c["turns"]:
        a = t["checks"].get("any", []); n = t["checks"]["none"]
        bad = [(x, y) for x in n for y in a if x in y]
        if bad: print("CONFLICT", c["id"], bad)
ids = [c["id"] for c in convs]
assert len(ids) == len(set(ids))
