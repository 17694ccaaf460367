"""Build /work/blind18/blind18.yml from the conversation modules and print counts."""
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (CONVS, BASE_NONE, YP_NONE, ADULT_NONE, PRO_NONE, YOUNG_NONE, HELP_COMING_CLAIMS,
                    HELP_COMING_CUES, SCRIPT_RISK, SCRIPT_CUES, _exp)  # noqa: E402
import yp  # noqa: E402,F401  (registers conversations)
import parents  # noqa: E402,F401
import pros  # noqa: E402,F401

NAME = "blind18"
PREFIX = {"yp": "yp", "parent": "pa", "pro": "pro"}
AUD_LABEL = {"yp": "young person", "parent": "parent/carer", "pro": "professional"}


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def build():
    counters = collections.Counter()
    convs = []
    conflicts = []
    for c in CONVS:
        counters[c["aud"]] += 1
        cid = "%s-%s-%03d" % (NAME, PREFIX[c["aud"]], counters[c["aud"]])
        who = c["who"]
        turns = []
        for i, t in enumerate(c["turns"]):
            checks = {}
            person = t["p"]
            if person is None:
                person = True
            if c["aud"] == "yp":
                person = True  # a young person always gets a person to talk to
            checks["person"] = bool(person)
            checks["emergency"] = bool(t["e"])
            anyl = _exp(dedup(t["a"]))
            if anyl:
                checks["any"] = anyl
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] == "yp":
                none += YP_NONE
                if c["age"] is not None and c["age"] < 11:
                    none += YOUNG_NONE
            else:
                none += ADULT_NONE
                if c["aud"] == "pro":
                    none += PRO_NONE
            ul = t["user"].lower()
            if (c["aud"] != "yp" or c["worry"] == "friend_harmed"
                    or any(cue in ul for cue in SCRIPT_CUES)):
                none = [x for x in none if x not in SCRIPT_RISK]
            if any(cue in ul for cue in HELP_COMING_CUES):
                # the user has said help is coming: repeating that back is not a false claim
                none = [x for x in none if x not in HELP_COMING_CLAIMS]
            none = _exp(dedup(none))
            # never forbid a phrase that a required phrase contains (or that is itself required)
            kept = []
            for n in none:
                if any(n in a for a in anyl):
                    conflicts.append((cid, i, n))
                    continue
                kept.append(n)
            checks["none"] = kept
            if i > 0:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": who, "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_age": c["age"]})
    return convs, conflicts


class D(yaml.SafeDumper):
    pass


D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s))


def main():
    convs, conflicts = build()
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n" % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    path = "/work/%s/%s.yml" % (NAME, NAME)
    with open(path, "w") as f:
        f.write(header + body)
    # counts
    nturns = sum(len(c["turns"]) for c in convs)
    aud = collections.Counter(c["_aud"] for c in convs)
    aud_turns = collections.Counter()
    for c in convs:
        aud_turns[c["_aud"]] += len(c["turns"])
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    emerg_convs = sum(1 for c in convs if any(t["checks"]["emergency"] for t in c["turns"]))
    emerg_turns = sum(1 for c in convs for t in c["turns"] if t["checks"]["emergency"])
    under11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11)
    print("written", path)
    print("conversations", len(convs), "turns", nturns)
    print("by audience:", {AUD_LABEL[k]: "%d convs / %d turns" % (aud[k], aud_turns[k]) for k in aud})
    print("emergency: %d conversations, %d turns; under-11 conversations: %d" % (emerg_convs, emerg_turns, under11))
    print("by worry (total: yp/parent/pro):")
    for w in sorted(byaw):
        b = byaw[w]
        print("  %-20s %3d  (%d/%d/%d)" % (w, sum(b.values()), b["yp"], b["parent"], b["pro"]))
    if conflicts:
        print("none-phrases dropped because a required phrase contains them:", len(conflicts))
        for x in conflicts[:40]:
            print("   ", x)


if __name__ == "__main__":
    main()
