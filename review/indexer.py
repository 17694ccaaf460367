"""Summarise Rasa's ``events`` into ``review_conversation`` (one row per sender_id), so the
queue and the charts never scan ``events``.

Incremental by an ``events.id`` watermark: each run looks at events after the watermark
(and a small overlap before it, for PostgreSQL transactions that commit out of id order),
finds the conversations they belong to and recomputes those conversations from all their
events. A summary is a pure function of a conversation's events, so recomputing one twice
is harmless."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from review import db, masking
from review.taxonomy import (
    DEFAULT_AUDIENCE, ESCALATION_ACTIONS, IMMEDIATE_RISK, LOW_CONFIDENCE, RISK_IMMEDIATE, WORRIES,
    join, risk_of,
)

log = logging.getLogger(__name__)

WATERMARK = "events_watermark"
OVERLAP = 500          # ids re-read before the watermark on each run
BATCH = 20000          # event ids per step
SENDERS_PER_QUERY = 500
PREVIEW_CHARS = 140
ANALYZE_AFTER = 1000   # conversations indexed in one run: refresh the planner's statistics

EventRow = Tuple[int, str, Optional[float], Optional[str], Optional[str], Optional[str]]


def _json(data: Optional[str]) -> Dict[str, Any]:
    try:
        value = json.loads(data or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def is_button_payload(text: str) -> bool:
    return text.startswith("/")


SLOTS = ("audience", "age_band", "worry")


def summarise(rows: Sequence[EventRow]) -> Optional[Dict[str, Any]]:
    """The queue's view of one conversation, from its events in id order (rows that
    matter for nothing here, such as action_listen, may be left out by the caller as
    long as the first and last timestamps are passed in ``times``)."""
    return summarise_parts(rows, None)


def summarise_parts(rows: Sequence[EventRow], times: Optional[Tuple[float, float]]) -> Optional[Dict[str, Any]]:
    if not rows and not times:
        return None
    audience, age_band = None, None
    worries: List[str] = []
    resources: List[str] = []
    max_risk, immediate, safety_net = 0, False, False
    user_turns, low_confidence = 0, 0
    preview, fallback_preview = None, None
    if times is None:
        stamps = [r[2] for r in rows if r[2] is not None]
        times = (min(stamps), max(stamps)) if stamps else (0.0, 0.0)
    for _id, type_name, _ts, intent, action, data in rows:
        if type_name == "user":
            user_turns += 1
            event = _json(data)
            parse = event.get("parse_data") or {}
            intent = intent or (parse.get("intent") or {}).get("name")
            confidence = (parse.get("intent") or {}).get("confidence")
            if parse.get("safety_net"):
                safety_net = True
            if intent == IMMEDIATE_RISK:
                immediate = True
            if intent in WORRIES and intent not in worries:
                worries.append(intent)
            max_risk = max(max_risk, risk_of(intent))
            if intent == "nlu_fallback" or (confidence is not None and confidence < LOW_CONFIDENCE
                                              and not parse.get("safety_net")):
                low_confidence += 1
            text = (event.get("text") or "").strip()
            if text and not is_button_payload(text):
                if preview is None and (intent in WORRIES or intent == IMMEDIATE_RISK):
                    preview = text
                if fallback_preview is None and intent not in ("greet", "goodbye", "thanks"):
                    fallback_preview = text
        elif type_name == "bot":
            if data and "resource_card" in data:
                custom = ((_json(data).get("data") or {}).get("custom") or {})
                resource = custom.get("resource") or {}
                if custom.get("type") == "resource_card" and resource.get("id") \
                        and resource["id"] not in resources:
                    resources.append(str(resource["id"]))
        elif type_name == "slot" and action in SLOTS:
            value = _json(data).get("value")
            if action == "audience" and value:
                audience = str(value)
            elif action == "age_band" and value:
                age_band = str(value)
            elif action == "worry" and value in WORRIES and value not in worries:
                worries.append(str(value))
                max_risk = max(max_risk, risk_of(value))
        elif type_name == "action" and action in ESCALATION_ACTIONS:
            immediate = True
    if immediate:
        max_risk = RISK_IMMEDIATE
    shown = preview or fallback_preview
    if shown:
        shown = masking.mask(shown)
        if len(shown) > PREVIEW_CHARS:
            shown = shown[:PREVIEW_CHARS - 1].rstrip() + "…"
    return {
        "started_at": times[0] or 0.0,
        "last_event_at": times[1] or 0.0,
        "audience": (audience or DEFAULT_AUDIENCE)[:16],
        "age_band": age_band[:16] if age_band else None,
        "worries": _fit(worries, 400),
        "resources": _fit(resources, 1000),
        "max_risk": max_risk,
        "immediate": immediate,
        "safety_net": safety_net,
        "user_turns": user_turns,
        "low_confidence": low_confidence,
        "preview": shown,
    }


def _fit(values: List[str], limit: int) -> str:
    joined = join(values)
    while len(joined) > limit and values:
        values = values[:-1]
        joined = join(values)
    return joined


def _read_events(conn, senders: Sequence[str]):
    """For each sender: the events that matter to the summary (not action_listen,
    featurization or bot text without a resource card), and the first and last
    timestamps of all its events."""
    e = db.events.c
    senders = list(senders)
    times = {row[0]: (row[1], row[2]) for row in conn.execute(
        sa.select(e.sender_id, sa.func.min(e.timestamp), sa.func.max(e.timestamp))
        .where(e.sender_id.in_(senders)).group_by(e.sender_id)).fetchall()}
    wanted = sa.or_(
        e.type_name == "user",
        sa.and_(e.type_name == "slot", e.action_name.in_(SLOTS)),
        sa.and_(e.type_name == "bot", e.data.like('%"resource_card"%')),
        sa.and_(e.type_name == "action", e.action_name.in_(sorted(ESCALATION_ACTIONS))),
    )
    by_sender: Dict[str, List[EventRow]] = {s: [] for s in senders}
    for row in conn.execute(
            sa.select(e.sender_id, e.id, e.type_name, e.timestamp, e.intent_name, e.action_name, e.data)
            .where(e.sender_id.in_(senders), wanted).order_by(e.id)).fetchall():
        by_sender[row[0]].append(tuple(row[1:]))
    return by_sender, times


def reindex_senders(conn, senders: Iterable[str]) -> int:
    """Recompute the summaries of these conversations (in the caller's transaction)."""
    senders = list(dict.fromkeys(senders))
    changed = 0
    c = db.conversations.c
    for start in range(0, len(senders), SENDERS_PER_QUERY):
        chunk = senders[start:start + SENDERS_PER_QUERY]
        by_sender, times = _read_events(conn, chunk)
        existing = {row.sender_id: row.status for row in conn.execute(
            sa.select(c.sender_id, c.status).where(c.sender_id.in_(chunk)))}
        now = db.now()
        inserts, updates = [], []
        for sender in chunk:
            summary = summarise_parts(by_sender.get(sender) or [], times.get(sender))
            if summary is None:
                if sender in existing:  # its events are gone
                    conn.execute(db.conversations.delete().where(c.sender_id == sender))
                continue
            status = existing.get(sender, "unreviewed")
            summary["priority"] = 1 if summary["immediate"] and status == "unreviewed" else 0
            summary["indexed_at"] = now
            if sender in existing:
                updates.append(dict(summary, b_sender=sender))
            else:
                inserts.append(dict(summary, sender_id=sender, status="unreviewed"))
        if inserts:
            conn.execute(db.conversations.insert(), inserts)
        if updates:
            columns = {key: sa.bindparam(key) for key in updates[0] if key != "b_sender"}
            conn.execute(db.conversations.update().where(c.sender_id == sa.bindparam("b_sender"))
                         .values(**columns), updates)
        changed += len(inserts) + len(updates)
    return changed


def refresh(engine: Engine, overlap: int = OVERLAP, batch: int = BATCH) -> int:
    """Bring the summaries up to date with ``events``. Returns conversations (re)indexed.
    Cheap when nothing is new: one read of the watermark and of max(events.id)."""
    if not db.events_table_exists(engine):
        return 0
    e = db.events.c
    total = 0
    with engine.begin() as conn:
        watermark = int(db.get_state(conn, WATERMARK, "0"))
        highest = conn.execute(sa.select(sa.func.max(e.id))).scalar() or 0
        if highest == watermark:
            return 0
        if highest < watermark:
            # the newest events were deleted outside the app: their ids may be handed out
            # again, so look again from below what is left
            watermark = max(0, highest - overlap)
            db.set_state(conn, WATERMARK, str(watermark))
    low = max(0, watermark - overlap) if watermark else 0
    while low < highest:
        high = min(low + batch, highest)
        with engine.connect() as conn:
            senders = [row[0] for row in conn.execute(
                sa.select(e.sender_id).where(e.id > low, e.id <= high).distinct())]
        # short transactions: on SQLite the bot writes to the same file and must not wait long
        for start in range(0, len(senders), SENDERS_PER_QUERY):
            with engine.begin() as conn:
                total += reindex_senders(conn, senders[start:start + SENDERS_PER_QUERY])
        with engine.begin() as conn:
            db.set_state(conn, WATERMARK, str(high))
        low = high
    if total:
        log.info("indexed %d conversations", total)
    if total >= ANALYZE_AFTER:
        db.analyze(engine)
    return total


def lower_watermark_after_delete(conn) -> None:
    """After deleting events: ids above the remaining maximum may be handed out again
    (SQLite reuses the highest rowids), so the watermark must not stay above it."""
    highest = conn.execute(sa.select(sa.func.max(db.events.c.id))).scalar() or 0
    watermark = int(db.get_state(conn, WATERMARK, "0"))
    if highest < watermark:
        db.set_state(conn, WATERMARK, str(highest))
