"""The designated safeguarding lead (DSL) as a writer: found in their own words, and the
replies' "tell your designated safeguarding lead" said the way a DSL needs it (issue 14:
a DSL was told to tell their designated safeguarding lead)."""
from __future__ import annotations

import re
from typing import Optional

DSL = "dsl"

# "I'm the DSL", "as DSL", "DSL here", "DSL." at the start, "i'm the designated safeguarding lead"
_SAYS_DSL = re.compile(
    r"(\b(i'?m|i am|im|as|speaking as)( the| a| our| the school'?s| the deputy| a deputy| deputy)? "
    r"(dsl|ddsl|designated safeguarding lead|safeguarding lead)\b)"
    r"|(^\W*(deputy )?(dsl|ddsl)\b(?! (said|says|told|thinks|wants|is|was)\b))"
    r"|(\b(dsl|ddsl|designated safeguarding lead) (here|speaking)\b)", re.IGNORECASE)


def says_they_are_the_dsl(text: str) -> bool:
    return bool(_SAYS_DSL.search((text or "").replace("\u2019", "'")))


# In order: the first rules drop a sentence's "tell your DSL and" where the rest stands.
_REWRITES = (
    (re.compile(r"\bTell your designated safeguarding lead, and "), "Tell "),
    (re.compile(r"\b(Tell|Involve) your designated safeguarding lead( today| straight away)? and (then )?follow\b"),
     r"Follow"),
    (re.compile(r"\b(and|:) (tell|involve) your designated safeguarding lead\b"),
     r"\1 act on it as designated safeguarding lead"),
    (re.compile(r"\b(tell|involve) your designated safeguarding lead\b"), "act as designated safeguarding lead"),
    (re.compile(r"\b(Tell|Involve) your designated safeguarding lead\b"), "Act as designated safeguarding lead"),
    (re.compile(r"\bmake sure your designated safeguarding lead knows\b"), "record it as designated safeguarding lead"),
    (re.compile(r"\b(with|by) your designated safeguarding lead\b"), "as designated safeguarding lead"),
    (re.compile(r"\byour designated safeguarding lead\b"), "you, as designated safeguarding lead,"),
)


def for_role(text: Optional[str], role: Optional[str]) -> Optional[str]:
    """``text`` as said to someone in ``role``: unchanged unless they are the DSL."""
    if role != DSL or not text:
        return text
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text
