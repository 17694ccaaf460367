"""Build /work/blind45/blind45.yml from the conversation modules."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: registers conversations

NAME = "blind45"
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
    convs, warnings = [], []
    for c in CONVS:
        counters[c["aud"]] += 1
        cid = "%s-%s-%03d" % (NAME, PREFIX[c["aud"]], counters[c["aud"]])
        turns = []
        for i, t in enumerate(c["turns"]):
            checks = {}
            p = t["p"]
            if p is None:
                # young people always get a person; adults on the opening turn, in an emergency, and
                # wherever the accepted phrases themselves are services
                p = True if c["aud"] == "yp" else (i == 0 or t["e"] or bool(set(t["a"]) & set(SERVICES)))
            if p:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            anyl = list(t["a"])
            if t["e"] and "999" not in anyl:
                anyl = ["999"] + anyl
            if anyl:
                checks["any"] = _exp(dedup(anyl))
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "pro":
                none += PRO_NONE
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
            anyset = set(checks.get("any", []))
            none = [x for x in _exp(dedup(none)) if x not in anyset]
            # a none phrase inside an accepted phrase would make the check self-contradictory
            for n in none:
                for a in anyset:
                    if n in a:
                        warnings.append((cid, i, n, a))
            checks["none"] = none
            nr = t["nr"]
            if nr is None:
                nr = i > 0
            if nr:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        worries = c["worry"] if isinstance(c["worry"], tuple) else (c["worry"],)
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": worries, "_aud": c["aud"]})
    return convs, warnings


class D(yaml.SafeDumper):
    pass


D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s))

if __name__ == "__main__":
    convs, warnings = build()
    for w in warnings:
        print("WARNING none-inside-any:", w)
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    aud = collections.Counter(c["_aud"] for c in convs)
    tby = collections.Counter()
    for c in convs:
        tby[c["_aud"]] += len(c["turns"])
    byaw = collections.defaultdict(collections.Counter)
    prim = collections.Counter(c["_worry"][0] for c in convs)
    for c in convs:
        for w in c["_worry"]:
            byaw[w][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg_c, "emergency turns", emerg_t)
    print("audience convs", dict(aud), "turns", dict(tby))
    print("worry (primary count / any mention by audience):")
    for w in sorted(byaw):
        print("  %-22s primary=%-3d %s" % (w, prim[w], dict(byaw[w])))
