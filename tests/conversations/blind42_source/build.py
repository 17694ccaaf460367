"""Build /work/blind42/blind42.yml from the conversation modules."""
import collections
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
from common import _exp
import yp, parents, pros  # noqa: registers conversations

NAME = "blind42"
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
            checks["emergency"] = bool(t["e"])
            anyl = _exp(dedup(t["a"])) if t["a"] else []
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            else:
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
            # never forbid a phrase that a required phrase contains
            allow = set(_exp(t.get("allow", [])))
            none = [x for x in _exp(dedup(none)) if not any(x in a for a in anyl) and x not in allow]
            checks["none"] = none
            if i > 0:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"]})
    return convs


class D(yaml.SafeDumper):
    pass


def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


D.add_representer(str, _str)


def check_numbers(convs):
    """Every phone-like number in a check must appear in RESOURCES.md."""
    res = open("/work/shared/reference/RESOURCES.md").read()
    bad = set()
    for c in convs:
        for t in c["turns"]:
            for p in t["checks"].get("any", []):
                for m in re.findall(r"\d[\d ]{4,}\d", p):
                    if m not in res:
                        bad.add(m)
    return bad


if __name__ == "__main__":
    convs = build()
    out = {"version": 1, "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    bad = check_numbers(convs)
    if bad:
        print("NUMBERS NOT IN RESOURCES:", bad)
    aud = collections.Counter(c["_aud"] for c in convs)
    taud = collections.Counter()
    for c in convs:
        taud[c["_aud"]] += len(c["turns"])
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    no_any = sum(1 for c in convs for t in c["turns"] if not t["checks"].get("any"))
    print("file", OUT)
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg_c, "emergency turns", emerg_t,
          "turns without any", no_any)
    print("audience convs", dict(aud), "turns", dict(taud))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
