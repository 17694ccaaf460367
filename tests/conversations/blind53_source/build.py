"""Build /work/blind53/blind53.yml from the conversations in yp.py, parents.py, pros.py."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: registers conversations

NAME = "blind53"
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
        for i, t in enumerate(c["turns"]):
            checks = {}
            person = t["p"]
            if person is None:
                # the service: a young person ALWAYS gets a person to talk to
                person = c["aud"] == "yp"
            if person or t["e"]:
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
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
                if c["age"] is not None and c["age"] <= 12:
                    none += UNDER13_NONE
            if t["e"]:
                none += EMERG_NONE
            anyset = set(checks.get("any", []))
            none = [x for x in _exp(dedup(none)) if x not in anyset]
            checks["none"] = none
            nr = t["nr"]
            if nr is None:
                nr = i > 0
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
    out = {"version": 1, "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = "# Independent conversation test set (%s), written from a description of the service only.\n" % NAME
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    aud = collections.Counter(c["_aud"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg_c, "emergency turns", emerg_t)
    print("audience", dict(aud), "turns by audience",
          dict(collections.Counter(c["_aud"] for c in convs for t in c["turns"])))
    print("under-11 yp convs", sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11))
    print("turn-length histogram", dict(sorted(collections.Counter(len(c["turns"]) for c in convs).items())))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
