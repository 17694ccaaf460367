"""Build /work/blind60/blind60.yml from the conversation sources and print counts."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: registers conversations

NAME = "blind60"
PREFIX = {"yp": "yp", "parent": "pa", "pro": "pro"}


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def build():
    counters = collections.Counter()
    convs = []
    problems = []
    for c in CONVS:
        counters[c["aud"]] += 1
        cid = "%s-%s-%03d" % (NAME, PREFIX[c["aud"]], counters[c["aud"]])
        turns = []
        for i, t in enumerate(c["turns"]):
            checks = {}
            if t["p"]:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            if t["a"]:
                checks["any"] = _exp(dedup(t["a"]))
            none = list(BASE_NONE) + list(t["n"])
            if i >= c["young_from"]:
                none += list(c["extra_none"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "parent":
                none += PARENT_NONE
            if c["aud"] == "pro":
                none += PRO_NONE
            if c["aud"] == "yp" and c["age"] is not None and c["age"] < 11 and i >= c["young_from"]:
                none += YOUNG_NONE
            anyl = checks.get("any", [])
            # never forbid a phrase that a required phrase contains
            kept = []
            for x in _exp(dedup(none)):
                if any(x in a for a in anyl):
                    problems.append((cid, i, x))
                    continue
                kept.append(x)
            checks["none"] = kept
            if t["nr"]:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"]})
    return convs, problems


class D(yaml.SafeDumper):
    pass


D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s))

if __name__ == "__main__":
    convs, problems = build()
    out = {"version": 1, "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = "# Independent conversation test set (%s), written from a description of the service only.\n" % NAME
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    path = "/work/%s/%s.yml" % (NAME, NAME)
    with open(path, "w") as f:
        f.write(header + body)
    for p in problems:
        print("dropped none phrase contained in a required phrase:", p)
    aud = collections.Counter(c["_aud"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    print(path)
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg_c, "emergency turns", emerg_t)
    print("audience", dict(aud))
    print("turns by audience", {a: sum(len(c["turns"]) for c in convs if c["_aud"] == a) for a in aud})
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
