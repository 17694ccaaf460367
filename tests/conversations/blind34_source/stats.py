"""Load the YAML back and print counts."""
import collections, yaml
d = yaml.safe_load(open("/work/blind34/blind34.yml"))
convs = d["conversations"]
import re
wmap = {}
_w = None
for line in open("/work/blind34/blind34.yml"):
    m = re.match(r"# worry: (\S+)", line)
    if m:
        _w = m.group(1)
    elif line.startswith("- id: "):
        wmap[line[6:].strip()] = _w
for c in convs:
    c["worry"] = wmap[c["id"]]
aud = collections.Counter(c["id"].split("-")[1] for c in convs)
turns = sum(len(c["turns"]) for c in convs)
em_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
em_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
mid = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"][1:]) and not c["turns"][0]["checks"].get("emergency"))
print("conversations", len(convs), "turns", turns)
print("audience", dict(aud), "turns by audience", {a: sum(len(c["turns"]) for c in convs if c["id"].split("-")[1] == a) for a in aud})
print("emergency turns", em_t, "conversations with emergency", em_c, "of which danger appears mid-conversation", mid)
print("turns without any:", sum(1 for c in convs for t in c["turns"] if "any" not in t["checks"]))
print("turn-length histogram", dict(collections.Counter(len(c["turns"]) for c in convs)))
ages = collections.Counter()
for c in convs:
    if c["id"].split("-")[1] == "yp":
        ages[int(c["who"].split(",")[1])] += 1
print("young people by age", dict(sorted(ages.items())))
byw = collections.defaultdict(collections.Counter)
for c in convs:
    byw[c["worry"]][c["id"].split("-")[1]] += 1
print("by worry:")
for w in sorted(byw):
    print("  %-20s %3d %s" % (w, sum(byw[w].values()), dict(byw[w])))
