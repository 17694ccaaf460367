"""Build /work/blind44/blind44.yml from the conversation sources in this folder."""
import collections
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *          # noqa: E402,F401
from common import _exp       # noqa: E402
import yp_online, yp_offline, parents, pros  # noqa: E402,F401  (register conversations)
import third_turns  # noqa: E402,F401  (adds third turns)

NAME = "blind44"
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
            person = t["p"]
            if person is None:
                person = True if c["aud"] == "yp" else (i == 0)
            if person:
                checks["person"] = True
            checks["emergency"] = bool(t["e"])
            anyl = _exp(dedup(t["a"]))
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            else:
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11 and i >= c["age_at"]:
                    none += YOUNG_NONE
            none = _exp(dedup(none))
            low = t["user"].lower()
            if re.search(r"on its way|called 999|sending someone|police came|police found|ambulance", low):
                # the user says help is coming; the bot may echo that without claiming anything itself
                none = [x for x in none if not x.startswith("help is on")]
            if any(h in anyl for h in _exp(HOWSAY)):
                # the reply may script words for the young person to say ("i'll tell them ...")
                none = [x for x in none if not ((x.startswith("i'll ") or x.startswith("i\u2019ll ")
                                                  or x.startswith("i will "))
                                                 and "secret" not in x and "not tell" not in x)]
            # never forbid a phrase that a required phrase contains
            none = [x for x in none if not any(x in a for a in anyl)]
            checks["none"] = none
            if i > 0:
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
    with open(OUT, "w") as f:
        f.write(header + body)
    aud = collections.Counter(c["_aud"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    eturns = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    econvs = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    print("wrote", OUT)
    print("conversations", len(convs), "turns", nturns, "emergency turns", eturns, "in", econvs, "conversations")
    print("by audience:", dict(aud), "turns:",
          dict(collections.Counter({a: 0 for a in aud}) + collections.Counter(
              {a: sum(len(c["turns"]) for c in convs if c["_aud"] == a) for a in aud})))
    print("by worry:")
    for w in sorted(byaw):
        print("  %-20s %3d  %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
