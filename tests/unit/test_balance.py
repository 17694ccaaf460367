"""channels/balance.py: a worker with other requests in hand lets the connection go after its
reply; a worker with nothing else keeps it. The real two-worker server is tested in
tests/integration/test_server.py."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import List, Optional

import pytest
from sanic import Sanic
from sanic.http import Stage

from channels import balance, server


def connection(stage: Optional[Stage]) -> SimpleNamespace:
    """A Sanic connection as the middleware sees it; None: no request read yet."""
    return SimpleNamespace(_http=None if stage is None else SimpleNamespace(stage=stage))


def request_among(stages: List[Optional[Stage]]) -> SimpleNamespace:
    """The request being answered (its own connection in HANDLER) beside others (Sanic keeps
    them in a set; a list here, the stand-ins being unhashable)."""
    own = connection(Stage.HANDLER)
    stream = SimpleNamespace(keep_alive=True, protocol=SimpleNamespace(connections=[own, *map(connection, stages)]))
    return SimpleNamespace(stream=stream)


@pytest.mark.parametrize("others, in_hand", [
    ([], 1),
    ([Stage.IDLE, Stage.IDLE, None], 1),        # kept-alive connections waiting for a message
    ([Stage.REQUEST], 1),                       # a message still arriving is not work yet
    ([Stage.HANDLER], 2),
    ([Stage.RESPONSE, Stage.HANDLER, Stage.IDLE], 3),
    ([Stage.FAILED], 1),
])
def test_requests_in_hand_are_those_read_and_not_yet_answered(others, in_hand):
    assert balance.requests_in_hand(request_among(others)) == in_hand


def test_the_connection_is_kept_when_the_worker_has_nothing_else():
    request = request_among([Stage.IDLE, Stage.IDLE])
    asyncio.run(balance.let_go_when_busy(request, None))
    assert request.stream.keep_alive is True


def test_the_connection_is_let_go_when_another_request_waits_in_this_worker():
    request = request_among([Stage.IDLE, Stage.HANDLER])
    asyncio.run(balance.let_go_when_busy(request, None))
    assert request.stream.keep_alive is False


def test_a_request_without_a_stream_is_left_alone():
    asyncio.run(balance.let_go_when_busy(SimpleNamespace(stream=None), None))


@pytest.mark.parametrize("value, wanted", [(None, True), ("", True), ("on", True), ("off", False), (" OFF ", False)])
def test_off_in_the_environment_turns_it_off(monkeypatch, value, wanted):
    if value is None:
        monkeypatch.delenv(balance.OFF, raising=False)
    else:
        monkeypatch.setenv(balance.OFF, value)
    assert balance.wanted() is wanted


@pytest.mark.parametrize("on", [True, False])
def test_the_app_gets_the_middleware_only_when_several_workers_serve(monkeypatch, on):
    monkeypatch.setitem(server._BALANCE, "on", on)
    app = server.configuring(lambda: Sanic(f"balance_test_{on}"))()
    assert (balance.let_go_when_busy in app.response_middleware) is on
