"""Load the written YAML back and print counts (validation)."""
import sys, collections, yaml, re
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
import build

d = yaml.safe_load(open(build.OUT))
convs = d["conversations"]
assert d["version"] == 1
ids = [c["id"] for c in convs]
assert len(ids) == len(set(ids))
meta = {c["id"]: (c["_aud"], c["_worry"]) for c in build.build()}
nt = sum(len(c["turns"]) for c in convs)
print("conversations", len(convs), "turns", nt)
aud = collections.Counter(meta[c["id"]][0] for c in convs)
print("by audience:", dict(aud), "turns:", dict(collections.Counter(
    meta[c["id"]][0] for c in convs for _ in c["turns"])))
print("turns per conversation:", dict(sorted(collections.Counter(len(c["turns"]) for c in convs).items())))
em_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
em_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
print("emergency turns", em_t, "in conversations", em_c)
print("turns with any:", sum(1 for c in convs for t in c["turns"] if t["checks"].get("any")),
      "no_repeat:", sum(1 for c in convs for t in c["turns"] if t["checks"].get("no_repeat")),
      "person:", sum(1 for c in convs for t in c["turns"] if t["checks"].get("person")),
      "every turn has none:", all(t["checks"].get("none") for c in convs for t in c["turns"]))
byw = collections.defaultdict(collections.Counter)
for c in convs:
    a, w = meta[c["id"]]
    byw[w][a] += 1
print("by worry:")
for w in sorted(byw):
    print("  %-20s %3d %s" % (w, sum(byw[w].values()), dict(byw[w])))
# sanity: no any-phrase is also in none
for c in convs:
    for t in c["turns"]:
        ch = t["checks"]
        assert not set(ch.get("any", [])) & set(ch["none"]), c["id"]
# phone numbers used in checks must come from RESOURCES.md
res = open("/work/shared/reference/RESOURCES.md").read()
nums = set()
for c in convs:
    for t in c["turns"]:
        for p in t["checks"].get("any", []) + t["checks"]["none"]:
            for m in re.findall(r"\d[\d ]{4,}\d", p):
                nums.add(m)
missing = [n for n in nums if n not in res]
print("numbers in checks:", len(nums), "not in RESOURCES.md:", missing)
