"""Storage and configuration: the audit log is append-only in the database itself, review
data stays out of Rasa's events table, and configuration comes from the environment."""
from __future__ import annotations

import os
import stat
from itertools import pairwise

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from review import audit, config, db
from tests.review import seed


def test_the_database_refuses_to_change_or_delete_audit_entries(any_engine):
    db.create_tables(any_engine)
    audit.record_now(any_engine, "view_transcript", username="alice", conversation_id=1)
    for statement in (db.audit_log.update().values(username="mallory"), db.audit_log.delete()):
        with pytest.raises(DBAPIError, match="append-only"):
            with any_engine.begin() as conn:
                conn.execute(statement)
    with any_engine.connect() as conn:
        assert conn.execute(sa.select(db.audit_log.c.username)).scalars().all() == ["alice"]


def test_review_tables_are_separate_from_rasas(any_engine):
    seed.seed(any_engine, 3, days=1, seed_value=1)
    tables = set(sa.inspect(any_engine).get_table_names())
    assert {"events", "review_conversation", "review_note", "review_tag", "review_user", "review_audit",
            "review_session"} <= tables
    assert tables - {"events", "sqlite_sequence"} == {t for t in tables if t.startswith("review_")}
    # creating the review tables again (every start) leaves everything in place
    db.create_tables(any_engine)
    with any_engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(db.conversations)).scalar() == 3


def test_secret_key_is_generated_once_with_mode_600(tmp_path):
    path = tmp_path / "var" / "review_secret"
    env = {"REVIEW_SECRET_FILE": str(path), "REVIEW_DB_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    first = config.Config.from_env(env)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert config.Config.from_env(env).secret_key == first.secret_key and len(first.secret_key) >= 32


def test_defaults_and_overrides():
    defaults = config.Config.from_env({"REVIEW_SECRET_KEY": "k" * 32})
    assert defaults.db_url == f"sqlite:///{config.ROOT / 'var' / 'tracker.db'}"
    assert (defaults.retention_days, defaults.session_minutes, defaults.cookie_secure) == (90, 30, True)
    custom = config.Config.from_env({"REVIEW_SECRET_KEY": "k" * 32, "REVIEW_RETENTION_DAYS": "30",
                                     "REVIEW_SESSION_MINUTES": "15", "REVIEW_COOKIE_SECURE": "off",
                                     "REVIEW_DB_URL": "postgresql://u:p@db/kent"})
    assert (custom.retention_days, custom.session_minutes, custom.cookie_secure) == (30, 15, False)
    assert custom.db_url == "postgresql://u:p@db/kent"
    with pytest.raises(config.ConfigError):
        config.Config.from_env({"REVIEW_SECRET_KEY": "too short"})
    with pytest.raises(config.ConfigError):
        config.Config.from_env({"REVIEW_SECRET_KEY": "k" * 32, "REVIEW_RETENTION_DAYS": "ninety"})


def test_the_postgresql_pool_is_sized_from_the_environment(monkeypatch):
    # no connection is made: the pool is only configured
    monkeypatch.setenv("REVIEW_DB_POOL_SIZE", "3")
    monkeypatch.setenv("REVIEW_DB_MAX_OVERFLOW", "7")
    engine = db.make_engine("postgresql://kent:secret@127.0.0.1:1/kent")
    assert engine.pool.size() == 3 and engine.pool._max_overflow == 7


# --- the audit log is tamper-evident ----------------------------------------------------------

import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402

from tests.integration.servers import ROOT  # noqa: E402
from tests.review.helpers import clean_env  # noqa: E402


def _audit_verify(url):
    return subprocess.run([sys.executable, "-m", "review", "audit-verify"], cwd=ROOT,
                          env=clean_env(REVIEW_DB_URL=url), capture_output=True, text=True, timeout=120)


def _fill(engine, n=20):
    db.create_tables(engine)
    with ThreadPoolExecutor(max_workers=8) as pool:  # writers at once must not fork the chain
        list(pool.map(lambda i: audit.record_now(engine, "view_transcript", username=f"user{i % 3}",
                                                 conversation_id=i), range(n)))


def test_each_entry_carries_the_hash_of_the_one_before_and_the_chain_verifies(any_engine):
    _fill(any_engine)
    with any_engine.connect() as conn:
        rows = conn.execute(sa.select(db.audit_log).order_by(db.audit_log.c.id)).fetchall()
    assert len(rows) == 20 and rows[0].prev_hash == audit.GENESIS
    assert all(later.prev_hash == earlier.hash for earlier, later in pairwise(rows))
    result = audit.verify(any_engine)
    assert result["ok"] and result["entries"] == 20 and result["head"] == rows[-1].hash


def test_sqlite_replace_cannot_overwrite_an_entry(tmp_path):
    path = tmp_path / "store.db"
    engine = db.make_engine(f"sqlite:///{path}")
    _fill(engine, 3)
    raw = sqlite3.connect(path)  # another program with the file, not the app
    for statement in ("INSERT OR REPLACE INTO review_audit (id, at, username, action) "
                      "VALUES (2, 0, 'mallory', 'login')",
                      "REPLACE INTO review_audit (id, at, username, action) VALUES (2, 0, 'mallory', 'login')"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute(statement)
        raw.rollback()
    with pytest.raises(DBAPIError, match="append-only"):
        with engine.begin() as conn:
            conn.exec_driver_sql("REPLACE INTO review_audit (id, at, username, action) VALUES (1, 0, 'mallory', 'x')")
    raw.close()
    with engine.connect() as conn:
        assert sorted(conn.execute(sa.select(db.audit_log.c.username)).scalars().all()) == ["user0", "user1", "user2"]
    assert audit.verify(engine)["ok"]


def test_dropping_the_triggers_is_refused_to_the_app_and_shows_up_in_audit_verify(tmp_path):
    path = tmp_path / "store.db"
    url = f"sqlite:///{path}"
    engine = db.make_engine(url)
    _fill(engine, 6)
    with pytest.raises(DBAPIError, match="not authorized"):
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER review_audit_no_update")
    ok = _audit_verify(url)
    assert ok.returncode == 0 and "intact: 6 entries" in ok.stdout
    with engine.connect() as conn:
        fourth = conn.execute(sa.select(db.audit_log.c.id).order_by(db.audit_log.c.id).offset(3).limit(1)).scalar()
    raw = sqlite3.connect(path)  # someone with the file drops the triggers and rewrites an entry
    raw.execute("DROP TRIGGER review_audit_no_update")
    raw.execute("UPDATE review_audit SET username = 'nobody' WHERE id = ?", (fourth,))
    raw.commit()
    raw.close()
    broken = _audit_verify(url)
    assert broken.returncode == 1 and f"BROKEN at entry {fourth}" in broken.stderr, broken.stderr


def test_deleting_an_entry_or_the_newest_ones_is_reported(any_engine):
    _fill(any_engine, 8)
    with any_engine.connect() as conn:
        ids = conn.execute(sa.select(db.audit_log.c.id).order_by(db.audit_log.c.id)).scalars().all()
    if any_engine.dialect.name == "postgresql":  # the owner can switch the trigger off
        with any_engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE review_audit DISABLE TRIGGER review_audit_append_only")
            conn.execute(db.audit_log.delete().where(db.audit_log.c.id == ids[-1]))

        def delete(entry_id):
            with any_engine.begin() as conn:
                conn.execute(db.audit_log.delete().where(db.audit_log.c.id == entry_id))
    else:  # another program with the file
        raw = sqlite3.connect(any_engine.url.database, isolation_level=None)
        raw.execute("DROP TRIGGER review_audit_no_delete")

        def delete(entry_id):
            raw.execute("DELETE FROM review_audit WHERE id = ?", (entry_id,))
        delete(ids[-1])
    result = audit.verify(any_engine)
    assert not result["ok"] and "newest entries are missing" in result["problem"]
    delete(ids[3])
    result = audit.verify(any_engine)
    assert not result["ok"] and result["broken_at"] == ids[4]
