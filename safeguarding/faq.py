"""Answers to questions from parents, carers, professionals and anyone.

The intent classifier picks the question (retrieval intent ``faq/<key>``). This module
decides what to send: the answer text for the asker (``data/faq/answers.yml``, the same
file Rasa trains on), then the services for that question (``data/catalogue/faq.yml``)
filtered by the same audience and age checks as the worry signposting. A prediction
below the configured confidence gets an honest "I don't know that one" and people to
talk to, never a guess.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

from safeguarding import DATA_DIR, followups, wording
from safeguarding.ages import UNKNOWN
from safeguarding.catalogue import Catalogue, CatalogueError, default_catalogue
from safeguarding.signposting import (
    PARENT, PROFESSIONAL, TALK_TO_SOMEONE, YOUNG_PERSON, Offer, allowed, choose_resources, rule_audience,
    wants_child_wording,
)
from safeguarding.vocabulary import AGE_BAND_ADULT, FAQ_MIN_CONFIDENCE

ANSWERS_PATH = DATA_DIR / "faq" / "answers.yml"
RULES_PATH = DATA_DIR / "catalogue" / "faq.yml"
RESPONSE_PREFIX = "utter_faq/"
ASKERS = (PARENT, PROFESSIONAL, "anyone")
DONT_KNOW = "faq_dont_know"


@dataclass(frozen=True)
class Question:
    key: str
    asked_by: str
    resources: Tuple[Tuple[str, bool], ...]
    max_cards: int


@dataclass(frozen=True)
class FaqRules:
    min_confidence: float
    questions: Dict[str, Question]


@dataclass
class FaqReply:
    """The answer text, the services to show, and who the asker is now."""

    text: str
    offers: List[Offer] = field(default_factory=list)
    audience: str = YOUNG_PERSON
    key: Optional[str] = None

    @property
    def understood(self) -> bool:
        return self.key is not None


def load_answers(path: Path = ANSWERS_PATH) -> Dict[str, List[Dict[str, Any]]]:
    """Answer variations by question key (``utter_faq/parental_controls`` -> ``parental_controls``)."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    answers = {}
    for name, variations in (document.get("responses") or {}).items():
        if not name.startswith(RESPONSE_PREFIX):
            raise CatalogueError(f"{path.name}: response {name!r} must start with {RESPONSE_PREFIX!r}")
        if not any("condition" not in v for v in variations):
            raise CatalogueError(f"{path.name}: response {name!r} has no default variation")
        answers[name[len(RESPONSE_PREFIX):]] = variations
    return answers


def parse_rules(document: Any, catalogue: Catalogue, answer_keys: List[str]) -> FaqRules:
    if not isinstance(document, dict) or not isinstance(document.get("questions"), dict):
        raise CatalogueError("faq rules must be a mapping with a 'questions' mapping")
    default_max = int(document.get("max_cards", 4))
    questions = {}
    for key, spec in document["questions"].items():
        where = f"faq rules: {key}"
        if key not in answer_keys:
            raise CatalogueError(f"{where} has no answer utter_faq/{key} in {ANSWERS_PATH.name}")
        if spec.get("asked_by") not in ASKERS:
            raise CatalogueError(f"{where}: asked_by must be one of {ASKERS}")
        parsed = []
        for entry in spec.get("resources") or []:
            rid, for_child = (entry["id"], bool(entry.get("for_child"))) if isinstance(entry, dict) else (entry, False)
            if rid not in catalogue:
                raise CatalogueError(f"{where}: {rid!r} is not in the catalogue")
            parsed.append((rid, for_child))
        questions[key] = Question(key, spec["asked_by"], tuple(parsed), int(spec.get("max_cards", default_max)))
    missing = sorted(set(answer_keys) - set(questions))
    if missing:
        raise CatalogueError(f"faq rules: no entry for answers {missing}")
    return FaqRules(min_confidence=float(document.get("min_confidence", FAQ_MIN_CONFIDENCE)), questions=questions)


@functools.lru_cache(maxsize=1)
def default_answers() -> Dict[str, List[Dict[str, Any]]]:
    return load_answers()


@functools.lru_cache(maxsize=1)
def default_rules() -> FaqRules:
    with open(RULES_PATH, encoding="utf-8") as handle:
        return parse_rules(yaml.safe_load(handle), default_catalogue(), list(default_answers()))


# The words of a question about this chat's privacy: what is kept, who reads it, whether
# it is anonymous ("who can see this", "do you save what i type", "is this private")
_ABOUT_PRIVACY = re.compile(
    r"\b(privacy|private|data|saved?|saving|stored?|storing|keep|kept|record(ed|s)?|reads?|reading|see|sees|seen|"
    r"who|delete[ds]?|anonymous|name|confidential|secret|track(ed|s|ing)?|cookies?|logs?|logged|gdpr|information|"
    r"info|chat|conversation|messages?|type|typed|write|written|ip|find me|know (it'?s|its) me)\b",
    re.IGNORECASE)


# reading someone else's messages is a parenting question, not one about this chat: "can
# the carers read his messages?", "should I be reading my 12 year old's messages?" (blind38-39)
_SOMEONE_ELSES_MESSAGES = re.compile(
    r"\b(read|reading|check|checking|look at|looking at|go through|going through|monitor|monitoring)\b.{0,20}"
    r"\b(his|her|their|the (child|kid|young person|boy|girl)'?s|"
    r"my (child|son|daughter|kid|\d{1,2} ?(year|yr)[- ]?old)'?s|[a-z]+'s) "
    r"(messages|phone|chats?|texts?|dms|snapchat|whatsapp|search history|history)\b", re.IGNORECASE)


def about_privacy(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return bool(_ABOUT_PRIVACY.search(text)) and not _SOMEONE_ELSES_MESSAGES.search(text)


def question_key(response_selector: Optional[Mapping[str, Any]]) -> Tuple[Optional[str], float]:
    """The question the classifier chose and its confidence, from a parse result's
    ``response_selector`` field; (None, 0.0) when there is none."""
    try:
        response = response_selector["faq"]["response"]  # type: ignore[index]
        full = response.get("intent_response_key") or ""
        confidence = float(response.get("confidence") or 0.0)
    except (KeyError, TypeError, AttributeError, ValueError):
        return None, 0.0
    key = full.split("/", 1)[1] if full.startswith("faq/") else None
    return key, confidence


# A young person's own words about the adults in their life: "what do i say to my mum",
# "miss said", "my foster carer"; whoever writes these is not the parent
_A_CHILD_SPEAKING = re.compile(
    r"\b(my|me) (mum|mom|mam|mummy|dad|daddy|parents|step ?mum|step ?dad|foster carers?|carers?|teacher|form tutor|"
    r"head of year|social worker|nan|nana|gran)\b|\b(miss|sir) (said|says|will|would|told)\b"
    # "will mum be angry", "dad will kill me"
    r"|\b(will|would|is|are) (mum|mom|mam|dad|mummy|daddy|nan|gran) (be|get|go|find|know|see|hate|shout|kill)\b"
    r"|\b(mum|mom|mam|dad|mummy|daddy) (will|would|is gonna|is going to|'ll|ll) (kill|hate|shout|be|go|find)\b",
    re.IGNORECASE)


# ...and a child's first-person words in a question ("i dont want police looking for me",
# "do they tell your parents?"), once a professional's own ("tell me", "my class") are set
# aside (issue 14: a young person was given the answer written for a DSL)
_FIRST_PERSON = re.compile(r"\b(me|my|myself|mine|u|ur)\b|\byour (parents|mum|mom|dad|carers?)\b", re.IGNORECASE)
_A_PROFESSIONALS_FIRST_PERSON = re.compile(
    r"\b(tell|show|give|remind|send|let|help|advise|guide|email) me\b|\bmy (class|pupils?|students?|school|setting|dsl|"
    r"head|headteacher|colleagues?|team|staff|club|caseload|son|daughter|child|kids|children|group|service|role|job|"
    r"manager|line manager|organisation|organization)\b", re.IGNORECASE)


def a_child_speaking(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return bool(_A_CHILD_SPEAKING.search(text) or _FIRST_PERSON.search(_A_PROFESSIONALS_FIRST_PERSON.sub(" ", text)))


def has_young_person_answer(key: str, answers: Mapping[str, List[Dict[str, Any]]]) -> bool:
    return any(c.get("name") == "audience" and c.get("value") == YOUNG_PERSON
               for variation in answers.get(key) or [] for c in variation.get("condition") or [])


# Words of someone asking about a child in their care or class ("is snapchat ok for my
# son", "should we tell her parents?")
_ABOUT_A_CHILD = re.compile(
    r"\b(my|our) (son|daughter|child|kids?|children|boy|girl|grandson|granddaughter|grandchild|stepson|stepdaughter|"
    r"foster (child|son|daughter)|pupils?|students?|class|learners?|young people|players?|members?)\b"
    r"|\b(he|she|they|him|her|them|his|hers|their|we|our)\b|\b(child|children|kids|pupils?|students?)\b"
    r"|\bset (up|on) parental controls?\b", re.IGNORECASE)


def about_someone_elses_child(text: str) -> bool:
    """Words of someone asking about a child in their care or class."""
    return bool(_ABOUT_A_CHILD.search((text or "").replace("\u2019", "'")))


def asker(question: Question, audience: Optional[str], age_band: Optional[str], text: str = "",
          young_person_answer: bool = False) -> str:
    """Who is asking. A parent's or professional's question from someone who hasn't said
    who they are (the default young_person, with no age given) comes from a parent or a
    professional, unless their own words are a child's ("what do I say to my mum?"), or
    it is a parent's question that has an answer for young people and nothing in it is
    about someone else's child ("is opening loot boxes gambling": an 11-year-old asking,
    issue 14 blind17).
    Anyone who has said they are a young person with an age keeps it."""
    current = audience if audience in (YOUNG_PERSON, PARENT, PROFESSIONAL) else YOUNG_PERSON
    about_a_child = _ABOUT_A_CHILD.search((text or "").replace("\u2019", "'"))
    if young_person_answer and question.asked_by == PARENT and not about_a_child:
        return current
    if (current == YOUNG_PERSON and age_band in (None, AGE_BAND_ADULT) and question.asked_by in (PARENT, PROFESSIONAL)
            and not a_child_speaking(text)):
        return question.asked_by
    return current


def resources(question: Question, audience: str, age_band: Optional[str],
              catalogue: Optional[Catalogue] = None) -> List[Offer]:
    catalogue = catalogue or default_catalogue()
    who = rule_audience(audience, age_band)
    seen = set()
    offers = []
    for rid, for_child in question.resources:
        resource = catalogue[rid]
        if rid in seen or not allowed(resource, who, age_band or UNKNOWN, for_child):
            continue
        seen.add(rid)
        offers.append(Offer(resource, for_child, wants_child_wording(who, age_band), who == YOUNG_PERSON))
    return offers[: question.max_cards]


def reply(key: Optional[str], confidence: float, audience: Optional[str], age_band: Optional[str],
          rules: Optional[FaqRules] = None,
          answers: Optional[Dict[str, List[Dict[str, Any]]]] = None,
          worry: Optional[str] = None, text: str = "") -> FaqReply:
    """What to send for a question: the answer for the worry being talked about
    (``worry``) when it differs (safeguarding/followups.py), else the general one. A
    message whose own words name a question (``text``, data/follow_ups/cues.yml) gets
    that question, whatever the classifier chose."""
    rules = rules or default_rules()
    answers = answers or default_answers()
    current = audience if audience in (YOUNG_PERSON, PARENT, PROFESSIONAL) else YOUNG_PERSON
    named = followups.cue(text)
    if named in rules.questions:
        # the question's own words name it: they outrank the classifier ("are you going to
        # tell my school?" must never get "yes, tell a teacher")
        key, confidence = named, 1.0
    question = rules.questions.get(key or "")
    if key is None or question is None or confidence < rules.min_confidence:
        return FaqReply(
            text=wording.choose(DONT_KNOW, {"audience": current, "age_band": age_band})["text"],
            offers=choose_resources(TALK_TO_SOMEONE, current, age_band or UNKNOWN),
            audience=current,
        )
    who = asker(question, current, age_band, text, has_young_person_answer(str(key), answers))
    if (who == YOUNG_PERSON and question.asked_by != "anyone" and age_band in (None, AGE_BAND_ADULT)
            and a_child_speaking(text) and not has_young_person_answer(str(key), answers)):
        # a child's words and a question only answered for adults: not understood (with a
        # worry in play, its first steps again), never the adults' answer
        return FaqReply(
            text=wording.choose(DONT_KNOW, {"audience": current, "age_band": age_band})["text"],
            offers=choose_resources(TALK_TO_SOMEONE, current, age_band or UNKNOWN),
            audience=current,
        )
    slots = {"audience": who, "age_band": age_band}
    for_worry = followups.in_context(key, worry, slots)
    text = for_worry or wording.choose(str(key), slots, responses=answers)["text"]
    offers = resources(question, who, age_band)
    if for_worry:
        # the answer for the worry being talked about: that worry's own services first
        # ("will he get a record?" after radicalisation: ACT Early, never Report Remove)
        own = choose_resources(str(worry), who, age_band or UNKNOWN)
        offers = (own + [o for o in offers if o.resource.id not in {x.resource.id for x in own}])[: question.max_cards]
    if who == YOUNG_PERSON and age_band in (None, UNKNOWN):
        # a young person who hasn't said their age is taken to be under 18: no adults-only
        # service (StopNCII, the Revenge Porn Helpline) beside Report Remove (blind57, blind59)
        offers = [o for o in offers if (o.resource.age_min or 0) < 18]
    if not offers and question.resources:
        # nothing on the list suits this asker (say a young person asking a parents'
        # question): people they can talk to instead
        offers = choose_resources(TALK_TO_SOMEONE, who, age_band or UNKNOWN)
    return FaqReply(text=text, offers=offers, audience=who, key=key)
