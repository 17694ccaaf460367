"""The app's background work: index new events into the summaries, then send the
notifications they call for, when the server starts and then every
REVIEW_REFRESH_SECONDS. Pages never index while a reviewer waits; the queue, a
transcript and the patterns page only ask for an index run now (``nudge``), so the next
page a reviewer opens shows what came in meanwhile without waiting for the timer."""
from __future__ import annotations

import asyncio
import logging
from typing import Optional

from sqlalchemy.engine import Engine

from review import indexer, notify
from review.config import Config

log = logging.getLogger("review")


class Background:
    def __init__(self, engine: Engine, config: Config):
        self.engine, self.config = engine, config
        self._nudged: Optional[asyncio.Task] = None
        self._again = False

    async def keep_up(self) -> None:
        """Forever: index new events, send notifications, sleep."""
        loop = asyncio.get_running_loop()
        while True:
            try:
                await loop.run_in_executor(None, indexer.refresh, self.engine)
                await loop.run_in_executor(None, notify.send_pending, self.engine, self.config)
            except Exception as problem:  # type only: messages may quote data
                log.error("background indexing failed: %s", type(problem).__name__)
            await asyncio.sleep(self.config.refresh_seconds)

    def nudge(self) -> None:
        """Index soon, in a worker thread (call from the event loop; returns at once).
        Notifications stay on the timer, so browsing never retries a failing channel."""
        if self._nudged is not None and not self._nudged.done():
            self._again = True   # events may have come after that run began
            return
        self._nudged = asyncio.get_running_loop().create_task(self._index())

    async def _index(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            self._again = False
            try:
                await loop.run_in_executor(None, indexer.refresh, self.engine)
            except Exception as problem:  # type only: messages may quote data
                log.error("indexing failed: %s", type(problem).__name__)
            if not self._again:
                return
