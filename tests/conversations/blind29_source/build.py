"""Build /work/blind29/blind29.yml from the conversation sources (adapted from briefs/build_example.py)."""
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F401
from common import _exp  # noqa: E402
import yp, parents, pros  # noqa: E402,F401  (register conversations)

NAME = "blind29"
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
            # person: young people always get someone to talk to (except on a goodbye);
            # adults on their first turn, later only where stated.
            p = t["p"]
            if p is None:
                p = True if c["aud"] == "yp" else (i == 0)
            if t["e"]:
                p = True
            if p:
                checks["person"] = True
            checks["emergency"] = bool(t["e"])
            if t["a"]:
                checks["any"] = _exp(dedup(t["a"]))
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11 and i >= c["age_from"]:
                    none += YOUNG_NONE
            if t["typed"]:
                none += TYPED_NONE
            # never forbid a phrase that the same turn requires (or that contains/is contained by one)
            anyset = checks.get("any", [])
            none = [x for x in _exp(dedup(none)) if not any(x in a for a in anyset)]
            checks["none"] = none
            if i > 0:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_typed": sum(1 for t in c["turns"] if t["typed"])})
    return convs


class D(yaml.SafeDumper):
    pass


def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


D.add_representer(str, _str)

if __name__ == "__main__":
    convs = build()
    out = {"version": 1, "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = "# Independent conversation test set (%s), written from a description of the service only.\n" % NAME
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    print("wrote", OUT)
