"""The audit log: who viewed, exported, noted, revealed, tagged, reviewed or deleted what,
and when. Append-only: this module only inserts and reads (the database refuses UPDATE
and DELETE on the table too). Details never hold message text."""
from __future__ import annotations

import hashlib
import json
from typing import Any, Dict, List, Optional, Tuple

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from review import db

SYSTEM = "system"  # the purge command and other command-line tools

ACTIONS = (
    "login", "login_failed", "logout", "view_queue", "view_transcript", "view_patterns",
    "view_audit", "view_users", "reveal", "hide", "export", "note", "tag", "untag", "status",
    "keep", "delete", "purge", "user_change", "user_created", "reopen",
    "login_throttled", "refused", "assign", "notify",
)


GENESIS = "0" * 64
HEAD = "audit_head"  # review_state: "<id>:<hash>" of the newest entry
HASHED = ("at", "user_id", "username", "action", "conversation_id", "sender_id", "detail", "ip")


def entry_hash(prev_hash: str, entry: Dict[str, Any]) -> str:
    """SHA-256 of the previous entry's hash and this entry's fields."""
    payload = json.dumps([prev_hash] + [entry.get(name) for name in HASHED], separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _take_head(conn) -> Tuple[str, Optional[int]]:
    """Hold the chain's head until the transaction ends (one writer at a time: a row
    lock on PostgreSQL, the write lock on SQLite) and return (its hash, its id)."""
    state = db.state.c
    if not conn.execute(db.state.update().where(state.key == HEAD).values(value=state.value)).rowcount:
        last = conn.execute(sa.select(db.audit_log.c.id, db.audit_log.c.hash)
                            .order_by(db.audit_log.c.id.desc()).limit(1)).first()
        if conn.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        conn.execute(insert(db.state).values(key=HEAD, value=f"{last.id}:{last.hash}" if last and last.hash
                                             else f"0:{GENESIS}").on_conflict_do_nothing(index_elements=["key"]))
        conn.execute(db.state.update().where(state.key == HEAD).values(value=state.value))
    raw = db.get_state(conn, HEAD) or f"0:{GENESIS}"
    last_id, _, last_hash = raw.partition(":")
    return last_hash or GENESIS, int(last_id or 0)


def record(conn, action: str, user=None, conversation_id: Optional[int] = None,
           sender_id: Optional[str] = None, detail: Optional[Dict[str, Any]] = None,
           ip: Optional[str] = None, username: Optional[str] = None) -> None:
    """Append one entry, in the caller's transaction (so an action and its audit entry
    are committed together or not at all), chained to the one before by its hash."""
    entry = {
        "at": db.now(),
        "user_id": getattr(user, "id", None),
        "username": (getattr(user, "username", None) or username or SYSTEM)[:64],
        "action": action[:32],
        "conversation_id": conversation_id,
        "sender_id": sender_id,
        "detail": json.dumps(detail, sort_keys=True) if detail else None,
        "ip": (ip or "")[:64] or None,
    }
    prev_hash, _ = _take_head(conn)
    entry["prev_hash"] = prev_hash
    entry["hash"] = entry_hash(prev_hash, entry)
    new_id = conn.execute(db.audit_log.insert().values(**entry)).inserted_primary_key[0]
    db.set_state(conn, HEAD, f"{new_id}:{entry['hash']}")


def verify(engine: Engine) -> Dict[str, Any]:
    """Check the chain from the first hashed entry to the head. Returns {"ok", "entries",
    "legacy" (entries from before the chain), "head", "broken_at" (id of the first entry
    that does not fit), "problem"}."""
    a = db.audit_log.c
    result: Dict[str, Any] = {"ok": True, "entries": 0, "legacy": 0, "head": GENESIS, "broken_at": None,
                              "problem": None}

    def broken(entry_id, problem):
        result.update(ok=False, broken_at=entry_id, problem=problem)
        return result

    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            present = {row[0] for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'review_audit'")}
            missing = [name for name in db.SQLITE_AUDIT_TRIGGERS if name not in present]
            if missing:
                result["problem_triggers"] = missing
        stored_head = db.get_state(conn, HEAD)
        prev, prev_id, chained = GENESIS, None, False
        for row in conn.execute(sa.select(db.audit_log).order_by(a.id)).yield_per(5000):
            entry = dict(row._mapping)
            if entry["hash"] is None:
                if chained:
                    return broken(entry["id"], "this entry has no hash (added or changed outside the app)")
                result["legacy"] += 1
                continue
            if entry["prev_hash"] != prev:
                what = "an entry before it was changed or deleted" if chained else "the chain does not start here"
                return broken(entry["id"], f"its link to the entry before does not match ({what})")
            if entry_hash(entry["prev_hash"], entry) != entry["hash"]:
                return broken(entry["id"], "its content does not match its hash (it was changed)")
            chained, prev, prev_id = True, entry["hash"], entry["id"]
            result["entries"] += 1
        result["head"] = prev
        if stored_head and chained and stored_head != f"{prev_id}:{prev}":
            head_id = int(stored_head.partition(":")[0] or 0)
            return broken(head_id if head_id > (prev_id or 0) else prev_id,
                          "the newest entries are missing (the chain ends before the recorded head)")
    if result.get("problem_triggers"):
        result.update(ok=False, problem="the database triggers that refuse changes are missing: "
                      + ", ".join(result["problem_triggers"]))
    return result


def record_now(engine: Engine, action: str, **kwargs) -> None:
    with engine.begin() as conn:
        record(conn, action, **kwargs)


def entries(engine: Engine, before_id: Optional[int] = None, username: Optional[str] = None,
            action: Optional[str] = None, conversation_id: Optional[int] = None,
            limit: int = 100) -> Tuple[List[Dict[str, Any]], Optional[int]]:
    """Newest first, keyset-paged by id. Returns (entries, id to continue before)."""
    a = db.audit_log.c
    query = sa.select(db.audit_log).order_by(a.id.desc()).limit(limit + 1)
    if before_id:
        query = query.where(a.id < before_id)
    if username:
        query = query.where(a.username == username)
    if action:
        query = query.where(a.action == action)
    if conversation_id:
        query = query.where(a.conversation_id == conversation_id)
    with engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(query)]
    more = rows[limit]["id"] + 1 if len(rows) > limit else None
    rows = rows[:limit]
    for row in rows:
        row["detail"] = json.loads(row["detail"]) if row["detail"] else {}
    return rows, (rows[-1]["id"] if more else None)
