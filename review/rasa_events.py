"""Rasa's stored events: the one place in the review app that knows the ``events`` table
(as rasa.core.tracker_store.SQLTrackerStore.SQLEvent defines it) and the JSON Rasa keeps
in its ``data`` column. Everything else reads small typed events from here.

Reading: :func:`conversation` (every event of one sender, for the transcript) and
:func:`for_summaries` (the few events the queue's summary needs, for many senders).
Writing: only :func:`delete_senders` (deleting a conversation, retention) in real use;
:func:`create_table`, the ``*_data`` encoders and :func:`insert` exist for tests and the
seeding command, which write events the way Rasa does (Rasa creates the table itself).

Decoding is lenient: the review app must show whatever is stored, so a field of the
wrong type reads as missing instead of failing the page."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import sqlalchemy as sa
from sqlalchemy import Column, Float, Integer, MetaData, Sequence as IdSequence, String, Table, Text
from sqlalchemy.engine import Connection, Engine

from safeguarding.vocabulary import RESOURCE_CARD

# --- the table ---------------------------------------------------------------------------------

TABLE_NAME = "events"
metadata = MetaData()
events = Table(
    TABLE_NAME, metadata,
    Column("id", Integer, IdSequence("events_seq", optional=True), primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)
COLUMNS = ("sender_id", "type_name", "timestamp", "intent_name", "action_name", "data")

# One stored row as written: (sender_id, type_name, timestamp, intent_name, action_name, data)
Row = Tuple[str, str, Optional[float], Optional[str], Optional[str], str]

# Rasa's type_name of each event kind the review app reads
USER, BOT, ACTION, SLOT, SESSION_STARTED = "user", "bot", "action", "slot", "session_started"
USER_FEATURIZATION = "user_featurization"


def exists(bind: Union[Engine, Connection]) -> bool:
    return sa.inspect(bind).has_table(TABLE_NAME)


def create_table(engine: Engine) -> None:
    """Only for the seeding command and tests: Rasa creates it in real use."""
    metadata.create_all(engine)


# --- typed events --------------------------------------------------------------------------------

@dataclass(slots=True)
class UserMessage:
    """What someone wrote (or the payload of a button they pressed), as the NLU read it."""
    id: int
    timestamp: Optional[float]
    text: str
    intent: Optional[str]
    confidence: Optional[float]
    entities: List[Dict[str, Any]]
    safety_net: Any                    # parse_data["safety_net"]: the rule that fired, or None
    risk: Any                          # parse_data["risk"] (taxonomy.message_risk reads it)
    intent_ranking: Any = field(default=None, repr=False)   # as stored: read ``ranking``

    @property
    def is_button_payload(self) -> bool:
        return self.text.startswith("/")

    @property
    def ranking(self) -> List[Tuple[Any, Any]]:
        """(intent, confidence) in the classifier's order (decoded only when asked for:
        the indexer never needs it)."""
        ranking = self.intent_ranking
        if not isinstance(ranking, list):
            return []
        return [(r.get("name"), r.get("confidence")) for r in ranking if isinstance(r, dict)]


@dataclass(slots=True)
class ResourceCard:
    id: Any
    name: Any
    worry: Any


@dataclass(slots=True)
class BotMessage:
    id: int
    timestamp: Optional[float]
    text: str
    buttons: List[Dict[str, Any]]
    card: Optional[ResourceCard]       # a resource card (the widget's custom payload)
    response: Optional[str]            # the domain response it came from (utter_...)


@dataclass(slots=True)
class ActionRun:
    id: int
    timestamp: Optional[float]
    name: Optional[str]


@dataclass(slots=True)
class SlotSet:
    id: int
    timestamp: Optional[float]
    name: Optional[str]
    value: Any


@dataclass(slots=True)
class SessionStarted:
    id: int
    timestamp: Optional[float]


Event = Union[UserMessage, BotMessage, ActionRun, SlotSet, SessionStarted]


def _json(data: Optional[str]) -> Dict[str, Any]:
    try:
        value = json.loads(data or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _dict(value: Any) -> Dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _user(event_id: int, ts: Optional[float], intent_name: Optional[str], data: Optional[str]) -> UserMessage:
    event = _json(data)
    parse = event.get("parse_data")
    if not isinstance(parse, dict):
        parse = {}
    intent = parse.get("intent")
    if not isinstance(intent, dict):
        intent = {}
    text = event.get("text") or ""
    return UserMessage(
        id=event_id, timestamp=ts,
        text=text if isinstance(text, str) else "",
        # Rasa copies the intent's name into the intent_name column
        intent=intent.get("name") or intent_name,
        confidence=intent.get("confidence"),
        entities=[e for e in parse.get("entities") or () if isinstance(e, dict)],
        safety_net=parse.get("safety_net"),
        risk=parse.get("risk"),
        intent_ranking=parse.get("intent_ranking"),
    )


def _bot(event_id: int, ts: Optional[float], data: Optional[str]) -> BotMessage:
    event = _json(data)
    payload = _dict(event.get("data"))
    custom = payload.get("custom") or {}
    card = None
    if isinstance(custom, dict) and custom.get("type") == RESOURCE_CARD:
        resource = _dict(custom.get("resource"))
        card = ResourceCard(id=resource.get("id"), name=resource.get("name") or resource.get("id"),
                            worry=custom.get("worry"))
    text = event.get("text") or ""
    return BotMessage(
        id=event_id, timestamp=ts, text=text if isinstance(text, str) else "",
        buttons=[b for b in payload.get("buttons") or [] if isinstance(b, dict)], card=card,
        response=_dict(event.get("metadata")).get("utter_action"))


def decode(row: Sequence[Any]) -> Optional[Event]:
    """One stored row (id, type_name, timestamp, intent_name, action_name, data) as a
    typed event; None for the kinds the review app does not use."""
    event_id, type_name, ts, intent_name, action_name, data = row
    if type_name == USER:
        return _user(event_id, ts, intent_name, data)
    if type_name == BOT:
        return _bot(event_id, ts, data)
    if type_name == ACTION:  # Rasa copies the action's name into action_name
        return ActionRun(event_id, ts, action_name)
    if type_name == SLOT:
        event = _json(data)
        return SlotSet(event_id, ts, event.get("name") or action_name, event.get("value"))
    if type_name == SESSION_STARTED:
        return SessionStarted(event_id, ts)
    return None


# --- reading -------------------------------------------------------------------------------------

_c = events.c
_READ = (_c.id, _c.type_name, _c.timestamp, _c.intent_name, _c.action_name, _c.data)


def conversation(engine: Engine, sender_id: str) -> List[Event]:
    """Every event of one conversation the review app uses, in the order Rasa wrote them."""
    if not exists(engine):
        return []
    with engine.connect() as conn:
        rows = conn.execute(sa.select(*_READ).where(_c.sender_id == sender_id).order_by(_c.id)).fetchall()
    return [event for event in map(decode, rows) if event is not None]


def for_summaries(conn: Connection, senders: Sequence[str], slots: Iterable[str], actions: Iterable[str]
                  ) -> Tuple[Dict[str, List[Event]], Dict[str, Tuple[Optional[float], Optional[float]]]]:
    """For each sender: the events a summary needs (user messages, these slots, bot
    messages carrying a resource card, these actions), and the first and last timestamps
    of all its events. Everything else (action_listen, featurization, plain bot text) is
    left in the database."""
    senders = list(senders)
    times = {row[0]: (row[1], row[2]) for row in conn.execute(
        sa.select(_c.sender_id, sa.func.min(_c.timestamp), sa.func.max(_c.timestamp))
        .where(_c.sender_id.in_(senders)).group_by(_c.sender_id)).fetchall()}
    wanted = sa.or_(
        _c.type_name == USER,
        sa.and_(_c.type_name == SLOT, _c.action_name.in_(list(slots))),
        sa.and_(_c.type_name == BOT, _c.data.like(f'%"{RESOURCE_CARD}"%')),
        sa.and_(_c.type_name == ACTION, _c.action_name.in_(sorted(actions))),
    )
    by_sender: Dict[str, List[Event]] = {s: [] for s in senders}
    for row in conn.execute(sa.select(_c.sender_id, *_READ).where(_c.sender_id.in_(senders), wanted)
                            .order_by(_c.id)).fetchall():
        event = decode(row[1:])
        if event is not None:
            by_sender[row[0]].append(event)
    return by_sender, times


def newest_id(conn: Connection, sender_id: Optional[str] = None) -> int:
    """The highest event id (of one sender, or of all); 0 when there are none."""
    query = sa.select(sa.func.max(_c.id))
    if sender_id is not None:
        query = query.where(_c.sender_id == sender_id)
    return conn.execute(query).scalar() or 0


def senders_between(conn: Connection, low: int, high: int) -> List[str]:
    """The senders with an event whose id is in (low, high]."""
    return [row[0] for row in conn.execute(
        sa.select(_c.sender_id).where(_c.id > low, _c.id <= high).distinct())]


def has_senders_outside(engine: Engine, prefix: str) -> bool:
    """Whether any event's sender id does not start with ``prefix`` (seeded data is
    "seed-..."; anything else may be a real conversation)."""
    with engine.connect() as conn:
        return conn.execute(sa.select(_c.id).where(sa.not_(_c.sender_id.like(prefix + "%"))).limit(1)).first() \
            is not None


def newest_id_up_to(sender_id: Any, moment: Any):
    """SQL for the newest event id of ``sender_id`` written at or before ``moment``
    (both may be columns of another table: a correlated subquery)."""
    return sa.select(sa.func.max(_c.id)).where(_c.sender_id == sender_id, _c.timestamp <= moment) \
        .scalar_subquery()


# --- writing -------------------------------------------------------------------------------------

def delete_senders(conn: Connection, sender_ids: Sequence[str]) -> int:
    """Delete every event of these conversations (in the caller's transaction); returns
    how many were deleted."""
    if not sender_ids or not exists(conn):
        return 0
    return conn.execute(events.delete().where(_c.sender_id.in_(list(sender_ids)))).rowcount


def insert(engine: Engine, rows: Sequence[Row]) -> None:
    """Write rows as Rasa's tracker store does (tests and the seeding command)."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":  # the DB-API directly: several times faster
            conn.exec_driver_sql(
                "INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) "
                "VALUES (?, ?, ?, ?, ?, ?)", rows)
        else:
            conn.execute(events.insert(), [dict(zip(COLUMNS, row, strict=True)) for row in rows])


# The ``data`` column is the event's JSON: "event" and "timestamp" first, then the event's
# own fields in Rasa's order. The encoders below give those fields (``fields``, cacheable:
# they don't hold the timestamp) and :func:`row` puts them together.

def fields(payload: Mapping[str, Any]) -> str:
    """The JSON of an event after its "event" and "timestamp" keys."""
    return json.dumps(payload)[1:]


def row(sender_id: str, type_name: str, timestamp: float, event_fields: str,
        intent: Optional[str] = None, action: Optional[str] = None) -> Row:
    data = '{"event": "%s", "timestamp": %r, %s' % (type_name, timestamp, event_fields)
    return (sender_id, type_name, timestamp, intent, action, data)


def parse_data(text: str, intent: str, confidence: float, entities: Sequence[Mapping[str, Any]],
               ranking: Sequence[Tuple[str, float]], message_id: str,
               extra: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
    """What the NLU pipeline made of a message, in Rasa's shape; ``extra``: keys this
    project's components add (``safety_net``, ``risk``)."""
    parsed = {"intent": {"name": intent, "confidence": confidence}, "entities": list(entities),
              "text": text, "message_id": message_id, "metadata": {},
              "intent_ranking": [{"name": name, "confidence": score} for name, score in ranking]}
    parsed.update(extra or {})
    return parsed


def user_fields(text: str, parsed: Mapping[str, Any], message_id: str, metadata: Mapping[str, Any],
                input_channel: str = "rest") -> str:
    return fields({"metadata": metadata, "text": text, "parse_data": parsed, "input_channel": input_channel,
                   "message_id": message_id})


def bot_fields(text: str, metadata: Mapping[str, Any], buttons: Any = None, custom: Any = None) -> str:
    return fields({"metadata": metadata, "text": text, "data": {
        "elements": None, "quick_replies": None, "buttons": buttons, "attachment": None, "image": None,
        "custom": custom}})


def action_fields(name: str, metadata: Mapping[str, Any], policy: Optional[str], confidence: Optional[float]) -> str:
    return fields({"metadata": metadata, "name": name, "policy": policy, "confidence": confidence,
                   "action_text": None, "hide_rule_turn": False})


def slot_fields(name: str, value: Any, metadata: Mapping[str, Any]) -> str:
    return fields({"metadata": metadata, "name": name, "value": value})


def session_started_fields(metadata: Mapping[str, Any]) -> str:
    return fields({"metadata": metadata})


def user_featurization_fields(metadata: Mapping[str, Any]) -> str:
    return fields({"metadata": metadata, "use_text_for_featurization": False})
