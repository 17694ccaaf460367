"""When an immediate-risk conversation arrives, the app notifies (a webhook and an email
through an SMTP server, here a local sink) without any message content; reopened by a new
crisis message, it notifies again; ordinary conversations notify nobody."""
from __future__ import annotations

import json
import random
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import sqlalchemy as sa

from review import audit, auth, conversations, db
from tests.integration.servers import free_port
from tests.review import seed
from tests.review.helpers import PASSWORD, ReviewServer, wait_for

START = 1_790_000_000.0


class SmtpSink(socketserver.ThreadingTCPServer):
    """Just enough SMTP to take mail: every message's text goes into ``messages``."""
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port):
        self.messages = []
        super().__init__(("127.0.0.1", port), SmtpHandler)


class SmtpHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"220 sink ready\r\n")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.strip().split(b" ")[0].upper()
            if verb in (b"EHLO", b"HELO"):
                self.wfile.write(b"250 sink\r\n")
            elif verb == b"DATA":
                self.wfile.write(b"354 go on\r\n")
                body = []
                for data in iter(self.rfile.readline, b""):
                    if data in (b".\r\n", b".\n"):
                        break
                    body.append(data)
                self.server.messages.append(b"".join(body).decode("utf-8", "replace"))
                self.wfile.write(b"250 queued\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@pytest.fixture
def sinks():
    smtp = SmtpSink(free_port())
    hooks = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            hooks.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    web = HTTPServer(("127.0.0.1", free_port()), Hook)
    for server in (smtp, web):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield smtp, web, hooks
    smtp.shutdown()
    web.shutdown()


def _say(engine, sender, text, intent, start):
    conv = seed.Conversation(random.Random(1), sender, start)
    conv.user(text, intent, 1.0)
    if intent == "immediate_risk":
        conv.emergency()
    seed._insert(engine, conv.rows)


def test_immediate_risk_notifies_by_webhook_and_email_without_content(tmp_path, sinks):
    smtp, web, hooks = sinks
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = db.make_engine(url)
    db.create_events_table(engine)
    db.create_tables(engine)
    server = ReviewServer(tmp_path, url, REVIEW_REFRESH_SECONDS="1", REVIEW_PUBLIC_URL="https://review.example",
                          REVIEW_NOTIFY_WEBHOOK=f"http://127.0.0.1:{web.server_port}/hook",
                          REVIEW_NOTIFY_SMTP=f"127.0.0.1:{smtp.server_address[1]}",
                          REVIEW_NOTIFY_TO="lead@example.org").start()
    try:
        _say(engine, "ordinary", "someone keeps being mean on snap", "bullying", START)
        _say(engine, "crisis", "i will kill myself tonight, my number is 07700 900123", "immediate_risk", START + 5)
        assert wait_for(lambda: len(smtp.messages) >= 1 and len(hooks) >= 1, timeout=20)
        with engine.connect() as conn:
            crisis_id = conn.execute(sa.select(db.conversations.c.id)
                                     .where(db.conversations.c.sender_id == "crisis")).scalar()
        mail, hook = smtp.messages[0], hooks[0]
        assert f"conversation #{crisis_id} needs review" in mail
        assert f"https://review.example/conversations/{crisis_id}" in mail
        assert hook["conversation_id"] == crisis_id and hook["event"] == "immediate_risk"
        for sent in (mail, json.dumps(hook)):
            assert "kill" not in sent and "07700" not in sent and "snap" not in sent
        # reviewed, then a new crisis message: notified again; ordinary ones never
        admin = auth.create_user(engine, "lead", PASSWORD, "admin")
        conversations.set_status(engine, conversations.get(engine, crisis_id), "reviewed", admin, None)
        _say(engine, "crisis", "i have the pills", "immediate_risk", START + 500)
        assert wait_for(lambda: len(smtp.messages) >= 2 and len(hooks) >= 2, timeout=20)
        _say(engine, "ordinary", "thanks", "thanks", START + 600)
        import time

        time.sleep(3)
        assert len(smtp.messages) == 2 and len(hooks) == 2
        assert {h["conversation_id"] for h in hooks} == {crisis_id}
        rows, _ = audit.entries(engine, action="notify")
        assert len(rows) == 2 and rows[0]["detail"] == {"webhook": True, "email": True}
    finally:
        server.stop()
        engine.dispose()
