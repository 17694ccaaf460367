"""Build /work/blind47/blind47.yml from the conversation sources (adapted from build_example.py)."""
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
from common import _exp
import yp_online, yp_offline, parents, pros  # noqa: registers conversations

NAME = "blind47"
PREFIX = {"yp": "yp", "parent": "pa", "pro": "pro"}
OUT = "/work/%s/%s.yml" % (NAME, NAME)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


# single words that almost any reply contains: they would make an `any` check pass whatever the reply says,
# so they are dropped from `any` lists (except on thanks/acknowledgement turns, which are meant to be lenient).
GENERIC = set("""you no not can could might may still yes go now only off time hr age child help stay call most first
why try again more right open check extra list today new hard nice away home start later 12 13 17 18 19 20 ok okay
tell talk safe good great ask keep care stop never don't can't share fault worry both sign kind love sorry wrong
upset law group data names text chat link image video free head lead plan note leave write beat support app""".split())
GENERIC |= {w.replace("'", "\u2019") for w in GENERIC}


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
            checks["emergency"] = bool(t["e"])
            if t["a"]:
                a = list(t["a"])
                if "yes" in a:  # a bare "yes" matches anything; use answer-shaped forms instead
                    a += YESLIKE
                a = _exp(dedup(a))
                if t["p"]:
                    a = [x for x in a if x not in GENERIC]
                assert a, (c["who"], t["user"])
                checks["any"] = a
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["worry"] in ("bullying", "low_mood"):
                none += BRUSH_NONE
            if c["aud"] == "yp" and c["age"] is not None and c["age"] < 11:
                none += YOUNG_NONE
            anyset = set(checks.get("any", []))
            # never forbid a phrase that the same turn requires (or that contains / is contained in one)
            none = [x for x in _exp(dedup(none)) if x not in anyset and not any(x in a for a in anyset)]
            checks["none"] = none
            nr = t["nr"] if t["nr"] is not None else i > 0
            if nr:
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
    print("wrote", OUT)
