"""A quick test before a regular expression: the words a match cannot do without.

The safety net (``safeguarding/safety_net.py``) tries about 340 phrase patterns on every
message and on each of its clauses. Most begin with a choice of words ("(dad|mum|...)
(has|is) ..."), so Python's ``re`` tries each pattern at every position of the text: about
2-3 ms a message, a tenth of the Rasa server's work. Yet nearly every pattern needs some
fixed text that a message seldom holds ("bleeding", "pills", " on the ").

``needs(pattern)`` reads the pattern (Python's own parser) for what every match must
contain: a few sets of strings, each match holding at least one string of every set.
A text's three-letter pieces (``pieces``, made once per text) are a set, and a string is
in the text only if all its pieces are, so ``Phrases`` keeps one piece of each string, and
runs a pattern only when, for every set, the text has the piece of one of its strings:
found through an index from piece to pattern, a few dictionary look-ups a text instead of
a scan per pattern. It finds exactly what the pattern finds (a
text without those pieces cannot match), only sooner. tests/unit/test_literals.py checks
that on every message of the project's data.

What is read (anything else, soundly, asks for nothing): a run of literal characters; a
group; a choice, when each of its branches needs something (the union); a repeat that must
happen at least once. Patterns with flags (``(?i)``...) ask for nothing, and so does a set
with a string shorter than a piece.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Dict, FrozenSet, Iterator, List, Match, Optional, Pattern, Sequence, Set, Tuple

# Python's own regular expression parser (Rasa 3.6 runs on Python 3.10, where these are
# public; 3.11 moved them to re._parser and re._constants and kept these names as aliases)
import sre_constants
import sre_parse

Alternatives = Tuple[str, ...]  # a match holds at least one of these strings
Needs = Tuple[Alternatives, ...]  # ... and that for every set

MOST_SETS = 3  # the most selective sets kept for a pattern: more cost more than they save
PIECE = 3  # letters in a piece
REMEMBERED = 512  # texts whose candidate patterns a list of phrases remembers
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_constants.POSSESSIVE_REPEAT)


def _shortest_first(strings: Any) -> Alternatives:
    """The strings without any that holds another (a text holding "daddy" holds "dad")."""
    kept: List[str] = []
    for s in sorted(set(strings), key=lambda x: (len(x), x)):
        if not any(k in s for k in kept):
            kept.append(s)
    return tuple(kept)


def _strength(alternatives: Alternatives) -> Tuple[int, int]:
    """How rarely a text holds one of them: longer shortest string, then fewer strings."""
    return (min(len(s) for s in alternatives), -len(alternatives))


def _usable(alternatives: Alternatives) -> bool:
    return bool(alternatives) and all(len(s) >= PIECE for s in alternatives)


def _sequence(items: Any) -> List[Alternatives]:
    """The sets a sequence of parsed items needs (all of them)."""
    found: List[Alternatives] = []
    run: List[str] = []

    def end_run() -> None:
        if run:
            found.append(("".join(run),))
            run.clear()

    for op, argument in items:
        if op == sre_constants.LITERAL:
            run.append(chr(argument))
            continue
        end_run()
        if op == sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, sub = argument
            if not add_flags and not del_flags:
                found.extend(_sequence(sub))
        elif op == sre_constants.BRANCH:
            union: List[str] = []
            for branch in argument[1]:
                best = _best(_sequence(branch))
                if best is None:
                    union = []
                    break
                union.extend(best)
            if union:
                found.append(_shortest_first(union))
        elif op in _REPEATS:
            low, _high, sub = argument
            if low >= 1:
                found.extend(_sequence(sub))
        # anything else (a class, any character, \b, a look-around, a back reference) needs nothing
    end_run()
    return found


def _best(sets: List[Alternatives]) -> Optional[Alternatives]:
    sets = [s for s in sets if _usable(s)]
    return max(sets, key=_strength) if sets else None


def needs(pattern: Pattern[str]) -> Needs:
    """Sets of strings: every match of ``pattern`` holds at least one string of each set.
    Empty when nothing is known (flags, or nothing fixed in the pattern)."""
    if pattern.flags & ~re.UNICODE:
        return ()
    try:
        parsed = sre_parse.parse(pattern.pattern)
    except Exception:  # noqa: BLE001  (the pattern compiled: anything odd here just means no quick test)
        return ()
    if parsed.state.flags & ~sre_constants.SRE_FLAG_UNICODE:
        return ()
    sets = sorted({_shortest_first(s) for s in _sequence(parsed) if _usable(s)}, key=_strength, reverse=True)
    return tuple(sets[:MOST_SETS])


@functools.lru_cache(maxsize=256)
def pieces(text: str) -> FrozenSet[str]:
    """Every run of PIECE characters in ``text`` (a message's texts are read by several
    lists of phrases, so they are remembered)."""
    return frozenset(text[i:i + PIECE] for i in range(len(text) - PIECE + 1))


def _keys(wanted: Needs) -> Tuple[FrozenSet[str], ...]:
    # any piece of a string will do: its middle one (the ends are more often spaces)
    return tuple(frozenset(s[(len(s) - PIECE) // 2:(len(s) - PIECE) // 2 + PIECE] for s in alternatives)
                 for alternatives in wanted)


def could_match(keys: Tuple[FrozenSet[str], ...], text: str) -> bool:
    """False only when ``text`` cannot hold one string of every set."""
    found = pieces(text)
    return all(not found.isdisjoint(k) for k in keys)


class Phrases:
    """Named patterns, in order, each run only on a text holding what it needs: ``finditer``
    gives what the patterns' own ``finditer`` give, pattern by pattern, in order. Which
    patterns to run is found from the text's pieces through an index (piece -> the sets it
    satisfies), so a message costs a few dictionary look-ups, not one test per pattern."""

    def __init__(self, named: Sequence[Tuple[str, Pattern[str]]]):
        self.names = [name for name, _ in named]
        self.patterns = [pattern for _, pattern in named]
        self.needs = [needs(pattern) for pattern in self.patterns]
        keys = [_keys(n) for n in self.needs]
        self._wanted = [len(k) for k in keys]
        self._always = [i for i, k in enumerate(keys) if not k]
        self._index: Dict[str, List[Tuple[int, int]]] = {}
        for i, sets in enumerate(keys):
            for j, key_set in enumerate(sets):
                for piece in key_set:
                    self._index.setdefault(piece, []).append((i, j))
        self._pieces = frozenset(self._index)
        self._candidates: Dict[str, List[int]] = {}

    def __len__(self) -> int:
        return len(self.patterns)

    def candidates(self, text: str) -> List[int]:
        """The patterns (by position) that may match ``text``, in order (remembered for the
        last few hundred texts: a message's texts are read for risk, then check-in phrases,
        each time with the harmless ones)."""
        known = self._candidates.get(text)
        if known is None:
            satisfied: Set[Tuple[int, int]] = set()
            index = self._index
            for piece in pieces(text) & self._pieces:
                satisfied.update(index[piece])
            counts: Dict[int, int] = {}
            for i, _ in satisfied:
                counts[i] = counts.get(i, 0) + 1
            wanted = self._wanted
            known = sorted(self._always + [i for i, n in counts.items() if n == wanted[i]])
            if len(self._candidates) >= REMEMBERED:
                self._candidates.clear()
            self._candidates[text] = known
        return known

    def finditer(self, text: str) -> Iterator[Tuple[str, Match[str]]]:
        """(name, match) for every match of every pattern, pattern by pattern, in order."""
        for i in self.candidates(text):
            for found in self.patterns[i].finditer(text):
                yield self.names[i], found

    def search(self, text: str) -> Optional[Tuple[str, Match[str]]]:
        """The first pattern's first match: (name, match), or None."""
        for i in self.candidates(text):
            found = self.patterns[i].search(text)
            if found:
                return self.names[i], found
        return None
