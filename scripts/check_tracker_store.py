"""Check that the tracker store configured in an endpoints file can be used, before Rasa
starts.

Rasa 3.6 does not stop when it cannot reach its SQL tracker store: it logs "Could not
create tables", starts anyway, and then keeps every conversation in memory only
(FailSafeTrackerStore), so conversations are lost on restart and never reach the
database a safeguarding lead reads. scripts/run.sh calls this first.

    python scripts/check_tracker_store.py [ENDPOINTS] [--timeout SECONDS]

Exit status: 0 the store can be used (or there is nothing this script can check),
1 it cannot, 2 the endpoints file cannot be read. Messages name the store (type,
dialect, host, port, database, user), never the password.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Optional
from urllib.parse import quote_plus, urlsplit

DEFAULT_TIMEOUT = 5


class StoreError(Exception):
    """The tracker store cannot be used; the message says why."""


@dataclass
class SqlStore:
    dialect: str
    host: Optional[str]
    port: Optional[int]
    db: str
    username: Optional[str]
    password: Optional[str]
    login_db: Optional[str]
    query: Optional[Dict[str, Any]]
    url: Optional[str] = None  # a complete URL given as `url`

    def describe(self) -> str:
        if self.dialect == "sqlite":
            return f"SQL tracker store (sqlite, database file {self.db})"
        parts = [f"SQL tracker store ({self.dialect}"]
        if self.host:
            parts.append(f"host {self.host}")
        if self.port:
            parts.append(f"port {self.port}")
        parts.append(f"database {self.db}")
        if self.username:
            parts.append(f"user {self.username}")
        return ", ".join(parts) + ")"

    def scrub(self, text: str) -> str:
        """``text`` without the password, however it was written."""
        if self.password:
            for form in {str(self.password), quote_plus(str(self.password))}:
                text = text.replace(form, "***")
        return text


def load_tracker_store(path: Path) -> Optional[Dict[str, Any]]:
    """The ``tracker_store`` section, with ${ENV} variables expanded as Rasa does."""
    from rasa.shared.utils.io import read_yaml_file

    content = read_yaml_file(str(path)) or {}
    if not isinstance(content, dict):
        raise ValueError(f"{path} is not a YAML mapping")
    section = content.get("tracker_store")
    if section is not None and not isinstance(section, dict):
        raise ValueError(f"tracker_store in {path} is not a mapping")
    return section


def sql_store(section: Dict[str, Any]) -> SqlStore:
    """The store's settings, read the way rasa.core.tracker_store.SQLTrackerStore does
    (``url`` is its host; a host may carry a port, or be a complete URL)."""
    host = section.get("url")
    port = section.get("port")
    if port is not None:
        try:
            port = int(port)
        except ValueError:
            raise StoreError(f"the port {port!r} is not a number") from None
    store = SqlStore(
        dialect=str(section.get("dialect") or "sqlite"),
        host=host, port=port, db=str(section.get("db") or "rasa.db"),
        username=section.get("username"), password=section.get("password"),
        login_db=section.get("login_db"), query=section.get("query"),
    )
    if host and "://" in host:
        from sqlalchemy.engine.url import make_url

        url = make_url(host)
        store.url = host
        store.dialect = url.get_backend_name()
        store.host, store.port, store.db = url.host, url.port, url.database or ""
        store.username, store.password = url.username, url.password
    elif host:
        parsed = urlsplit(f"scheme://{host}")
        store.port = parsed.port or store.port
        store.host = parsed.hostname or host
    return store


def check_sqlite(store: SqlStore) -> str:
    if store.db in ("", ":memory:"):
        raise StoreError("the database is in memory: conversations would be lost when Rasa stops")
    path = Path(store.db)
    if not path.parent.is_dir():
        raise StoreError(f"the folder {path.parent} does not exist")
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    try:
        connection = sqlite3.connect(str(path), timeout=DEFAULT_TIMEOUT)
        try:
            # a write lock, then nothing written: fails if the file or folder is read-only
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("select count(*) from sqlite_master").fetchone()
            connection.rollback()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StoreError(f"cannot write to {path}: {error}") from error
    return f"{path} is writable"


def check_server(store: SqlStore, timeout: float) -> str:
    import sqlalchemy as sa

    if store.url:
        url = sa.engine.url.make_url(store.url)
    else:
        url = sa.engine.url.URL.create(
            store.dialect, store.username, store.password, store.host, store.port,
            database=store.login_db or store.db, query=store.query or {})
    connect_args = {"connect_timeout": int(timeout)} if store.dialect.startswith(("postgres", "mysql")) else {}
    try:
        engine = sa.create_engine(url, connect_args=connect_args, poolclass=sa.pool.NullPool)
        with engine.connect() as connection:
            connection.execute(sa.text("select 1"))
    except ImportError as error:
        raise StoreError(f"the database driver is not installed: {error}") from error
    except sa.exc.SQLAlchemyError as error:
        cause = getattr(error, "orig", None) or error
        first_line = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
        raise StoreError(first_line) from error
    return "connected"


# Rasa's own SQL store and the project's (same settings, same tables)
SQL_TYPES = {"sql", "channels.tracker_store.kentsqltrackerstore"}


def check(section: Optional[Dict[str, Any]], timeout: float) -> str:
    """What was checked, or StoreError."""
    if not section or not section.get("type"):
        return ("WARNING: no tracker store is configured: Rasa keeps conversations in memory "
                "only and loses them when it stops")
    kind = str(section["type"]).lower()
    if kind not in SQL_TYPES:
        return f"WARNING: not checked: this script checks SQL tracker stores, not {kind!r}"
    if kind != "sql":
        # Rasa falls back to an in-memory store, with only a warning, when it cannot
        # import a custom store: conversations would be lost without anyone noticing
        try:
            import importlib

            module, _, name = str(section["type"]).rpartition(".")
            getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as error:
            raise StoreError(f"the tracker store class {section['type']} cannot be imported "
                             f"({error}); is the project root on PYTHONPATH?") from error
    store = sql_store(section)
    try:
        done = check_sqlite(store) if store.dialect == "sqlite" else check_server(store, timeout)
    except StoreError as error:
        raise StoreError(f"{store.describe()}: {store.scrub(str(error))}") from error
    return f"OK: {store.describe()}: {done}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("endpoints", nargs="?", default="endpoints.yml", type=Path)
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help="seconds to wait for a database server (default %(default)s)")
    args = parser.parse_args(argv)
    try:
        section = load_tracker_store(args.endpoints)
    except Exception as error:  # noqa: BLE001 - any reason the file cannot be read
        print(f"ERROR: cannot read the tracker store settings from {args.endpoints}: {error}", file=sys.stderr)
        return 2
    try:
        print(check(section, args.timeout))
    except StoreError as error:
        print(f"ERROR: cannot use the tracker store in {args.endpoints}: {error}.\n"
              "Rasa would start anyway and keep conversations in memory only, losing them when it "
              f"stops. Start the database, or fix tracker_store in {args.endpoints}.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    sys.exit(main())
