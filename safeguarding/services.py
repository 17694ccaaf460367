"""A service asked about by name: "what's the Beat number?", "whats papyrus", "the
number for the front door" (issue 14). The answer is that service's own catalogue entry,
whatever the worry, audience or age: the person asked for it.

Names are the catalogue's own (each resource's name, and each part of it in brackets)
and the other names people use (``data/catalogue/names.yml``)."""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Dict, List, Optional

import yaml

from safeguarding import DATA_DIR
from safeguarding.catalogue import Catalogue, CatalogueError, default_catalogue

NAMES_PATH = DATA_DIR / "catalogue" / "names.yml"
MAX_WORDS = 14  # a lookup is a short question; a longer message is a story
# words that make a message a question about a service, not a mention of one
_ASKS = re.compile(
    r"\b(what'?s|whats|wats|wots?|what is|what are|who is|who are|whos|where'?s|where is|tell me about|number|"
    r"numbers|phone|"
    r"contact details|details for|website|web site|link|how do i (contact|call|ring|reach|get hold of|find)|"
    # "thanks, and the blog?" (blind57)
    r"^((thanks|thank you|ok|okay|cheers|great) )?(and|what about|how about) (the )?[a-z]+|"
    # "what even is ceop" (blind52)
    r"what even is|whats even|what does ([a-z']+ ){1,3}even do|"
    r"how can i (contact|call|ring|reach)|where do i find|"
    # "how do I report it to True Vision?" (blind38); the police's own question is answered for the worry
    r"how (do|can|should) (i|we|you|u) (report|refer) (it |this |them |him |her |that )?(to|through|via|on|with) "
    r"(?!(the )?police\b)|"
    r"can (i|you|she|he|they|we|u) (call|ring|phone|text|message|contact|email|chat (to|with))|is (it|that) free|"
    r"are (they|it) (free|open)|do (they|you) (tell|charge|cost)|does it cost|open (at|all night|now|today|tonight)|"
    r"(is|are) ([a-z']+ ){1,3}(free|open|anonymous|confidential)|do ([a-z']+ ){1,2}(tell|charge|cost)|"
    r"can ([a-z']+ ){1,2}(pass on|pass|send|give|take) (a |my )?message|does ([a-z']+ ){1,3}(have|work|cover|help)|"
    # "would gamcare help with someone his age", "can childline help him" (blind47)
    r"(would|will|can|could) ([a-z']+ ){1,3}help (with |a |an )?(someone|him|her|them|kids|children|teens|teenagers|"
    r"young people|parents|adults|me|us)|"
    r"do ([a-z']+ ){1,3}(have anything|work for|cover)|(can|could) (i|she|he|they|we|u|you) use|"
    # "how do I explain Report Remove to her?" (blind49)
    r"how (do|can|should|would) (i|we) (explain|describe|introduce|tell (her|him|them) about|talk (her|him|them) "
    r"through)|"
    r"how (does|do) ([a-z']+ ){1,3}work|what (does|do) ([a-z']+ ){1,3}(actually |really )?do|"
    r"(is|are) ([a-z']+ ){1,3}(appropriate|suitable|right) (for|here)|"
    r"(is|are) ([a-z']+ ){1,3}(appropriate|suitable)$|email|e-mail|"
    # "is it the revenge porn helpline we need", "is action fraud only for adults"
    r"is it (the )?([a-z']+ ){1,4}(we|i|she|he|they) (need|want|should (use|call|contact|try))|"
    r"(is|are) ([a-z']+ ){1,4}only for|"
    # "is childline even for me", "is report harmful content ok for her age", "can i still use
    # report remove", "does report remove still apply", "is that the uk safer internet centre one"
    # "is report harmful content ok for a 12 year old to use" (blind52)
    r"(is|are) ([a-z']+ ){1,4}(for|ok for|okay for|right for|suitable for|meant for|only for) "
    r"(an? )?\d{1,2} ?(year|yr)|"
    # "is beat for professionals too" (blind56)
    r"(is|are) ([a-z']+ ){1,3}(for|also for|only for) (professionals|staff|teachers|parents|carers|adults|grown ?ups)|"
    r"(is|are) ([a-z']+ ){1,4}(for|ok for|okay for|right for|suitable for|meant for|only for) (me|her|him|them|us|"
    r"kids|children|adults|my age|her age|his age|their age|under|teenagers|teens|young people|someone|people)|"
    r"(can|could) (i|she|he|they|we|u|you) (still |also )?use|(does|do) ([a-z']+ ){1,3}(still )?apply|"
    r"is (that|it|this) the ([a-z']+ ){1,6}one|"
    # "is the revenge porn helpline the right place?" (blind28)
    r"(is|are|would) (the )?([a-z']+ ){1,5}(be )?the (right|best|correct|proper) (place|one|service|people|number|"
    r"route|helpline|thing|option))\b")
_APOSTROPHES = re.compile(r"[\u2018\u2019`]")
_NON_WORD = re.compile(r"[^a-z0-9' ]+")


def normalise(text: str) -> str:
    text = _APOSTROPHES.sub("'", (text or "").lower())
    return " ".join(_NON_WORD.sub(" ", text).split())


def _own_names(name: str) -> List[str]:
    """'Beat (eating disorders)' -> ['beat (eating disorders)', 'beat', 'eating disorders']."""
    outer = re.sub(r"\s*\([^)]*\)", "", name).strip()
    inner = re.findall(r"\(([^)]*)\)", name)
    return [normalise(n) for n in [name, outer, *inner] if normalise(n)]


def load_names(path: Path = NAMES_PATH, catalogue: Optional[Catalogue] = None) -> Dict[str, str]:
    """Every name -> resource id; longer names first, so 'nspcc helpline' wins over 'nspcc'."""
    catalogue = catalogue or default_catalogue()
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    names: Dict[str, str] = {}
    for resource in catalogue:
        for name in _own_names(resource.name):
            names.setdefault(name, resource.id)
    for rid, others in (document.get("names") or {}).items():
        if rid not in catalogue:
            raise CatalogueError(f"{path.name}: {rid!r} is not in the catalogue")
        for name in others:
            names[normalise(str(name))] = rid
    return dict(sorted(names.items(), key=lambda item: -len(item[0])))


@functools.lru_cache(maxsize=1)
def default_names() -> Dict[str, str]:
    return load_names()


def asked_about(text: str, names: Optional[Dict[str, str]] = None) -> List[str]:
    """The ids of the services a short question asks about, in the order named; [] when
    the message is not such a question."""
    clean = normalise(text)
    if not clean or len(clean.split()) > MAX_WORDS or not _ASKS.search(clean):
        return []
    return _named(clean, names)


# "ok ill ring papyrus", "gonna text shout now": a plan to contact a service by name
_PLANS_TO_CONTACT = re.compile(
    r"^(ok|okay|k|kk|yeah|yes|right|fine|alright|thanks|thank you|ty|cheers)?\s*(then |so |i think |maybe |i guess |"
    r"i might )?"
    r"(i'?ll|i will|im going to|i'm going to|i am going to|im gonna|i'm gonna|ima|gonna|going to|i might|i'?m|im) "
    r"(try (and |to )?|just |now )?(ring|call|phone|text|contact|message|email|chat to|chat with|talk to|speak to|"
    r"go on|try|calling|ringing|texting|phoning)\b")
# "a number that isn't childline", "someone other than childline": every service but those
_OTHER_THAN = re.compile(r"\b(isnt|isn't|is not|not|other than|apart from|besides|except|instead of|that's not|"
                         r"thats not|rather than|but not)$")

_SOMEONE = re.compile(r"\b(who|someone|somebody|anyone|anybody|helpline|number|talk to|speak to|call|ring|text)\b")


# "what's the missing people number for a lad who keeps running": a number asked for by
# name inside a longer message (blind56)
_NUMBER_FOR = re.compile(r"\b(what'?s|whats|what is|give me|i need|can i have|can i get|can you give me)( the)? "
                         r"([a-z0-9' ]{2,40}?) (number|phone number|helpline|website|site|details|contact details)\b")


def number_asked_for(text: str, names: Optional[Dict[str, str]] = None) -> List[str]:
    """The services whose number a message asks for by name, however long the message."""
    found: List[str] = []
    for match in _NUMBER_FOR.finditer(normalise(text)):
        found.extend(rid for rid in _named(match.group(3), names) if rid not in found)
    return found


def plans_to_contact(text: str, names: Optional[Dict[str, str]] = None) -> List[str]:
    """The services a message says the writer will now contact; [] otherwise."""
    clean = normalise(text)
    if not clean or len(clean.split()) > MAX_WORDS or "?" in (text or "") or not _PLANS_TO_CONTACT.search(clean):
        return []
    return _named(clean, names)


def other_than(text: str, names: Optional[Dict[str, str]] = None) -> List[str]:
    """The services a question asks to be spared ("is there a number that isn't
    childline?"): each one named right after "not", "other than", "apart from"."""
    clean = normalise(text)
    if not clean or len(clean.split()) > MAX_WORDS or not (_ASKS.search(clean) or _SOMEONE.search(clean)):
        return []
    spans = _named_spans(clean, names)
    spared = [(start, rid) for start, rid in spans if _OTHER_THAN.search(clean[:start].rstrip())]
    if spared and any(start < spared[0][0] for start, rid in spans if (start, rid) not in spared):
        return []  # two named and compared: "when do we ring 999 rather than 101?"
    return [rid for _, rid in spared]


def _named(clean: str, names: Optional[Dict[str, str]] = None) -> List[str]:
    ordered: List[str] = []
    for _, rid in _named_spans(clean, names):
        if rid not in ordered:
            ordered.append(rid)
    return ordered


# Service names that are also everyday verbs: "he shouts and he threw my phone" is not about
# Shout, nor "he beat me" about Beat (blind49)
_VERB_NAMES = ("shout", "beat")
_SUBJECT_BEFORE = re.compile(r"(?:^|\s)(he|she|they|it|i|we|you|u|mum|dad|mom|mam|people|someone|everyone|who|"
                             r"and|then|always|just|keeps|kept|to|will|would|ll|d|gonna|was|were|be|being|not)\s*$")
_OBJECT_AFTER = re.compile(r"^\s*(at|and|when|all|me|us|him|her|them|up|loads|so|a lot|every|if|until)\b")


# "whats beats number": a name with an s is still the service when a word for its details follows
_DETAILS_AFTER = re.compile(r"^\s*(number|no|helpline|line|website|site|phone|email|details|contact|chat)\b")


def _used_as_a_verb(clean: str, name: str, start: int, end: int) -> bool:
    if name not in _VERB_NAMES:
        return False
    if _SUBJECT_BEFORE.search(clean[:start]) or _OBJECT_AFTER.search(clean[end:]):
        return True
    return clean[start:end] != name and not _DETAILS_AFTER.search(clean[end:])


def _named_spans(clean: str, names: Optional[Dict[str, str]] = None) -> List[tuple]:
    found: List[tuple] = []
    taken = [False] * (len(clean) + 1)
    for name, rid in (names or default_names()).items():
        for match in re.finditer(rf"(?<![a-z0-9']){re.escape(name)}(?:'?s)?(?![a-z0-9])", clean):
            if any(taken[match.start():match.end()]):
                continue  # part of a longer name already found
            if _used_as_a_verb(clean, name, match.start(), match.end()):
                continue
            taken[match.start():match.end()] = [True] * (match.end() - match.start())
            found.append((match.start(), rid))
    return sorted(found)


def age_notes(ids: List[str], catalogue: Optional[Catalogue] = None) -> List[str]:
    """A sentence for each service with an age limit in the catalogue ("StopNCII is for
    people aged 18 and over."), so a lookup never hides who it is for."""
    catalogue = catalogue or default_catalogue()
    notes = []
    for rid in ids:
        resource = catalogue[rid]
        name = re.sub(r"\s*\([^)]*\)", "", resource.name).strip()
        if resource.age_min and resource.age_max:
            notes.append(f"{name} is for people aged {resource.age_min} to {resource.age_max}.")
        elif resource.age_min:
            notes.append(f"{name} is for people aged {resource.age_min} and over.")
        elif resource.age_max:
            notes.append(f"{name} is for under {resource.age_max + 1}s.")
    return notes


# The young people's own service in place of an adults' one (RESOURCES.md: Report Remove
# for under 18s; StopNCII and the Revenge Porn Helpline for adults; Childline under 19)
FOR_YOUNG_PEOPLE_INSTEAD = {"stopncii": "report_remove", "revenge_porn_helpline": "report_remove"}
DEFAULT_FOR_YOUNG_PEOPLE = "childline"


def for_young_people(ids: List[str], catalogue: Optional[Catalogue] = None) -> List[str]:
    """``ids`` with every adults-only service (age_min 18) replaced by the service for
    young people that does the same job, each once, in order."""
    catalogue = catalogue or default_catalogue()
    chosen: List[str] = []
    for rid in ids:
        if (catalogue[rid].age_min or 0) >= 18:
            rid = FOR_YOUNG_PEOPLE_INSTEAD.get(rid, DEFAULT_FOR_YOUNG_PEOPLE)
        if rid not in chosen:
            chosen.append(rid)
    return chosen
