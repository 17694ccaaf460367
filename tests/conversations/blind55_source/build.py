"""Build /work/blind55/blind55.yml from the conversation sources (yp, parents, pros, extra)."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros, extra  # noqa: registers conversations

PREFIX = {"yp": "yp", "parent": "pa", "pro": "pro"}
NAME = "blind55"
OUT = "/work/%s/%s.yml" % (NAME, NAME)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def build():
    extra.apply()
    order = {"yp": 0, "parent": 1, "pro": 2}
    counters = collections.Counter()
    convs = []
    for c in sorted(CONVS, key=lambda c: order[c["aud"]]):
        counters[c["aud"]] += 1
        cid = "%s-%s-%03d" % (NAME, PREFIX[c["aud"]], counters[c["aud"]])
        turns = []
        for i, t in enumerate(c["turns"]):
            checks = {}
            person = t["p"]
            if person is None:
                person = (c["aud"] == "yp")
            if person:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
                if "999" not in t["a"]:
                    t["a"] = ["999"] + t["a"]
            anyl = _exp(dedup(t["a"]))
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] == "yp":
                none += YP_NONE + YP_CLAIM_NONE
                if c["age"] is not None and c["age"] < 11 and i >= c["young_from"]:
                    none += YOUNG_NONE
            else:
                none += ADULT_NONE
            # never forbid a phrase that a required phrase contains (or that is required)
            none = [x for x in _exp(dedup(none)) if not any(x in a for a in anyl)]
            checks["none"] = none
            nr = t["nr"]
            if nr is None:
                nr = i > 0
            if nr:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        assert 3 <= len(turns) <= 5, (c["who"], len(turns))
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
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg_c, "emergency turns", emerg_t)
    print("audience (convs)", dict(aud), " (turns)", dict(tby))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
