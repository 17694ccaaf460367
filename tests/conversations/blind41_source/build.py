"""Build /work/blind41/blind41.yml from yp.py, parents.py and pros.py."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: F401  (register conversations)

NAME = "blind41"
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
            p = t["p"]
            if p is None:
                if c["aud"] == "yp":
                    p = not t["bye"]
                else:
                    p = (i == 0)
            if t["e"]:
                p = True
            if p:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            if t["a"]:
                a = dedup(t["a"])
                specific = [x for x in a if x not in GENERIC]
                if len(specific) >= 3 and not t["bye"]:
                    a = specific
                checks["any"] = _exp(a)
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "pro":
                none += PRO_NONE
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 13:
                    none += UNDER13_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
            drop = set(_exp(t["ok"]))
            anyset = set(checks.get("any", []))
            # never forbid a phrase that the same turn requires or allows
            none = [x for x in _exp(dedup(none)) if x not in anyset and x not in drop]
            checks["none"] = none
            nr = t["nr"] if t["nr"] is not None else (i > 0)
            if nr:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_also": c["also"]})
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
