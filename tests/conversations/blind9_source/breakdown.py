"""Table of conversations by worry (section comments in the source files) and audience."""
import collections
import re

import yaml

table = collections.defaultdict(collections.Counter)
for fn, aud in (("yp.py", "yp"), ("parents.py", "par"), ("pros.py", "pro")):
    section = "general"
    for line in open(fn):
        m = re.match(r"\s*# -{5,} (.+)", line)
        if m:
            section = m.group(1).strip()
        if re.match(r'\s*C\("(yp|par|pro)"', line):
            table[section][aud] += 1
print(f"{'worry':50s} yp par pro total")
for k, c in table.items():
    print(f"{k:50s} {c['yp']:2d} {c['par']:3d} {c['pro']:3d} {sum(c.values()):5d}")
d = yaml.safe_load(open("/work/blind9/blind9.yml"))
c = d["conversations"]
aud = collections.Counter(x["id"].split("-")[1] for x in c)
turns = collections.Counter()
for x in c:
    turns[x["id"].split("-")[1]] += len(x["turns"])
print("convs", dict(aud), "turns", dict(turns))
em = [x for x in c if any(t["checks"].get("emergency") for t in x["turns"])]
first = [x for x in em if x["turns"][0]["checks"].get("emergency")]
print("emergency convs", len(em), "first-message", len(first), "later-turn", len(em) - len(first))
ages = collections.Counter()
for x in c:
    if x["id"].startswith("blind9-yp"):
        m = re.search(r"young person, (\d+)", x["who"])
        ages[int(m.group(1)) if m else "n/a"] += 1
print("yp ages", sorted(ages.items(), key=lambda kv: str(kv[0]).zfill(3)))
