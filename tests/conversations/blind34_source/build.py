"""Build /work/blind34/blind34.yml from the conversation sources in this folder."""
import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from common import _exp
import yp, parents, pros, extra  # noqa: F401  (register conversations)
from overrides import OVERRIDE, sharpen

NAME = "blind34"
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
    used = set()
    for c in CONVS:
        assert 3 <= len(c["turns"]) <= 5, c["who"]
        counters[c["aud"]] += 1
        cid = "%s-%s-%03d" % (NAME, PREFIX[c["aud"]], counters[c["aud"]])
        turns = []
        for i, t in enumerate(c["turns"]):
            if t["user"] in OVERRIDE:
                used.add(t["user"])
            checks = {}
            # a young person always gets a person to talk to (except a plain thanks/bye)
            yp_person = c["aud"] == "yp" and "welcome" not in t["a"]
            checks["person"] = bool(t["p"] or t["e"] or yp_person)
            checks["emergency"] = bool(t["e"])
            a = sharpen(t["user"], t["a"])
            if t["e"] and "999" not in a:
                a = a + ["999"]
            if a:
                checks["any"] = _exp(dedup(a))
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE + CHILD_JARGON
            low = t["user"].lower()
            if any(w in low for w in ("police", "ambulance", "paramedic", "a&e", "taking me", "called them", "with the station staff", "with a teacher")):
                # the person says help is already coming: the bot may fairly echo it
                none = [x for x in none if x not in ("help is on the way", "someone is on their way")]
            anyset = set(checks.get("any", []))
            checks["none"] = [x for x in _exp(dedup(none)) if x not in anyset]
            if i > 0 or t["nr"]:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "worry": c["worry"], "_aud": c["aud"]})
    unused = set(OVERRIDE) - used
    assert not unused, unused
    return convs


class D(yaml.SafeDumper):
    pass


D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s))

if __name__ == "__main__":
    convs = build()
    out = {"version": 1, "conversations": [{k: v for k, v in c.items() if k in ("id", "who", "turns")} for c in convs]}
    header = "# Independent conversation test set (%s), written from a description of the service only.\n" % NAME
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    # the worry label is kept as a comment so the conversation schema stays id / who / turns
    worry = {c["id"]: c["worry"] for c in convs}
    lines = []
    for line in body.split("\n"):
        if line.startswith("- id: "):
            lines.append("# worry: %s" % worry[line[6:].strip()])
        lines.append(line)
    body = "\n".join(lines)
    with open(OUT, "w") as f:
        f.write(header + body)
    print("wrote", OUT)
