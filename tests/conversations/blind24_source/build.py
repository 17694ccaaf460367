"""Build /work/blind24/blind24.yml from the conversation sources (yp.py, parents.py, pros.py)."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: F401  (each registers conversations via C())

NAME = "blind24"
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
            p = t["p"]
            if p is None:
                p = True if c["aud"] == "yp" else (i == 0)
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
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
                if c["age"] is not None and c["age"] <= 12:
                    none += UNDER13_NONE
            # never forbid a phrase that the same turn requires
            anyset = set(checks.get("any", []))
            checks["none"] = [x for x in _exp(dedup(none)) if x not in anyset]
            nr = t["nr"]
            if nr is None:
                nr = i > 0
            if nr:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"]})
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
    aud = collections.Counter(c["_aud"] for c in convs)
    taud = collections.Counter()
    for c in convs:
        taud[c["_aud"]] += len(c["turns"])
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    eturns = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    emerg = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    noany = [(c["id"], t["user"]) for c in convs for t in c["turns"] if "any" not in t["checks"]]
    print("wrote", OUT)
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg, "emergency turns", eturns)
    print("audience convs", dict(aud), "turns", dict(taud))
    lens = collections.Counter(len(c["turns"]) for c in convs)
    print("turns per conversation", dict(sorted(lens.items())))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
    print("turns without any:", noany)
