"""The database: one SQLAlchemy engine (SQLite file shared with Rasa, or PostgreSQL) and
the review app's own tables, created if missing. Rasa's ``events`` table is declared,
read and written in ``review.rasa_events`` only."""
from __future__ import annotations

import os
import time
from typing import Any, Optional, overload

import sqlalchemy as sa
from sqlalchemy import (
    DDL, Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, SmallInteger, String, Table, Text, event,
)
from sqlalchemy.engine import Engine

from review import rasa_events

# Rasa's table, for the tests and scripts that name it here (the app uses rasa_events)
events = rasa_events.events

# --- The review app's tables -----------------------------------------------------------
metadata = MetaData()

users = Table(
    "review_user", metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("role", String(16), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", Float, nullable=False),
    Column("last_login_at", Float),
    sqlite_autoincrement=True,
)

sessions = Table(
    "review_session", metadata,
    # sha256 of the cookie value: a copy of the database does not give working sessions
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("review_user.id"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("last_seen_at", Float, nullable=False),
)

# One row per conversation (a Rasa sender_id), summarised from ``events`` by the indexer
# so that the queue never reads ``events``. Review status lives here too, because the
# queue sorts on it; the indexer only ever writes the summary columns.
conversations = Table(
    "review_conversation", metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, unique=True),
    Column("started_at", Float, nullable=False),
    Column("last_event_at", Float, nullable=False),
    Column("audience", String(16), nullable=False),
    Column("age_band", String(16)),
    Column("worries", String(400), nullable=False, default="|"),      # "|bullying|scam|"
    Column("resources", String(1000), nullable=False, default="|"),   # "|childline|shout|"
    Column("platforms", String(200)),                                 # "|instagram|roblox|" (entities)
    Column("max_risk", SmallInteger, nullable=False, default=0),
    Column("immediate", Boolean, nullable=False, default=False),
    Column("safety_net", Boolean, nullable=False, default=False),
    Column("user_turns", Integer, nullable=False, default=0),
    Column("low_confidence", Integer, nullable=False, default=0),
    Column("preview", String(200)),                                   # masked at indexing
    # the worst risk tier of a user message (taxonomy.TIERS), its highest score, and when
    # the message that raised the conversation's risk was written
    Column("risk_tier", SmallInteger, nullable=False, default=0, server_default="0"),
    Column("risk_score", Float),
    Column("risk_at", Float),
    # the newest user event (events.id): a message after the review reopens it
    Column("last_user_event_id", Integer),
    Column("status", String(16), nullable=False, default="unreviewed"),
    # 1 when immediate_risk fired and nobody has reviewed it yet: sorts to the top
    Column("priority", SmallInteger, nullable=False, default=0),
    Column("reviewed_by", Integer),
    Column("reviewed_at", Float),
    # events.id of the newest event the reviewer had seen when marking it reviewed
    Column("reviewed_event_id", Integer),
    Column("outcome", String(40)),                                    # taxonomy.OUTCOMES
    Column("assigned_to", Integer),                                   # review_user.id
    Column("assigned_at", Float),
    # when the notification for its immediate risk went out (NULL: not yet, or risk again)
    Column("alerted_at", Float),
    Column("keep_until", Float),
    Column("indexed_at", Float, nullable=False),
    sqlite_autoincrement=True,  # an id in the audit log never points at a later conversation
)
Index("ix_review_conversation_queue", conversations.c.priority, conversations.c.started_at, conversations.c.id)
Index("ix_review_conversation_status_queue", conversations.c.status, conversations.c.priority,
      conversations.c.started_at, conversations.c.id)
Index("ix_review_conversation_last_event", conversations.c.last_event_at)
Index("ix_review_conversation_assigned", conversations.c.assigned_to, conversations.c.priority,
      conversations.c.started_at, conversations.c.id)
Index("ix_review_conversation_started", conversations.c.started_at)

notes = Table(
    "review_note", metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_id", Integer, nullable=False, index=True),
    Column("user_id", Integer, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("body", Text, nullable=False),
    sqlite_autoincrement=True,
)

tags = Table(
    "review_tag", metadata,
    Column("conversation_id", Integer, primary_key=True),
    Column("tag", String(40), primary_key=True),
    Column("user_id", Integer, nullable=False),
    Column("created_at", Float, nullable=False),
)
Index("ix_review_tag_tag", tags.c.tag, tags.c.conversation_id)

reveals = Table(
    "review_reveal", metadata,
    Column("id", Integer, primary_key=True),
    Column("session_hash", String(64), nullable=False, index=True),
    Column("conversation_id", Integer, nullable=False, index=True),
    Column("expires_at", Float, nullable=False),
)

audit_log = Table(
    "review_audit", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", Float, nullable=False, index=True),
    Column("user_id", Integer),
    Column("username", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("conversation_id", Integer),
    Column("sender_id", String(255)),
    Column("detail", Text),
    Column("ip", String(64)),
    # tamper evidence: the hash of the entry before, and of this entry with it
    Column("prev_hash", String(64)),
    Column("hash", String(64)),
    sqlite_autoincrement=True,
)
Index("ix_review_audit_conversation", audit_log.c.conversation_id)

throttle = Table(
    "review_login_throttle", metadata,
    Column("key", String(64), primary_key=True),   # HMAC of username+IP or of the IP
    Column("failures", Integer, nullable=False),
    Column("last_failure_at", Float, nullable=False),
    Column("blocked_until", Float, nullable=False),
)

state = Table(
    "review_state", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(255), nullable=False),
)

# The audit log is append-only: the app has no code that updates or deletes it, and the
# database refuses it too.
event.listen(audit_log, "after_create", DDL(
    "CREATE TRIGGER review_audit_no_update BEFORE UPDATE ON review_audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END").execute_if(dialect="sqlite"))
event.listen(audit_log, "after_create", DDL(
    "CREATE TRIGGER review_audit_no_delete BEFORE DELETE ON review_audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END").execute_if(dialect="sqlite"))
# INSERT OR REPLACE / REPLACE INTO would delete the old row without the DELETE trigger:
# refuse any insert whose id is taken (the connections also turn on recursive_triggers).
AUDIT_NO_REPLACE = (
    "CREATE TRIGGER IF NOT EXISTS review_audit_no_replace BEFORE INSERT ON review_audit "
    "WHEN EXISTS (SELECT 1 FROM review_audit WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
SQLITE_AUDIT_TRIGGERS = ("review_audit_no_update", "review_audit_no_delete", "review_audit_no_replace")
event.listen(audit_log, "after_create", DDL(
    "CREATE OR REPLACE FUNCTION review_audit_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$ LANGUAGE plpgsql").execute_if(
    dialect="postgresql"))
event.listen(audit_log, "after_create", DDL(
    "CREATE TRIGGER review_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON review_audit "
    "FOR EACH STATEMENT EXECUTE FUNCTION review_audit_append_only()").execute_if(dialect="postgresql"))


def _sqlite_authorizer(action, arg1, arg2, _db_name, _trigger):
    """The app's own SQLite connections can't drop the audit log or its triggers (other
    programs with the file can: the hash chain shows what they change)."""
    import sqlite3

    if action == sqlite3.SQLITE_DROP_TRIGGER and (arg1 or "").startswith("review_audit"):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_DROP_TABLE and arg1 == "review_audit":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # hide_parameters: SQL errors must never quote what someone wrote
        engine = sa.create_engine(url, future=True, hide_parameters=True,
                                  connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA busy_timeout = 30000")
            # a REPLACE that deletes a row fires the DELETE triggers too
            cursor.execute("PRAGMA recursive_triggers = ON")
            cursor.close()
            dbapi_connection.set_authorizer(_sqlite_authorizer)

        return engine
    # PostgreSQL: the pool counts against max_connections with the Rasa replicas'
    # (docs/production.md, "Settings that change")
    return sa.create_engine(url, future=True, hide_parameters=True, pool_pre_ping=True,
                            pool_size=int(os.environ.get("REVIEW_DB_POOL_SIZE", "5")),
                            max_overflow=int(os.environ.get("REVIEW_DB_MAX_OVERFLOW", "5")))


# Text search over what young people wrote, masked (so a phone number can't be searched
# for): SQLite's FTS5 (rowid = conversation id) or a PostgreSQL tsvector with a GIN index.
SEARCH_TABLE = "review_search"
SQLITE_SEARCH = ("CREATE VIRTUAL TABLE IF NOT EXISTS review_search USING fts5(body, "
                 "tokenize = 'unicode61 remove_diacritics 2')")
POSTGRES_SEARCH = (
    "CREATE TABLE IF NOT EXISTS review_search (conversation_id integer PRIMARY KEY, body text NOT NULL, "
    "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED)",
    "CREATE INDEX IF NOT EXISTS ix_review_search_tsv ON review_search USING gin (tsv)")


def create_tables(engine: Engine) -> None:
    metadata.create_all(engine)
    add_missing_columns(engine)
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql(AUDIT_NO_REPLACE)
            conn.exec_driver_sql(SQLITE_SEARCH)
    elif not sa.inspect(engine).has_table(SEARCH_TABLE):
        with engine.begin() as conn:
            for statement in POSTGRES_SEARCH:
                conn.exec_driver_sql(statement)


def search_words(query: str) -> list:
    """The words of a search, as the index splits them (letters and digits)."""
    import re

    return re.findall(r"\w+", query.lower())[:12]


def search_condition(engine_or_conn, column, query: str):
    """``column IN (conversations whose text has every word of query)``."""
    words = search_words(query)
    if not words:
        return None
    if engine_or_conn.dialect.name == "sqlite":
        match = " ".join('"%s"' % w.replace('"', "") for w in words)
        return column.in_(sa.text("SELECT rowid FROM review_search WHERE review_search MATCH :q")
                          .bindparams(q=match).columns(sa.column("rowid")))
    return column.in_(sa.text("SELECT conversation_id FROM review_search WHERE tsv @@ plainto_tsquery('simple', :q)")
                      .bindparams(q=" ".join(words)).columns(sa.column("conversation_id")))


def set_search_text(conn, items) -> None:
    """items: [(conversation id, text)] (replacing what was there)."""
    items = list(items)
    if not items:
        return
    ids = [conv_id for conv_id, _ in items]
    if conn.dialect.name == "sqlite":
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            conn.exec_driver_sql("DELETE FROM review_search WHERE rowid IN (%s)" % ",".join("?" * len(chunk)),
                                 tuple(chunk))
        conn.exec_driver_sql("INSERT INTO review_search (rowid, body) VALUES (?, ?)", items)
    else:
        conn.execute(sa.text("DELETE FROM review_search WHERE conversation_id = ANY(:ids)"), {"ids": ids})
        conn.execute(sa.text("INSERT INTO review_search (conversation_id, body) VALUES (:i, :b)"),
                     [{"i": i, "b": b} for i, b in items])


def delete_search_text(conn, ids) -> None:
    ids = list(ids)
    if not ids:
        return
    if conn.dialect.name == "sqlite":
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            conn.exec_driver_sql("DELETE FROM review_search WHERE rowid IN (%s)" % ",".join("?" * len(chunk)),
                                 tuple(chunk))
    else:
        conn.execute(sa.text("DELETE FROM review_search WHERE conversation_id = ANY(:ids)"), {"ids": ids})


def add_missing_columns(engine: Engine) -> None:
    """Columns added to the review tables after a database was made: ALTER TABLE ADD
    COLUMN (nullable, or with their server default), so an existing store keeps working."""
    inspector = sa.inspect(engine)
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            if not inspector.has_table(table.name):
                continue
            present = {column["name"] for column in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name in present:
                    continue
                kind = column.type.compile(dialect=engine.dialect)
                default = f" NOT NULL DEFAULT {column.server_default.arg}" if column.server_default is not None else ""
                conn.exec_driver_sql(f'ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}{default}')
                if (table.name, column.name) == ("review_conversation", "alerted_at"):
                    # conversations from before notifications existed: no flood of old alerts
                    conn.exec_driver_sql("UPDATE review_conversation SET alerted_at = %r" % time.time())
                if (table.name, column.name) == ("review_conversation", "reviewed_event_id") \
                        and inspector.has_table(rasa_events.TABLE_NAME):
                    # reviews made before the column: what the reviewer could have seen
                    c = conversations.c
                    conn.execute(conversations.update().where(c.reviewed_at.isnot(None)).values(
                        reviewed_event_id=rasa_events.newest_id_up_to(c.sender_id, c.reviewed_at)))


def analyze(engine: Engine, only_if_missing: bool = False) -> None:
    """Refresh the planner's statistics for the summaries. Without them SQLite assumes
    "status = 'unreviewed'" is selective and counts through the index row by row (ten
    times slower than a scan when most conversations are unreviewed)."""
    with engine.begin() as conn:
        if only_if_missing and engine.dialect.name == "sqlite":
            has_stats = sa.inspect(conn).has_table("sqlite_stat1") and conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_stat1 WHERE tbl = 'review_conversation'").first()
            if has_stats:
                return
        conn.exec_driver_sql("ANALYZE review_conversation")


def events_table_exists(engine: Engine) -> bool:
    """For tests (the app asks rasa_events.exists)."""
    return rasa_events.exists(engine)


def create_events_table(engine: Engine) -> None:
    """For tests: Rasa creates it in real use (rasa_events.create_table)."""
    rasa_events.create_table(engine)


def is_up(engine: Engine) -> bool:
    """Whether the database answers (the health check)."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception:
        return False
    return True


@overload
def get_state(conn: Any, key: str) -> Optional[str]: ...
@overload
def get_state(conn: Any, key: str, default: str) -> str: ...
def get_state(conn: Any, key: str, default: Optional[str] = None) -> Optional[str]:
    value = conn.execute(sa.select(state.c.value).where(state.c.key == key)).scalar()
    return default if value is None else value


def set_state(conn, key: str, value: str) -> None:
    updated = conn.execute(state.update().where(state.c.key == key).values(value=value)).rowcount
    if not updated:
        conn.execute(state.insert().values(key=key, value=value))


def now() -> float:
    return time.time()
