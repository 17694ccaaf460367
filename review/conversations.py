"""Conversations: the queue (filtered, keyset-paged), the transcript timeline built from a
conversation's events, and what reviewers do to a conversation (status, notes, tags,
reveal, keep longer, delete). Every change is written with its audit entry in one
transaction."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from review import audit, db, indexer, rasa_events
from review.taxonomy import (
    AGE_BANDS, AUDIENCES, ESCALATION_ACTIONS, FOLLOW_UP, IMMEDIATE_RISK, LOW_CONFIDENCE, RISK_LEVELS, STATUSES,
    DONE_STATUSES, NEEDS_OUTCOME, OUTCOMES, STATUS_LABELS, TIER_CHECK_IN, TIER_EMERGENCY, WORRIES, message_risk,
    priority, split,
)

LONDON = ZoneInfo("Europe/London")
PAGE_SIZE = 50
REVEAL_MINUTES = 10
MAX_NOTE = 5000
MAX_KEEP_DAYS = 2 * 365
TAG_RE = re.compile(r"^[a-z0-9][a-z0-9 -]{0,38}[a-z0-9]$")


class ReviewError(ValueError):
    pass


# --- the queue -------------------------------------------------------------------------------

@dataclass
class Filters:
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None
    worry: Optional[str] = None
    risk: Optional[str] = None
    audience: Optional[str] = None
    age_band: Optional[str] = None
    platform: Optional[str] = None
    status: Optional[str] = None
    tag: Optional[str] = None
    unsure: bool = False
    assigned: Optional[str] = None   # "me" (needs the viewer's id), "nobody"
    viewer_id: Optional[int] = None
    text: Optional[str] = None       # words the young person wrote (masked text)
    errors: List[str] = field(default_factory=list)

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "Filters":
        f = cls()
        f.date_from = f._date(args.get("from"), "from")
        f.date_to = f._date(args.get("to"), "to")
        f.worry = f._choice(args.get("worry"), WORRIES + (IMMEDIATE_RISK,), "worry")
        f.risk = f._choice(args.get("risk"), tuple(RISK_LEVELS), "risk")
        f.audience = f._choice(args.get("audience"), AUDIENCES, "audience")
        f.age_band = f._choice(args.get("age"), AGE_BANDS, "age band")
        platform = (args.get("platform") or "").strip().lower()
        f.platform = platform if re.fullmatch(r"[a-z][a-z ._-]{1,23}", platform) else None
        f.status = f._choice(args.get("status"), STATUSES, "status")
        tag = (args.get("tag") or "").strip().lower()
        f.tag = tag if tag and TAG_RE.match(tag) else None
        f.unsure = args.get("unsure") == "1"
        f.assigned = f._choice(args.get("assigned"), ("me", "nobody"), "assignment")
        text = " ".join((args.get("q") or "").split())[:200]
        f.text = text if db.search_words(text) else None
        return f

    def _date(self, raw: Optional[str], name: str) -> Optional[dt.date]:
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            self.errors.append(f"'{name}' is not a date (YYYY-MM-DD)")
            return None

    def _choice(self, raw: Optional[str], allowed, name: str) -> Optional[str]:
        if not raw:
            return None
        if raw not in allowed:
            self.errors.append(f"unknown {name}")
            return None
        return raw

    def as_args(self) -> Dict[str, str]:
        args = {"from": self.date_from and self.date_from.isoformat(),
                "to": self.date_to and self.date_to.isoformat(), "worry": self.worry,
                "risk": self.risk, "audience": self.audience, "age": self.age_band, "platform": self.platform,
                "status": self.status, "tag": self.tag,
                "unsure": "1" if self.unsure else None, "assigned": self.assigned, "q": self.text}
        return {k: v for k, v in args.items() if v}

    def conditions(self, dialect=None) -> List[Any]:
        c = db.conversations.c
        where: List[Any] = []
        if self.text and dialect is not None:
            where.append(db.search_condition(dialect, c.id, self.text))
        if self.date_from:
            where.append(c.started_at >= local_midnight(self.date_from))
        if self.date_to:
            where.append(c.started_at < local_midnight(self.date_to + dt.timedelta(days=1)))
        if self.worry == IMMEDIATE_RISK:
            where.append(c.immediate.is_(True))
        elif self.worry:
            where.append(c.worries.like(f"%|{self.worry}|%"))
        if self.risk:
            where.append(c.max_risk == RISK_LEVELS[self.risk])
        if self.audience:
            where.append(c.audience == self.audience)
        if self.age_band:
            where.append(c.age_band == self.age_band)
        if self.platform:
            where.append(c.platforms.like(f"%|{self.platform}|%"))
        if self.status:
            where.append(c.status == self.status)
        if self.assigned == "me" and self.viewer_id is not None:
            where.append(c.assigned_to == self.viewer_id)
        elif self.assigned == "nobody":
            where.append(c.assigned_to.is_(None))
        if self.unsure:
            # the bot unsure: low confidence or fallback, or it wanted to check in
            where.append(sa.or_(c.low_confidence > 0, c.risk_tier == TIER_CHECK_IN))
        if self.tag:
            t = db.tags.c
            where.append(c.id.in_(sa.select(t.conversation_id).where(t.tag == self.tag)))
        return where


def local_midnight(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day, tzinfo=LONDON).timestamp()


def encode_cursor(row: Mapping[str, Any]) -> str:
    return f"{row['priority']}_{row['started_at']!r}_{row['id']}"


def decode_cursor(raw: Optional[str]) -> Optional[Tuple[int, float, int]]:
    if not raw:
        return None
    try:
        priority, started, conv_id = raw.split("_")
        return int(priority), float(started), int(conv_id)
    except ValueError:
        return None


QUEUE_COLUMNS = ("id", "started_at", "last_event_at", "audience", "age_band", "worries", "resources", "platforms",
                 "max_risk", "immediate", "safety_net", "user_turns", "low_confidence", "preview",
                 "status", "priority", "risk_tier", "risk_score", "risk_at", "assigned_to", "outcome")


def queue_page(engine: Engine, filters: Filters, cursor: Optional[str] = None,
               page_size: int = PAGE_SIZE, count: bool = True) -> Dict[str, Any]:
    """One page of the queue: unreviewed immediate-risk conversations first, then newest
    first. Keyset paging on (priority, started_at, id), which an index serves directly,
    so page 2000 costs what page 1 does."""
    c = db.conversations.c
    where = filters.conditions(engine)
    query = sa.select(*[c[name] for name in QUEUE_COLUMNS]).where(*where)
    after = decode_cursor(cursor)
    if after:
        query = query.where(sa.tuple_(c.priority, c.started_at, c.id) < sa.tuple_(*after))
    query = query.order_by(c.priority.desc(), c.started_at.desc(), c.id.desc()).limit(page_size + 1)
    with engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(query)]
        total = conn.execute(sa.select(sa.func.count()).select_from(db.conversations).where(*where)).scalar() \
            if count else None
        has_more = len(rows) > page_size
        rows = rows[:page_size]
        tags_by_id: Dict[int, List[str]] = {}
        if rows:
            for row in conn.execute(sa.select(db.tags.c.conversation_id, db.tags.c.tag)
                                    .where(db.tags.c.conversation_id.in_([r["id"] for r in rows]))
                                    .order_by(db.tags.c.tag)):
                tags_by_id.setdefault(row.conversation_id, []).append(row.tag)
    for row in rows:
        row["worry_list"] = split(row["worries"])
        row["resource_list"] = split(row["resources"])
        row["tags"] = tags_by_id.get(row["id"], [])
    return {"rows": rows, "total": total, "next": encode_cursor(rows[-1]) if has_more else None}


# --- one conversation ------------------------------------------------------------------------

def get(engine: Engine, conversation_id: int) -> Optional[Dict[str, Any]]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(db.conversations).where(db.conversations.c.id == conversation_id)).first()
        if row is None:
            return None
        conv = dict(row._mapping)
        conv["tags"] = [r.tag for r in conn.execute(
            sa.select(db.tags.c.tag).where(db.tags.c.conversation_id == conversation_id).order_by(db.tags.c.tag))]
        n, u = db.notes.c, db.users.c
        conv["notes"] = [dict(r._mapping) for r in conn.execute(
            sa.select(n.id, n.created_at, n.body, u.username)
            .select_from(db.notes.outerjoin(db.users, n.user_id == u.id))
            .where(n.conversation_id == conversation_id).order_by(n.id))]
        if conv["reviewed_by"]:
            conv["reviewed_by_name"] = conn.execute(
                sa.select(u.username).where(u.id == conv["reviewed_by"])).scalar()
        conv["assigned_name"] = conn.execute(sa.select(u.username).where(u.id == conv["assigned_to"])).scalar() \
            if conv.get("assigned_to") else None
    conv["worry_list"] = split(conv["worries"])
    conv["resource_list"] = split(conv["resources"])
    return conv


def timeline(engine: Engine, sender_id: str) -> List[Dict[str, Any]]:
    """The conversation as turns: what the user wrote (or which button they pressed), the
    intent and confidence, whether the safety net fired, then the bot's replies,
    resource cards, actions and the slots it set. Session starts are markers."""
    turns: List[Dict[str, Any]] = []
    current: Optional[Dict[str, Any]] = None
    buttons: Dict[str, str] = {}  # payload -> title, from the bot's last buttons

    def new_turn(at: Optional[float], user: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        turn: Dict[str, Any] = {"kind": "turn", "at": at, "user": user, "bot": [], "actions": [], "slots": [],
                "escalation": False}
        turns.append(turn)
        return turn

    for event in rasa_events.conversation(engine, sender_id):
        if isinstance(event, rasa_events.SessionStarted):
            turns.append({"kind": "session", "at": event.timestamp})
            current = None
        elif isinstance(event, rasa_events.UserMessage):
            text, name, confidence = event.text, event.intent, event.confidence
            net = event.safety_net or None
            tier, score, clause = message_risk({"risk": event.risk}, name)
            user = {
                "tier": tier,
                "score": score,
                "clause": clause,
                "text": text,
                "button": buttons.get(text.strip()) if event.is_button_payload else None,
                "payload": event.is_button_payload,
                "intent": name,
                "confidence": confidence,
                "safety_net": net,
                "entities": [{k: ent.get(k) for k in ("entity", "value", "start", "end")} for ent in event.entities],
                "low_confidence": name == "nlu_fallback" or (
                    confidence is not None and confidence < LOW_CONFIDENCE and not net),
                "ranking": event.ranking[1:3],
            }
            current = new_turn(event.timestamp, user)
            if name == IMMEDIATE_RISK or net or tier >= TIER_EMERGENCY:
                current["escalation"] = True
        elif isinstance(event, rasa_events.BotMessage):
            card = event.card
            if event.buttons:
                buttons = {str(b.get("payload", "")).strip(): str(b.get("title", "")) for b in event.buttons}
            if current is None:
                current = new_turn(event.timestamp)
            current["bot"].append({"at": event.timestamp, "text": event.text,
                                   "card": {"id": card.id, "name": card.name, "worry": card.worry} if card else None,
                                   "buttons": [b.get("title") for b in event.buttons],
                                   "response": event.response})
        elif isinstance(event, rasa_events.ActionRun):
            if event.name in ("action_listen", "action_session_start"):
                continue
            if current is None:
                current = new_turn(event.timestamp)
            current["actions"].append(event.name)
            if event.name in ESCALATION_ACTIONS:
                current["escalation"] = True
        elif isinstance(event, rasa_events.SlotSet):
            if current is None:
                current = new_turn(event.timestamp)
            current["slots"].append((event.name, event.value))
    return turns


def user_turns(turns: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [t for t in turns if t["kind"] == "turn" and t["user"]]


# --- review actions --------------------------------------------------------------------------

def _ctx(user, conv: Mapping[str, Any], ip: Optional[str]) -> Dict[str, Any]:
    return {"user": user, "conversation_id": conv["id"], "sender_id": conv["sender_id"], "ip": ip}


def last_event_id(conn, sender_id: str) -> int:
    """The newest of the conversation's events in Rasa's store (what a reviewer has seen)."""
    if not rasa_events.exists(conn):
        return 0
    return rasa_events.newest_id(conn, sender_id)


def newest_event_id(engine: Engine, sender_id: str) -> int:
    with engine.connect() as conn:
        return last_event_id(conn, sender_id)


def set_status(engine: Engine, conv: Mapping[str, Any], status: str, user, ip: Optional[str],
               seen_event_id: Optional[int] = None, outcome: Optional[str] = None) -> None:
    """Change the review status (referred and closed need an outcome). ``seen_event_id``:
    the newest event on the page the reviewer looked at; anything the young person wrote
    after it reopens the conversation."""
    if status not in STATUSES:
        raise ReviewError("unknown status")
    if outcome in ("", None):
        outcome = None
    elif outcome not in OUTCOMES:
        raise ReviewError("unknown outcome")
    if status in NEEDS_OUTCOME and outcome is None:
        raise ReviewError(f"choose an outcome for a conversation that is {STATUS_LABELS[status].lower()}")
    c = db.conversations.c
    reviewed = status != "unreviewed"
    with engine.begin() as conn:
        seen = last_event_id(conn, conv["sender_id"])
        if seen_event_id is not None:
            seen = min(seen, max(0, seen_event_id))
        conn.execute(db.conversations.update().where(c.id == conv["id"]).values(
            status=status,
            reviewed_by=user.id if reviewed else None,
            reviewed_at=db.now() if reviewed else None,
            reviewed_event_id=seen if reviewed else None,
            outcome=outcome if status in NEEDS_OUTCOME or outcome else None,
            priority=priority(status, conv["immediate"], conv.get("risk_tier") or 0, conv["max_risk"])))
        audit.record(conn, "status", detail={"status": status, **({"outcome": outcome} if outcome else {})},
                     **_ctx(user, conv, ip))
    if reviewed:
        # a message that came in while the reviewer was reading reopens it at once
        indexer.reindex_senders_now(engine, [conv["sender_id"]])


def assign(engine: Engine, conv: Mapping[str, Any], username: Optional[str], user, ip: Optional[str]) -> None:
    """Give the conversation to a colleague (or to nobody). Audited."""
    c, u = db.conversations.c, db.users.c
    with engine.begin() as conn:
        target = None
        if username:
            target = conn.execute(sa.select(u.id, u.username).where(u.username == username.strip().lower(),
                                                                    u.active.is_(True))).first()
            if target is None:
                raise ReviewError("no active colleague with that username")
        conn.execute(db.conversations.update().where(c.id == conv["id"]).values(
            assigned_to=target.id if target else None, assigned_at=db.now() if target else None))
        audit.record(conn, "assign", detail={"to": target.username if target else None}, **_ctx(user, conv, ip))


def colleagues(engine: Engine) -> List[str]:
    with engine.connect() as conn:
        return list(conn.execute(sa.select(db.users.c.username).where(db.users.c.active.is_(True))
                                 .order_by(db.users.c.username)).scalars())


def add_note(engine: Engine, conv: Mapping[str, Any], body: str, user, ip: Optional[str]) -> None:
    body = (body or "").strip()
    if not body:
        raise ReviewError("the note is empty")
    if len(body) > MAX_NOTE:
        raise ReviewError(f"notes are at most {MAX_NOTE} characters")
    with engine.begin() as conn:
        note_id = conn.execute(db.notes.insert().values(
            conversation_id=conv["id"], user_id=user.id, created_at=db.now(), body=body)).inserted_primary_key[0]
        audit.record(conn, "note", detail={"note_id": note_id, "characters": len(body)}, **_ctx(user, conv, ip))


def clean_tag(tag: str) -> str:
    tag = re.sub(r"\s+", " ", (tag or "").strip().lower())
    if not TAG_RE.match(tag):
        raise ReviewError("tags are 2 to 40 letters, digits, spaces or hyphens")
    return tag


def add_tag(engine: Engine, conv: Mapping[str, Any], tag: str, user, ip: Optional[str]) -> None:
    tag = clean_tag(tag)
    t = db.tags.c
    with engine.begin() as conn:
        if conn.execute(sa.select(t.tag).where(t.conversation_id == conv["id"], t.tag == tag)).first():
            return
        conn.execute(db.tags.insert().values(conversation_id=conv["id"], tag=tag, user_id=user.id,
                                             created_at=db.now()))
        audit.record(conn, "tag", detail={"tag": tag}, **_ctx(user, conv, ip))


def remove_tag(engine: Engine, conv: Mapping[str, Any], tag: str, user, ip: Optional[str]) -> None:
    tag = clean_tag(tag)
    t = db.tags.c
    with engine.begin() as conn:
        if conn.execute(db.tags.delete().where(t.conversation_id == conv["id"], t.tag == tag)).rowcount:
            audit.record(conn, "untag", detail={"tag": tag}, **_ctx(user, conv, ip))


def keep_until(engine: Engine, conv: Mapping[str, Any], until: Optional[dt.date], user, ip: Optional[str]) -> None:
    """Admins only: keep a reviewed conversation tagged "follow-up needed" past the
    retention period (until None: back to the normal period)."""
    if until is not None:
        if conv["status"] not in DONE_STATUSES or FOLLOW_UP not in conv.get("tags", []):
            raise ReviewError(f"only reviewed, referred or closed conversations tagged '{FOLLOW_UP}' "
                              "can be kept longer")
        if until <= dt.date.today():
            raise ReviewError("choose a date in the future")
        if until > dt.date.today() + dt.timedelta(days=MAX_KEEP_DAYS):
            raise ReviewError(f"keep for at most {MAX_KEEP_DAYS // 365} years; choose an earlier date")
    value = local_midnight(until + dt.timedelta(days=1)) if until else None
    with engine.begin() as conn:
        conn.execute(db.conversations.update().where(db.conversations.c.id == conv["id"]).values(keep_until=value))
        audit.record(conn, "keep", detail={"until": until.isoformat() if until else None}, **_ctx(user, conv, ip))


def reveal(engine: Engine, session_hash: str, conv: Mapping[str, Any], reason: str, user, ip: Optional[str]) -> None:
    reason = re.sub(r"\s+", " ", (reason or "").strip())
    if not meaningful_reason(reason):
        raise ReviewError("say why you need to see the personal details (a few words, e.g. "
                          "\"to pass the number to the police\")")
    with engine.begin() as conn:
        conn.execute(db.reveals.delete().where(db.reveals.c.expires_at < db.now()))
        conn.execute(db.reveals.insert().values(session_hash=session_hash, conversation_id=conv["id"],
                                                expires_at=db.now() + REVEAL_MINUTES * 60))
        audit.record(conn, "reveal", detail={"reason": reason[:300], "minutes": REVEAL_MINUTES},
                     **_ctx(user, conv, ip))


def meaningful_reason(reason: str) -> bool:
    """At least two words of letters and ten characters, not one character repeated."""
    words = re.findall(r"[^\W\d_]{2,}", reason)
    letters = [ch.lower() for ch in reason if ch.isalpha()]
    return len(reason) >= 10 and len(words) >= 2 and len(set(letters)) >= 4


def hide(engine: Engine, session_hash: str, conv: Mapping[str, Any], user, ip: Optional[str]) -> None:
    r = db.reveals.c
    with engine.begin() as conn:
        conn.execute(db.reveals.delete().where(r.session_hash == session_hash, r.conversation_id == conv["id"]))
        audit.record(conn, "hide", **_ctx(user, conv, ip))


def is_revealed(engine: Engine, session_hash: str, conversation_id: int) -> bool:
    r = db.reveals.c
    with engine.connect() as conn:
        return conn.execute(sa.select(r.id).where(r.session_hash == session_hash, r.conversation_id == conversation_id,
                                                  r.expires_at > db.now())).first() is not None


def delete_rows(conn, conversation_ids: List[int], sender_ids: List[str]) -> Dict[str, int]:
    """Delete conversations everywhere except the audit log: Rasa's events, the summary,
    notes, tags and reveals. Returns counts."""
    counts = {"conversations": 0, "events": 0, "notes": 0, "tags": 0}
    if not conversation_ids:
        return counts
    counts["events"] = rasa_events.delete_senders(conn, sender_ids)
    counts["notes"] = conn.execute(db.notes.delete().where(db.notes.c.conversation_id.in_(conversation_ids))).rowcount
    counts["tags"] = conn.execute(db.tags.delete().where(db.tags.c.conversation_id.in_(conversation_ids))).rowcount
    conn.execute(db.reveals.delete().where(db.reveals.c.conversation_id.in_(conversation_ids)))
    db.delete_search_text(conn, conversation_ids)
    counts["conversations"] = conn.execute(
        db.conversations.delete().where(db.conversations.c.id.in_(conversation_ids))).rowcount
    return counts


def delete(engine: Engine, conv: Mapping[str, Any], user, ip: Optional[str]) -> Dict[str, int]:
    """Admins only: delete one conversation on request, from the tracker store too."""
    with engine.begin() as conn:
        counts = delete_rows(conn, [conv["id"]], [conv["sender_id"]])
        if counts["events"]:
            indexer.lower_watermark_after_delete(conn)
        audit.record(conn, "delete", detail=counts, **_ctx(user, conv, ip))
    return counts
