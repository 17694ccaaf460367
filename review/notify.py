"""Notifications when an immediate-risk conversation arrives: a webhook (JSON POST) and/or
an email through an SMTP server. They carry no message content: only that a conversation
needs review, its number, when the risk was raised and a link to it (behind the login).

The app's background task (background.py) indexes new events every REVIEW_REFRESH_SECONDS and
then sends one notification per conversation that is unreviewed with immediate risk and
not yet notified; a conversation reopened by a new message is notified again. Each send
is audited (channel and whether it worked, never content)."""
from __future__ import annotations

import datetime as dt
import json
import logging
import smtplib
import urllib.request
from email.message import EmailMessage
from typing import Any, Dict, List

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from review import audit, db
from review.config import Config

log = logging.getLogger(__name__)
PRIORITY_IMMEDIATE = 5
BATCH = 50


def enabled(config: Config) -> bool:
    return bool(config.notify_webhook or (config.notify_smtp and config.notify_to))


def _link(config: Config, conversation_id: int) -> str:
    return f"{config.public_url}/conversations/{conversation_id}" if config.public_url \
        else f"/conversations/{conversation_id}"


def _when(ts) -> str:
    return dt.datetime.fromtimestamp(ts or 0, dt.timezone.utc).isoformat(timespec="seconds")


def message_for(config: Config, row) -> Dict[str, Any]:
    return {"event": "immediate_risk", "conversation_id": row.id, "risk_raised_at": _when(row.risk_at),
            "url": _link(config, row.id),
            "text": f"Immediate risk: conversation #{row.id} needs review. Open it in the transcript review app."}


def _webhook(config: Config, payload: Dict[str, Any]) -> None:
    request = urllib.request.Request(config.notify_webhook, data=json.dumps(payload).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310 - a configured URL
        if answer.status >= 300:
            raise OSError(f"webhook answered {answer.status}")


def _email(config: Config, payload: Dict[str, Any]) -> None:
    mail = EmailMessage()
    mail["Subject"] = f"Immediate risk: conversation #{payload['conversation_id']} needs review"
    mail["From"] = config.notify_from
    mail["To"] = ", ".join(config.notify_to)
    mail.set_content(f"{payload['text']}\n\nRisk raised at {payload['risk_raised_at']} (UTC).\n{payload['url']}\n\n"
                     "This message holds no conversation content. Log in to read it.\n")
    host, _, port = config.notify_smtp.rpartition(":")
    with smtplib.SMTP(host or config.notify_smtp, int(port or 25), timeout=15) as smtp:
        if config.notify_smtp_starttls:
            smtp.starttls()
        if config.notify_smtp_user:
            smtp.login(config.notify_smtp_user, config.notify_smtp_password)
        smtp.send_message(mail)


def send_pending(engine: Engine, config: Config) -> List[int]:
    """Notify every unreviewed immediate-risk conversation not notified yet. Returns the ids."""
    if not enabled(config):
        return []
    c = db.conversations.c
    with engine.connect() as conn:
        rows = conn.execute(sa.select(c.id, c.sender_id, c.risk_at)
                            .where(c.priority == PRIORITY_IMMEDIATE, c.alerted_at.is_(None))
                            .order_by(c.id).limit(BATCH)).fetchall()
    sent = []
    for row in rows:
        payload = message_for(config, row)
        results = {}
        for channel, send, wanted in (("webhook", _webhook, bool(config.notify_webhook)),
                                      ("email", _email, bool(config.notify_smtp and config.notify_to))):
            if not wanted:
                continue
            try:
                send(config, payload)
                results[channel] = True
            except Exception as problem:  # logged by type only: never content
                log.error("notification by %s failed: %s", channel, type(problem).__name__)
                results[channel] = False
        with engine.begin() as conn:
            if any(results.values()):
                conn.execute(db.conversations.update().where(c.id == row.id).values(alerted_at=db.now()))
            audit.record(conn, "notify", conversation_id=row.id, sender_id=row.sender_id, detail=results)
        if any(results.values()):
            sent.append(row.id)
    return sent
