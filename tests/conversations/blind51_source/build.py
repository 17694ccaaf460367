"""Build /work/blind51/blind51.yml from yp.py, parents.py and pros.py and print counts."""
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F401
from common import _exp  # noqa: E402
import yp, parents, pros  # noqa: E402,F401  (registering conversations)

NAME = "blind51"
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
        for t in c["turns"]:
            checks = {}
            if t["p"]:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
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
            # never forbid a phrase that the same turn accepts, nor one contained in an accepted phrase
            none = [x for x in _exp(dedup(none)) if not any(x in y for y in anyl)]
            checks["none"] = none
            if t["nr"]:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"]})
    return convs


class D(yaml.SafeDumper):
    pass


D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s))


def main():
    convs = build()
    ids = [c["id"] for c in convs]
    assert len(ids) == len(set(ids))
    for c in convs:
        assert 3 <= len(c["turns"]) <= 5, (c["id"], len(c["turns"]))
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n"
              % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    return convs


if __name__ == "__main__":
    convs = main()
    aud = collections.Counter(c["_aud"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    taud = collections.Counter()
    for c in convs:
        taud[c["_aud"]] += len(c["turns"])
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    mid = sum(1 for c in convs
              if any(t["checks"].get("emergency") for t in c["turns"]) and not c["turns"][0]["checks"].get("emergency"))
    print("file", OUT)
    print("conversations", len(convs), "turns", nturns)
    print("emergency: conversations", emerg_c, "(mid-conversation", mid, ") turns", emerg_t)
    print("audience conversations", dict(aud), "turns", dict(taud))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
