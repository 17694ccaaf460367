"""Build /work/blind56/blind56.yml from yp.py, parents.py, pros.py."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: F401  (register conversations)

NAME = "blind56"
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
        for t in c["turns"]:
            checks = {}
            checks["person"] = bool(t["p"])
            checks["emergency"] = bool(t["e"])
            if t["a"]:
                a = []
                for p in t["a"]:
                    # a bare "tell" would also match "can you tell me more"; require telling someone
                    a += TELL if p == "tell" else [p]
                checks["any"] = _exp(dedup(a))
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "pro" and c["pro_none"]:
                none += PRO_NONE
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
            anyset = set(checks.get("any", []))
            none = [x for x in _exp(dedup(none)) if x not in anyset]
            checks["none"] = none
            if t["nr"] or len(turns) > 0:
                # every follow-up turn: the bot must not ask again what it asked in its previous reply
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_age": c["age"]})
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
    aud = collections.Counter(c["_aud"] for c in convs)
    turns_aud = collections.Counter()
    for c in convs:
        turns_aud[c["_aud"]] += len(c["turns"])
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    under11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11)
    print("written", OUT)
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg_c, "emergency turns", emerg_t,
          "under-11 convs", under11)
    print("by audience (convs)", dict(aud), "(turns)", dict(turns_aud))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
