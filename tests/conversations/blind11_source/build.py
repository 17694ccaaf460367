"""Build /work/blind11/blind11.yml from the conversation data."""
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from common import (BASE_NONE, ADULT_NONE, U11_NONE, expand)  # noqa: E402
from data_yp import YP  # noqa: E402
from data_adults import PARENTS, PROS  # noqa: E402

OUT = "/work/blind11/blind11.yml"


# Turns where the user says help is already coming: a good reply may say "help is on the way"
# about the ambulance/police the user called, so that phrase is not forbidden there.
HELP_COMING = ("ambulance is", "police are here", "called them", "police came", "police found")


def checks(turn, extra_none):
    c = {}
    if turn["p"]:
        c["person"] = True
    if turn["e"]:
        c["emergency"] = True
    if turn["a"]:
        c["any"] = expand(turn["a"])
    none = expand(BASE_NONE + extra_none + turn["n"])
    if any(k in turn["user"] for k in HELP_COMING):
        none = [x for x in none if "help is on the way" not in x]
    # never forbid a phrase that is also required
    anyset = set(c.get("any", []))
    c["none"] = [x for x in none if x not in anyset]
    if turn["r"]:
        c["no_repeat"] = True
    return c


def conv(cid, who, turns, extra_none):
    return {"id": cid, "who": who,
            "turns": [{"user": tt["user"], "checks": checks(tt, extra_none)} for tt in turns]}


def main():
    convs = []
    stats = collections.Counter()
    worry_by_aud = collections.defaultdict(collections.Counter)
    for i, (age, desc, worry, turns) in enumerate(YP, 1):
        extra = list(U11_NONE) if age < 11 else []
        who = f"young person, {age}, {desc} [worry: {worry}]"
        convs.append(conv(f"blind11-yp-{i:03d}", who, turns, extra))
        worry_by_aud["young person"][worry] += 1
    for i, (desc, worry, turns) in enumerate(PARENTS, 1):
        who = f"parent/carer, {desc} [worry: {worry}]"
        convs.append(conv(f"blind11-pc-{i:03d}", who, turns, list(ADULT_NONE)))
        worry_by_aud["parent/carer"][worry] += 1
    for i, (desc, worry, turns) in enumerate(PROS, 1):
        who = f"professional, {desc} [worry: {worry}]"
        convs.append(conv(f"blind11-pro-{i:03d}", who, turns, list(ADULT_NONE)))
        worry_by_aud["professional"][worry] += 1

    header = ("version: 1\n"
              "# Independent conversation test set (blind11), written from a description of the service only.\n")
    body = yaml.safe_dump({"conversations": convs}, allow_unicode=True, sort_keys=False,
                          width=100000, default_flow_style=None)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(header + body)

    # ---- report
    n_turns = sum(len(c["turns"]) for c in convs)
    print("conversations", len(convs), "turns", n_turns)
    for aud, cnt in worry_by_aud.items():
        print(aud, sum(cnt.values()), dict(sorted(cnt.items())))
    total = collections.Counter()
    for cnt in worry_by_aud.values():
        total.update(cnt)
    print("by worry", dict(sorted(total.items())))
    em = sum(1 for c in convs if any(t["checks"].get("emergency") for t in c["turns"]))
    em_first = sum(1 for c in convs if c["turns"][0]["checks"].get("emergency"))
    print("conversations with emergency turn", em, "first-message", em_first, "later", em - em_first)
    ages = collections.Counter(a for a, *_ in YP)
    print("yp ages", dict(sorted(ages.items())))


if __name__ == "__main__":
    main()
