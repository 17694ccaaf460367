"""Build /work/blind39/blind39.yml from the conversation sources."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: registers conversations

NAME = "blind39"
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
            if t["a"]:
                checks["any"] = _exp(dedup(t["a"]))
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            else:
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
            drop = set(_exp(t["drop"]))
            anyset = set(checks.get("any", []))
            # never forbid a phrase the same turn requires, nor a substring of one
            none = [x for x in _exp(dedup(none))
                    if x not in drop and not any(x in a for a in anyset)]
            checks["none"] = none
            nr = t["nr"] if t["nr"] is not None else (i > 0)
            if nr:
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
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    path = "/work/%s/%s.yml" % (NAME, NAME)
    with open(path, "w") as f:
        f.write(header + body)
    # sanity
    data = yaml.safe_load(open(path))
    assert data["version"] == 1
    ids = [c["id"] for c in data["conversations"]]
    assert len(ids) == len(set(ids))
    for c in data["conversations"]:
        assert 3 <= len(c["turns"]) <= 5, (c["id"], len(c["turns"]))
        for t in c["turns"]:
            ch = t["checks"]
            assert ch["none"], c["id"]
            assert not (set(ch.get("any", [])) & set(ch["none"])), c["id"]
    aud = collections.Counter(c["_aud"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    tby = collections.Counter()
    for c in convs:
        tby[c["_aud"]] += len(c["turns"])
    emerg = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    eturns = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    noany = sum(1 for c in convs for t in c["turns"] if "any" not in t["checks"])
    u11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11)
    print("file", path)
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg, "emergency turns", eturns,
          "turns without any", noany, "under-11 convs", u11)
    print("audience convs", dict(aud), "turns", dict(tby))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
