"""Storage and configuration: the audit log is append-only in the database itself, review
data stays out of Rasa's events table, and configuration comes from the environment."""
from __future__ import annotations

import os
import stat

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from review import audit, config, db, seed


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
