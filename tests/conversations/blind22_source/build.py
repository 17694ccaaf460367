"""Build /work/blind22/blind22.yml from the conversation sources in this folder."""
import collections
import re
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
from common import _exp
import yp, parents, pros  # noqa: registers conversations

NAME = "blind22"
ONWAY = ["help is on the way", "help is on its way", "someone is on the way", "someone is on their way"]
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
            if t["e"]:
                p = True  # danger now: 999 first, then people to talk to
            if p:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            anyl = _exp(dedup(t["a"])) if t["a"] else []
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += UNDER11_NONE
            else:
                none += ADULT_NONE
                if c["aud"] == "pro":
                    none += PRO_NONE
            # when the user says help has already been called, a reply may echo "help is on the way"
            if re.search(r"calling the police now|calling an ambulance|called 999|police called|ambulance called|phoning them|police are here|police are going|on their way|driving me|rang my|going there now",
                         t["user"].lower()):
                none = [x for x in none if x not in ONWAY]
            anyset = set(anyl)
            # never forbid a phrase that the same turn accepts, or one contained in an accepted phrase
            none = [x for x in _exp(dedup(none)) if x not in anyset and not any(x in a for a in anyl)]
            checks["none"] = none
            if i > 0 and t["nr"]:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_age": c["age"]})
    return convs


class D(yaml.SafeDumper):
    pass


D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s))


def main():
    convs = build()
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=100000, default_flow_style=None)
    path = "/work/%s/%s.yml" % (NAME, NAME)
    with open(path, "w") as f:
        f.write(header + body)
    aud = collections.Counter(c["_aud"] for c in convs)
    taud = collections.Counter()
    for c in convs:
        taud[c["_aud"]] += len(c["turns"])
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    mid = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"][1:]))
    u11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] < 11)
    lens = collections.Counter(len(c["turns"]) for c in convs)
    print(path)
    print("conversations", len(convs), "turns", nturns)
    print("audience (conversations)", dict(aud), "turns", dict(taud))
    print("turn lengths", dict(sorted(lens.items())))
    print("emergency: conversations", emerg_c, "(mid-conversation", mid, ") turns", emerg_t)
    print("young people under 11:", u11)
    print("by worry (total, by audience):")
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))


if __name__ == "__main__":
    main()
