"""The command line: accounts, purge, seed, index (real processes)."""
from __future__ import annotations

import subprocess
import sys

import sqlalchemy as sa

from review import auth, db
from tests.integration.servers import ROOT
from tests.review.helpers import clean_env


def run(url, *args, **env):
    return subprocess.run([sys.executable, "-m", "review", *args], cwd=ROOT, capture_output=True, text=True,
                          env=clean_env(REVIEW_DB_URL=url, **env), timeout=300, stdin=subprocess.DEVNULL)


def test_add_user_reads_the_password_from_the_environment(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    created = run(url, "add-user", "Lead.One", "--role", "admin", REVIEW_NEW_PASSWORD="a-long-enough-password")
    assert created.returncode == 0 and "created admin lead.one" in created.stdout
    assert "a-long-enough-password" not in created.stdout + created.stderr
    engine = db.make_engine(url)
    user = auth.authenticate(engine, "lead.one", "a-long-enough-password")
    assert user is not None and user.role == "admin"
    again = run(url, "add-user", "lead.one", REVIEW_NEW_PASSWORD="another-long-password")
    assert again.returncode == 1 and "already" in again.stderr
    short = run(url, "add-user", "lead.two", REVIEW_NEW_PASSWORD="too-short")
    assert short.returncode == 1 and "at least 12" in short.stderr
    no_password = run(url, "add-user", "lead.three")  # no terminal to prompt on
    assert no_password.returncode != 0 and "REVIEW_NEW_PASSWORD" in no_password.stderr
    with engine.connect() as conn:
        assert conn.execute(sa.select(db.users.c.username)).scalars().all() == ["lead.one"]
        assert "user_created" in conn.execute(sa.select(db.audit_log.c.action)).scalars().all()
    changed = run(url, "set-password", "lead.one", REVIEW_NEW_PASSWORD="a-brand-new-password")
    assert changed.returncode == 0 and auth.authenticate(engine, "lead.one", "a-brand-new-password")
    engine.dispose()


def test_seed_index_and_purge_print_counts_only(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    seeded = run(url, "seed", "--conversations", "30", "--days", "200", "--seed", "1")
    assert seeded.returncode == 0 and seeded.stdout.startswith("seeded 30 conversations")
    assert run(url, "index").stdout.strip() == "indexed 0 conversations"
    purged = run(url, "purge", REVIEW_RETENTION_DAYS="90")
    assert purged.returncode == 0 and purged.stdout.startswith("retention 90 days: deleted ")
    engine = db.make_engine(url)
    with engine.connect() as conn:
        left = conn.execute(sa.select(sa.func.count()).select_from(db.conversations)).scalar()
        texts = [row[0] for row in conn.execute(sa.select(db.events.c.data).where(db.events.c.type_name == "user"))]
    deleted = int(purged.stdout.split("deleted ")[1].split()[0])
    assert deleted + left == 30 and 0 < deleted < 30
    # only counts are printed, never what anyone wrote
    import json
    for data in texts[:20]:
        assert json.loads(data)["text"] not in purged.stdout
    engine.dispose()


def test_seed_refuses_a_store_with_real_conversations(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = db.make_engine(url)
    db.create_events_table(engine)
    with engine.begin() as conn:
        conn.execute(db.events.insert().values(sender_id="real-person", type_name="user", timestamp=1.0, data="{}"))
    refused = run(url, "seed", "--conversations", "5")
    assert refused.returncode == 1 and "real conversations" in refused.stderr
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(db.events)).scalar() == 1
    engine.dispose()


def test_serve_answers_health_and_an_empty_queue_without_an_events_table(tmp_path):
    from tests.review.helpers import PASSWORD, ReviewServer, logged_in

    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    engine = db.make_engine(url)
    db.create_tables(engine)
    auth.create_user(engine, "first", PASSWORD, "reviewer")
    server = ReviewServer(tmp_path, url).start()
    try:
        client = logged_in(server, "first")
        queue = client.get("/queue")
        assert queue.status_code == 200 and "No conversations" in queue.text
        assert client.get("/patterns").status_code == 200
        assert not sa.inspect(engine).has_table("events")
    finally:
        server.stop()
        engine.dispose()
