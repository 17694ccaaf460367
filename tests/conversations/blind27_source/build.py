"""Build /work/blind27/blind27.yml from yp.py, parents.py, pros.py and print counts."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: F401  (each registers its conversations)

NAME = "blind27"
PREFIX = {"yp": "yp", "parent": "pa", "pro": "pro"}
NO_ASK_ID_WORRIES = {"grooming", "privacy"}   # a good reply may quote such questions as warning signs


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def build():
    counters = collections.Counter()
    convs, conflicts = [], []
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
            if t["e"]:
                checks["emergency"] = True
            anyl = _exp(dedup(t["a"]))
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE)
            if c["worry"] not in NO_ASK_ID_WORRIES:
                none += ASK_ID
            none += list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
                if c["u18"]:
                    none += UNDER18_ADULT_SERVICES
            none = _exp(dedup(none))
            # never forbid something that a required phrase contains (or equals)
            bad = [x for x in none if any(x in a for a in anyl)]
            for x in bad:
                conflicts.append((cid, i, x))
            none = [x for x in none if x not in bad]
            checks["none"] = none
            nr = t["nr"]
            if nr is None:
                nr = i > 0
            if nr:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_age": c["age"]})
    return convs, conflicts


class D(yaml.SafeDumper):
    pass


if __name__ == "__main__":
    convs, conflicts = build()
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=100000, default_flow_style=None)
    path = "/work/%s/%s.yml" % (NAME, NAME)
    with open(path, "w") as f:
        f.write(header + body)
    if conflicts:
        print("dropped none-phrases contained in a required phrase:", len(conflicts))
        for x in conflicts[:30]:
            print("  ", x)
    aud = collections.Counter(c["_aud"] for c in convs)
    turns_by_aud = collections.Counter()
    for c in convs:
        turns_by_aud[c["_aud"]] += len(c["turns"])
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    emerg_mid = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"][1:])
                    and not c["turns"][0]["checks"].get("emergency"))
    u11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11)
    print("file", path)
    print("conversations", len(convs), "turns", nturns)
    print("by audience (conversations)", dict(aud), "(turns)", dict(turns_by_aud))
    print("emergency: conversations", emerg_c, "turns", emerg_t, "danger appearing mid-conversation", emerg_mid)
    print("young people under 11:", u11)
    ages = collections.Counter(c["_age"] for c in convs if c["_aud"] == "yp")
    print("young people by age", dict(sorted(ages.items())))
    print("by worry: total {yp, parent, pro}")
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
