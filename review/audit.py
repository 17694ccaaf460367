"""The audit log: who viewed, exported, noted, revealed, tagged, reviewed or deleted what,
and when. Append-only: this module only inserts and reads (the database refuses UPDATE
and DELETE on the table too). Details never hold message text."""
from __future__ import annotations

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
    "login_throttled", "refused", "audit_verify",
)


def record(conn, action: str, user=None, conversation_id: Optional[int] = None,
           sender_id: Optional[str] = None, detail: Optional[Dict[str, Any]] = None,
           ip: Optional[str] = None, username: Optional[str] = None) -> None:
    """Append one entry, in the caller's transaction (so an action and its audit entry
    are committed together or not at all)."""
    conn.execute(db.audit_log.insert().values(
        at=db.now(),
        user_id=getattr(user, "id", None),
        username=(getattr(user, "username", None) or username or SYSTEM)[:64],
        action=action[:32],
        conversation_id=conversation_id,
        sender_id=sender_id,
        detail=json.dumps(detail, sort_keys=True) if detail else None,
        ip=(ip or "")[:64] or None,
    ))


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
