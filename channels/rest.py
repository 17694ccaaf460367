"""The REST channel the widget talks to (POST /webhooks/rest/webhook), with its input
checked before Rasa sees it.

Rasa's own ``RestInput`` trusts the request. Tested against Rasa 3.6.21 (see
tests/robustness/test_bad_input.py), it answers a JSON body that is not an object (or an
empty body) with a 500; a message that is not a string, a lone surrogate ("\\ud800") or
non-object ``metadata`` with 200 and an empty reply; a missing, null or empty sender by
putting the message into one shared conversation called "default"; a 100 KB message of
ordinary words by keeping the server busy for 72 s (nobody else was answered meanwhile)
and then an empty reply; and ``?stream=true`` with a bad message by hanging for 60 s,
then a 503. A failed custom action (action server down) also gives an empty reply, which
the widget shows as nothing at all.

``GuardedRestInput`` keeps the name "rest", so the URL and the reply format stay the
same, and:

- answers 400 with ``{"error": ..., "message": ...}`` for a body that is not a JSON
  object, a ``sender`` that is missing or not 1 to 128 printable characters, a
  ``message`` that is missing, not a string, or empty once control characters and
  surrounding spaces are removed, and for ``?stream=true`` (not supported);
- answers 413 for a message over ``MAX_MESSAGE_CHARS`` characters, or a body too large
  to hold one, without reading the body into memory;
- removes control characters (except line breaks), lone surrogates and zero-width
  characters from the message;
- ignores the client's ``metadata`` and ``input_channel`` (nothing the client makes up
  is stored in the tracker);
- never answers with an empty list: if a turn gives no messages (the action server is
  down, or an action failed) the reply is ``FALLBACK_TEXT``, which gives 999 and
  Childline;
- answers within ``REPLY_DEADLINE_SECONDS``, with whatever the bot has said by then (for
  immediate risk, the emergency advice from the domain comes first) or the fallback. The
  turn carries on in the background and is stored as usual. Rasa itself waits up to
  5 minutes for the action server (``DEFAULT_REQUEST_TIMEOUT`` in rasa/core/constants.py,
  not configurable in 3.6), and the widget gives up after 20 s.

credentials.yml can override ``max_message_chars`` (at most ``MAX_MESSAGE_CHARS``) and
``reply_deadline_seconds``.
"""
from __future__ import annotations

import asyncio
import json
import logging
import unicodedata
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple

from sanic import Blueprint, response
from sanic.exceptions import PayloadTooLarge
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput

logger = logging.getLogger(__name__)

# The longest message accepted, in characters. The widget's text box allows 2,000.
MAX_MESSAGE_CHARS = 5000
# Sender ids: the widget sends "w-" and 32 hex digits.
MAX_SENDER_CHARS = 128
# The largest body that can hold a message of the maximum length: JSON may escape one
# character as 12 bytes ("\ud83d\ude00"), plus the sender and the keys.
BODY_BYTES_PER_CHAR = 12
BODY_OVERHEAD_BYTES = 4096
# Answer within this many seconds, whatever the action server does; well under the
# widget's own timeout (timeoutMs, 20 s by default).
REPLY_DEADLINE_SECONDS = 15.0

FALLBACK_TEXT = (
    "Sorry, I can't answer that properly right now. Please try again in a minute. "
    "If you or someone else is in danger right now, call 999. "
    "You can talk to Childline free on 0800 1111, any time."
)

# Removed from messages besides control characters: zero-width space, word joiner and
# byte order mark, which hide inside words ("ki\u200bll"). The zero-width joiner stays:
# emoji sequences use it.
_INVISIBLE = {"\u200b", "\u2060", "\ufeff"}


class BadRequest(Exception):
    """A request the channel refuses, with its HTTP status and a message for the client."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message

    def response(self) -> HTTPResponse:
        return response.json({"error": self.error, "message": self.message}, status=self.status)


def clean_message(text: str) -> str:
    """The message without control characters (line breaks kept, tabs as spaces), lone
    surrogates or zero-width characters, and without surrounding white space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    kept = []
    for char in text:
        if char == "\n":
            kept.append(char)
        elif char in _INVISIBLE or unicodedata.category(char) in ("Cc", "Cs"):
            continue
        else:
            kept.append(char)
    return "".join(kept).strip()


def valid_sender(sender: Any) -> bool:
    return (
        isinstance(sender, str)
        and 1 <= len(sender) <= MAX_SENDER_CHARS
        and sender.isprintable()
        and sender == sender.strip()
    )


def too_long(max_message_chars: int) -> BadRequest:
    return BadRequest(413, "message_too_long", f"The message is too long: at most {max_message_chars} characters.")


def parse_body(body: bytes, max_message_chars: int) -> Tuple[str, str]:
    """(sender, cleaned message) from a request body, or BadRequest."""
    if not body:
        raise BadRequest(400, "invalid_body", 'The body must be a JSON object: {"sender": ..., "message": ...}.')
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRequest(400, "invalid_body", "The body is not valid UTF-8.") from None
    except (ValueError, RecursionError):
        raise BadRequest(400, "invalid_body", "The body is not valid JSON.") from None
    if not isinstance(data, dict):
        raise BadRequest(400, "invalid_body", 'The body must be a JSON object: {"sender": ..., "message": ...}.')
    sender = data.get("sender")
    if sender is None:
        raise BadRequest(400, "missing_sender",
                         "The sender is missing: send a random id that stays the same for the whole conversation.")
    if not valid_sender(sender):
        raise BadRequest(400, "invalid_sender",
                         f"The sender must be a string of 1 to {MAX_SENDER_CHARS} printable characters.")
    message = data.get("message")
    if message is None:
        raise BadRequest(400, "missing_message", "The message is missing.")
    if not isinstance(message, str):
        raise BadRequest(400, "invalid_message", "The message must be a string.")
    if len(message) > max_message_chars:
        raise too_long(max_message_chars)
    message = clean_message(message)
    if not message:
        raise BadRequest(400, "empty_message", "The message is empty.")
    return sender, message


class GuardedRestInput(RestInput):
    """Rasa's REST channel ("rest", same URL and replies) with its input checked first."""

    def __init__(self, max_message_chars: int = MAX_MESSAGE_CHARS,
                 reply_deadline_seconds: float = REPLY_DEADLINE_SECONDS) -> None:
        if not 1 <= max_message_chars <= MAX_MESSAGE_CHARS:
            raise ValueError(f"max_message_chars must be between 1 and {MAX_MESSAGE_CHARS}")
        if not reply_deadline_seconds > 0:
            raise ValueError("reply_deadline_seconds must be more than 0")
        self.max_message_chars = max_message_chars
        self.max_body_bytes = BODY_BYTES_PER_CHAR * max_message_chars + BODY_OVERHEAD_BYTES
        self.reply_deadline_seconds = reply_deadline_seconds

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "GuardedRestInput":
        settings = dict(credentials or {})
        unknown = set(settings) - {"max_message_chars", "reply_deadline_seconds"}
        if unknown:
            raise ValueError(f"{cls.__name__}: unknown settings in credentials.yml: {sorted(unknown)}")
        return cls(
            max_message_chars=int(settings.get("max_message_chars", MAX_MESSAGE_CHARS)),
            reply_deadline_seconds=float(settings.get("reply_deadline_seconds", REPLY_DEADLINE_SECONDS)),
        )

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        return None

    def _extract_input_channel(self, request: Request) -> Text:
        return self.name()

    async def _read_body(self, request: Request) -> bytes:
        """The body, refusing one larger than the limit before reading it all."""
        if request.stream is not None:
            request.stream.request_max_size = self.max_body_bytes
        try:
            await request.receive_body()
        except PayloadTooLarge:
            raise too_long(self.max_message_chars) from None
        if len(request.body) > self.max_body_bytes:
            raise too_long(self.max_message_chars)
        return request.body

    async def _reply(self, on_new_message: Callable[[UserMessage], Awaitable[Any]],
                     sender: str, text: str) -> List[Dict[Text, Any]]:
        collector = CollectingOutputChannel()
        message = UserMessage(text, collector, sender, input_channel=self.name(), metadata=None)
        # A task of its own: a slow turn (or a client hanging up) must not cancel it
        # half-way, which would lose the user's message from the tracker.
        turn = asyncio.ensure_future(on_new_message(message))
        turn.add_done_callback(lambda finished: _log_failure(finished, sender))
        done, _ = await asyncio.wait({turn}, timeout=self.reply_deadline_seconds)
        if turn not in done:
            logger.warning("rest: no complete reply for sender %s within %.0f s; answering with what "
                           "there is, the turn carries on", sender, self.reply_deadline_seconds)
        messages = list(collector.messages)
        if not messages:
            messages.append({"recipient_id": sender, "text": FALLBACK_TEXT})
        return messages

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        # stream=True: the handler runs before the body is read, so it can set the limit
        @webhook.route("/webhook", methods=["POST"], stream=True)
        async def receive(request: Request) -> HTTPResponse:
            try:
                if request.args.get("stream", "false").lower() not in ("false", "0", "no"):
                    raise BadRequest(400, "stream_not_supported", "Streaming replies are not supported.")
                sender, text = parse_body(await self._read_body(request), self.max_message_chars)
            except BadRequest as refused:
                logger.info("rest: refused a request: %s %s", refused.status, refused.error)
                return refused.response()
            return response.json(await self._reply(on_new_message, sender, text))

        return webhook


def _log_failure(turn: "asyncio.Future[Any]", sender: str) -> None:
    """Log a failed turn without the message text (it may be personal)."""
    if turn.cancelled():
        logger.error("rest: the turn for sender %s was cancelled", sender)
    elif (error := turn.exception()) is not None:
        logger.error("rest: the turn for sender %s failed: %s", sender, type(error).__name__, exc_info=error)
