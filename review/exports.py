"""Exports of one conversation: JSON (for a safeguarding record), a Rasa test story and
NLU examples (YAML, for fixing what the bot misunderstood), and the lines of the
printable/PDF transcript. Masked unless the reviewer revealed the transcript and asked
for an unmasked export; training exports always use neutral stand-ins for personal
details, never the real ones, because they are meant to go into git."""
from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

import yaml

from review import masking
from review.config import ROOT
from review.conversations import LONDON
from review.taxonomy import (
    AGE_BAND_LABELS, AGE_BANDS, AUDIENCE_LABELS, AUDIENCES, OUTCOME_LABELS, RISK_LABELS, STATUS_LABELS, TIER_LABELS,
    TIER_NAMES, WORRY_LABELS, label,
)

FORMAT = "kent-review-transcript/1"
LEAVE_OUT = "-"


@functools.lru_cache(maxsize=1)
def known_intents() -> Tuple[str, ...]:
    """The bot's intents, from domain.yml (what a corrected example may be labelled)."""
    try:
        document = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8")) or {}
        intents = [i if isinstance(i, str) else next(iter(i)) for i in document.get("intents") or []]
    except (OSError, yaml.YAMLError):
        intents = []
    return tuple(intents) or tuple(WORRY_LABELS)


@functools.lru_cache(maxsize=1)
def _resource_names() -> Dict[str, str]:
    try:
        from safeguarding.catalogue import default_catalogue

        return {r.id: r.name for r in default_catalogue()}
    except Exception:  # names are nice to have; the ids are always there
        return {}


def resource_name(resource_id: str) -> str:
    return _resource_names().get(resource_id, resource_id)


def when(ts: Optional[float]) -> Optional[str]:
    if ts is None:
        return None
    return dt.datetime.fromtimestamp(ts, LONDON).isoformat(timespec="seconds")


def _text(value: Optional[str], masked: bool) -> str:
    return masking.mask(value) if masked else masking.normalise(value)


def _value(value: Any, masked: bool, style: str = "label") -> Any:
    """A slot or entity value (any JSON) with personal details masked in every string."""
    if isinstance(value, str):
        return masking.mask(value, style=style) if masked else masking.normalise(value)
    if isinstance(value, list):
        return [_value(v, masked, style) for v in value]
    if isinstance(value, dict):
        return {str(_value(k, masked, style)): _value(v, masked, style) for k, v in value.items()}
    return value


def _known(value: Optional[str], known: Iterable[str], masked: bool) -> Optional[str]:
    """A summary field that should hold one of a few known values (audience, age band)."""
    if value is None or value in known:
        return value
    return _text(value, masked)


def transcript_json(conv: Mapping[str, Any], turns: List[Dict[str, Any]], masked: bool,
                    exported_by: str) -> Dict[str, Any]:
    out_turns: List[Dict[str, Any]] = []
    for turn in turns:
        if turn["kind"] == "session":
            out_turns.append({"session_started": when(turn["at"])})
            continue
        user = turn["user"]
        out_turns.append({
            "at": when(turn["at"]),
            "escalation": turn["escalation"],
            "user": None if user is None else {
                "text": _text(user["text"], masked),
                "button": user["button"],
                "risk": {"tier": TIER_NAMES.get(user.get("tier") or 0, "none"), "score": user.get("score"),
                         "clause": _text(user.get("clause"), masked) if user.get("clause") else None},
                "entities": [{"entity": e.get("entity"), "value": _value(e.get("value"), masked)}
                             for e in user["entities"]],
                "intent": user["intent"],
                "confidence": user["confidence"],
                "safety_net": user["safety_net"],
                "low_confidence": user["low_confidence"],
            },
            "bot": [{"at": when(b["at"]), "text": _text(b["text"], masked),
                     "resource": b["card"]} for b in turn["bot"]],
            "actions": turn["actions"],
            "slots": {str(name): _value(value, masked) for name, value in turn["slots"]},
        })
    return {
        "format": FORMAT,
        "exported_at": when(dt.datetime.now().timestamp()),
        "exported_by": exported_by,
        "masked": masked,
        "conversation": {
            "id": conv["id"],
            "sender_id": conv["sender_id"],
            "started_at": when(conv["started_at"]),
            "last_activity_at": when(conv["last_event_at"]),
            "audience": _known(conv["audience"], AUDIENCES, masked),
            "age_band": _known(conv["age_band"], AGE_BANDS, masked),
            "worst_risk_tier": TIER_NAMES.get(conv.get("risk_tier") or 0, "none"),
            "worries": list(conv["worry_list"]),
            "highest_risk": RISK_LABELS[conv["max_risk"]].lower(),
            "immediate_risk": bool(conv["immediate"]),
            "safety_net_fired": bool(conv["safety_net"]),
            "resources_offered": list(conv["resource_list"]),
            "review": {
                "status": conv["status"],
                "outcome": conv.get("outcome"),
                "assigned_to": conv.get("assigned_name"),
                "reviewed_by": conv.get("reviewed_by_name"),
                "reviewed_at": when(conv["reviewed_at"]),
                "tags": list(conv["tags"]),
                "notes": [{"at": when(n["created_at"]), "by": n["username"], "text": n["body"]}
                          for n in conv["notes"]],
            },
        },
        "turns": out_turns,
    }


def dumps(document: Dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False)


# --- training data ---------------------------------------------------------------------------

def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def annotated_text(user: Mapping[str, Any], entities: Iterable[Mapping[str, Any]]) -> str:
    """The user's text with personal details replaced by stand-ins and the entities the
    bot found marked up in Rasa's syntax: [my son]{"entity": "audience", "value": "parent"}.
    An entity inside a personal detail (the "07700" of a phone number read as an age) is
    dropped: it is the kind of misreading the export is for."""
    raw = user["text"] or ""
    text = masking.normalise(raw)
    if text != raw:
        entities = []  # their offsets are into the raw text: leave them out
    personal = masking.find(text)
    # (start, end, "personal", a masking.Span) or (start, end, "entity", the entity)
    pieces: List[Tuple[int, int, str, Any]] = [(span.start, span.end, "personal", span) for span in personal]
    for entity in entities:
        start, end = entity.get("start"), entity.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            continue
        if any(start < p[1] and p[0] < end for p in pieces):
            continue
        pieces.append((start, end, "entity", entity))
    out, position = [], 0

    def plain(piece: str) -> str:
        # square brackets would be read as entity markup
        return piece.replace("[", "(").replace("]", ")")

    for start, end, kind, item in sorted(pieces, key=lambda p: p[0]):
        out.append(plain(text[position:start]))
        if kind == "personal":
            out.append(plain(text[start:start + item.keep]) + masking.STAND_INS[item.kind])
        else:
            piece = plain(text[start:end])
            value = item.get("value")
            value = _value(value, True, "stand-in") if value is not None else None
            if value is None or str(value) == piece:
                out.append(f"[{piece}]({_yaml_key(item['entity'])})")
            else:
                out.append("[%s]%s" % (piece, json.dumps({"entity": item["entity"], "value": value})))
        position = end
    out.append(plain(text[position:]))
    return " ".join("".join(out).split())


def _choices(turns: List[Dict[str, Any]], overrides: Mapping[int, str]):
    """(turn number, user, entities, intent chosen by the reviewer or predicted)."""
    number = 0
    for turn in turns:
        if turn["kind"] != "turn" or not turn["user"]:
            continue
        number += 1
        chosen = overrides.get(number) or turn["user"]["intent"]
        yield number, turn, chosen


def _yaml_key(name: Any) -> str:
    name = str(name)
    return name if name.replace("_", "").isalnum() and name.isascii() else _q(masking.mask(name, style="stand-in"))


def story_yaml(conv: Mapping[str, Any], turns: List[Dict[str, Any]], overrides: Mapping[int, str]) -> str:
    """A Rasa test story (tests/stories/ format) replaying the conversation, with the
    intents the reviewer chose. The actions are what the bot did: where it got them
    wrong, change them to what it should have done."""
    lines = [
        'version: "3.1"',
        f"# Exported from transcript review, conversation {conv['id']}. Personal details are",
        "# replaced by made-up stand-ins. Actions below are what the bot did: correct them.",
        "stories:",
        f"- story: {_q('review %d: %s' % (conv['id'], ', '.join(conv['worry_list']) or 'conversation'))}",
        "  steps:",
    ]
    steps = 0
    for number, turn, chosen in _choices(turns, overrides):
        if chosen == LEAVE_OUT:
            continue
        user = turn["user"]
        predicted = user["intent"]
        if chosen != predicted:
            confidence = user["confidence"]
            shown = f" ({confidence:.2f})" if isinstance(confidence, (int, float)) else ""
            lines.append(f"  # turn {number}: the bot understood {predicted}{shown}")
        if user["payload"]:
            lines.append(f"  - intent: {chosen}")
            entities = [e for e in user["entities"] if e.get("entity")]
            if entities:
                lines.append("    entities:")
                for entity in entities:
                    value = _value(entity.get("value"), True, "stand-in")
                    lines.append(f"    - {_yaml_key(entity['entity'])}: {_q(str(value))}")
        else:
            lines.append("  - user: " + _q(annotated_text(user, user["entities"])))
            lines.append(f"    intent: {chosen}")
        steps += 1
        for action in turn["actions"]:
            lines.append(f"  - action: {action}")
    if not steps:
        lines.append("  []")
    return "\n".join(lines) + "\n"


def nlu_yaml(turns: List[Dict[str, Any]], overrides: Mapping[int, str]) -> str:
    """NLU training examples (data/nlu/ format) from what the user typed, grouped by the
    intent the reviewer chose. Button presses are left out: they are not language."""
    grouped: Dict[str, List[str]] = {}
    for _number, turn, chosen in _choices(turns, overrides):
        if chosen == LEAVE_OUT or turn["user"]["payload"] or not turn["user"]["text"].strip():
            continue
        example = annotated_text(turn["user"], turn["user"]["entities"])
        if example not in grouped.setdefault(chosen, []):
            grouped[chosen].append(example)
    lines = ['version: "3.1"',
             "# Exported from transcript review. Personal details are replaced by made-up stand-ins.",
             "nlu:"]
    for intent, examples in grouped.items():
        lines.append(f"- intent: {intent}")
        lines.append("  examples: |")
        lines.extend(f"    - {example}" for example in examples)
    if not grouped:
        lines[-1] = "nlu: []"
    return "\n".join(lines) + "\n"


# --- printable / PDF ---------------------------------------------------------------------------

def document_lines(conv: Mapping[str, Any], turns: List[Dict[str, Any]], masked: bool,
                   exported_by: str) -> List[Tuple[str, str]]:
    """The transcript as (style, text) lines for the PDF writer."""
    out: List[Tuple[str, str]] = [
        ("title", f"Conversation {conv['id']}: transcript for a safeguarding record"),
        ("small", f"Exported {when(dt.datetime.now().timestamp())} by {exported_by}. "
                  + ("Personal details are masked." if masked else "PERSONAL DETAILS ARE SHOWN.")),
        ("normal", f"Started {when(conv['started_at'])}; last activity {when(conv['last_event_at'])}"),
        ("normal", f"Audience: {label(_known(conv['audience'], AUDIENCES, masked), AUDIENCE_LABELS)}; age band: "
                   f"{label(_known(conv['age_band'], AGE_BANDS, masked), AGE_BAND_LABELS)}"),
        ("normal", "Worries: " + (", ".join(label(w, WORRY_LABELS) for w in conv["worry_list"]) or "none detected")),
        ("alert" if conv["immediate"] else "normal", f"Highest risk: {RISK_LABELS[conv['max_risk']]}"
         + ("  (immediate risk: the safety net fired)" if conv["safety_net"] else "")),
        ("normal", "Resources offered: " + (", ".join(resource_name(r) for r in conv["resource_list"]) or "none")),
        ("normal", f"Review status: {label(conv['status'], STATUS_LABELS)}"
                   + (f" (outcome: {label(conv.get('outcome'), OUTCOME_LABELS)})" if conv.get("outcome") else "")
                   + (f" by {conv.get('reviewed_by_name')}" if conv.get("reviewed_by_name") else "")
                   + (f"; tags: {', '.join(conv['tags'])}" if conv["tags"] else "")),
        ("heading", "Transcript"),
    ]
    for turn in turns:
        if turn["kind"] == "session":
            out.append(("small", f"--- new session {when(turn['at'])} ---"))
            continue
        user = turn["user"]
        if user:
            said = f"pressed \"{user['button']}\"" if user["button"] else _text(user["text"], masked)
            out.append(("alert" if turn["escalation"] else "user", f"User ({when(turn['at'])}): {said}"))
            confidence = user["confidence"]
            detail = f"risk {TIER_LABELS.get(user.get('tier') or 0, 'none')}" + (
                f" {user['score']:.2f}" if isinstance(user.get("score"), (int, float)) else "")
            if user.get("clause"):
                detail += f" (\"{_text(user['clause'], masked)}\")"
            detail += f"; intent {user['intent']}" + (
                f" ({confidence:.2f})" if isinstance(confidence, (int, float)) else "")
            if user["entities"]:
                detail += "; entities: " + ", ".join(
                    f"{e.get('entity')}={_value(e.get('value'), masked)}" for e in user["entities"])
            if user["safety_net"]:
                detail += f"; SAFETY NET FIRED (rule {user['safety_net'].get('rule')})"
            out.append(("small", detail))
        for reply in turn["bot"]:
            if reply["card"]:
                out.append(("bot", f"Bot offered: {reply['card']['name']}"))
            else:
                out.append(("bot", "Bot: " + _text(reply["text"], masked)))
        if turn["actions"]:
            out.append(("small", "Actions: " + ", ".join(turn["actions"])))
        if turn["slots"]:
            out.append(("small", "Slots: " + ", ".join(f"{n} = {_value(v, masked)}" for n, v in turn["slots"])))
    if conv["notes"]:
        out.append(("heading", "Review notes"))
        for note in conv["notes"]:
            out.append(("normal", f"{when(note['created_at'])}, {note['username']}: {note['body']}"))
    return out
