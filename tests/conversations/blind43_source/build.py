"""Build /work/blind43/blind43.yml from the conversation modules and print counts."""
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F401
from common import _exp, CONVS, BASE_NONE, YP_NONE, ADULT_NONE, YOUNG_NONE, UNDER13_NONE  # noqa: E402
import yp  # noqa: E402,F401  (registers conversations)
import parents  # noqa: E402,F401
import pros  # noqa: E402,F401

NAME = "blind43"
OUT = "/work/%s/%s.yml" % (NAME, NAME)
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
    for c in CONVS:
        counters[c["aud"]] += 1
        cid = "%s-%s-%03d" % (NAME, PREFIX[c["aud"]], counters[c["aud"]])
        turns = []
        for i, t in enumerate(c["turns"]):
            checks = {}
            # young people always get a person to talk to; for adults the person/service check is on
            # the opening turn and on danger-now turns (practical follow-ups need not repeat a helpline)
            if t["p"] and (c["aud"] == "yp" or i == 0 or t["e"]):
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            anys = _exp(dedup(t["a"])) if t["a"] else []
            if anys:
                checks["any"] = anys
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] == "yp":
                none += YP_NONE
                age = c["age"]
                if age is not None and i >= c["age_from"]:
                    if age < 11:
                        none += YOUNG_NONE
                    if age < 13:
                        none += UNDER13_NONE
            else:
                none += ADULT_NONE
            # never forbid a phrase that a required phrase contains (a fair check cannot contradict itself)
            none = [x for x in _exp(dedup(none)) if not any(x in a for a in anys)]
            checks["none"] = none
            if t["nr"] and i > 0:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_age": c["age"]})
    return convs


class D(yaml.SafeDumper):
    pass


def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


D.add_representer(str, _str)


def main():
    convs = build()
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n"
              % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)

    # ---- counts
    aud = collections.Counter(c["_aud"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    tba = collections.Counter()
    for c in convs:
        tba[c["_aud"]] += len(c["turns"])
    emerg_convs = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_turns = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    mid = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"][1:])
              and not c["turns"][0]["checks"].get("emergency"))
    no_any = [(c["id"], t["user"]) for c in convs for t in c["turns"] if "any" not in t["checks"]]
    lens = collections.Counter(len(c["turns"]) for c in convs)
    ages = collections.Counter(c["_age"] for c in convs if c["_aud"] == "yp")
    print("file", OUT)
    print("conversations", len(convs), "turns", nturns)
    print("audience (conversations)", dict(aud), "turns", dict(tba))
    print("turns per conversation", dict(sorted(lens.items())))
    print("emergency: conversations", emerg_convs, "turns", emerg_turns, "mid-conversation", mid)
    print("young-person ages", dict(sorted(ages.items())))
    print("turns without an any-list", len(no_any), no_any[:5])
    print("by worry (total, by audience):")
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))


if __name__ == "__main__":
    main()
