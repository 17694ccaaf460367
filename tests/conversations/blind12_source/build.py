import sys, os, yaml
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from yp import YP
from parents import PA
from pros import PRO
from extras import EXTRA

import re
def _str(dumper, s):
    if re.fullmatch(r"[0-9][0-9 .+-]*", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)
yaml.SafeDumper.add_representer(str, _str)

AUD_NONE = {
    "yp": [],
    "kid": KID_COMPLEX,
    "parent": ADULT_CL,
    "pro": ADULT_CL,
}

def build(conv):
    conv = dict(conv, turns=conv['turns'] + EXTRA.get(conv['id'], []))
    base = BRUSH + CLAIM + SECRECY + (PII_SOFT if conv["soft"] else PII)
    turns = []
    for t in conv["turns"]:
        ch = {}
        if t["p"]:
            ch["person"] = True
        if t["a"]:
            ch["any"] = expand(t["a"])
        ch["none"] = expand(base + AUD_NONE[conv["aud"]] + conv["extra_none"] + (t["n"] or []))
        if t["e"]:
            ch["emergency"] = True
        if t["nr"]:
            ch["no_repeat"] = True
        turns.append({"user": t["user"], "checks": ch})
    return {"id": "blind12-" + conv["id"], "who": conv["who"], "turns": turns}

ALL = YP + PA + PRO
ids = {c['id'] for c in ALL}
assert set(EXTRA) <= ids, set(EXTRA) - ids
convs = [build(c) for c in ALL]
out = "version: 1\n# Independent conversation test set (blind12), written from a description of the service only.\n"
out += yaml.safe_dump({"conversations": convs}, sort_keys=False, allow_unicode=True, width=4096, default_flow_style=None)
open(os.path.join(os.path.dirname(__file__), "..", "blind12.yml"), "w").write(out)
print(len(convs), sum(len(c["turns"]) for c in convs))
