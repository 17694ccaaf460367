"""Build /work/blind31/blind31.yml from the conversation sources in this folder."""
import collections
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F401
import yp  # noqa: E402,F401  (registers conversations)
import parents  # noqa: E402,F401
import pros  # noqa: E402,F401

NAME = "blind31"
OUT = "/work/%s/%s.yml" % (NAME, NAME)
PREFIX = {"yp": "yp", "parent": "pa", "pro": "pro"}
# any-phrases this short are allowed only if they are real tokens, not accidental substrings
SHORT_OK = {"999", "101", "111", "gp", "iwf", "dsl", "yes", "2fa", "lado", "ceop", "nrm", "if", "16", "17", "18",
            "ask", "why", "age", "nan", "dad", "mum", "ice", "law", "key", "app", "now", "safe", "talk", "tell",
            "help", "keep", "lock", "call", "card", "hand", "give", "plan", "text", "chat", "club", "deep", "risk",
            "arfid", "first", "after", "care", "cold", "hold", "draw", "aunt", "gran", "hate", "fake", "bank",
            "feed", "head", "note", "lead", "bye", "may", "a&e", "url", "map", "say", "die", "no,", "no.",
            "no -", "no \u2013", "no \u2014"}


def _exp(phrases):
    out = []
    for p in phrases:
        p = p.lower()
        for v in (p, p.replace("'", "\u2019")):
            if v not in out:
                out.append(v)
    return out


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


WORDNUM = {8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
           15: "fifteen", 16: "sixteen", 17: "seventeen"}
YEARS = {11: [6, 7], 12: [7, 8], 13: [8, 9], 14: [9, 10], 15: [10, 11], 16: [11, 12], 17: [12, 13]}


def age_turn(conv):
    """First turn where the young person's own age is stated (for checking age_at)."""
    age = conv["age"]
    if age is None:
        return None
    pats = [r"\b%d\b" % age, r"\b%s\b" % WORDNUM.get(age, "zzz")]
    for y in YEARS.get(age, []):
        pats += [r"\byear %d\b" % y, r"\by%d\b" % y]
    for i, t in enumerate(conv["turns"]):
        u = t["user"].lower()
        if any(re.search(p, u) for p in pats):
            return i
    return None


def build(report=True):
    counters = collections.Counter()
    convs = []
    problems = []
    unstated = []
    for c in CONVS:
        counters[c["aud"]] += 1
        cid = "%s-%s-%03d" % (NAME, PREFIX[c["aud"]], counters[c["aud"]])
        if c["aud"] == "yp":
            # age-based none lists apply from the turn where the age is actually stated
            c["age_at"] = age_turn(c)
            if c["age_at"] is None:
                unstated.append("%s (%s)" % (cid, c["age"]))
        turns = []
        for i, t in enumerate(c["turns"]):
            checks = {}
            person = t["p"]
            if person is None:
                person = c["aud"] == "yp"
            if person or t["e"]:
                checks["person"] = True
            if t["e"]:
                checks["emergency"] = True
            anys = list(t["a"])
            if t["e"] and "999" not in anys:
                anys = ["999"] + anys
            if anys:
                checks["any"] = _exp(dedup(anys))
                for a in dedup(anys):
                    if len(a) <= 3 and a not in SHORT_OK:
                        problems.append("%s turn %d: short any-phrase %r" % (cid, i + 1, a))
            none = list(BASE_NONE) + list(c["extra_none"]) + list(t["n"])
            if c["aud"] in ("parent", "pro"):
                none += ADULT_NONE
            age = c["age"]
            if c["aud"] == "yp" and age is not None and c["age_at"] is not None and i >= c["age_at"]:
                if age < 11:
                    none += YOUNG_NONE
                if age <= 12:
                    none += UNDER13_NONE
                if age < 18:
                    none += UNDER18_NONE
            none = [x for x in dedup(none) if x not in t["d"]]
            none = _exp(none)
            # never forbid a phrase that a required phrase contains (or equals)
            anyset = checks.get("any", [])
            none = [x for x in none if not any(x in a for a in anyset)]
            checks["none"] = none
            if i > 0:
                checks["no_repeat"] = True
            turns.append({"user": t["user"], "checks": checks})
        convs.append({"id": cid, "who": c["who"], "turns": turns, "_worry": c["worry"], "_aud": c["aud"],
                      "_age": c["age"]})
    if report:
        print("yp conversations where the age is never stated (no age-based checks):", ", ".join(unstated))
    if report and problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
    return convs


class D(yaml.SafeDumper):
    pass


def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


D.add_representer(str, _str)

if __name__ == "__main__":
    convs = build()
    out = {"version": 1,
           "conversations": [{k: v for k, v in c.items() if not k.startswith("_")} for c in convs]}
    header = ("# Independent conversation test set (%s), written from a description of the service only.\n"
              % NAME)
    body = yaml.dump(out, Dumper=D, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write(header + body)
    # ---- counts
    aud = collections.Counter(c["_aud"] for c in convs)
    byaw = collections.defaultdict(collections.Counter)
    for c in convs:
        byaw[c["_worry"]][c["_aud"]] += 1
    nturns = sum(len(c["turns"]) for c in convs)
    tby = collections.Counter()
    for c in convs:
        tby[c["_aud"]] += len(c["turns"])
    emerg_c = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    emerg_t = sum(1 for c in convs for t in c["turns"] if t["checks"].get("emergency"))
    under11 = sum(1 for c in convs if c["_aud"] == "yp" and c["_age"] is not None and c["_age"] < 11)
    lens = collections.Counter(len(c["turns"]) for c in convs)
    print("written", OUT)
    print("conversations", len(convs), "turns", nturns, "turns/audience", dict(tby))
    print("emergency conversations", emerg_c, "emergency turns", emerg_t, "under-11 conversations", under11)
    print("turns per conversation", dict(sorted(lens.items())))
    print("audience", dict(aud))
    for w in sorted(byaw):
        print("  %-20s %3d %s" % (w, sum(byaw[w].values()), dict(byaw[w])))
