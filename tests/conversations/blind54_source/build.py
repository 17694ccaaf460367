"""Build /work/blind54/blind54.yml from the conversation modules and print counts.

Adapted from the earlier author's build_example.py. Run: python3 /work/blind54/src/build.py
"""
import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import *  # noqa: E402,F401
from common import _exp  # noqa: E402
import yp_online, yp_offline, parents, pros  # noqa: E402,F401  (registers conversations)

NAME = "blind54"
OUT = "/work/%s/%s.yml" % (NAME, NAME)
RESOURCES = "/work/shared/reference/RESOURCES.md"
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
            person = True if t["p"] is None else t["p"]
            if person:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            anyl = _exp(dedup(t["a"]))
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_ASK_NONE
                if not t["ca"]:
                    none += ADULT_NONE
            if c["aud"] == "yp" and c["age"] is not None and c["age"] < 11 and i >= c["age_turn"]:
                none += YOUNG_NONE
            # never forbid a phrase that the same turn accepts (or that sits inside an accepted phrase)
            none = [x for x in _exp(dedup(none)) if not any(x in y for y in anyl)]
            checks["none"] = none
            nr = (i > 0) if t["nr"] is None else t["nr"]
            if nr:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_age": c["age"]})
    return convs


def validate(convs):
    """Sanity checks: every phone-like number in a check is in RESOURCES.md; every turn has a none list;
    every turn has an any list (the emergency flag itself requires 999)."""
    res = open(RESOURCES).read()
    problems = []
    numpat = re.compile(r"\b0\d{2,4} ?\d{3,4} ?\d{0,4}\b|\b1\d{2} ?\d{3}\b|\b85258\b")
    for c in convs:
        for t in c["turns"]:
            ch = t["checks"]
            for phrase in ch.get("any", []) + ch.get("none", []):
                for m in numpat.findall(phrase):
                    if m.strip() not in res:
                        problems.append((c["id"], "number not in RESOURCES", m))
            if not ch.get("none"):
                problems.append((c["id"], "no none list", t["user"]))
            if "any" not in ch:
                problems.append((c["id"], "no any list", t["user"]))
    return problems


class D(yaml.SafeDumper):
    pass


def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


D.add_representer(str, _str)

if __name__ == "__main__":
    convs = build()
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)

    probs = validate(convs)
    for p in probs:
        print("PROBLEM", p)

    aud = collections.Counter(c["_aud"] for c in convs)
    aud_turns = collections.Counter()
    for c in convs:
        aud_turns[c["_aud"]] += len(c["turns"])
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    mid = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"][1:])
              and not c["turns"][0]["checks"].get("emergency"))
    under11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11)
    lens = collections.Counter(len(c["turns"]) for c in convs)
    print("file", OUT)
    print("conversations", len(convs), "turns", nturns)
    print("by audience (convs)", dict(aud), " (turns)", dict(aud_turns))
    print("emergency: convs", emerg_c, "turns", emerg_t, "of which emergency appears mid-conversation", mid)
    print("young people under 11:", under11, " turns per conversation:", dict(sorted(lens.items())))
    print("by worry (total, by audience):")
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
