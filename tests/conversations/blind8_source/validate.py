import sys, yaml, collections
p = sys.argv[1] if len(sys.argv) > 1 else "/work/blind8/blind8.yml"
d = yaml.safe_load(open(p, encoding="utf-8"))
assert d["version"] == 1
convs = d["conversations"]
ALLOWED = {"person", "emergency", "any", "none", "no_repeat"}
aud = collections.Counter(); turns = 0; emerg = 0; ids = set(); errs = []
for c in convs:
    assert set(c) == {"id", "who", "turns"}, c.get("id")
    assert c["id"] not in ids; ids.add(c["id"])
    aud[c["id"].split("-")[1]] += 1
    if not 3 <= len(c["turns"]) <= 6: errs.append((c["id"], "turn count"))
    for i, t in enumerate(c["turns"]):
        turns += 1
        ch = t["checks"]
        if set(ch) - ALLOWED: errs.append((c["id"], i, "keys", set(ch) - ALLOWED))
        if ch.get("person") is not True: errs.append((c["id"], i, "person"))
        if not ch.get("none"): errs.append((c["id"], i, "none"))
        if i >= 1 and ch.get("no_repeat") is not True: errs.append((c["id"], i, "no_repeat"))
        if ch.get("emergency"): emerg += 1
        for p_ in ch.get("any", []) + ch["none"]:
            if p_ != p_.lower(): errs.append((c["id"], i, "case", p_))
        # an "any" phrase that is also forbidden would make the turn unpassable
        for a in ch.get("any", []):
            for n in ch["none"]:
                if n in a: errs.append((c["id"], i, "any/none clash", a, n))
        if c["id"].startswith("b8-yp") and "your child" not in ch["none"]: errs.append((c["id"], i, "yp none"))
        if not isinstance(t["user"], str) or not t["user"].strip(): errs.append((c["id"], i, "user"))
print("conversations", len(convs), dict(aud), "turns", turns, "emergency turns", emerg)
print("errors", errs[:20], len(errs))
