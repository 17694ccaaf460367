"""Build /work/blind50/blind50.yml from the conversation modules."""
import os
import sys
import collections
import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
from common import _exp
import yp_online, yp_offline, parents, pros  # noqa: registers conversations

NAME = "blind50"
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
            checks["person"] = bool(t["p"])
            checks["emergency"] = bool(t["e"])
            a = [x for x in t["a"] if x.lower() not in GENERIC] or list(t["a"])
            if t["e"]:
                a = ["999"] + a if not a else a
            if a:
                checks["any"] = _exp(dedup(a))
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] == "yp":
                none += WHERE_LIVE
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "yp" and c["age"] is not None and c["age"] < 11:
                none += YOUNG_NONE
            anyset = set(checks.get("any", []))
            none = [x for x in _exp(dedup(none)) if x not in anyset]
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


def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


D.add_representer(str, _str)

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
    emerg_c = sum(1 for c in convs if any(t["checks"]["emergency"] for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"]["emergency"])
    under11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11)
    lens = collections.Counter(len(c["turns"]) for c in convs)
    print("wrote", path)
    print("conversations", len(convs), "turns", nturns, "| emergency convs", emerg_c, "emergency turns", emerg_t,
          "| under-11 convs", under11, "| turns per conv", dict(sorted(lens.items())))
    print("audience (convs)", dict(aud), "(turns)", dict(tby))
    for w in sorted(byaw):
        print("  %-18s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
