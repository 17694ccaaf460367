"""Build /work/blind13/blind13.yml from the conversation specs."""
import collections, os, sys
import yaml
sys.path.insert(0, os.path.dirname(__file__))
from common import *
import yp, parents, pros

PREFIX = {"yp": "yp", "pa": "pa", "pro": "pro"}
WHO = {"yp": "young person", "pa": "parent/carer", "pro": "professional"}


def build():
    out = []
    counters = collections.Counter()
    for spec in yp.CONVS + parents.CONVS + pros.CONVS:
        aud = spec["aud"]
        counters[aud] += 1
        cid = f"blind13-{PREFIX[aud]}-{counters[aud]:03d}"
        who = f"{WHO[aud]}, {spec['who']}"
        extra = []
        if aud in ("pa", "pro"):
            extra += ADULT_NONE
        if aud == "yp" and spec["age"] is not None:
            if spec["age"] <= 10:
                extra += U11_NONE
            elif spec["age"] <= 12:
                extra += U13_NONE
        turns = []
        for tr in spec["turns"]:
            checks = {}
            if tr["p"]:
                checks["person"] = True
            if tr["e"]:
                checks["emergency"] = True
            if tr["a"]:
                checks["any"] = variants(tr["a"])
            drop = set(variants(tr["drop"]))
            none = [x for x in variants(BASE_NONE + extra + tr["n"]) if x not in drop]
            checks["none"] = none
            if tr["nr"]:
                checks["no_repeat"] = True
            turns.append({"user": tr["user"], "checks": checks})
        out.append({"id": cid, "who": who, "worry": spec["worry"], "turns": turns})
    return out


def main():
    convs = build()
    meta = [(c["id"], c.pop("worry")) for c in convs]
    body = yaml.safe_dump({"conversations": convs}, sort_keys=False, allow_unicode=True, width=1000)
    head = ("version: 1\n"
            "# Independent conversation test set (blind13), written from a description of the service only.\n")
    with open(os.path.join(os.path.dirname(__file__), "..", "blind13.yml"), "w") as f:
        f.write(head + body)
    by_aud = collections.Counter(i.split("-")[1] for i, _ in meta)
    by_worry = collections.Counter(w for _, w in meta)
    nturns = sum(len(c["turns"]) for c in convs)
    print("conversations", len(convs), "turns", nturns)
    print("by audience", dict(by_aud), {k: round(100 * v / len(convs)) for k, v in by_aud.items()})
    print("by worry", dict(sorted(by_worry.items())))
    em = sum(1 for c in convs for tr in c["turns"] if tr["checks"].get("emergency"))
    print("emergency turns", em)


if __name__ == "__main__":
    main()
