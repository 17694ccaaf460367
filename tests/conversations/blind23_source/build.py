"""Build /work/blind23/blind23.yml from the conversation sources in this folder."""
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (CONVS, BASE_NONE, ADULT_NONE, YP_NONE, UNDER11_NONE, UNDER13_NONE, _exp)  # noqa: E402
import yp  # noqa: E402,F401  (registers conversations)
import parents  # noqa: E402,F401
import pros  # noqa: E402,F401

NAME = "blind23"
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
            anys = _exp(dedup(t["a"]))
            if t["e"] and "999" not in anys:
                anys = ["999"] + anys
            if anys:
                checks["any"] = anys
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            else:
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += UNDER11_NONE
                if c["age"] is not None and c["age"] < 13:
                    none += UNDER13_NONE
            # never forbid a phrase that a required phrase contains
            none = [x for x in _exp(dedup(none)) if not any(x in a for a in anys)]
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
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n"
              % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    print("wrote", OUT)
