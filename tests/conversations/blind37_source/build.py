"""Builds /work/blind37/blind37.yml from the conversation modules (scaffolding adapted from build_example.py)."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp_online, yp_offline, parents, pros, extra, more_turns  # noqa: registers conversations

NAME = "blind37"
import re
ECHO = re.compile(r"they're coming|theyre coming|is coming|are coming|on their way|on the way|called (999|them|the police|an ambulance|my mum)"
                  r"|has been called|calling them|phone to them|they.re going round|are informed|helping me")
ON_THE_WAY = ["help is on the way", "someone is on their way", "someone is on the way", "police are on their way"]
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
            checks["emergency"] = bool(t["e"])
            if t["a"]:
                checks["any"] = _exp(dedup(t["a"]))
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "yp" and c["age"] is not None and c["age"] < 11:
                none += YOUNG_NONE
            if ECHO.search(t["user"].lower()):
                # the user says help is already coming: a reply may fairly echo "while help is on the way"
                none = [x for x in none if x not in ON_THE_WAY]
            anyset = set(checks.get("any", []))
            # never forbid a phrase that the same turn requires, nor one contained in a required phrase
            none = [x for x in _exp(dedup(none)) if x not in anyset and not any(x in a for a in anyset)]
            checks["none"] = none
            if t["nr"]:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"]})
    return convs


class D(yaml.SafeDumper):
    pass


D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s))

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
    taud = collections.Counter()
    for c in convs:
        taud[c["_aud"]] += len(c["turns"])
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    print(path)
    print("conversations", len(convs), "turns", nturns, "emergency turns", emerg_t, "in", emerg_c, "conversations")
    print("audience (convs)", dict(aud), "turns", dict(taud))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
