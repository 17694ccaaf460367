"""The low-severity findings: a link can't put text on a page, odd ids and dates are plain
refusals (never a 500), reveal reasons must say something, refusals are audited, HSTS
over HTTPS, and text that breaks YAML does not break the training exports."""
from __future__ import annotations

import random

import pytest
import sqlalchemy as sa
import yaml

from review import auth, db, indexer
from tests.review import seed
from tests.review.helpers import PASSWORD, ReviewServer, logged_in

START = 1_790_000_000.0


@pytest.fixture(scope="module")
def hardened(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("hardening")
    url = f"sqlite:///{workdir / 'tracker.db'}"
    engine = db.make_engine(url)
    db.create_events_table(engine)
    db.create_tables(engine)
    conv = seed.Conversation(random.Random(3), "hardening", START)
    conv.user("bad\uffffbyte and \u2028line my insta got hacked " + "x" * 3000, "privacy", 0.9)
    conv.signpost("privacy")
    seed._insert(engine, conv.rows)
    indexer.refresh(engine)
    auth.create_user(engine, "admin2", PASSWORD, "admin")
    auth.create_user(engine, "rev2", PASSWORD, "reviewer")
    server = ReviewServer(workdir, url, SANIC_PROXIES_COUNT="1").start()
    with engine.connect() as conn:
        conv_id = conn.execute(sa.select(db.conversations.c.id)).scalar()
    yield server, engine, conv_id
    server.stop()
    engine.dispose()


def _actions(engine, action):
    with engine.connect() as conn:
        return [r.detail for r in conn.execute(sa.select(db.audit_log.c.detail).where(db.audit_log.c.action == action))]


def test_an_error_parameter_cannot_put_text_on_the_page(hardened):
    server, _, conv_id = hardened
    client = logged_in(server, "rev2")
    page = client.get(f"/conversations/{conv_id}?error=Call+0800+FAKE+now+to+verify+your+account")
    assert page.status_code == 200 and "FAKE" not in page.text
    # a real refusal still shows its message
    answer = client.submit(f"/conversations/{conv_id}/reveal", {"reason": "aaaaa"})
    assert answer.status_code == 303
    shown = client.get(answer.headers["Location"])
    assert "say why you need to see the personal details" in shown.text
    assert "Personal details are <strong>shown</strong>" not in shown.text   # "aaaaa" is no reason


@pytest.mark.parametrize("path", ["/conversations/99999999999999999999999", "/conversations/\u0661\u0662",
                                  "/conversations/0", "/conversations/99999999999999999999999/export.pdf"])
def test_odd_ids_are_not_found_not_errors(hardened, path):
    server, _, _ = hardened
    client = logged_in(server, "rev2")
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("until", ["9999-12-31", "2999-01-01", "0001-01-01", "2026-02-30"])
def test_a_keep_until_date_out_of_range_is_refused_plainly(hardened, until):
    server, engine, conv_id = hardened
    admin = logged_in(server, "admin2")
    answer = admin.submit(f"/conversations/{conv_id}/keep", {"until": until})
    assert answer.status_code == 303
    with engine.connect() as conn:
        assert conn.execute(sa.select(db.conversations.c.keep_until)).scalar() is None


def test_reviewers_trying_admin_pages_and_rejected_forms_are_audited(hardened):
    server, engine, conv_id = hardened
    before = len(_actions(engine, "refused"))
    reviewer = logged_in(server, "rev2")
    assert reviewer.get("/admin/audit").status_code == 403
    assert reviewer.post(f"/conversations/{conv_id}/notes", {"body": "x", "csrf_token": "forged"}).status_code == 403
    details = _actions(engine, "refused")[before:]
    assert len(details) == 2 and '"admin only"' in details[0] and '"form token"' in details[1]


def test_hsts_only_over_https(hardened):
    server, _, _ = hardened
    plain = server.client().get("/health")
    assert "Strict-Transport-Security" not in plain.headers
    secure = server.client().get("/health", headers={"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"})
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")


def test_non_characters_and_line_separators_do_not_break_the_yaml_exports(hardened):
    server, _, conv_id = hardened
    client = logged_in(server, "rev2")
    for suffix in ("export-story.yml", "export-nlu.yml"):
        body = client.get(f"/conversations/{conv_id}/{suffix}").text
        document = yaml.safe_load(body)
        assert document["version"] == "3.1" and "\uffff" not in body
