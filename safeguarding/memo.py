"""Work done once per message.

Reading one message runs the same pure functions of its text several times: the phrase
net and the risk tiers read it twice (as the n-gram model reads it, then with the
sentence vector), and a follow-up's cue is looked up by several rules. Inside
``with one_message():`` a function marked ``@per_message`` computes its answer once per
set of arguments and gives the same answer after that; the memory goes when the block
ends, so nothing is kept from one message to the next (the load test, ``make bench``,
repeats some messages, and must not be flattered by a cache). Outside such a block the
functions run as plain functions.

Only for pure functions with hashable arguments, whose answers are not changed by the
caller (strings, tuples, frozen objects); unhashable arguments skip the memory.
"""
from __future__ import annotations

import contextlib
import functools
from contextvars import ContextVar
from typing import Any, Callable, Dict, Iterator, Optional, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MEMORY: ContextVar[Optional[Dict[Any, Any]]] = ContextVar("kent_message_memory", default=None)


@contextlib.contextmanager
def one_message() -> Iterator[None]:
    token = _MEMORY.set({})
    try:
        yield
    finally:
        _MEMORY.reset(token)


def per_message(function: F) -> F:
    @functools.wraps(function)
    def remembered(*args: Any, **kwargs: Any) -> Any:
        memory = _MEMORY.get()
        if memory is None:
            return function(*args, **kwargs)
        key = (function, args, tuple(sorted(kwargs.items())))
        try:
            return memory[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable argument
            return function(*args, **kwargs)
        memory[key] = answer = function(*args, **kwargs)
        return answer

    return remembered  # type: ignore[return-value]
