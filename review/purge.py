"""Retention: delete conversations whose last activity is older than the retention period
(REVIEW_RETENTION_DAYS, default 90), with their review records and their rows in Rasa's
``events`` table. Conversations an admin chose to keep longer (reviewed, tagged
"follow-up needed", with a keep-until date) stay until that date. Expired sessions,
reveals and old login-failure counts go too. The audit log is kept: it holds no message
text, and it is the record of who saw what."""
from __future__ import annotations

from typing import Dict, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from review import audit, auth, db, indexer
from review.conversations import delete_rows

CHUNK = 500


def purge(engine: Engine, retention_days: int, now: Optional[float] = None) -> Dict[str, int]:
    now = db.now() if now is None else now
    indexer.refresh(engine)  # every event belongs to a summarised conversation
    cutoff = now - retention_days * 86400
    c = db.conversations.c
    expired = (sa.select(c.id, c.sender_id)
               .where(c.last_event_at < cutoff, sa.or_(c.keep_until.is_(None), c.keep_until <= now))
               .order_by(c.id))
    totals = {"conversations": 0, "events": 0, "notes": 0, "tags": 0}
    while True:
        with engine.begin() as conn:
            rows = conn.execute(expired.limit(CHUNK)).fetchall()
            if not rows:
                break
            counts = delete_rows(conn, [r.id for r in rows], [r.sender_id for r in rows])
            for key, value in counts.items():
                totals[key] += value
    with engine.begin() as conn:
        if totals["events"]:
            indexer.lower_watermark_after_delete(conn)
        totals["sessions"] = conn.execute(db.sessions.delete().where(db.sessions.c.expires_at < now)).rowcount
        conn.execute(db.reveals.delete().where(db.reveals.c.expires_at < now))
        conn.execute(db.throttle.delete().where(db.throttle.c.last_failure_at < now - auth.FORGET_AFTER))
        audit.record(conn, "purge", detail=dict(totals, retention_days=retention_days))
    return totals
