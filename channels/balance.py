"""Spread the messages over the Sanic workers by how busy each is.

Sanic's workers share one listening socket, and a kept-alive connection stays with the
worker that accepted it. A client that keeps a pool of connections (the bench's, nginx's
``keepalive`` to its upstream) reuses the one freed last, so one worker can end up with
most of the messages while the other idles (84% of the CPU in one measured run): under a
slower host that worker's queue is the whole tail (README, "Speed and scale").

Here a worker that still has other requests in hand when it answers one tells the client
to close that connection (``Connection: close``, plain HTTP/1.1; the reply itself is
whole). The client's next message opens a new connection, and the kernel hands it to a
worker waiting on the socket: the one with nothing to do, while the busy one is still
working. Nothing about a conversation depends on its connection (the workers share the
tracker and lock stores), so a closed connection costs the client one TCP handshake.

Only when Sanic runs more than one worker (channels/server.py). ``KENT_BALANCE=off``
keeps every connection as Sanic does, for measuring the difference.
"""
from __future__ import annotations

import os
from typing import Any

OFF = "KENT_BALANCE"  # environment: "off" keeps every connection open


def wanted() -> bool:
    return os.environ.get(OFF, "").strip().lower() != "off"


def requests_in_hand(request: Any) -> int:
    """The requests this worker is handling now, the given one included: its connections
    whose request has been read and whose reply is not yet sent."""
    from sanic.http import Stage

    return sum(1 for connection in request.stream.protocol.connections
               if getattr(connection, "_http", None) is not None
               and connection._http.stage in (Stage.HANDLER, Stage.RESPONSE))


async def let_go_when_busy(request: Any, response: Any) -> None:
    """Response middleware: close this connection after the reply when the worker has
    other requests in hand."""
    if request.stream is not None and requests_in_hand(request) > 1:
        request.stream.keep_alive = False


def attach(app: Any) -> None:
    app.register_middleware(let_go_when_busy, "response")
