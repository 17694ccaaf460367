"""Tiny DSL for writing conversations compactly.

T(text, p=, e=, a=, n=, r=, full=, keep_adult=) is one user turn with its checks:
  p  -> person: true           e -> emergency: true (and person: true)
  a  -> any: [...]             n -> extra none: [...]
  r  -> no_repeat: true
  full -> use the FULL none list for the audience instead of the CORE one
  keep_adult -> the user asked about an adult-only service by name, so the bot may
                name it to say it is not for them: drop that part of the none list.
C(age_or_role, worry, turns, note="") is one conversation.
"""
from dataclasses import dataclass, field


@dataclass
class Turn:
    text: str
    p: bool = False
    e: bool = False
    a: list = field(default_factory=list)
    n: list = field(default_factory=list)
    r: bool = False
    full: bool = False
    keep_adult: bool = False


def T(text, p=False, e=False, a=None, n=None, r=False, full=False, keep_adult=False):
    # danger turns and turns naming a person always get the full never-say list
    return Turn(text, p, e, list(a or []), list(n or []), r, full or e, keep_adult)


@dataclass
class Conv:
    who: str          # age (young person) or role (adult)
    worry: str
    turns: list
    note: str = ""
    age: int = 0      # young person's age, for age-band rules


def C(who, worry, turns, note="", age=0):
    return Conv(str(who), worry, turns, note, age)
