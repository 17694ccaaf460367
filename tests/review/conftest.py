"""Fixtures for the review app's tests.

The real bot is started twice, once on a SQLite tracker store and once on PostgreSQL,
and driven over the REST channel with scripted conversations; the review app then runs
as a real server on each store. Rasa takes a minute or more to load its model, so both
bots are launched in the background as soon as tests are collected, and the tests that
need them are run last (the unit tests and the 100k benchmark run meanwhile)."""
from __future__ import annotations

import secrets
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Optional

import pytest
import sqlalchemy as sa

from review import auth, db
from tests.review.helpers import PASSWORD, BotServers, Postgres, ReviewServer

# Each scripted conversation has one job in the tests, so tests that change a
# conversation (review it, delete it) don't disturb the others.
SCRIPT: Dict[str, list] = {
    "bullying": ["hi", "im 14",
                 "people in my year keep sending me horrible messages and left me out of the group chat", "thanks"],
    "sextortion": ["he says he will send my nudes to everyone unless i pay him", '/tell_age{"age": "age_14_17"}'],
    "parent": ["my 12 year old's being bullied in a whatsapp group"],
    "personal": ["someone hacked my insta, text me on 07700 900123 or email sam.jones@example.com"],
    "professional": ["I work at a school", "a pupil is sharing nudes", "bye"],
    "confused": ["what is the weather", "asdfgh"],
    "escalates": ["someone is bullying me online", "i dont want to be alive anymore"],
    "crisis": ["i want to kill myself tonight"],
    "for_review": ["my insta got hacked"],
    "for_browser": ["someone is scamming me on vinted, his number is 07700 900456", "14"],
    "for_delete": ["people keep posting mean comments on my tiktok"],
}
ADMIN, REVIEWER = "admin1", "reviewer1"


@dataclass
class Store:
    """A tracker store filled by the real bot, with the review app running on it."""
    name: str
    db_url: str
    bot: BotServers
    senders: Dict[str, str] = field(default_factory=dict)
    ids: Dict[str, int] = field(default_factory=dict)
    review: Optional[ReviewServer] = None
    engine: Optional[sa.engine.Engine] = None

    def drive(self) -> None:
        run = secrets.token_hex(3)
        for key, messages in SCRIPT.items():
            sender = f"rv-{run}-{key}"
            self.senders[key] = sender
            for message in messages:
                self.bot.say(sender, message)


class Farm:
    def __init__(self, root: Path):
        self.root = root
        self.postgres: Optional[Postgres] = None
        self.bots: Dict[str, BotServers] = {}
        self.stores: Dict[str, Store] = {}
        self.lock = threading.Lock()
        self.ready = False

    def launch(self, bots: bool = True) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.postgres = Postgres().start()
        self.postgres.create_database("bot")
        if bots:
            self.launch_bots()

    def launch_bots(self) -> None:
        sqlite_dir, pg_dir = self.root / "bot-sqlite", self.root / "bot-postgresql"
        sqlite_dir.mkdir(exist_ok=True)
        pg_dir.mkdir(exist_ok=True)
        assert self.postgres is not None, "launch() starts PostgreSQL first"
        self.bots["sqlite"] = BotServers(sqlite_dir).launch()
        self.bots["postgresql"] = BotServers(pg_dir, self.postgres.tracker_store_yaml("bot")).launch()

    def store(self, name: str) -> Store:
        with self.lock:
            if not self.bots:
                self.launch_bots()
            if not self.ready:
                self._fill()
                self.ready = True
        return self.stores[name]

    def _fill(self) -> None:
        assert self.postgres is not None, "launch() starts PostgreSQL first"
        urls = {"sqlite": f"sqlite:///{self.bots['sqlite'].db}", "postgresql": self.postgres.database_url("bot")}
        for name, bot in self.bots.items():
            bot.wait()
            self.stores[name] = Store(name, urls[name], bot)
        threads = [threading.Thread(target=store.drive) for store in self.stores.values()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for store in self.stores.values():
            assert len(store.senders) == len(SCRIPT), f"driving the bot on {store.name} failed"
            store.review = ReviewServer(self.root, store.db_url).start()
            store.engine = db.make_engine(store.db_url)
            auth.create_user(store.engine, ADMIN, PASSWORD, "admin")
            auth.create_user(store.engine, REVIEWER, PASSWORD, "reviewer")
            from review import indexer

            indexer.refresh(store.engine)
            with store.engine.connect() as conn:
                rows = conn.execute(sa.select(db.conversations.c.id, db.conversations.c.sender_id)).fetchall()
            by_sender = {sender: conv_id for conv_id, sender in rows}
            store.ids = {key: by_sender[sender] for key, sender in store.senders.items()}

    def stop(self) -> None:
        for store in self.stores.values():
            if store.review:
                store.review.stop()
            if store.engine:
                store.engine.dispose()
        for bot in self.bots.values():
            bot.stop()
        if self.postgres:
            self.postgres.stop()


FARM: Optional[Farm] = None
LAUNCH_FOR = {"store", "sqlite_store", "farm", "postgres", "any_engine"}
RUN_LAST = {"store", "sqlite_store"}


def pytest_collection_modifyitems(session, config, items):
    """Tests that need the bots run last; the bots start loading now, in the background."""
    global FARM
    names = [set(getattr(item, "fixturenames", ())) for item in items]
    if not any(LAUNCH_FOR & n for n in names):
        return
    last = [item for item, n in zip(items, names, strict=True) if RUN_LAST & n]
    items[:] = [item for item in items if item not in last] + last
    FARM = Farm(Path("/tmp") / f"review-farm-{secrets.token_hex(4)}")
    FARM.launch(bots=bool(last))


def pytest_sessionfinish(session, exitstatus):
    if FARM is not None:
        FARM.stop()
        shutil.rmtree(FARM.root, ignore_errors=True)


@pytest.fixture(scope="session")
def farm() -> Farm:
    assert FARM is not None
    return FARM


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def store(request, farm) -> Store:
    return farm.store(request.param)


@pytest.fixture(scope="session")
def sqlite_store(farm) -> Store:
    return farm.store("sqlite")


# --- databases for unit tests ------------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres(farm):
    return farm.postgres


@pytest.fixture(params=["sqlite", "postgresql"])
def any_engine(request, tmp_path):
    """An empty database on each backend (PostgreSQL: a fresh database in the test server)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'review.db'}"
    else:
        url = request.getfixturevalue("postgres").create_database()
    engine = db.make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(tmp_path):
    engine = db.make_engine(f"sqlite:///{tmp_path / 'review.db'}")
    yield engine
    engine.dispose()
