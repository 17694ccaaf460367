"""Real servers for the robustness tests, started once per test session and in parallel
(each takes a minute or more to load the model; two cores load two at once in about the
time of one):

- ``bot``: exactly as `make run` configures it (the project's credentials.yml, Rasa's
  own timeouts), with a SQLite tracker store;
- ``faulty_bot``: a proxy that can delay the action server in front of it, Rasa's action
  timeout cut from 300 s to ``RASA_ACTION_TIMEOUT`` and the channel's reply deadline cut
  to ``REPLY_DEADLINE``, in the same order as in production (deadline < Rasa's timeout),
  so a slow action server can be tested in seconds.
"""
from __future__ import annotations

import threading
from typing import Dict, Iterator

import pytest

from tests.robustness.harness import RobustServers

RASA_ACTION_TIMEOUT = 6.0
REPLY_DEADLINE = 3.0

FACTORIES = {
    "bot": lambda workdir: RobustServers(workdir),
    "faulty_bot": lambda workdir: RobustServers(
        workdir, proxy=True, action_timeout=RASA_ACTION_TIMEOUT,
        channel_settings={"reply_deadline_seconds": REPLY_DEADLINE}),
}


@pytest.fixture(scope="session")
def _servers(request, tmp_path_factory) -> Iterator[Dict[str, RobustServers]]:
    wanted = sorted({name for item in request.session.items for name in FACTORIES if name in item.fixturenames})
    started: Dict[str, RobustServers] = {}
    errors = []
    # the working folders first, here: pytest's tmp_path_factory is not thread-safe (two
    # threads making its base folder at once race on its "pytest-current" link, and the
    # loser's error used to end its thread silently, leaving its fixture missing)
    workdirs = {name: tmp_path_factory.mktemp(name) for name in wanted}

    def start(name: str) -> None:
        servers = None
        try:
            servers = FACTORIES[name](workdirs[name])
            started[name] = servers.start()
        except BaseException as error:  # noqa: BLE001 - reported below, whatever it was
            errors.append(f"{name}: {type(error).__name__}: {error}")
            if servers is not None:
                try:
                    servers.stop()
                except BaseException as stop_error:  # noqa: BLE001
                    errors.append(f"{name} (stopping): {type(stop_error).__name__}: {stop_error}")

    threads = [threading.Thread(target=start, args=(name,)) for name in wanted]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        missing = [name for name in wanted if name not in started]
        assert not errors and not missing, "servers did not start:\n" + "\n".join(errors or missing)
        yield started
    finally:
        for servers in started.values():
            servers.stop()


@pytest.fixture(scope="session")
def bot(_servers) -> RobustServers:
    return _servers["bot"]


@pytest.fixture(scope="session")
def faulty_bot(_servers) -> RobustServers:
    return _servers["faulty_bot"]
