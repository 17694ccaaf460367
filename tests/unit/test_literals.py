"""The quick test before the safety net's patterns (safeguarding/literals.py) never hides
a match: the phrases find exactly what their regular expressions find, on the project's
own messages and on made-up patterns of every shape the reader handles."""
from __future__ import annotations

import random
import re
from typing import Iterator, List

import pytest
import yaml

from safeguarding.literals import Phrases, could_match, needs
from safeguarding.safety_net import _CLAUSE_ENDS, default_safety_net, normalise
from tests.conftest import ROOT

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
NET = default_safety_net()
LISTS = {"risk": NET.risk, "check_in": NET.check_in, "harmless": NET.harmless}


def _strings(node) -> Iterator[str]:
    if isinstance(node, str):
        for line in node.splitlines():
            line = line.strip()
            if line.startswith("- "):
                line = line[2:]
            if line:
                yield line
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _messages() -> List[str]:
    """Normalised messages and their clauses: all of the safety-net data, the risk sets and
    the immediate-risk training data, every 4th of the other training data, every 10th of
    the other held-out sets and the follow-up data (the
    conversation sets, megabytes of YAML, were in the one full check the README reports, 19th session)."""
    texts = set()
    for folder in ("data/nlu", "tests/nlu", "data/safety_net", "data/follow_ups"):
        for path in sorted((ROOT / folder).glob("*.yml")):
            found = sorted(set(_strings(yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER))))
            every = "safety_net" in folder or "risk" in path.name or "immediate" in path.name
            texts.update(found if every else found[::4] if folder == "data/nlu" else found[::10])
    cleans = set()
    for text in texts:
        cleans.add(normalise(text))
        cleans.update(normalise(c) for c in _CLAUSE_ENDS.split(text))
    cleans.discard("")
    return sorted(cleans)


MESSAGES = _messages()


@pytest.mark.parametrize("name", list(LISTS))
def test_the_safety_net_finds_what_its_patterns_find_on_the_projects_messages(name):
    phrases = LISTS[name]
    matched = 0
    for text in MESSAGES:
        expected = [(n, m.span())
                    for n, p in zip(phrases.names, phrases.patterns, strict=True) for m in p.finditer(text)]
        assert [(n, m.span()) for n, m in phrases.finditer(text)] == expected, text
        first = phrases.search(text)
        assert ((first[0], first[1].span()) if first else None) == (expected[0] if expected else None), text
        matched += bool(expected)
    assert len(MESSAGES) > 8_000 and matched > 100  # the patterns were really tried, and matched


def test_most_texts_skip_most_patterns():
    """The point of it: a message runs only a few of the ~340 patterns."""
    tried = [len(phrases.candidates(text)) for text in MESSAGES[::20] for phrases in LISTS.values()]
    total = sum(len(p) for p in LISTS.values())
    assert sum(tried) / (len(tried) / 3) < total / 5


SHAPES = [
    r"\b(?:kill|hurt) (my ?self|me)\b",
    r"\b(?:(says|said) )?(hell|he will) (kill|hurt) (me|you)\b",
    r"(ab)*c",  # a repeat that may not happen
    r"(ab)+c",  # one that must
    r"x{0,2}yz",
    r"(a|)bc",  # a branch that needs nothing
    r"(?:cat|dog)s? (?:ran|sat)",
    r"[abc]at on (the|a) mat",
    r"(?=.*bad)good",  # a look-ahead
    r"(?!bad)goo",
    r"(\w+) and \1",  # a back reference
    r"(?i)HELLO there",  # flags
    r"a.b.c",
    r"(?:pills?|tablets) (?:all|every one)",
    r"^start|end$",
    r"\bgo+d\b",
]


@pytest.mark.parametrize("pattern", SHAPES)
def test_made_up_patterns_find_what_they_find_without_the_quick_test(pattern):
    compiled = re.compile(pattern)
    phrases = Phrases([("p", compiled)])
    words = ["a", "b", "c", "ab", "x", "yz", "cat", "dogs", "ran", "sat", "on", "the", "mat", "bad", "good", "goo",
             "god", "gooood", "and", "kill", "hurt", "myself", "me", "said", "hell", "he", "will", "you", "pills",
             "tablets", "all", "every", "one", "hello", "there", "HELLO", "start", "end", "bc", "abc", "ababc", "xxyz",
             "hell kill me", "said he will hurt you", "bat on a mat", "cat on the mat"]
    rng = random.Random(pattern)
    tried = 0
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.3:
            text = text.replace(" ", "")
        expected = [m.span() for m in compiled.finditer(text)]
        assert [m.span() for _, m in phrases.finditer(text)] == expected, (pattern, text)
        tried += bool(expected)
    assert tried > 0, "the made-up texts never matched: the test proves nothing for this shape"


def test_what_a_pattern_needs():
    assert needs(re.compile(r"\b(?:kill|murder) (my ?self|me)\b")) == (("kill", "murder"),)
    # a choice of words is as strong as its shortest word, which covers the longer ones
    assert needs(re.compile(r"(dad|daddy|mum) hit me")) == ((" hit me",), ("dad", "mum"))
    assert needs(re.compile(r"(ab)*c")) == ()  # "c" is shorter than a piece: nothing useful
    assert set(needs(re.compile(r"(abc)+def"))) == {("abc",), ("def",)}
    assert needs(re.compile(r"(?i)hello there")) == ()
    assert needs(re.compile(r"(xyz|)hello")) == (("hello",),)


def test_a_text_without_a_needed_piece_is_never_tried():
    phrases = Phrases([("pills", re.compile(r"took all (my|the) pills"))])
    assert phrases.candidates("i took all the pills") == [0]
    assert phrases.candidates("i took all the sweets") == []
    assert not could_match((frozenset({"ill"}),), "i took all the sweets tonight")
