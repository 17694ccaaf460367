"""Production's PostgreSQL roles (deploy/pg_roles.py, used by scripts/prod.sh): Rasa reaches
only its own table, the review app can't change or delete audit entries nor switch off
the trigger, and only the owner role changes the schema."""
from __future__ import annotations

import random
import secrets
from urllib.parse import urlsplit

import psycopg2
import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from deploy import pg_roles
from review import audit, db, indexer
from review.purge import purge
from tests.review import seed


def _url(base: str, role: str, password: str) -> str:
    parts = urlsplit(base)
    return f"postgresql://{role}:{password}@{parts.hostname}:{parts.port}{parts.path}"


@pytest.fixture
def roles(postgres):
    url = postgres.create_database()
    passwords = {role: secrets.token_hex(12) for role in (pg_roles.OWNER, pg_roles.RASA, pg_roles.REVIEW)}
    pg_roles.make_roles(url, passwords)
    owner = db.make_engine(_url(url, pg_roles.OWNER, passwords[pg_roles.OWNER]))
    db.create_events_table(owner)      # what Rasa's store makes, made by the owner (migration)
    db.create_tables(owner)
    pg_roles.grant(_url(url, pg_roles.OWNER, passwords[pg_roles.OWNER]))
    engines = {role: db.make_engine(_url(url, role, password)) for role, password in passwords.items()}
    yield engines
    for engine in list(engines.values()) + [owner]:
        engine.dispose()


def _refused(engine, statement, match="permission denied|must be owner"):
    with pytest.raises(DBAPIError, match=match):
        with engine.begin() as conn:
            conn.exec_driver_sql(statement)


def test_the_review_app_cannot_rewrite_or_unprotect_the_audit_log(roles):
    review = roles[pg_roles.REVIEW]
    db.create_tables(review)  # every start: nothing to do, nothing refused
    audit.record_now(review, "login", username="alice")
    _refused(review, "UPDATE review_audit SET username = 'mallory'")
    _refused(review, "DELETE FROM review_audit")
    _refused(review, "TRUNCATE review_audit")
    _refused(review, "DROP TRIGGER review_audit_append_only ON review_audit")
    _refused(review, "ALTER TABLE review_audit DISABLE TRIGGER review_audit_append_only")
    _refused(review, "DROP TABLE review_audit")
    _refused(review, "CREATE TABLE sneaky (id int)")
    _refused(review, "INSERT INTO events (sender_id, type_name) VALUES ('x', 'user')")
    assert audit.verify(review)["ok"]


def test_rasa_reaches_only_its_own_table(roles):
    rasa = roles[pg_roles.RASA]
    conv = seed.Conversation(random.Random(1), "role-test", 1_790_000_000.0)
    conv.user("my insta got hacked", "privacy", 0.9)
    seed._insert(rasa, conv.rows)   # Rasa writes events
    with rasa.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(db.events)).scalar() == len(conv.rows)
    for table in ("review_conversation", "review_audit", "review_user", "review_note"):
        _refused(rasa, f"SELECT * FROM {table}")
    _refused(rasa, "DROP TABLE events")
    _refused(rasa, "CREATE TABLE sneaky (id int)")


def test_the_review_app_still_does_its_work_with_its_role(roles):
    rasa, review = roles[pg_roles.RASA], roles[pg_roles.REVIEW]
    conv = seed.Conversation(random.Random(2), "old-conversation", 1_000_000_000.0)
    conv.user("someone is bullying me", "bullying", 0.9)
    seed._insert(rasa, conv.rows)
    assert indexer.refresh(review) == 1
    counts = purge(review, retention_days=90)   # deletes old events and their summary
    assert counts["conversations"] == 1 and counts["events"] == len(conv.rows)
    assert audit.verify(review)["ok"]


def test_the_superuser_password_is_not_needed_after_the_roles_exist(roles, postgres):
    # each role can log in with its own password and is no superuser
    for engine in roles.values():
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar() is False
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(_url(postgres.url, pg_roles.REVIEW, "wrong-password")).close()
