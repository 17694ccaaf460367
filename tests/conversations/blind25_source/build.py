"""Build /work/blind25/blind25.yml from the conversation sources (yp.py, parents.py, pros.py)."""
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F401
from common import _exp  # noqa: E402
import yp, parents, pros  # noqa: E402,F401  (register conversations)

NAME = "blind25"
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
    problems = []
    for c in CONVS:
        counters[c["aud"]] += 1
        cid = "%s-%s-%03d" % (NAME, PREFIX[c["aud"]], counters[c["aud"]])
        turns = []
        for i, t in enumerate(c["turns"]):
            checks = {}
            if c["aud"] == "yp":
                person = True if t["p"] is None else t["p"]
            else:
                person = (i == 0) if t["p"] is None else t["p"]
            if person:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            anyl = _exp(dedup(t["a"]))
            if t["e"] and "999" not in anyl:
                anyl.append("999")
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
            none = _exp(dedup(none))
            # never forbid a phrase that a required phrase contains (or equals)
            kept = []
            for x in none:
                if any(x in a for a in anyl):
                    continue
                kept.append(x)
            checks["none"] = kept
            if i > 0:
                checks["no_repeat"] = True
            if not anyl and i == 0:
                problems.append((cid, "first turn without any"))
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_age": c["age"]})
    return convs, problems


class D(yaml.SafeDumper):
    pass


def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


D.add_representer(str, _str)

if __name__ == "__main__":
    convs, problems = build()
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n"
              % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    for p in problems:
        print("PROBLEM", p)
