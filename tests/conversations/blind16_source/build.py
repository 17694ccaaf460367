import sys, collections, yaml
sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *
from common import _exp
import yp, parents, pros  # noqa: registers conversations

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
        cid = "blind16-%s-%03d" % (PREFIX[c["aud"]], counters[c["aud"]])
        turns = []
        for t in c["turns"]:
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
            if c["aud"] == "yp" and c["age"] is not None and c["age"] < 11:
                none += YOUNG_NONE
            # never forbid a phrase that the same turn requires
            anyset = set(checks.get("any", []))
            none = [x for x in _exp(dedup(none)) if x not in anyset]
            checks["none"] = none
            if t["nr"]:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"]})
    return convs


class D(yaml.SafeDumper):
    pass


def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


D.add_representer(str, _str)

if __name__ == "__main__":
    convs = build()
    out = {"version": 1, "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = "# Independent conversation test set (blind16), written from a description of the service only.\n"
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open("/work/blind16/blind16.yml", "w") as f:
        f.write(header + body)
    aud = collections.Counter(c["_aud"] for c in convs)
    worry = collections.Counter(c["_worry"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    emerg = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    print("conversations", len(convs), "turns", nturns, "emergency convs", emerg)
    print("audience", dict(aud))
    for w in sorted(byaw):
        print(" ", w, sum(byaw[w].values()), dict(byaw[w]))
