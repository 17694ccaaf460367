#!/usr/bin/env python3
"""Build /work/blind7/blind7.yml from the conversation modules and validate it.

Usage: python3 /work/blind7/src/build.py
"""
import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import parents  # noqa: E402
import pros  # noqa: E402
import yp_offline  # noqa: E402
import yp_online  # noqa: E402
import extra_turns  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "blind7.yml")

# one-word phrases that would match almost any reply
TOO_GENERIC = {"help", "tell", "no", "yes", "can", "ok", "okay", "good", "age", "also", "say",
               "call", "you", "the", "and", "talk", "safe", "still", "now", "don't", "do not"}

class FlowListDumper(yaml.SafeDumper):
    """Phrase lists on one line, as in the schema example."""


FlowListDumper.add_representer(
    list, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
FlowListDumper.add_representer(
    dict, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=False))


HEADER = ("version: 1\n"
          "# Independent conversation test set (seventh round), written from a description of the service only.\n")

# user says someone (police, ambulance, a parent) is already coming or being called
HELP_COMING_RE = re.compile(r"\b(calling them|calling police|calling the|called|on their way|are here|sending someone|rung|rang|picked up)\b", re.I)


def base_none(conv, turn):
    none = list(common.ALL_NONE)
    if conv["aud"] == "yp":
        none += common.YP_NONE
        if conv["age"] is not None and conv["age"] <= 10:
            none += common.KID_NONE
    elif conv["aud"] == "pro":
        none += common.PRO_NONE
    drop = list(turn["drop"])
    if HELP_COMING_RE.search(turn["user"]):
        drop += common.HELP_COMING
    return [x for x in none if x not in drop]


def render(conv):
    turns = []
    for i, t in enumerate(conv["turns"]):
        checks = {}
        person = t["p"]
        if person is None and conv["aud"] == "yp":
            person = True
        if person:
            checks["person"] = True
        if t["e"]:
            checks["emergency"] = True
        if t["a"]:
            checks["any"] = common.U(t["a"])
        none = common.U(t["n"], base_none(conv, t))
        if none:
            checks["none"] = none
        if t["nr"]:
            checks["no_repeat"] = True
        turns.append({"user": t["user"], "checks": checks})
    return {"id": conv["id"], "who": conv["who"], "turns": turns}


def validate(convs, rendered):
    errs = []
    ids = collections.Counter(c["id"] for c in rendered)
    for k, v in ids.items():
        if v > 1:
            errs.append("duplicate id %s" % k)
    allowed = {"person", "emergency", "any", "none", "no_repeat"}
    for c in rendered:
        cid = c["id"]
        if not re.fullmatch(r"b7-(yp|pa|pr)-\d{3}", cid):
            errs.append("%s: bad id" % cid)
        if not c.get("who"):
            errs.append("%s: no who" % cid)
        if not 3 <= len(c["turns"]) <= 5:
            errs.append("%s: %d turns" % (cid, len(c["turns"])))
        users = [t["user"] for t in c["turns"]]
        if len(set(users)) != len(users):
            errs.append("%s: repeated user message" % cid)
        for i, t in enumerate(c["turns"]):
            where = "%s turn %d" % (cid, i + 1)
            if set(t) != {"user", "checks"}:
                errs.append("%s: turn keys %s" % (where, sorted(t)))
            if not t["user"].strip():
                errs.append("%s: empty user" % where)
            ch = t["checks"]
            if not ch:
                errs.append("%s: no checks" % where)
            if set(ch) - allowed:
                errs.append("%s: unknown check keys %s" % (where, set(ch) - allowed))
            for key in ("person", "emergency", "no_repeat"):
                if key in ch and ch[key] is not True:
                    errs.append("%s: %s must be true" % (where, key))
            if i == 0 and ch.get("no_repeat"):
                errs.append("%s: no_repeat on first turn" % where)
            for key in ("any", "none"):
                for ph in ch.get(key, []):
                    if not isinstance(ph, str) or not ph.strip():
                        errs.append("%s: empty/non-string phrase in %s" % (where, key))
                        continue
                    if ph != ph.lower():
                        errs.append("%s: not lower-case: %r" % (where, ph))
                    if any(q in ph for q in "\u2018\u2019\u201c\u201d"):
                        errs.append("%s: curly quote in %r" % (where, ph))
                    if ph != ph.strip():
                        errs.append("%s: whitespace around %r" % (where, ph))
                if len(ch.get(key, [])) != len(set(ch.get(key, []))):
                    errs.append("%s: duplicate phrase in %s" % (where, key))
            for ph in ch.get("any", []):
                if ph in TOO_GENERIC:
                    errs.append("%s: too generic any phrase %r" % (where, ph))
            both = set(ch.get("any", [])) & set(ch.get("none", []))
            if both:
                errs.append("%s: phrase in both any and none: %s" % (where, sorted(both)))
            # an any phrase must not contain a none phrase (the reply could never pass)
            for a in ch.get("any", []):
                for n in ch.get("none", []):
                    if n in a:
                        errs.append("%s: any %r contains none %r" % (where, a, n))
            for n in ch.get("none", []):
                if n in t["user"].lower():
                    errs.append("%s: none phrase %r is in the user's own message" % (where, n))
            if ch.get("emergency") and "999" in ch.get("none", []):
                errs.append("%s: emergency but 999 in none" % where)
    return errs


def summary(convs, rendered):
    aud = collections.Counter(c["aud"] for c in convs)
    turns = sum(len(c["turns"]) for c in rendered)
    by_aud_turns = collections.Counter()
    for c, r in zip(convs, rendered):
        by_aud_turns[c["aud"]] += len(r["turns"])
    checks = collections.Counter()
    for r in rendered:
        for t in r["turns"]:
            for k in t["checks"]:
                checks[k] += 1
    lens = collections.Counter(len(r["turns"]) for r in rendered)
    ages = collections.Counter(c["age"] for c in convs if c["aud"] == "yp")
    em_convs = sum(1 for r in rendered if any(t["checks"].get("emergency") for t in r["turns"]))
    em_later = sum(1 for r in rendered
                   if any(t["checks"].get("emergency") for t in r["turns"][1:])
                   and not r["turns"][0]["checks"].get("emergency"))
    print("wrote %s" % OUT)
    print("conversations: %d (young people %d, parents/carers %d, professionals %d)"
          % (len(rendered), aud["yp"], aud["parent"], aud["pro"]))
    print("turns: %d (young people %d, parents/carers %d, professionals %d)"
          % (turns, by_aud_turns["yp"], by_aud_turns["parent"], by_aud_turns["pro"]))
    print("turns per conversation: %s" % dict(sorted(lens.items())))
    print("young people's ages: %s" % dict(sorted(ages.items())))
    print("checks used (turns carrying each): %s" % dict(sorted(checks.items())))
    print("conversations with an emergency turn: %d (danger arising after the first turn: %d)"
          % (em_convs, em_later))


def _dump_conversations(rendered):
    """Turns list in block style; phrase lists in flow style."""
    out = ["conversations:\n"]
    for c in rendered:
        head = yaml.safe_dump([{"id": c["id"], "who": c["who"]}], sort_keys=False, allow_unicode=True,
                              width=1000, default_flow_style=False)
        out.append(head)
        out.append("  turns:\n")
        for t in c["turns"]:
            u = yaml.safe_dump({"user": t["user"]}, allow_unicode=True, width=1000,
                               default_flow_style=False).rstrip("\n")
            out.append("  - " + u + "\n")
            out.append("    checks:\n")
            for k, v in t["checks"].items():
                val = yaml.dump(v, Dumper=FlowListDumper, allow_unicode=True, width=100000,
                                default_flow_style=True).strip()
                if val.endswith("\n...") or val.endswith("..."):
                    val = val.rsplit("\n", 1)[0].strip()
                out.append("      %s: %s\n" % (k, val))
    return "".join(out)


def main():
    convs = yp_online.convs() + yp_offline.convs() + parents.convs() + pros.convs()
    convs = extra_turns.apply(convs)
    rendered = [render(c) for c in convs]
    errs = validate(convs, rendered)
    if errs:
        print("VALIDATION FAILED (%d problems):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    body = _dump_conversations(rendered)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write(body)
    # round-trip check
    with open(OUT, encoding="utf-8") as f:
        back = yaml.safe_load(f)
    assert back["version"] == 1 and len(back["conversations"]) == len(rendered)
    assert back["conversations"] == rendered
    summary(convs, rendered)


if __name__ == "__main__":
    main()
