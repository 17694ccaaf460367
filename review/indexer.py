"""Summarise Rasa's ``events`` into ``review_conversation`` (one row per sender_id), so the
queue and the charts never scan ``events``.

Incremental by an ``events.id`` watermark: each run looks at events after the watermark
(and a small overlap before it, for PostgreSQL transactions that commit out of id order),
finds the conversations they belong to and recomputes those conversations from all their
events. A summary is a pure function of a conversation's events, so recomputing one twice
is harmless."""
from __future__ import annotations

import logging
import re
import threading
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from review import audit, db, masking, rasa_events
from review.rasa_events import ActionRun, BotMessage, Event, SlotSet, UserMessage
from review.taxonomy import (
    AGE_BANDS, AUDIENCES, DEFAULT_AUDIENCE, ESCALATION_ACTIONS, IMMEDIATE_RISK, LOW_CONFIDENCE, RISK_CONCERN,
    RISK_HIGH, RISK_IMMEDIATE, TIER_CHECK_IN, TIER_EMERGENCY, TIER_NONE, WORRIES, join, message_risk, priority,
    PRIORITY_REVIEWED, risk_of,
)

log = logging.getLogger(__name__)

WATERMARK = "events_watermark"
# Raised when what a summary holds changes (2: risk tiers, masked slot values, the preview
# of the message that raised the risk): every conversation is summarised again once.
SUMMARY_VERSION = "4"   # 3: text search; 4: platforms
VERSION_KEY = "summary_version"
OVERLAP = 500          # ids re-read before the watermark on each run
BATCH = 20000          # event ids per step
SENDERS_PER_QUERY = 500
PREVIEW_CHARS = 140
SEARCH_CHARS = 20000   # of what the user wrote, per conversation, for text search
ANALYZE_AFTER = 1000   # conversations indexed in one run: refresh the planner's statistics

def is_button_payload(text: str) -> bool:
    return text.startswith("/")


SLOTS = ("audience", "age_band", "worry")


def summarise(events: Sequence[Event]) -> Optional[Dict[str, Any]]:
    """The queue's view of one conversation, from its events in id order (events that
    matter for nothing here, such as action_listen, may be left out by the caller as
    long as the first and last timestamps are passed in ``times``)."""
    return summarise_parts(events, None)


def _rank(intent: Optional[str], tier: int) -> int:
    """How much one message raises a conversation's risk, in queue order."""
    if intent == IMMEDIATE_RISK or tier >= TIER_EMERGENCY:
        return 5
    if tier == TIER_CHECK_IN:
        return 4
    return {RISK_HIGH: 3, RISK_CONCERN: 2}.get(risk_of(intent), 0)


PLATFORM_RE = re.compile(r"^[a-z][a-z ._-]{1,23}$")


def _platform(value: Any) -> Optional[str]:
    """A platform entity's value for the summary: a short lower-case name, nothing else
    (an entity value can be forced to any text)."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.strip().lower().split())
    if not PLATFORM_RE.match(value) or masking.has_personal_details(value):
        return None
    return value


def _slot_value(value: Any, known: Sequence[str]) -> Optional[str]:
    """A slot value for the summary: one of the known values, or masked (a slot can be
    forced to any text, e.g. a phone number through a button payload)."""
    if value is None or value == "":
        return None
    value = str(value)
    if value in known:
        return value
    return masking.mask(value)[:16]


def summarise_parts(events: Sequence[Event], times: Optional[Tuple[Optional[float], Optional[float]]]
                    ) -> Optional[Dict[str, Any]]:
    if not events and not times:
        return None
    audience, age_band = None, None
    worries: List[str] = []
    resources: List[str] = []
    max_risk, immediate, safety_net = 0, False, False
    user_turns, low_confidence = 0, 0
    worst_tier, worst_score = TIER_NONE, None
    best_rank, preview, risk_at, fallback_preview = 0, None, None, None
    escalated_at = None
    last_user_event_id = None
    platforms: List[str] = []
    said: List[str] = []   # what the user wrote, for text search (masked below)
    said_chars = 0
    if times is None:
        stamps = [e.timestamp for e in events if e.timestamp is not None]
        times = (min(stamps), max(stamps)) if stamps else (0.0, 0.0)
    for event in events:
        if isinstance(event, UserMessage):
            user_turns += 1
            last_user_event_id = event.id if last_user_event_id is None else max(last_user_event_id, event.id)
            intent, confidence = event.intent, event.confidence
            tier, score, _clause = message_risk({"risk": event.risk}, intent)
            for entity in event.entities:
                if entity.get("entity") == "platform":
                    name = _platform(entity.get("value"))
                    if name and name not in platforms:
                        platforms.append(name)
            worst_tier = max(worst_tier, tier)
            if score is not None:
                worst_score = score if worst_score is None else max(worst_score, score)
            if event.safety_net:
                safety_net = True
            if intent == IMMEDIATE_RISK or tier >= TIER_EMERGENCY:
                immediate = True
            if intent in WORRIES and intent not in worries:
                worries.append(intent)
            max_risk = max(max_risk, risk_of(intent))
            if intent == "nlu_fallback" or (confidence is not None and confidence < LOW_CONFIDENCE
                                              and not event.safety_net):
                low_confidence += 1
            text = event.text.strip()
            rank = _rank(intent, tier)
            if rank > best_rank:
                # the message that raised the risk (the first at the highest level)
                best_rank, risk_at = rank, event.timestamp
                preview = None if is_button_payload(text) else (text or None)
            if text and not is_button_payload(text):
                if fallback_preview is None and intent not in ("greet", "goodbye", "thanks"):
                    fallback_preview = text
                if said_chars < SEARCH_CHARS:
                    said.append(text[:SEARCH_CHARS - said_chars])
                    said_chars += len(said[-1]) + 1
        elif isinstance(event, BotMessage):
            card = event.card
            if card is not None and card.id and card.id not in resources:
                resources.append(str(card.id))
        elif isinstance(event, SlotSet) and event.name in SLOTS:
            value = event.value
            if event.name == "audience" and value:
                audience = _slot_value(value, AUDIENCES)
            elif event.name == "age_band" and value:
                age_band = _slot_value(value, AGE_BANDS)
            elif event.name == "worry" and value in WORRIES and value not in worries:
                worries.append(str(value))
                max_risk = max(max_risk, risk_of(value))
        elif isinstance(event, ActionRun) and event.name in ESCALATION_ACTIONS:
            immediate = True
            if escalated_at is None:
                escalated_at = event.timestamp
    if immediate:
        max_risk = RISK_IMMEDIATE
        if best_rank < 5:
            risk_at = escalated_at or risk_at
    if best_rank == 0:
        risk_at = None
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
        "platforms": _fit(platforms, 200),
        "max_risk": max_risk,
        "immediate": immediate,
        "safety_net": safety_net,
        "user_turns": user_turns,
        "low_confidence": low_confidence,
        "preview": shown,
        "risk_tier": TIER_EMERGENCY if immediate else worst_tier,
        "risk_score": worst_score,
        "risk_at": risk_at,
        "last_user_event_id": last_user_event_id,
        "search_text": masking.mask("\n".join(said)).lower() if said else "",
    }


def _fit(values: List[str], limit: int) -> str:
    joined = join(values)
    while len(joined) > limit and values:
        values = values[:-1]
        joined = join(values)
    return joined


def reindex_senders(conn, senders: Iterable[str]) -> int:
    """Recompute the summaries of these conversations (in the caller's transaction)."""
    senders = list(dict.fromkeys(senders))
    changed = 0
    c = db.conversations.c
    for start in range(0, len(senders), SENDERS_PER_QUERY):
        chunk = senders[start:start + SENDERS_PER_QUERY]
        by_sender, times = rasa_events.for_summaries(conn, chunk, SLOTS, ESCALATION_ACTIONS)
        existing = {row.sender_id: row for row in conn.execute(
            sa.select(c.id, c.sender_id, c.status, c.reviewed_event_id, c.immediate, c.risk_tier)
            .where(c.sender_id.in_(chunk)))}
        now = db.now()
        inserts, updates, reopened = [], [], []
        search_text: Dict[str, str] = {}
        for sender in chunk:
            summary = summarise_parts(by_sender.get(sender) or [], times.get(sender))
            if summary is None:
                if sender in existing:  # its events are gone
                    conn.execute(db.conversations.delete().where(c.sender_id == sender))
                    db.delete_search_text(conn, [existing[sender].id])
                continue
            old = existing.get(sender)
            status = old.status if old is not None else "unreviewed"
            if old is not None and status != "unreviewed" and summary["last_user_event_id"] is not None \
                    and summary["last_user_event_id"] > (old.reviewed_event_id or 0):
                # the young person wrote again after the review: it needs looking at again
                status = "unreviewed"
                conn.execute(db.conversations.update().where(
                    c.id == old.id, c.status != "unreviewed",
                    sa.func.coalesce(c.reviewed_event_id, 0) < summary["last_user_event_id"]).values(
                    status=status, alerted_at=None))   # immediate risk again: notify again
                reopened.append(dict(conversation_id=old.id, sender_id=sender, detail={
                    "reason": "new message after review",
                    "immediate_risk": bool(summary["immediate"]),
                    "new_risk": bool(summary["immediate"] and not old.immediate)
                    or summary["risk_tier"] > (old.risk_tier or 0)}))
            summary["indexed_at"] = now
            search_text[sender] = summary.pop("search_text")
            waiting = priority("unreviewed", summary["immediate"], summary["risk_tier"], summary["max_risk"])
            if sender in existing:
                updates.append(dict(summary, b_sender=sender, b_waiting=waiting))
            else:
                inserts.append(dict(summary, sender_id=sender, status="unreviewed", priority=waiting))
        if inserts:
            conn.execute(db.conversations.insert(), inserts)
        if updates:
            columns = {key: sa.bindparam(key) for key in updates[0] if not key.startswith("b_")}
            # the review status is the reviewers' (read again here, not from before)
            columns["priority"] = sa.case((c.status == "unreviewed", sa.bindparam("b_waiting")),
                                          else_=PRIORITY_REVIEWED)
            conn.execute(db.conversations.update().where(c.sender_id == sa.bindparam("b_sender"))
                         .values(**columns), updates)
        if search_text:
            ids = dict(conn.execute(sa.select(c.sender_id, c.id).where(c.sender_id.in_(list(search_text)))).fetchall())
            db.set_search_text(conn, [(ids[sender], text) for sender, text in search_text.items() if sender in ids])
        for entry in reopened:  # last: the audit chain's head is taken after the rows
            audit.record(conn, "reopen", **entry)
        changed += len(inserts) + len(updates)
    return changed


def reindex_senders_now(engine: Engine, senders: Iterable[str]) -> int:
    if not rasa_events.exists(engine):
        return 0
    with _REFRESHING, engine.begin() as conn:
        return reindex_senders(conn, senders)


_REFRESHING = threading.Lock()


def refresh(engine: Engine, overlap: int = OVERLAP, batch: int = BATCH) -> int:
    """Bring the summaries up to date with ``events``. Returns conversations (re)indexed.
    Cheap when nothing is new: one read of the watermark and of max(events.id). One
    refresh at a time in a process (the app serves pages from worker threads)."""
    with _REFRESHING:
        return _refresh(engine, overlap, batch)


def _refresh(engine: Engine, overlap: int, batch: int) -> int:
    if not rasa_events.exists(engine):
        return 0
    total = 0
    with engine.begin() as conn:
        if db.get_state(conn, VERSION_KEY) != SUMMARY_VERSION:
            db.set_state(conn, WATERMARK, "0")
            db.set_state(conn, VERSION_KEY, SUMMARY_VERSION)
        watermark = int(db.get_state(conn, WATERMARK, "0"))
        highest = rasa_events.newest_id(conn)
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
            senders = rasa_events.senders_between(conn, low, high)
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
    highest = rasa_events.newest_id(conn)
    watermark = int(db.get_state(conn, WATERMARK, "0"))
    if highest < watermark:
        db.set_state(conn, WATERMARK, str(highest))
