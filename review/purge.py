"""Retention: delete conversations whose last activity is older than the retention period
(REVIEW_RETENTION_DAYS, default 90), with their review records and their rows in Rasa's
``events`` table. Conversations an admin chose to keep longer (reviewed, tagged
"follow-up needed", with a keep-until date) stay until that date. Expired sessions,
reveals and old login-failure counts go too. The audit log is kept: it holds no message
text, and it is the record of who saw what; the purge's entry lists the ids it deleted.

Nothing urgent is deleted unseen: a conversation nobody has reviewed whose highest risk is
immediate or high is held back (and counted) until someone reviews it. ``dry_run``
counts without deleting."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from review import audit, auth, db, indexer
from review.conversations import delete_rows
from review.taxonomy import OPEN_STATUSES, RISK_HIGH

CHUNK = 500


def purge(engine: Engine, retention_days: int, now: Optional[float] = None,
          dry_run: bool = False) -> Dict[str, Any]:
    now = db.now() if now is None else now
    indexer.refresh(engine)  # every event belongs to a summarised conversation
    cutoff = now - retention_days * 86400
    c = db.conversations.c
    past = sa.and_(c.last_event_at < cutoff, sa.or_(c.keep_until.is_(None), c.keep_until <= now))
    unseen_risk = sa.and_(c.status.in_(OPEN_STATUSES), sa.or_(c.immediate.is_(True), c.max_risk >= RISK_HIGH))
    expired = sa.select(c.id, c.sender_id).where(past, sa.not_(unseen_risk)).order_by(c.id)
    totals: Dict[str, Any] = {"conversations": 0, "events": 0, "notes": 0, "tags": 0}
    with engine.connect() as conn:
        held = conn.execute(sa.select(c.id).where(past, unseen_risk).order_by(c.id)).scalars().all()
        if dry_run:
            ids = conn.execute(expired.with_only_columns(c.id)).scalars().all()
            totals.update(conversations=len(ids), would_delete=ids, held_back=len(held), held_back_ids=held,
                          sessions=0, dry_run=True)
            return totals
    deleted: List[int] = []
    while True:
        with engine.begin() as conn:
            rows = conn.execute(expired.limit(CHUNK)).fetchall()
            if not rows:
                break
            counts = delete_rows(conn, [r.id for r in rows], [r.sender_id for r in rows])
            deleted.extend(r.id for r in rows)
            for key, value in counts.items():
                totals[key] += value
    with engine.begin() as conn:
        if totals["events"]:
            indexer.lower_watermark_after_delete(conn)
        totals["sessions"] = conn.execute(db.sessions.delete().where(db.sessions.c.expires_at < now)).rowcount
        conn.execute(db.reveals.delete().where(db.reveals.c.expires_at < now))
        conn.execute(db.throttle.delete().where(db.throttle.c.last_failure_at < now - auth.FORGET_AFTER))
        totals["held_back"] = len(held)
        audit.record(conn, "purge", detail=dict(totals, retention_days=retention_days, deleted_ids=deleted,
                                                held_back_ids=list(held)))
    totals["deleted_ids"] = deleted
    totals["held_back_ids"] = list(held)
    return totals
