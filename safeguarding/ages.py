"""Age bands: turning what someone says about age into the band that changes the advice."""
from __future__ import annotations

import re
from typing import Optional, Tuple

from safeguarding.vocabulary import AGE_11_13, AGE_14_17, AGE_BAND_ADULT, AGE_BANDS, AGE_UNKNOWN, UNDER_11

# the band names under their older, shorter spellings (ADULT is the age band "18 or over",
# not the audience vocabulary.AUDIENCE_ADULT_SELF)
ADULT = AGE_BAND_ADULT
UNKNOWN = AGE_UNKNOWN  # asked, and they'd rather not say: give the safe general set
BANDS = AGE_BANDS

# The range of ages each band covers, used to check a resource's age limits. A young
# person who would rather not say is treated as possibly any age under 18, so they are
# only offered services that suit every child.
BAND_RANGES = {
    UNDER_11: (0, 10),
    AGE_11_13: (11, 13),
    AGE_14_17: (14, 17),
    ADULT: (18, 120),
    UNKNOWN: (0, 17),
}

# Ages the bot will believe. Outside this, a number is more likely something else.
YOUNGEST, OLDEST = 4, 99

NUMBER_WORDS = {
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}


def band_for_age(age: int) -> str:
    if age < 11:
        return UNDER_11
    if age <= 13:
        return AGE_11_13
    if age <= 17:
        return AGE_14_17
    return ADULT


def parse_age(text: str) -> Optional[int]:
    """The age in a short phrase such as "14", "im 14", "fourteen", "12 year old", "14yo".

    Returns None when there is no believable age in it.
    """
    lowered = text.lower()
    match = re.search(r"\d{1,3}", lowered)
    if match:
        age = int(match.group())
    else:
        words = [w for w in re.findall(r"[a-z]+", lowered) if w in NUMBER_WORDS]
        if not words:
            return None
        age = NUMBER_WORDS[words[0]]
    return age if YOUNGEST <= age <= OLDEST else None


def band_range(band: Optional[str]) -> Tuple[int, int]:
    # a slot can hold anything a payload put there ('/tell_age{"age": {"x": 1}}')
    if not isinstance(band, str):
        return BAND_RANGES[UNKNOWN]
    return BAND_RANGES.get(band, BAND_RANGES[UNKNOWN])


_DECLINE = re.compile(r"\b(rather not|prefer not|dont want to|don't want to|do not want to|not saying|"
                      r"not telling|wont say|won't say|skip|no comment|none of your business)\b")
_UNDER_11 = re.compile(r"\b(under|below|less than) (11|eleven)\b")
_ADULT = re.compile(r"\b(18 or over|18 or older|over 18|18\+|adult|grown ?up)\b")
_RANGE = re.compile(r"\b(\d{1,2}) ?(?:to|-|\u2013|or) ?(\d{1,2})\b")
_SCHOOL_YEAR = re.compile(r"\b(?:year|yr|y) ?(\d{1,2})\b")


def read_age_answer(text: str) -> Optional[str]:
    """The age band in a typed answer to "how old are you?": "12", "15 x", "twelve",
    "im 12 x", "year 9" / "y9" (England's school years: Year N starts the year a child
    turns N + 5, so N + 4 is the youngest they can be), the buttons' own titles typed out
    ("14 to 17", "Under 11", "18 or over"), or declining ("rather not say": UNKNOWN).
    None when the answer cannot be read."""
    lowered = " ".join((text or "").lower().replace("\u2019", "'").split())
    if _DECLINE.search(lowered):
        return UNKNOWN
    if _UNDER_11.search(lowered):
        return UNDER_11
    if _ADULT.search(lowered):
        return ADULT
    school_year = _SCHOOL_YEAR.search(lowered)
    if school_year and 1 <= int(school_year.group(1)) <= 13:
        return band_for_age(int(school_year.group(1)) + 4)
    pair = _RANGE.search(lowered)
    if pair:
        low = int(pair.group(1))
        return band_for_age(low) if YOUNGEST <= low <= OLDEST else None
    age = parse_age(lowered)
    return band_for_age(age) if age is not None else None


# Words that can stand around an age in a typed answer without adding anything to it.
_AGE_FILLER = frozenset("""
i im i'm am me age aged ages is its it's just nearly almost turned turning and a half
yr yrs year years yo y old x xx xxx lol ok okay oh um erm uh so well the in at school
thx thanks ta pls please sorry only still now
""".split())
_AGE_WORD = re.compile(r"^(\d{1,3}|y\d{1,2}|yr\d{1,2}|\d{1,2}yo|\d{1,2}yrs?|under|over|or|to|older|"
                       + "|".join(NUMBER_WORDS) + r")$")
PURE_ANSWER_WORDS = 6


def pure_age_answer(text: str) -> Optional[str]:
    """The age band when a message is only an answer about the writer's age ("seventeen",
    "year 8", "im 12 x", "14 to 17", "rather not say"), None when it says anything more
    ("my 12 year old", "he's 19", "12 people saw it")."""
    lowered = " ".join((text or "").lower().replace("\u2019", "'").split())
    words = re.findall(r"[a-z0-9'+]+", lowered)
    if not words or len(words) > PURE_ANSWER_WORDS:
        return None
    band = read_age_answer(lowered)
    if band is None:
        return None
    if band == UNKNOWN:
        return band if len(words) <= 5 and not {"he", "she", "they", "him", "her"} & set(words) else None
    rest = [w for w in words if w not in _AGE_FILLER and not _AGE_WORD.match(w)
            and w not in ("18+", "adult", "grown", "up", "grownup", "11")]
    return band if not rest else None
