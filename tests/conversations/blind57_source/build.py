"""Builds /work/blind57/blind57.yml from yp.py, parents.py and pros.py and prints counts."""
import os, sys, collections, yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
from common import _exp
import yp, parents, pros  # noqa: registers conversations

NAME = "blind57"
PREFIX = {"yp": "yp", "parent": "pa", "pro": "pro"}
OUT = "/work/%s/%s.yml" % (NAME, NAME)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def build():
    counters = collections.Counter()
    convs = []
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
            anyl = _exp(dedup(t["a"]))
            if t["e"] and "999" not in anyl:
                anyl = ["999"] + anyl
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            else:
                none += YP_NONE
                if c["age"] is not None and i >= c["age_at"]:
                    if c["age"] < 17:  # a 17-year-old may fairly be told what changes at 18
                        none += UNDER18_NONE
                    if c["age"] < 11:
                        none += YOUNG_NONE
            anyset = set(anyl)
            # never forbid a phrase that the same turn accepts
            none = [x for x in _exp(dedup(none)) if x not in anyset and not any(x in a for a in anyset)]
            checks["none"] = none
            if i > 0:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"]})
    return convs


class D(yaml.SafeDumper):
    pass


D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s))

if __name__ == "__main__":
    convs = build()
    out = {"version": 1, "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = "# Independent conversation test set (%s), written from a description of the service only.\n" % NAME
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    aud = collections.Counter(c["_aud"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    tby = collections.Counter()
    for c in convs:
        tby[c["_aud"]] += len(c["turns"])
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    lens = collections.Counter(len(c["turns"]) for c in convs)
    print("conversations", len(convs), "turns", nturns, "| emergency convs", emerg_c, "emergency turns", emerg_t)
    print("turn lengths", dict(sorted(lens.items())))
    print("audience convs", dict(aud), "turns", dict(tby))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
