"""Build /work/blind20/blind20.yml from the conversation sources (adapted from briefs/build_example.py)."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros  # noqa: F401  (registers conversations)

NAME = "blind20"
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
        for t in c["turns"]:
            checks = {}
            if t["p"]:
                checks["person"] = True
            checks["emergency"] = bool(t["e"])
            anyl = _exp(dedup(t["a"]))
            if t["e"] and "999" not in anyl and not anyl:
                anyl = ["999"]
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
            # never forbid a phrase that a required phrase contains (it would make the turn unpassable)
            none = [x for x in _exp(dedup(none)) if not any(x in a for a in anyl)]
            checks["none"] = none
            if t["nr"]:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns,
                      "_worry": c["worry"], "_also": c["also"], "_aud": c["aud"], "_age": c["age"]})
    return convs


class D(yaml.SafeDumper):
    pass


D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s))


def main():
    convs = build()
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    # ---- validate + counts ----
    data = yaml.safe_load(open(OUT))
    cs = data["conversations"]
    assert data["version"] == 1 and len(cs) == len(convs)
    ids = [c["id"] for c in cs]
    assert len(ids) == len(set(ids))
    for c in cs:
        assert 3 <= len(c["turns"]) <= 5, c["id"]
        for t in c["turns"]:
            ch = t["checks"]
            assert ch["none"], c["id"]
            assert ch.get("any") or ch.get("no_repeat"), (c["id"], t["user"])
            if ch["emergency"]:
                assert ch.get("person")
    nturns = sum(len(c["turns"]) for c in cs)
    nem_turns = sum(1 for c in cs for t in c["turns"] if t["checks"]["emergency"])
    nem_convs = sum(1 for c in cs if any(t["checks"]["emergency"] for t in c["turns"]))
    nem_mid = sum(1 for c in cs if any(t["checks"]["emergency"] for t in c["turns"][1:])
                  and not c["turns"][0]["checks"]["emergency"])
    print("file", OUT)
    print("conversations", len(cs), "turns", nturns)
    print("emergency turns", nem_turns, "in", nem_convs, "conversations (", nem_mid, "where danger appears mid-conversation )")
    print("no_repeat turns", sum(1 for c in cs for t in c["turns"] if t["checks"].get("no_repeat")))
    aud = collections.Counter(c["_aud"] for c in convs)
    aud_t = collections.Counter()
    for c in convs:
        aud_t[c["_aud"]] += len(c["turns"])
    print("by audience (conversations / turns):", {k: (aud[k], aud_t[k]) for k in aud})
    u11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11)
    print("young people under 11:", u11)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    also = collections.Counter(w for c in convs for w in c["_also"])
    print("by worry (primary; yp/parent/pro; +secondary mentions):")
    for w in sorted(byaw):
        print("  %-20s %3d  %s  +%d" % (w, sum(byaw[w].values()), dict(byaw[w]), also.get(w, 0)))


if __name__ == "__main__":
    main()
