"""Build /work/blind10/blind10.yml from the hand-written conversations."""
import collections
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
import common  # noqa: E402
import yp  # noqa: E402,F401
import yp2  # noqa: E402,F401
import parents  # noqa: E402,F401
import pros  # noqa: E402,F401

PREFIX = {"yp": "yp", "parent": "par", "professional": "pro"}
OUT = "/work/blind10/blind10.yml"


def checks_for(turn, kind, u11, drop=()):
    c = {}
    if turn["p"]:
        c["person"] = True
    if turn["e"]:
        c["emergency"] = True
    if turn["a"]:
        c["any"] = [x.lower() for x in common.U(turn["a"])]
    none = list(common.NONE_BASE)
    if kind in ("parent", "professional"):
        none += common.NONE_ADULT
    if u11:
        none += common.NONE_U11
    if turn["n"]:
        none += turn["n"]
    none = [x.lower() for x in common.U(none) if x not in drop]
    if c.get("any"):
        clash = [x for x in none if any(x in a for a in c["any"])]
        assert not clash, (turn["user"], clash)
    c["none"] = none
    if turn["r"]:
        c["no_repeat"] = True
    return c


def main():
    counters = collections.Counter()
    convs = []
    for cv in common.CONVS:
        counters[cv["kind"]] += 1
        cid = "blind10-%s-%03d" % (PREFIX[cv["kind"]], counters[cv["kind"]])
        turns = [dict(user=tn["user"], checks=checks_for(tn, cv["kind"], cv["u11"], cv["drop_none"])) for tn in cv["turns"]]
        assert 2 <= len(turns) <= 6, cid
        convs.append(dict(id=cid, who=cv["who"], turns=turns))
    body = yaml.safe_dump({"conversations": convs}, allow_unicode=True, sort_keys=False, width=200,
                          default_flow_style=None)
    header = ("version: 1\n# Independent conversation test set (blind10), written from a description of the "
              "service only.\n")
    with open(OUT, "w") as f:
        f.write(header + body)
    # breakdown
    by_kind = collections.Counter(cv["kind"] for cv in common.CONVS)
    by_worry = collections.Counter(cv["worry"] for cv in common.CONVS)
    by_kw = collections.Counter((cv["worry"], cv["kind"]) for cv in common.CONVS)
    n_turns = sum(len(cv["turns"]) for cv in common.CONVS)
    n_em = sum(1 for cv in common.CONVS if any(tn["e"] for tn in cv["turns"]))
    n_em_first = sum(1 for cv in common.CONVS if cv["turns"][0]["e"])
    print("conversations", len(convs), "turns", n_turns)
    print("by audience", dict(by_kind))
    print("emergency conversations", n_em, "of which in first message", n_em_first)
    for w, n in sorted(by_worry.items()):
        print("  %-18s %2d  (yp %d, parent %d, pro %d)" % (w, n, by_kw[(w, "yp")], by_kw[(w, "parent")],
                                                        by_kw[(w, "professional")]))


if __name__ == "__main__":
    main()
