"""Build /work/blind9/blind9.yml from yp.py, parents.py and pros.py."""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (ADULT_NO_CL, ASK_ID, COMING, NONE_BASE, YOUNG_NONE, variants)  # noqa: E402
from yp import YP  # noqa: E402
from parents import PAR  # noqa: E402
from pros import PRO  # noqa: E402

OUT = "/work/blind9/blind9.yml"
# single words so common that an "any" list holding them would pass almost every reply
GENERIC = {"help", "safe", "tell", "talk", "support", "understand", "yes", "18", "change", "family",
           "agree", "decide", "trust", "still", "may", "might", "ask", "keep", "name", "age", "off", "good",
           "great", "let", "told", "through", "open", "plan", "care", "text", "contact", "head", "child"}
PREFIX = {"yp": "blind9-yp", "par": "blind9-par", "pro": "blind9-pro"}
WHO = {"yp": "", "par": "", "pro": ""}


def build_checks(turn, conv):
    checks = {}
    if turn["_p"]:
        checks["person"] = True
    if turn["_e"]:
        checks["emergency"] = True
    if turn["_a"]:
        kept = [x for x in turn["_a"] if x.lower() not in GENERIC]
        if len(kept) < 3:
            print("WARN short any:", conv["who"], "|", turn["user"], kept)
        checks["any"] = variants(kept)
    none = list(NONE_BASE)
    if conv["aud"] in ("par", "pro"):
        none += ADULT_NO_CL
    if conv["young"]:
        none += YOUNG_NONE
    if turn["_n"]:
        none += turn["_n"]
    # the user has said help is coming: a good reply may say "while help is on the way"
    if any(w in turn["user"].lower() for w in ("ambulance", "on their way", "im calling", "is calling", "i called")):
        none = [x for x in none if x not in COMING]
    if conv["quotes"]:
        none = [x for x in none if x not in ASK_ID]
    none = variants(none)
    # never forbid something that is also an accepted phrase
    anyl = checks.get("any", [])
    none = [x for x in none if x not in anyl]
    checks["none"] = none
    if turn["_r"]:
        checks["no_repeat"] = True
    # sanity: an accepted phrase must not itself contain a forbidden phrase
    for a in anyl:
        for n in none:
            if n in a:
                raise SystemExit(f"conflict in {conv['who']!r}: any {a!r} contains none {n!r}")
    return checks


def main():
    convs = []
    counters = {"yp": 0, "par": 0, "pro": 0}
    for conv in YP + PAR + PRO:
        aud = conv["aud"]
        counters[aud] += 1
        cid = f"{PREFIX[aud]}-{counters[aud]:03d}"
        turns = []
        for tr in conv["turns"]:
            turns.append({"user": tr["user"], "checks": build_checks(tr, conv)})
        if not 2 <= len(turns) <= 6:
            raise SystemExit(f"{cid}: {len(turns)} turns")
        convs.append({"id": cid, "who": conv["who"], "turns": turns})
    class Dumper(yaml.SafeDumper):
        pass

    def flow_list(dumper, data):
        flow = all(isinstance(x, str) for x in data)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

    Dumper.add_representer(list, flow_list)
    body = yaml.dump({"conversations": convs}, Dumper=Dumper, sort_keys=False, allow_unicode=True,
                     width=100000, default_flow_style=False)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("version: 1\n")
        f.write("# Independent conversation test set (blind9), written from a description of the service only.\n")
        f.write(body)
    print(len(convs), sum(len(c["turns"]) for c in convs), counters)


if __name__ == "__main__":
    main()
