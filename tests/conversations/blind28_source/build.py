"""Build /work/blind28/blind28.yml from the conversation sources in this folder."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros, extra_turns  # noqa: F401  (registers conversations)

NAME = "blind28"
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
            anyl = _exp(dedup(t["a"]))
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE + SECRECY_ADULT
            else:
                none += SECRECY_YP
            if c["aud"] == "yp" and c["age"] is not None and c["age"] < 11:
                none += YOUNG_NONE
            none = _exp(dedup(none))
            # never forbid something that an acceptable phrase contains (or equals)
            none = [x for x in none if not any(x in a for a in anyl)]
            checks["none"] = none
            if t["nr"]:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"]})
    return convs


class D(yaml.SafeDumper):
    pass


if __name__ == "__main__":
    convs = build()
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    path = "/work/%s/%s.yml" % (NAME, NAME)
    with open(path, "w") as f:
        f.write(header + body)
    aud = collections.Counter(c["_aud"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    taud = collections.Counter()
    for c in convs:
        taud[c["_aud"]] += len(c["turns"])
    print(path)
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg_c, "emergency turns", emerg_t)
    print("audience (convs)", dict(aud), "audience (turns)", dict(taud))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
