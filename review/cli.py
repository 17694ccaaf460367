"""Command line: ``python -m review serve | add-user | set-password | purge | seed | index``."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import List, Optional

from review.config import Config, ConfigError


def _password(prompt_twice: bool = True) -> str:
    password = os.environ.get("REVIEW_NEW_PASSWORD")
    if password:
        return password
    if not sys.stdin.isatty():
        raise SystemExit("set REVIEW_NEW_PASSWORD or run this in a terminal to type the password")
    password = getpass.getpass("Password (at least 12 characters): ")
    if prompt_twice and getpass.getpass("Again: ") != password:
        raise SystemExit("the passwords differ")
    return password


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m review", description="Transcript review for safeguarding leads")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the web app")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=5100)
    add = commands.add_parser("add-user", help="create an account (password from REVIEW_NEW_PASSWORD or a prompt)")
    add.add_argument("username")
    add.add_argument("--role", choices=("reviewer", "admin"), default="reviewer")
    reset = commands.add_parser("set-password", help="change a password and log the user out everywhere")
    reset.add_argument("username")
    purge = commands.add_parser("purge", help="delete conversations past the retention period")
    purge.add_argument("--every", type=int, default=0, metavar="SECONDS",
                       help="keep running and purge again every SECONDS (what `make run` uses)")
    purge.add_argument("--dry-run", action="store_true", help="say what would be deleted and held back; delete nothing")
    commands.add_parser("index", help="bring the conversation summaries up to date")
    commands.add_parser("migrate", help="create or update the review app's tables (as the owner role)")
    commands.add_parser("audit-verify", help="check the audit log's hash chain; report the first broken entry")
    seed = commands.add_parser("seed", help="write synthetic conversations (load tests, demos)")
    seed.add_argument("--conversations", type=int, required=True)
    seed.add_argument("--days", type=int, default=30, help="spread over the last D days (default 30)")
    seed.add_argument("--seed", type=int, default=None, help="random seed, for repeatable data")
    seed.add_argument("--force", action="store_true", help="even into a store with real conversations")
    args = parser.parse_args(argv)

    try:
        config = Config.from_env(need_secret=args.command == "serve")
    except ConfigError as problem:
        print(f"configuration: {problem}", file=sys.stderr)
        return 2

    if args.command == "serve":
        from review.app import serve as run

        run(args.host, args.port)
        return 0

    from review import auth, audit, db

    engine = db.make_engine(config.db_url)
    db.create_tables(engine)
    if args.command == "add-user":
        try:
            user = auth.create_user(engine, args.username, _password(), args.role)
        except auth.AuthError as problem:
            print(f"not created: {problem}", file=sys.stderr)
            return 1
        audit.record_now(engine, "user_created", detail={"user": user.username, "role": user.role})
        print(f"created {user.role} {user.username}")
    elif args.command == "set-password":
        try:
            auth.set_password(engine, args.username, _password())
        except auth.AuthError as problem:
            print(f"not changed: {problem}", file=sys.stderr)
            return 1
        audit.record_now(engine, "user_change", detail={"user": args.username.lower(), "password": "changed"})
        print(f"password changed for {args.username.lower()}; their sessions are ended")
    elif args.command == "purge":
        import time

        from review.purge import purge as purge_expired

        while True:
            counts = purge_expired(engine, config.retention_days, dry_run=args.dry_run)
            stamp = time.strftime("%Y-%m-%d %H:%M:%S ") if args.every > 0 else ""
            held = (f"; held back {counts['held_back']} unreviewed conversations with immediate or high risk "
                    f"(review them first): {', '.join(str(i) for i in counts['held_back_ids'][:50])}"
                    + (" …" if counts["held_back"] > 50 else "")) if counts["held_back"] else ""
            if args.dry_run:
                print(f"dry run, retention {config.retention_days} days: would delete {counts['conversations']} "
                      f"conversations{held}", flush=True)
                break
            print(f"{stamp}retention {config.retention_days} days: deleted {counts['conversations']} conversations, "
                  f"{counts['events']} tracker events, {counts['notes']} notes, {counts['tags']} tags, "
                  f"{counts['sessions']} expired sessions{held}", flush=True)
            if args.every <= 0:
                break
            time.sleep(args.every)
    elif args.command == "migrate":
        print("review tables are up to date")
    elif args.command == "audit-verify":
        result = audit.verify(engine)
        if result["ok"]:
            legacy = f" ({result['legacy']} older entries from before the chain are not covered)" \
                if result["legacy"] else ""
            print(f"audit log intact: {result['entries']} entries chained{legacy}; head {result['head']}")
            return 0
        where = f"entry {result['broken_at']}" if result["broken_at"] is not None else "the database"
        print(f"audit log BROKEN at {where}: {result['problem']}", file=sys.stderr)
        return 1
    elif args.command == "index":
        from review.indexer import refresh

        print(f"indexed {refresh(engine)} conversations")
    elif args.command == "seed":
        try:  # the review tests' fixture (tests/ is in a development checkout)
            from tests.review.seed import SeedError, seed as run_seed
        except ModuleNotFoundError as missing:
            if missing.name not in ("tests", "tests.review", "tests.review.seed"):
                raise
            print("not seeded: seeding needs the repository's tests/review/seed.py", file=sys.stderr)
            return 1
        try:
            result = run_seed(engine, args.conversations, days=args.days, seed_value=args.seed, force=args.force)
        except SeedError as problem:
            print(f"not seeded: {problem}", file=sys.stderr)
            return 1
        print(f"seeded {result['conversations']} conversations ({result['events']} events) in "
              f"{result['write_seconds']} s, indexed in {result['index_seconds']} s")
    return 0
