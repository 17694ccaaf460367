"""Build /work/blind26/blind26.yml from the conversation sources (yp.py, parents.py, pros.py)."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: registers conversations

NAME = "blind26"
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
        young = c["aud"] == "yp" and c["age"] is not None and c["age"] < 11
        turns = []
        for i, t in enumerate(c["turns"]):
            checks = {}
            p = t["p"] if t["p"] is not None else (c["aud"] == "yp")
            if t["e"]:
                p = True
            if p:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            anyl = list(t["a"])
            if t["e"] and "999" not in anyl:
                anyl = ["999"] + anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if t["e"]:
                none += EMERG_NONE
            if any(k in t["user"].lower() for k in HELP_COMING):
                none = [x for x in none if x not in ECHO_OK]
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "yp":
                none += YP_NONE
            if young:
                none += YOUNG_NONE
            anyl = _exp(dedup(anyl))
            none = _exp(dedup(none))
            # an any-phrase that contains a forbidden phrase could never pass: drop it from any
            anyl = [a for a in anyl if not any(n in a for n in none)]
            if anyl:
                checks["any"] = anyl
            checks["none"] = none
            if i > 0:
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
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    # ---- validate & count ----
    data = yaml.safe_load(open(OUT))
    cs = data["conversations"]
    assert data["version"] == 1 and len(cs) == len(convs)
    assert len({c["id"] for c in cs}) == len(cs)
    nturns = sum(len(c["turns"]) for c in cs)
    no_any = [(c["id"], t["user"]) for c in cs for t in c["turns"] if "any" not in t["checks"]]
    for c in cs:
        for t in c["turns"]:
            ch = t["checks"]
            assert ch["none"], c["id"]
            if ch.get("emergency"):
                assert "999" in ch["any"], c["id"]
            for a in ch.get("any", []):
                assert a == a.lower() and not any(n in a for n in ch["none"]), (c["id"], a)
    aud = collections.Counter(c["_aud"] for c in convs)
    tby = collections.Counter()
    for c in convs:
        tby[c["_aud"]] += len(c["turns"])
    emerg_c = sum(1 for c in cs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in cs for t in c["turns"] if t["checks"].get("emergency"))
    under11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11)
    print("file", OUT)
    print("conversations", len(cs), "turns", nturns, "emergency conversations", emerg_c, "emergency turns", emerg_t)
    print("by audience (conversations)", dict(aud), " (turns)", dict(tby), " under-11 yp conversations", under11)
    print("turn-length distribution", dict(sorted(collections.Counter(len(c["turns"]) for c in cs).items())))
    print("turns without an any list", len(no_any), no_any)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    print("by worry:")
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
