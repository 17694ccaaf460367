"""Build /work/blind59/blind59.yml from the conversation modules."""
import os
import sys
import collections
import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
from common import _exp
import yp, parents, pros  # noqa: registers conversations

NAME = "blind59"
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
            if t["p"]:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            a = [x for x in dedup(t["a"]) if x.lower() not in BROAD]
            if t["a"] and not a:
                raise SystemExit("any list emptied by BROAD filter: %r" % t["user"])
            if a:
                checks["any"] = _exp(a)
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
                if c["age"] is not None and c["age"] < 13:
                    none += UNDER13_NONE
            anyset = set(checks.get("any", []))
            # never forbid a phrase that the same turn accepts (or one contained in an accepted phrase)
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
    path = "/work/%s/%s.yml" % (NAME, NAME)
    with open(path, "w") as f:
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
    mid = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"][1:])
              and not c["turns"][0]["checks"].get("emergency"))
    print(path)
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg_c, "(mid-conversation", mid,
          ") emergency turns", emerg_t)
    print("audience convs", dict(aud), "turns", dict(tby))
    lens = collections.Counter(len(c["turns"]) for c in convs)
    print("turns per conversation", dict(sorted(lens.items())))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
