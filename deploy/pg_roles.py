"""Separate PostgreSQL roles for production (scripts/prod.sh, docs/production.md):

- ``kent_owner`` owns the tables and runs the migrations (Rasa's ``events`` table and the
  review app's ``review_*`` tables are created or changed only with it);
- ``kent_rasa`` is what every Rasa replica logs in as: Rasa's ``events`` table only;
- ``kent_review`` is the review app's: its own tables, reading ``events`` and deleting
  from it (retention and deletion on request), and only SELECT and INSERT on the audit
  log (no UPDATE, DELETE or TRUNCATE, and not its owner, so it can't drop the trigger).

The bootstrap superuser (``kent``, from initdb) only makes the roles. Passwords come from
the environment, never the command line:

    KENT_PG_SUPER_URL=postgresql://kent:…@127.0.0.1:PORT/kent \\
    KENT_PG_OWNER_PASSWORD=… KENT_PG_RASA_PASSWORD=… KENT_PG_REVIEW_PASSWORD=… \\
        python -m deploy.pg_roles roles      # as the superuser: roles, database rights
    KENT_PG_OWNER_URL=postgresql://kent_owner:…@127.0.0.1:PORT/kent \\
        python -m deploy.pg_roles grants     # as the owner, after the tables exist
"""
from __future__ import annotations

import os
import sys
from typing import Dict, List

OWNER, RASA, REVIEW = "kent_owner", "kent_rasa", "kent_review"
RASA_TABLES = ("events",)
AUDIT_TABLE = "review_audit"
# the review app's tables other than the audit log: all it needs on them
REVIEW_TABLES = ("review_user", "review_session", "review_conversation", "review_note", "review_tag",
                 "review_reveal", "review_login_throttle", "review_state", "review_search")


def _connect(url: str):
    import psycopg2

    connection = psycopg2.connect(url)
    connection.autocommit = True
    return connection


def make_roles(super_url: str, passwords: Dict[str, str]) -> None:
    """Create (or update the passwords of) the three roles, give them the database and
    the schema, and hand every existing table to the owner role."""
    from psycopg2 import sql

    connection = _connect(super_url)
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_database()")
        database = cursor.fetchone()[0]
        for role in (OWNER, RASA, REVIEW):
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
            verb = "ALTER" if cursor.fetchone() else "CREATE"
            cursor.execute(sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT "
                                   "PASSWORD %s").format(sql.Identifier(role)), (passwords[role],))
        cursor.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)))
        cursor.execute(sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}, {}, {}").format(
            sql.Identifier(database), sql.Identifier(OWNER), sql.Identifier(RASA), sql.Identifier(REVIEW)))
        cursor.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        cursor.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA public TO {}").format(sql.Identifier(OWNER)))
        cursor.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}, {}").format(
            sql.Identifier(RASA), sql.Identifier(REVIEW)))
        # tables made before the roles existed (by the superuser): the owner role takes them
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> %s", (OWNER,))
        for (table,) in cursor.fetchall():
            cursor.execute(sql.SQL("ALTER TABLE {} OWNER TO {}").format(sql.Identifier(table), sql.Identifier(OWNER)))
        cursor.execute("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                       "WHERE n.nspname = 'public' AND p.proname = 'review_audit_append_only'")
        for (function,) in cursor.fetchall():
            cursor.execute(sql.SQL("ALTER FUNCTION {} OWNER TO {}").format(sql.SQL(function), sql.Identifier(OWNER)))
    connection.close()


def _sequences(cursor, tables) -> List[str]:
    found = []
    for table in tables:
        cursor.execute("SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' "
                       "AND table_name = %s AND column_name = 'id'", (table,))
        if not cursor.fetchone():
            continue
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", (table,))
        row = cursor.fetchone()
        if row and row[0]:
            found.append(row[0])
    return found


def grant(owner_url: str) -> None:
    """As the owner, once the tables exist: each role gets what it needs and no more."""
    from psycopg2 import sql

    connection = _connect(owner_url)
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        present = {row[0] for row in cursor.fetchall()}
        missing = [t for t in RASA_TABLES + REVIEW_TABLES + (AUDIT_TABLE,) if t not in present]
        if missing:
            raise SystemExit("create the tables first (as the owner): missing " + ", ".join(missing))
        everyone = sql.SQL(", ").join(sql.Identifier(t) for t in sorted(present))
        cursor.execute(sql.SQL("REVOKE ALL ON {} FROM PUBLIC, {}, {}").format(
            everyone, sql.Identifier(RASA), sql.Identifier(REVIEW)))
        for table in RASA_TABLES:
            cursor.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
                sql.Identifier(table), sql.Identifier(RASA)))
            cursor.execute(sql.SQL("GRANT SELECT, DELETE ON {} TO {}").format(
                sql.Identifier(table), sql.Identifier(REVIEW)))
        for table in REVIEW_TABLES:
            cursor.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
                sql.Identifier(table), sql.Identifier(REVIEW)))
        cursor.execute(sql.SQL("GRANT SELECT, INSERT ON {} TO {}").format(
            sql.Identifier(AUDIT_TABLE), sql.Identifier(REVIEW)))
        for sequence in _sequences(cursor, RASA_TABLES):
            cursor.execute(sql.SQL("GRANT USAGE, SELECT ON SEQUENCE {} TO {}").format(
                sql.SQL(sequence), sql.Identifier(RASA)))
        for sequence in _sequences(cursor, REVIEW_TABLES + (AUDIT_TABLE,)):
            cursor.execute(sql.SQL("GRANT USAGE, SELECT ON SEQUENCE {} TO {}").format(
                sql.SQL(sequence), sql.Identifier(REVIEW)))
    connection.close()


def main(argv: List[str]) -> int:
    if argv[:1] == ["roles"]:
        make_roles(os.environ["KENT_PG_SUPER_URL"], {
            OWNER: os.environ["KENT_PG_OWNER_PASSWORD"], RASA: os.environ["KENT_PG_RASA_PASSWORD"],
            REVIEW: os.environ["KENT_PG_REVIEW_PASSWORD"]})
        return 0
    if argv[:1] == ["grants"]:
        grant(os.environ["KENT_PG_OWNER_URL"])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
