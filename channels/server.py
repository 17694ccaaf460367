"""`rasa run` with the model loaded once, before Sanic forks its workers.

    python -m channels.server --model models/kent-signposting.tar.gz --endpoints endpoints.yml ...

Takes the options of `rasa run`. ``SANIC_WORKERS`` sets the number of worker processes
(default: 2, or 1 on a one-core machine).

Why: in one process all Python work takes turns on one lock, Python's: reading a message
(the encoder, the classifier, the risk tiers) and Rasa's turn (tracker, rules, the call to
the action server, Sanic) together about 28 ms of it a message on this project's 2-core
machine, so one Rasa process answers at most about 36 messages a second, with a core
partly idle, and a queue forms well before that (README, "Speed and scale"). Two worker
processes use both cores.

How: `rasa run` loads the model in every worker after Sanic forks them: the memory and the
load time twice over. Here the main process loads it once, then Sanic forks; the workers
share its pages (copy-on-write: the classifiers' and the encoder's arrays are only read;
``gc.freeze`` keeps the collector from touching the objects loaded before the fork) and each
opens its own database connections (the loaded store's are closed before the fork).
The encoder's ONNX Runtime session is made before the fork with one thread, so it has
started no threads of its own, and the workers share its weights. Rasa allows more than one worker only
with a lock store that works across processes: endpoints.yml names the SQLite one
(channels/lock_store.py), production Redis.

When the set-up needs Rasa's own way (one worker, an event broker, a model server or remote
storage, whose clients belong to one process), this is exactly `rasa run`.
tests/integration/test_server.py starts it and checks both workers answer, conversations
move between them, and the model was loaded once.
"""
from __future__ import annotations

import asyncio
import functools
import gc
import inspect
import logging
import os
import sys
from typing import Any, Callable, Dict, List, Optional

from channels import balance, in_process_actions

# Its own name and level: loading the model leaves the root logger at WARNING (Rasa's own
# "up and running" line is lost the same way), and these lines say how the server started.
logger = logging.getLogger("channels.server")
logger.setLevel(logging.INFO)

WORKERS = "SANIC_WORKERS"  # Rasa's own variable (rasa.core.constants.ENV_SANIC_WORKERS)

_PRELOADED: Dict[str, Any] = {}  # "agent": the agent the main process loaded before the fork
_BALANCE: Dict[str, bool] = {}  # "on": the workers' load balancing (channels/balance.py) is attached


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def close_store_connections(agent: Any) -> None:
    """Close the tracker store's pooled connections (SQLite or PostgreSQL), so no
    connection is carried across the fork: each worker's pool opens its own."""
    store = agent.tracker_store
    while hasattr(store, "_tracker_store"):  # Rasa's fail-safe and awaitable wrappers
        store = store._tracker_store
    engine = getattr(store, "engine", None)
    if engine is not None:
        engine.dispose()


def can_preload(endpoints: Any, remote_storage: Optional[str]) -> bool:
    return not remote_storage and not (endpoints and (endpoints.event_broker or endpoints.model))


def load_before_fork(model_path: Optional[str], endpoints: Any, remote_storage: Optional[str]) -> Any:
    from rasa.core import agent as rasa_agent

    agent = asyncio.run(rasa_agent.load_agent(model_path=model_path, remote_storage=remote_storage,
                                              endpoints=endpoints))
    close_store_connections(agent)
    package = in_process_actions.module_named(endpoints.action if endpoints else None)
    if package:  # the actions' modules and catalogue, imported once and shared like the model
        in_process_actions.executor(package)
    gc.collect()
    gc.freeze()  # the loaded objects stay out of the collector's passes: their pages stay shared
    return agent


def serving(original: Callable[..., None]) -> Callable[..., None]:
    """Rasa's ``serve_application``, loading the model first when several workers serve."""
    signature = inspect.signature(original)

    @functools.wraps(original)
    def serve_application(*args: Any, **kwargs: Any) -> None:
        import rasa.core.utils

        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        given = bound.arguments
        endpoints, remote_storage = given["endpoints"], given["remote_storage"]
        workers = rasa.core.utils.number_of_sanic_workers(endpoints.lock_store if endpoints else None)
        _BALANCE["on"] = workers > 1 and balance.wanted()
        if workers > 1 and can_preload(endpoints, remote_storage):
            logger.info("Loading the model once for %d Sanic workers.", workers)
            _PRELOADED["agent"] = load_before_fork(given["model_path"], endpoints, remote_storage)
        original(*bound.args, **bound.kwargs)

    return serve_application


def on_start(original: Callable[..., Any]) -> Callable[..., Any]:
    """Rasa's ``load_agent_on_start`` (each worker, before it serves): the agent loaded
    before the fork when there is one."""

    @functools.wraps(original)
    async def load_agent_on_start(model_path: Any, endpoints: Any, remote_storage: Any, app: Any,
                                  loop: Any) -> Any:
        agent = _PRELOADED.get("agent")
        if agent is None:
            return await original(model_path, endpoints, remote_storage, app, loop)
        app.ctx.agent = agent
        logger.info("Rasa server is up and running (worker %d, model loaded before the fork).", os.getpid())
        return agent

    return load_agent_on_start


def configuring(original: Callable[..., Any]) -> Callable[..., Any]:
    """Rasa's ``configure_app``, with the workers' load balancing (channels/balance.py)
    when several workers serve."""

    @functools.wraps(original)
    def configure_app(*args: Any, **kwargs: Any) -> Any:
        app = original(*args, **kwargs)
        if _BALANCE.get("on"):
            balance.attach(app)
        return app

    return configure_app


def install() -> None:
    import rasa.core.run

    if not getattr(rasa.core.run.serve_application, "_kent_preload", False):
        rasa.core.run.serve_application = serving(rasa.core.run.serve_application)
        rasa.core.run.serve_application._kent_preload = True
        rasa.core.run.load_agent_on_start = on_start(rasa.core.run.load_agent_on_start)
        rasa.core.run.configure_app = configuring(rasa.core.run.configure_app)


def without_jax() -> None:
    """TensorFlow's TFLite helpers import JAX when it is installed (tensorflow 2.12 pulls it
    in): about 60 MB of the server's memory (PSS) and a second of its start, in a server
    that never converts a model. ``None`` in ``sys.modules`` makes that optional import
    fail as if JAX were absent, which TensorFlow allows for
    (tensorflow/lite/python/util.py: ``except ImportError``). Nothing of this project or
    Rasa uses JAX."""
    sys.modules.setdefault("jax", None)  # type: ignore[arg-type]


def main(argv: Optional[List[str]] = None) -> None:
    os.environ.setdefault(WORKERS, str(default_workers()))
    without_jax()
    from rasa.__main__ import main as rasa_main

    install()
    sys.argv = ["rasa", "run", *(sys.argv[1:] if argv is None else argv)]
    rasa_main()


if __name__ == "__main__":
    main()
