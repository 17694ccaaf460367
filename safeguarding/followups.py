"""The conversation after the first reply: follow-up questions and unclear messages,
answered for the worry being talked about (issue 14).

Three pieces, each plain data:
- ``in_context``: an answer that depends on the worry (``data/follow_ups/in_context.yml``),
  looked up before the general answer in ``data/faq/answers.yml``;
- ``cue``: a narrow pattern (``data/follow_ups/cues.yml``) that names the question by its
  own words, whatever the classifier chose ("Should I call the police?");
- ``reminder``: the most important steps for the worry, taken from its own advice
  (``steps_<worry>`` in ``data/responses``), for a message the bot did not understand
  while a worry is being talked about, or the same worry told again. A short reminder,
  never the same block of advice twice.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

from safeguarding import DATA_DIR, wording
from safeguarding.catalogue import WORRIES
from safeguarding.memo import per_message

IN_CONTEXT_PATH = DATA_DIR / "follow_ups" / "in_context.yml"
CUES_PATH = DATA_DIR / "follow_ups" / "cues.yml"
PREFIX = "utter_faq/"
REMINDER_STEPS = 3
# a follow-up is short; past this many words a message is a new story (safety_net.plain_question)
CUE_MAX_WORDS = 12
_BULLET = re.compile(r"^\s*•\s*(.+?)\s*$")


class FollowUpError(ValueError):
    pass


def load_in_context(path: Path = IN_CONTEXT_PATH) -> Dict[str, List[Dict[str, Any]]]:
    """Variations by question key; every one names the worries it is for."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    answers: Dict[str, List[Dict[str, Any]]] = {}
    for name, variations in (document.get("responses") or {}).items():
        if not name.startswith(PREFIX):
            raise FollowUpError(f"{path.name}: {name!r} must start with {PREFIX!r}")
        for variation in variations:
            worries = _condition(variation).get("worry")
            if not isinstance(worries, list) or not worries or set(worries) - set(WORRIES):
                raise FollowUpError(f"{path.name}: {name}: every variation needs a list of known worries")
        answers[name[len(PREFIX):]] = variations
    return answers


def _condition(variation: Mapping[str, Any]) -> Dict[str, Any]:
    return {c["name"]: c["value"] for c in variation.get("condition") or []}


@functools.lru_cache(maxsize=1)
def default_in_context() -> Dict[str, List[Dict[str, Any]]]:
    return load_in_context()


def in_context(key: Optional[str], worry: Optional[str], slots: Mapping[str, Optional[str]],
               answers: Optional[Dict[str, List[Dict[str, Any]]]] = None) -> Optional[str]:
    """The answer to question ``key`` for this worry and asker, if it differs from the
    general answer; else None."""
    if not key or worry not in WORRIES:
        return None
    for variation in (answers or default_in_context()).get(key, []):
        wanted = _condition(variation)
        # an audience condition may be a list too ([parent, professional])
        if worry in wanted.pop("worry") and all(slots.get(k) in v if isinstance(v, list) else slots.get(k) == v
                                                for k, v in wanted.items()):
            return str(variation["text"])
    return None


PRACTICAL_PATH = DATA_DIR / "follow_ups" / "practical.yml"
PRACTICAL_MAX_WORDS = 30
# practical answers that hold 999 themselves, so they may answer a message the models were
# unsure about ("should I take her to A&E?" is a question, not a new danger)
PRACTICAL_SAFE_IN_CHECK_IN = ("medical_help", "no_plan_yet", "dont_wait_if_missing", "not_sure_if_right",
                              "how_to_call_999", "what_the_police_will_want")
AUDIENCES = ("young_person", "parent", "professional")


@dataclass(frozen=True)
class Practical:
    key: str
    patterns: Tuple[re.Pattern, ...]
    audiences: Tuple[str, ...]
    texts: Dict[str, str]
    cards: Dict[str, Tuple[str, ...]]
    not_after: Tuple[str, ...] = ()  # worries whose own answers come first
    only_after: Tuple[str, ...] = ()  # when given, only while one of these worries is in play
    before_cues: bool = False  # answered even when a follow-up cue also matches the words

    def text_for(self, audience: str) -> str:
        return self.texts.get(audience) or self.texts["default"]

    @property
    def holds_999(self) -> bool:
        """Every wording says when to call 999: the answer serves a check-in too."""
        return all("999" in text for text in self.texts.values())

    def cards_for(self, audience: str) -> Tuple[str, ...]:
        return self.cards.get(audience) or self.cards.get("default") or ()


def load_practical(path: Path = PRACTICAL_PATH) -> Tuple[Practical, ...]:
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    answers = []
    for key, entry in (document.get("answers") or {}).items():
        audiences = tuple(entry.get("audiences") or ())
        texts = dict(entry.get("text") or {})
        if not audiences or set(audiences) - set(AUDIENCES):
            raise FollowUpError(f"{path.name}: {key}: audiences must be some of {AUDIENCES}")
        if "default" not in texts or set(texts) - set(AUDIENCES) - {"default"}:
            raise FollowUpError(f"{path.name}: {key}: text needs a default and only audiences")
        cards = {who: tuple(ids) for who, ids in (entry.get("cards") or {}).items()}
        not_after = tuple(entry.get("not_after") or ())
        only_after = tuple(entry.get("only_after") or ())
        if set(not_after) - set(WORRIES) or set(only_after) - set(WORRIES):
            raise FollowUpError(f"{path.name}: {key}: not_after or only_after names an unknown worry")
        answers.append(Practical(key, tuple(re.compile(p, re.IGNORECASE) for p in entry.get("patterns") or ()),
                                 audiences, texts, cards, not_after, only_after, bool(entry.get("before_cues"))))
    return tuple(answers)


@functools.lru_cache(maxsize=1)
def default_practical() -> Tuple[Practical, ...]:
    return load_practical()


@per_message
def practical(text: str, audience: Optional[str] = None, worry: Optional[str] = None,
              answers: Optional[Tuple[Practical, ...]] = None) -> Optional[Practical]:
    """The practical question a short message asks ("can I keep it between us?"), for
    this audience (any audience when None) and worry; None if none, or if a follow-up
    cue names the question (cues.yml comes first, except for answers marked
    ``before_cues``: "she begged me not to tell anyone" from an adult is about secrecy,
    not how to tell)."""
    text = (text or "").replace("\u2019", "'")
    if len(text.split()) > PRACTICAL_MAX_WORDS:
        return None
    cued = cue(text) is not None
    for answer in answers or default_practical():
        if cued and not answer.before_cues:
            continue
        if ((audience is None or audience in answer.audiences) and worry not in answer.not_after
                and (not answer.only_after or worry in answer.only_after)
                and any(p.search(text) for p in answer.patterns)):
            return answer
    return None


# Answers that say what a harm is called ("yes, it counts", "it could be county lines"):
# asked at the end of a first disclosure ("my dad controls all my mum's money... is that
# abuse?"), they are answered before the worry's steps (blind49)
NAMES_THE_HARM = ("does_it_count", "is_it_self_harm", "is_it_a_hate_crime", "is_it_county_lines")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_TAIL_QUESTION = re.compile(r"[,;:-]\s*((is|isn'?t|does|could|would|can) (this|that|it|what)\b[^,;]*)$", re.IGNORECASE)


def question_in_a_disclosure(text: str, audience: Optional[str] = None,
                             worry: Optional[str] = None) -> Optional[Practical]:
    """The "is that abuse?" that ends a longer message, when one of NAMES_THE_HARM
    answers it; None for a message of one sentence (the follow-up answers deal with those)."""
    sentences = [s for s in _SENTENCE_END.split((text or "").strip()) if s]
    tail = _TAIL_QUESTION.search(sentences[-1]) if sentences else None
    if len(sentences) < 2 and tail:
        # "...says she wishes i was never born, is that abuse" (blind55)
        sentences = [sentences[-1][:tail.start()], tail.group(1)]
    if len(sentences) < 2 or len(sentences[-1].split()) > 12:
        return None
    answer = practical(sentences[-1], audience, worry)
    return answer if answer is not None and answer.key in NAMES_THE_HARM else None


def load_cues(path: Path = CUES_PATH) -> Tuple[Tuple[str, re.Pattern], ...]:
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return tuple((key, re.compile(pattern, re.IGNORECASE))
                 for key, patterns in (document.get("cues") or {}).items() for pattern in patterns)


@functools.lru_cache(maxsize=1)
def default_cues() -> Tuple[Tuple[str, re.Pattern], ...]:
    return load_cues()


@per_message
def cue(text: str, cues: Optional[Tuple[Tuple[str, re.Pattern], ...]] = None) -> Optional[str]:
    """The question a message unmistakably asks, by its words; None if none.
    Only short messages: a long one is a new story, not a follow-up."""
    text = (text or "").replace("\u2019", "'")
    if len(text) > 200:
        return None
    return next((key for key, pattern in (cues or default_cues()) if pattern.search(text)), None)


def steps(worry: str, slots: Mapping[str, Optional[str]]) -> List[str]:
    """The bullet points of a worry's advice for this audience and age."""
    text = wording.choose(f"steps_{worry}", slots)["text"]
    return [m.group(1) for m in map(_BULLET.match, text.splitlines()) if m]


def reminder(worry: Optional[str], slots: Mapping[str, Optional[str]], count: int = REMINDER_STEPS) -> Optional[str]:
    """The first ``count`` steps of a worry's advice as a short list; None without a worry."""
    if worry not in WORRIES:
        return None
    chosen = steps(str(worry), slots)[:count]
    return "\n".join(f"• {step}" for step in chosen) if chosen else None


# A parent or professional asking what the child can use themselves: "is there a helpline
# she can call herself?", "what can I give him to ring at night?", "who can she talk to?"
_FOR_THE_CHILD = re.compile(
    r"\b(is there|are there|who|what|where|anyone|anything|any|someone|somewhere|a number|number|helpline)\b"
    r".{0,40}\b(she|he|they) (can|could|should|might|would be able to) "
    r"(call|ring|phone|talk to|talk|speak to|text|contact|use|get|go to|chat to|chat with|message)\b"
    r"|\b(give|tell|show|send) (her|him|them) (\w+ ){0,3}(to )?(ring|call|phone|text|contact|talk to)\b"
    r"|\b(who|what|where|how) (can|could|should) (she|he|they) (call|ring|phone|talk to|talk|speak to|text|contact|"
    r"go to|get help|get support|chat to)\b"
    r"|\bwho (else )?(can|could) help (her|him|them)\b"
    r"|\b(for|help) (her|him|them) ?(self|selves)\b"
    r"|\b(she|he|they) (can|could) (get|find|use) (\w+ ){0,2}(her|him|them) ?(self|selves)\b"
    r"|\b(give|offer) (her|him|them|the (child|pupil|student|young person)) (\w+ ){0,2}to take away\b"
    r"|\b(support|help|something|anything|services?) (for|to offer) (the|this|that|our|my) "
    r"(pupil|student|child|young person|girl|boy|lad|kid)\b"
    r"|\bwhat (can|could) (she|he|they) use (her|him|them) ?(self|selves)?\b"
    # "can the kids ring childline themselves", "what about for the child herself", "the best
    # anonymous route for the kid himself"
    r"|\b(can|could) (the|my|our|these|those) (kids|children|child|kid|boy|girl|young person|little ones|pupil|student)"
    r" (ring|call|phone|text|use|contact|talk to|chat to)\b"
    r"|\bfor the (child|young person|pupil|student|girl|boy|kid|lad)( (herself|himself|themselves|themself))?\W*$"
    r"|\b(route|way|service|option|number|helpline)s? for (the (kid|child|young person|pupil|student|boy|girl|lad)|him|"
    r"her|them) ?(himself|herself|themselves|themself)\b"
    # "is there a number i can give him", "what can i give her to read", "any support services for her"
    r"|\b(number|helpline|something|anything|leaflet|website|app|card) (i|we) (can|could|should) (give|pass on to|"
    r"send|show|offer|hand) (her|him|them|the (child|pupil|student|young person))\b"
    r"|\bwhat (can|could|should) (i|we) (give|send|show|offer) (her|him|them) to (read|look at|use|keep|ring|call)\b"
    r"|\b(support|services?|help|anything|something) (is there |are there |available |out there )?for (her|him|them)"
    r"( after| now| afterwards| going forward)?\W*$"
    # "and for the 13 year old herself?", "what can the targeted students use", "what number
    # can I give her", "the eldest (14) wants someone to talk to" (issue 14, blind15)
    # "what support can I signpost her to?", "resources I can give her?", "any good services to
    # signpost?", "which helplines should I put on a poster for students?" (blind26-28)
    r"|\b(what|which|any|good) (\w+ )?(support|services?|helplines?|resources?|numbers?|organisations?) (can|could|"
    r"should) (i|we) (signpost|point|refer|direct|give|offer|recommend to) (her|him|them|the (child|pupil|student|"
    r"young person|kids|students|pupils|children|class|group))\b"
    r"|^\W*(any |what |which )?(\w+ )?(resources?|support|services?|helplines?|numbers?) (i|we) (can|could|should) "
    r"(give|pass on to|send|offer|hand|signpost) (her|him|them)\W*$"
    r"|\b(services?|helplines?|support|numbers?|resources?) to (signpost|recommend)( (them|students|pupils|young "
    r"people|her|him))?( to)?\W*$"
    r"|\b(helplines?|numbers?|services?)\b.{0,30}\b(poster|noticeboard|notice board|display board)\b"
    # "is there anything I can give students directly?", "what can I give her to help?" (blind31-32)
    r"|\b(anything|something|what) (i|we) (can|could|should) (give|hand|offer) (the )?(students|pupils|her|him|them|"
    r"young people|kids|children|class)( directly| themselves| to help)?\W*$"
    r"|\bwhat (can|could|should) (i|we) (give|offer) (her|him|them|the (child|pupil|student|young person)) to help\b"
    r"|^\W*(and |what about |how about |anything )?for the (child|young person|pupil|student|girl|boy|kid|lad|"
    r"\d{1,2} ?(year|yr)[- ]?old)( (herself|himself|themselves|themself|specifically|directly|in particular))?\W*$"
    r"|\bwhat (can|could|should) (the|these|those|our|my) ([\w-]+ ){0,2}(students|pupils|children|kids|young people|"
    r"child|pupil|student|girl|boy|girls|boys) (use|call|ring|contact|go to)\b"
    r"|\b(she|he|they|the (eldest|youngest|oldest|child|girl|boy|young person|kid)s?)( \(\d{1,2}\))? (wants?|needs?|"
    r"would like) (someone|somebody|a person|an adult|anyone) to talk to\b"
    r"|\bwhat (can|could) (she|he|they) use (anonymously |privately |on (her|his|their) own )?(her|him|them) ?"
    r"(self|selves)?\b"
    r"|\b(what|which) (number|helpline|website|service)s? (can|could|should) (i|we) (give|pass on to|send|show|offer|"
    r"hand) (her|him|them)\b"
    r"|\b(what|which) (number|helpline)s? (can|could|should) (she|he|they) (call|ring|phone|text|use)\b"
    r"|\b(what|which) (resources|support|services|numbers|helplines|websites|leaflets) (can|could|should) (i|we) "
    r"(give|offer|pass on to|send|show|recommend to) (her|him|them)\b"
    r"|\bwhere (do|can|should|could) (i|we) (signpost|send|point|refer|direct) (her|him|them)\b"
    r"|\b(services?|anywhere|anything|helplines?|somewhere|someone) (i|we) (can|could) "
    r"(point|send|refer|direct|signpost) "
    r"(them|her|him|students|pupils|the students|the pupils)( to)?\b"
    r"|\bwhat (can|could|should) (i|we) (give|offer|suggest to|recommend to) (them|her|him)( that| which| if| when|"
    r" in case| for (afterwards|later|then)|\W*$)"
    # "can she ring someone herself?", "any support the 13 year old can access herself?",
    # "is there something for the kids to talk to?", "is there a helpline for him?" (blind26-29)
    r"|\b(can|could) (she|he|they|the (child|kid|lad|girl|boy|young person|pupil|student)|my (son|daughter|child)) "
    r"(talk|speak|chat|ring|call|phone|text|go) (to )?(someone|anyone|somebody|a counsellor|somewhere)\b"
    r"|\b(anything|something|support|help|someone|a helpline|a number|services?|resources?) (that )?(the |our |my )?"
    r"(\d{1,2} ?(year|yr)[- ]?old|child|kid|lad|girl|boy|young person|pupil|student|she|he|they) (can|could) "
    r"(call|ring|access|contact|use|talk to|text|phone) ?(herself|himself|themselves|on (her|his|their) own)\b"
    r"|\b(anything|something|someone|somewhere|a helpline|a service|a number) for (the |my |our )?(kids|children|child|"
    r"young people|boys|girls|lad|girl|boy|pupils|students) to (talk to|call|ring|contact|use)\b"
    r"|\b(is there|are there|any) (a |any )?(helpline|number|line|service|charity|charities)s? for (her|him|them|the "
    r"(child|kid|lad|girl|boy|young person|pupil|student)) ?(to (call|ring|use|talk to))?\W*$"
    # "is there anything specifically for young people?", "what services can she use?",
    # "what can I tell her she can do herself?" (issue 14, blind20)
    r"|\b(anything|something|support|help|services?|helplines?) (specifically |especially |just |that is |thats )?"
    r"(for|aimed at) (young people|kids|children|teens|teenagers|under 18s|under-18s)\b"
    r"|\bwhat (services?|helplines?|numbers?|support|websites?) (can|could) (she|he|they) "
    r"(use|call|ring|contact|access|try)\b"
    r"|\bwhat (can|could|should) (i|we) tell (her|him|them) (that )?(she|he|they) (can|could) do (for )?"
    r"(herself|himself|themselves|on (her|his|their) own)\b",
    re.IGNORECASE)


# a message that asks something: "?" at the end, a question word first, or a tag question
QUESTION = re.compile(r"\?\s*$|^\W*(is|isnt|isn't|are|will|would|can|could|should|do|does|did|what|whats|what's|"
                      r"how|who|why|when|where|am)\b"
                      # a tag question: "hes 14 so its fine right", "its not illegal innit"
                      r"|\b(right|innit|isnt it|isn't it|yeah|yh|ye)\W*$", re.IGNORECASE)


def asks_a_question(text: str) -> bool:
    return bool(QUESTION.search(text or ""))


def asks_for_the_childs_own_help(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return len(text.split()) <= 25 and bool(_FOR_THE_CHILD.search(text))


# Not wanting to phone: "i dont want to call anyone, is there a chat or something"
_NOT_BY_PHONE = re.compile(
    r"\b(dont|don't|do not|cant|can't|cannot|wont|won't) (want to |wanna |really want to )?"
    r"(call|ring|phone|talk on the phone|speak on the phone)"
    r"( (anyone|anybody|someone|them|childline|samaritans|a helpline|the helpline|people|a stranger|a number))?"
    r"(?=\W*($|,|\.|\?|!|and\b|but\b|is\b|so\b|because\b|cos\b|my\b))"
    r"|\b(is there|are there|any|can i|could i) (a |an )?(chat|text|online chat|web ?chat|email|message|messaging)\b"
    r"|\bwithout (calling|ringing|phoning)\b|\b(text|chat) (instead|rather)\b"
    r"|\b(something|somewhere|someone|a number|anything|anyone) (i|we|they|she|he) (can|could) text\b"
    r"|\b(talk|chat|speak|message) (to|with) (them|someone|childline|you|a counsellor) online\b"
    r"|\bnot (on|over) the phone\b"
    # "any that work by text?", "is there one i can text" (blind49)
    r"|\b(any|anything|ones?|something|services?|lines?|numbers?|helplines?|that|which)\b.{0,20}\b(work|works|is|are|"
    r"done|available) (by|over|via|through) (text|texting|sms|message|messaging|chat)\b"
    r"|\b(is there|are there|any) (one|ones|any|anything|something|a (service|line|helpline|number)) "
    r"(i|we|she|he|they) (can|could) (text|message)\b"
    r"|\b(prefers?|rather|would rather|better at|happier) (to )?(text|texting|chat|chatting|typing|message|messaging)"
    r"( (to|than|over) (talking|calling|phoning|ringing|speaking|the phone))?\b",
    re.IGNORECASE)
NOT_BY_PHONE_SERVICES = {"young_person": ("childline", "shout", "samaritans"),
                         "parent": ("nspcc_helpline", "shout", "samaritans"),
                         "professional": ("professionals_online_safety_helpline", "nspcc_helpline", "shout")}


def wants_help_not_by_phone(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return len(text.split()) <= 25 and bool(_NOT_BY_PHONE.search(text))


# A carer or professional asking about the child's social worker: "do I have to tell her
# social worker", "his social worker is on leave, who do I tell", "should I tell her social
# worker tonight"
_THE_CHILDS_SOCIAL_WORKER = re.compile(
    r"\b(tell|ring|call|phone|contact|inform|email|let) (her|his|their|the child'?s?|the young person'?s?|our) "
    r"(social worker|sw|supervising social worker|fostering team|link worker)\b"
    r"|\b(her|his|their|the|our) (social worker|sw|supervising social worker)( is| s|'s)? (on leave|off|away|off sick|"
    r"not answering|not picking up|unavailable|on holiday|not there)\b",
    re.IGNORECASE)


def asks_about_the_childs_social_worker(text: str) -> bool:
    """Never a request to the bot ("can you email her social worker for me"): that is
    answered honestly by can_you_tell_someone."""
    text = (text or "").replace("\u2019", "'")
    return (len(text.split()) <= 25 and bool(_THE_CHILDS_SOCIAL_WORKER.search(text))
            and cue(text) != "can_you_tell_someone")


# "will asking him about suicide put the idea in his head"
_ASKING_PLANTS_THE_IDEA = re.compile(
    r"\b(ask|asking|talk about|talking about|mention|mentioning|bring up|bringing up)\b.{0,30}\b(suicide|killing "
    r"(him|her|them)sel(f|ves)|ending (his|her|their) life|self[- ]?harm)\b.{0,40}\b(put|putting|give|giving|plant|"
    r"planting|make|making)\b.{0,20}\b(idea|ideas|thought|thoughts|worse|more likely|do it)\b"
    # "should I ask him if he's thinking about suicide?" (blind28)
    r"|\b(is it (ok|okay|alright|safe|wise|right|a good idea) to|should (i|we)|can (i|we)) (ask|talk to) (him|her|"
    r"them|the (child|pupil|student|young person|player|boy|girl))( directly| outright)? about (suicide|killing "
    r"(him|her|them)sel(f|ves)|ending (his|her|their) life)\b"
    r"|\b(should|can|do|shall|could|would it help if) (i|we) (ask|talk to|speak to) (him|her|them|the (child|pupil|"
    r"student|young person|player|boy|girl)) (directly |outright |straight out )?(if|whether|about)\b.{0,30}"
    r"\b(suicid\w*|kill(ing)? (him|her|them)sel(f|ves)|end(ing)? (his|her|their) life|want(s|ing)? to die)\b",
    re.IGNORECASE)


def asks_if_asking_plants_the_idea(text: str) -> bool:
    return len((text or "").split()) <= 30 and bool(_ASKING_PLANTS_THE_IDEA.search(text or ""))


# images of someone who is, or has just turned, 18: "and if she was 18?", "what about if
# shes already turned 18" (Report Remove is for under 18s; StopNCII for adults)
_TURNED_18 = re.compile(
    r"\b(if|when|once|about if|and if|what if)\b.{0,22}\b(she|he|they|i|my \w+|the young person|the girl|the boy)"
    r"( is| was| were| am| are|'s|s|'re|'m|m)?( already| just)?( turned| turns| turning)? (18|eighteen|over 18|"
    r"an adult)\b|\b(she|he|they)('s| is|s) (already |just )?(turned )?(18|eighteen|over 18|an adult) now\b"
    r"|\b(she|he|they) (turns|is turning|turn|will be|'ll be) (18|eighteen) (next|in|this|soon)\b"
    r"|^\W*(and |what about |how about )?(for |if it'?s |if its )?(an? )?(18|eighteen) ?(year|yr)[- ]?old\W*$",
    re.IGNORECASE)


def asks_about_an_adults_images(text: str) -> bool:
    return len((text or "").split()) <= 14 and bool(_TURNED_18.search(text or ""))


# "should I message the other parents?", "should I contact the other parents"
_OTHER_PARENTS = re.compile(
    r"\b(should|shall|can|do|could) (i|we) (just |maybe |also )?(message|contact|text|ring|call|speak to|talk to|"
    r"confront|go round to|"
    r"approach|email|tell) (the other (kids'?|kid'?s|boys'?|boy'?s|girls'?|girl'?s|child'?s|children'?s)? ?|"
    r"the (bully'?s|bullies'?|other) )(parents|mum|mom|dad|family|families)\b",
    re.IGNORECASE)


def asks_about_contacting_other_parents(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return len(text.split()) <= 20 and bool(_OTHER_PARENTS.search(text))


# After the emergency advice, not wanting to get help now: "i dont want to call 999",
# "i feel fine tho", "she says she's fine and doesn't want an ambulance"
_RELUCTANT = re.compile(
    r"\b(dont|don't|do not|doesnt|doesn't|does not|wont|won't|will not|cant|can't|cannot|not going to|not gonna)"
    r" (want to |wanna |want |really want to )?(call|ring|phone|dial|get|have|go to|go in|need)"
    r" (999|an ambulance|the ambulance|ambulance|a doctor|hospital|a&e|a and e|help|anyone)\b"
    r"|\b(i|she|he|they|we) (feel|feels|seem|seems|look|looks|say|says|said|reckon|reckons)( that)?"
    r" (fine|ok|okay|alright|all right|better|normal)( (now|tho|though|actually|really))?\b"
    r"|\b(i'?m|im|i am|she'?s|shes|he'?s|hes|they'?re|theyre) (fine|ok|okay|alright|all right) "
    r"(now|tho|though|really|honestly)\b"
    r"|\b(dont|don't|do not|doesnt|doesn't|does not) want (an ambulance|the ambulance|999|the police|a doctor|"
    r"to go to (hospital|a&e|a and e)|any help)\b"
    r"|\b(say|says|said|saying|reckons|insists|insisting)( that)? (she'?s|shes|he'?s|hes|they'?re|theyre|i'?m|im) "
    r"(fine|ok|okay|alright|all right)\b",
    re.IGNORECASE)


def reluctant_to_get_help(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return len(text.split()) <= 25 and bool(_RELUCTANT.search(text))


# the unmistakable part, in any turn after the emergency: not calling 999, no ambulance
_REFUSES = re.compile(r"\b(999|ambulance|a&e|a and e|hospital)\b", re.IGNORECASE)


def refuses_emergency_help(text: str) -> bool:
    return reluctant_to_get_help(text) and bool(_REFUSES.search(text or ""))


# Saying they will tell someone: "ok i will tell my mum", "im gonna tell miss tomorrow"
_PLANS_TO_TELL = re.compile(
    r"^\W*(ok(ay)?|k|yeah|yes|right|fine|alright|thanks|thank you|ty)?\W*(then |so )?"
    r"(i'?ll|i will|im going to|i'm going to|i am going to|im gonna|i'm gonna|ima|gonna|going to|i think i'?ll|i might)"
    r" (try (and|to) )?([a-z']+ ){0,4}?(and |then )?(tell|talk to|speak to|show|go to|ask|text|message|email|ring|call|"
    r"phone) "
    r"(my|the|a|our|miss|sir|mr|mrs|ms|her|him|them|mum|mummy|mommy|mam|dad|daddy|nan|nanny|gran|grandma|grandad)\b",
    re.IGNORECASE)


def plans_to_tell(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return len(text.split()) <= 14 and "?" not in text and bool(_PLANS_TO_TELL.search(text))



# Saying a step is done: "ok i did it", "k left the server", "ive blocked him", "my sister is
# calling them", "I've rung 101" (issue 14, blind7): praise, and who to go to if it goes on.
# Not when more news follows ("i blocked him but he made a new account").
_DID_A_STEP = re.compile(
    r"^\W*(?P<ok>((ok(ay)?|k|kk|yeah|yes|right|done|alright|so|thanks|ty)\b\W*)+)?\W*"
    r"(?P<who>i'?ve|i have|ive|i|we'?ve|we have|we|my \w+( \w+)? (is|has|'s)|she'?s|he'?s|they'?re|mum'?s|dad'?s)?\s*"
    r"(just |now |already |finally )?(did it|done it|done that|blocked|reported|left|got off|deleted|told|rang|called|"
    r"phoned|calling|ringing|phoning|dialling|dialing|rung|"
    r"wrote|written|screenshotted|saved|changed|turned off|turned on|came off|logged out|muted|"
    r"unfollowed|removed|made (it|my account) private|set (it|my account) to private|spoke to|talked to|gone to|"
    r"went to|went up to|sent a report|texted|messaged|emailed|contacted|asked|"
    r"did (the|that|my) ([a-z]+ ){0,2}(thing|report|form|one))\b",
    re.IGNORECASE)
_MORE_NEWS = re.compile(r"\b(but|still|again|anyway|new account|another account|now (he|she|they)|didn'?t|did not|"
                        r"nothing|no one|nobody|"
                        r"doesn'?t|won'?t|not)\b", re.IGNORECASE)


# "i did it" / "done it" name no step: after talk of self-harm they may mean the harm
_BARE_DONE = re.compile(r"\b(did|done) (it|that)\b", re.IGNORECASE)


# More ways of saying a step is done or decided (issue 14, blind12-14): "done", "ok ghost
# mode is on now", "my mum knows now", "my brother is driving me to a&e", "ok i wont do it
# then" (after being told not to), "ok ill do it on the iwf site now"
_DONE_WORD = re.compile(r"^\W*(ok(ay)?\W*|k\W*|kk\W*|right\W*|yeah\W*)?(all )?(done|sorted|did that)( now| it)?\W*$",
                        re.IGNORECASE)
_SETTING_CHANGED = re.compile(
    r"\b(ghost mode|location|location sharing|snap ?map|account|acc|profile|page|comments|dms|messages|notifications|"
    r"two[- ]step( verification)?|2fa|two[- ]factor|privacy|private mode|restricted mode|safe ?search|"
    r"parental controls|filters?|screen time|family pairing|family link|it) (is|are|'s|s) (now )?(on|off|private|"
    r"turned on|turned off|"
    r"switched on|switched off|set to private)( now)?\W*$"
    r"|\b(mum|mom|mam|dad|parents?|carers?|teacher|miss|sir|nan|gran|auntie|aunt|uncle|sister|brother) (knows|know)"
    r"( (now|everything|about it|about (him|her|them)))\b"
    r"|(?<!not )(?<!never )(?<!refuses )(?<!refusing )\b(driving|taking|bringing) (me|us|her|him|them) (to|into) "
    r"(a&e|a and e|hospital|the hospital|the doctors?|the gp)\b"
    r"|\b(on (the|my|our) way to|at) (a&e|a and e|the hospital|hospital)( now)?\W*$"
    # "ok my sister is taking me" (to A&E, after the emergency advice; blind50)
    r"|^\W*((ok|okay|right|yeah)\W+)*(my )?(mum|mom|mam|dad|sister|brother|nan|gran|aunt|auntie|uncle|friend|mate|"
    r"neighbour|teacher|carer|foster carer)('?s| is) (taking|driving|bringing) me"
    r"( there| now| in| to (a&e|hospital))?\W*$"
    # time since self-harm, said with pride: "it's been 2 weeks since i last did"
    r"|\b(it'?s|its|it has|been) (been )?([a-z0-9]+ ){0,2}(days?|weeks?|months?) since i (last )?(did it|did|cut|"
    r"hurt myself|self[- ]harmed|harmed myself)\W*$"
    # help is coming or has come: "the police are coming round now", "police came"
    r"|^\W*(ok(ay)?\W*)?(the )?(police|ambulance|paramedics|social worker)( (are|is|r|have|has))?"
    r" (coming|on (their|its|the) way|here|arrived|came)\b",
    re.IGNORECASE)
_DECIDED_NOT = re.compile(
    r"^\W*(ok(ay)?|k|kk|yeah|yes|right|alright|fine|thanks|thank you|ty)?\W*(then |so )?(i'?ll |i )?"
    r"(won'?t|wont|will not|not going to|not gonna|am not going to|im not going to|i'm not going to|im not gonna|"
    r"i'm not gonna|aint gonna) "
    r"(do|send|pay|go|meet|reply|click|use|watch|try|open|answer|bet|buy|spend)( it| that| them| him| her| anything|"
    r" any more| anymore| the money| there| on it)?( then| now| again)?\W*$"
    # "ok were not going", "ok im not going then"
    r"|^\W*((ok(ay)?|k|kk|yeah|yes|right|alright|fine)\b\W*)*(we'?re|were|we are|i'?m|im|i am) not (going|gonna go|"
    r"going to go|meeting (him|her|them))( now| then| anymore| any more)?\W*$",
    re.IGNORECASE)
_DOING_IT_NOW = re.compile(
    r"^\W*(ok(ay)?|k|kk|yeah|right|alright)?\W*(i'?ll|i will|im gonna|i'm gonna|gonna) (do|fill in|send) (it|that|the "
    r"report|a report) (on|through|with|using) (the )?(iwf|ceop|report remove|childline|app|website|site|form)\b"
    # "ok ill do the report remove thing", "gonna use take it down tonight"
    r"|^\W*(ok(ay)?|k|kk|yeah|right|alright)?\W*(i'?ll|i will|im gonna|i'm gonna|gonna|im going to|i'm going to) "
    r"(do|use|try|fill in|fill out|make|send) (the |a |that )?(report remove|take it down|ceop report|ceop|iwf|"
    r"report|childline form)( thing| one| form| report| website| site)?( now| then| tonight| today| tomorrow)?\W*$",
    re.IGNORECASE)


# a step about to be taken, in the writer's words, and help already told (issue 14,
# blind41): "ok ill block her. cheers", "ok ill say no", "my mum called them", "done, police
# have the details"
_WILL_DO_A_STEP = re.compile(
    r"^\W*((ok(ay)?|k|kk|yeah|yes|right|alright|fine|thanks|ty|cheers)\b\W*)*(then |so )?(i'?ll|i will|ima|imma|"
    r"im gonna|i'm gonna|gonna|im going to|i'm going to) (just )?(block|report|mute|unfollow|say no|ring|call|text|"
    r"message|talk to|speak to|stop replying|ignore|leave (the|that) (group|chat|server|gc)|turn (it )?off|"
    r"turn on|change my password|make (it|my account) private)\b(?! (him|her|them|it) out\b)"
    # "OK I'm going to the DSL now" (blind51)
    r"|^\W*((ok(ay)?|k|right|yeah|yes)\b\W*)*(i'?m|im|i am|we'?re|we are) (going|off|heading|popping) "
    r"(to (see|tell|speak to|talk to) |over to |to )?(the|my|our) (dsl|designated safeguarding lead|safeguarding lead|"
    r"deputy dsl|head|headteacher|manager|welfare officer|safeguarding team|senco|head of year)"
    r"( now| straight away)?\W*$"
    r"|^\W*((ok(ay)?|k|done|right|yeah)\b\W*)*(my )?(mum|mom|mam|dad|parents|nan|gran|teacher|carer|foster carer|"
    r"sister|brother|aunt|auntie|uncle|dsl|school|we|i) (has |have |just |already |now )*(called|rang|phoned|rung|"
    r"contacted|told|emailed|reported it to) (them|the police|police|999|101|childline|ceop|an ambulance|"
    r"the ambulance|the school|school|social services|the helpline|the front door|front door)\b"
    r"|\b(police|they|ceop|the school|school|the dsl|social services|the front door) (have|has|got|now have) "
    r"(the|all the|my|his|her|their) (details|info|information|evidence|screenshots|report|messages)\b",
    re.IGNORECASE)
# getting somewhere safe, after the check-in or the emergency advice (blind44): "i can go to
# my nans, its 5 mins away", "ok im staying in the shop, the guy behind the counter said i
# can wait". Other people's places only: "im hiding in my room" is not yet safe.
_TO_SAFETY = re.compile(
    r"^\W*((ok(ay)?|k|kk|right|yeah|yes|alright)\b\W*)*(then |so )?(i can|i could|i'?ll|i will|ima|imma|im gonna|"
    r"i'm gonna|gonna|im going to|i'm going to|i'?m|im|i am|i'?ve|ive) ((now |just |already )?(go|going|gone|went|"
    r"stay|staying|get|getting|got|wait|waiting|run|ran|walk|walking|walked|sit|sitting|be)"
    r"( (in|at|to|with|inside|round|over to|back to|into|in to))?|(now |safe )?(at|in|with|inside)( now)?) "
    r"(my (nan|nans|nan's|nanny|nannys|gran|grans|gran's|grandma|grandmas|grandad|grandads|grandparents|auntie|"
    r"aunties|aunt|aunts|friend|friends|friend's|mate|mates|mate's|neighbour|neighbours|neighbour's|cousin|cousins)|"
    r"a (friend|mate|neighbour)('?s)?|the (neighbours?('?s)?|shop|shops|library|station|police station|cafe|"
    r"school office|office|reception|staff room)|a (shop|cafe|library)|inside (the|a) (shop|cafe|library|school))\b",
    re.IGNORECASE)
# good news is not more news: "hes not even mad", "she wasn't angry"
_NOT_ANGRY = re.compile(r"\b(he'?s|she'?s|they'?re|hes|shes|theyre|he|she|they|mum|dad|it)?( is| was| were| are)? ?"
                        r"(not|isn'?t|wasn'?t|aren'?t|weren'?t|isnt|wasnt) (even |that |too |really )?"
                        r"(mad|angry|cross|upset|annoyed|bothered|fussed|cross with me)\b", re.IGNORECASE)


# deciding not to go is good news too: "ok i told my sister, im not going"
_NOT_GOING = re.compile(r"\b(i'?m|im|i am) not (going|gonna go|meeting (him|her|them))( now| then| anymore)?\W*$",
                        re.IGNORECASE)


# "... now what?" after a step is asking for the next one, not more news (blind46-47)
_NOW_WHAT = re.compile(r"[\s.,!]*(so |and )?(now what|what now|what next|what do i do now|what should i do now|"
                       r"what do we do now|what should we do now)\W*$", re.IGNORECASE)


_ASKS_WHAT_NOW = re.compile(
    r"^\W*((ok|okay|so|and|right|then)\W+)*((what|wat|wot) (do|should|shall|can|must) (i|we) (do )?(now|next|then)|"
    r"(now what|what now|what next|whats next|what's next|what happens now|what do i do|what should i do|"
    r"what do we do|what should we do))\W*$", re.IGNORECASE)


def asks_what_now(text: str) -> bool:
    """"what do I do now", "now what?": the next steps for the worry in play."""
    return bool(_ASKS_WHAT_NOW.search((text or "").replace("\u2019", "'")))


_THEY_DID = ("he's", "hes", "she's", "shes", "they're", "theyre", "he", "she", "they")


@per_message
def did_a_step(text: str, bare: bool = True) -> bool:
    """``bare``: whether "i did it" counts (never while self-harm or an emergency is in play).
    Each sentence of a short message is read: "ok i put them back. i rang childline"."""
    text = _NOW_WHAT.sub("", (text or "").replace("\u2019", "'"))
    sentences = [p for p in re.split(r"(?<=[.!])\s+", text) if p.strip()]
    if (len(sentences) > 1 and len(text.split()) <= 16 and "?" not in text
            and not _MORE_NEWS.search(_NOT_GOING.sub(" ", text))):
        if any(_did_a_step(p, bare) for p in sentences):
            return True
    return _did_a_step(text, bare)


# Doing it now, in a few words: "ok telling her now", "my dads calling the police now"
# (blind26-28). Only these shapes: "theyre messaging my friends" or "my mums telling me off"
# are news, not a step.
_DOING_NOW = re.compile(
    r"^\W*((ok(ay)?|k|kk|right|alright|yeah)\W*)?(i'?m |im |i am )?(telling|calling|ringing|phoning|texting|reporting|"
    r"blocking) (her|him|them|my \w+|mum|dad|childline|the police|police|ceop|it)( now| rn| right now)?\W*$"
    r"|^\W*((ok(ay)?|k|kk|right|alright|yeah)\W*)?(my )?(mum|mom|mam|dad|parents|nan|gran|teacher|carer|foster carer|"
    r"sister|brother|aunt|auntie|uncle)('?s| is| are) (calling|ringing|phoning|contacting) (the police|police|999|101|"
    r"childline|ceop|the school|school|an ambulance|them)( now| rn| right now)?\W*$",
    re.IGNORECASE)


def _did_a_step(text: str, bare: bool = True) -> bool:
    text = _NOT_GOING.sub(" ", _NOT_ANGRY.sub(" ", (text or "").replace("\u2019", "'")))
    if len(text.split()) <= 16 and "?" not in text:
        if bare and (_DONE_WORD.search(text) or _DECIDED_NOT.search(text)):
            return True
        if ((_SETTING_CHANGED.search(text) or _DOING_IT_NOW.search(text) or _DOING_NOW.search(text)
             or _WILL_DO_A_STEP.search(text) or _TO_SAFETY.search(text))
                and not _MORE_NEWS_NOT_NEGATION.search(text)):
            return True
    found = _DID_A_STEP.search(text)
    if found and (found.group("who") or "").strip().lower() in _THEY_DID and re.match(
            r"\s*(me|us)\b", text[found.end():], re.IGNORECASE):
        # done to the writer, not a step they took: "hes asked me to meet him at the station"
        # (blind50) is news, never praised
        return False
    # someone doing it, or "ok" first: "wrote letters for my family" alone is not a step done
    return (len(text.split()) <= 16 and "?" not in text and bool(found and (found.group("ok") or found.group("who")))
            and not _MORE_NEWS.search(text) and (bare or not _BARE_DONE.search(text)))


# Telling someone, or help coming, is safe to praise even when the models were unsure of
# the message ("ok i told my sister, im not going", "the police are coming round now");
# "i wrote letters" (a step-like start) is not one of these
_SOUGHT_HELP = re.compile(
    r"\b(told|texted|rang|rung|called|phoned|calling|ringing|phoning|dialling|dialing|"
    r"contacted|messaged|emailed|spoke to|talked to|went up to|went to|asked|"
    r"reported|blocked)\b|\b(police|ambulance|paramedics|a&e|a and e|hospital|dsl|designated safeguarding lead|"
    r"safeguarding lead|welfare officer)\b", re.IGNORECASE)


@per_message
def sought_help(text: str) -> bool:
    return did_a_step(text, bare=False) and bool(_SOUGHT_HELP.search(text or "") or _TO_SAFETY.search(text or ""))


# more news, but "isn't mad" is good news: "my mum knows now and isnt mad"
_MORE_NEWS_NOT_NEGATION = re.compile(r"\b(but|still|again|new account|another account|now (he|she|they))\b",
                                     re.IGNORECASE)


# A professional or anyone asking what a parent can use: "and for the mum?", "anything for
# the parents?", "what about for the parents evening" (issue 14, blind7)
_FOR_THE_PARENTS = re.compile(
    r"^\W*((thanks|thank you|ok|okay|great|cheers|brilliant)\W*)?(and|what about|how about|anything|something|any|"
    r"is there (anything|something|support|help|advice))?\s*"
    r"((resources|advice|support|help|info|information|leaflets?|websites?|guides?|anything|something) )?"
    r"(specifically |especially |just |else )?"
    r"(for|to give|to offer|to send|to share with|to send home to|to go home to) (the |her |his |their |our |my |all )?"
    r"(mum|mom|mam|mother|dad|father|parents?|carers?|family|families|parents'? evening|parent evening)\b"
    r"|\b(resources|advice|support|info|information|leaflets?|websites?|anything|something) (can|could|should) (i|we) "
    r"(give|send|offer|share with|pass to|pass on to|recommend to) (the|her|his|their) "
    r"(parents?|mum|dad|carers?|family)\b"
    # "whats the helpline for my mum" (blind56)
    r"|\b(helpline|number|line|someone|support|help|advice) for (my|our) (mum|mom|mam|mother|dad|father|parents?|nan|"
    r"carers?)\b"
    # "who can support the mum?" (blind54)
    r"|\bwho (can|could|will|would) (support|help|advise) (the|her|his|their) (mum|mom|mother|dad|father|parents?|"
    r"carers?|family)\b"
    # "the family want to know where they can get help" (blind52)
    r"|\b(the|her|his|their) (family|parents|mum|dad|mother|father|carers?) (want|wants|would like|need|needs|"
    r"(are|is) asking|asked)\b.{0,30}\b(help|support|advice)\b"
    # "anything I can hand out to their parents?" (blind49)
    r"|\b(resources|advice|support|info|information|leaflets?|websites?|anything|something|stuff) (that )?(i|we) "
    r"(can|could) (give|hand|hand out|send|share|pass|pass on|recommend)( out| on| home)? (to|with) (the|her|his|their|"
    r"our) (parents?|mum|dad|carers?|families|family)\b"
    r"|\bcan (my |our |the )?(mum|mom|mam|dad|parents?|carers?) (ring|call|phone|talk to|contact|speak to) "
    r"(someone|anyone|somebody|somewhere)\b"
    # "is there a number my mum could ring", "what helpline can mum ring"
    r"|\b(number|helpline|someone|anyone|somewhere|anywhere|where) (that )?(my |our |the |her |his )?"
    r"(mum|mom|mam|mother|dad|father|parents?|carers?) (can|could|should|might) (ring|call|phone|talk to|contact|go)\b"
    r"|\b(point|send|refer|signpost|direct) (the |our |their )?(parents|carers|families|mum|dad) (to|towards)\b"
    r"|\b(what|which) (number|helpline) (can|could|should) (my |our |the |her |his )?(mum|mom|mam|mother|dad|father|"
    r"parents?|carers?) (ring|call|phone|use)\b"
    r"|\b(who|where) (can|could|should) (my |our |the |her |his |their )?(mum|mom|mam|mother|dad|father|parents?|"
    r"carers?|family) (ring|call|phone|contact|talk to|go to|get help|get support|get advice|turn to)\b"
    r"|^\W*(and )?(her|his|their|the) (mum|mom|mam|mother|dad|father|parents?|carers?|family) "
    r"(wants?|needs?|would like|is asking for|are asking for|asked for) (some |a |an )?"
    r"(advice|help|support|someone to talk to|helpline|number|helpline number|phone number|leaflet)\b"
    # "what can I give her parents?"
    r"|\bwhat (can|could|should) (i|we) (give|send|offer|recommend to|pass to|share with) (the|her|his|their) "
    r"(parents?|mum|dad|carers?|family)\b"
    # "can I give mum a helpline?"
    r"|\b(can|could|should) (i|we) (give|offer|pass|recommend) (the |her |his |their )?(mum|mom|mam|mother|dad|"
    r"father|parents?|carers?) (a |an |any |some )?(helpline|number|support|advice|leaflet|website)s?\b"
    # "what helpline can I give mum?", "where can I signpost mum?", "is there help for me as
    # well as him?" (blind32)
    r"|\b(what|which|any) (\w+ )?(helplines?|numbers?|support|services?|resources?|advice|websites?) (can|could|"
    r"should) (i|we) (give|offer|signpost|point|pass on to|recommend to|send) (the |her |his |their )?(mum|mom|mam|"
    r"mother|dad|father|parents?|carers?|family)\b"
    r"|\b(where|who) (can|could|should) (i|we) (signpost|point|refer|send|direct) (the |her |his |their )?(mum|mom|"
    r"mam|mother|dad|father|parents?|carers?|family)\b",
    re.IGNORECASE)


# the writer's own help beside the child's: "is there help for me as well as him?" (a
# parent's, blind32; from a young person it is their own help, not a parent's)
_FOR_ME_TOO = re.compile(r"\b(help|support|anything|someone|anyone|something) for (me|us|myself)( too| as well|"
                         r" aswell| as well as (him|her|them))\b", re.IGNORECASE)


def asks_for_own_help_too(text: str) -> bool:
    return len((text or "").split()) <= 20 and bool(_FOR_ME_TOO.search(text or ""))


def asks_for_the_parents_help(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return len(text.split()) <= 12 and bool(_FOR_THE_PARENTS.search(text))


# Out of hours: "and if it's the weekend?", "I can't get hold of her social worker tonight"
_OUT_OF_HOURS = re.compile(
    r"\b(weekend|out of hours|bank holiday|after hours|overnight|middle of the night|at night|tonight|evening|"
    r"after 5|after five|sunday|saturday)\b.{0,40}\b(can'?t get (hold of|through to)|closed|who (do|can|should) (i|we) "
    r"(call|ring|contact)|no answer|not answering)\b"
    r"|\b(can'?t get (hold of|through to)|closed|no answer|not answering)\b.{0,40}\b(weekend|out of hours|"
    r"bank holiday|after hours|overnight|tonight|at night|evening|sunday|saturday)\b"
    r"|^\W*(and |but )?(what )?if (it'?s|its|it is) (the )?(weekend|night|middle of the night|evening|a bank holiday|"
    r"out of hours|late|sunday|saturday)\b"
    r"|\b(out[- ]of[- ]hours|after[- ]hours|emergency duty|night[- ]time|weekend) "
    r"(number|line|team|service|contact|one)\b"
    r"|^\W*(but |and )?(it'?s|its|it is) (now )?(\d{1,2} ?(am|pm)|midnight|the middle of the night|gone midnight)\W*$"
    # "what about at night", "and at the weekend?"
    r"|^\W*(and |but |ok |okay )?(what about|how about|and|what if its|and if its)? ?"
    r"(at night|overnight|at the weekend|"
    r"on the weekend|at weekends|in the night|late at night|after hours|out of hours|on a sunday|on a saturday)\W*$",
    re.IGNORECASE)


def asks_out_of_hours(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return len(text.split()) <= 25 and bool(_OUT_OF_HOURS.search(text))


# Whose help a short question asks for, in words the patterns above miss (issue 14,
# blind33-36): "what could I give mum to read?", "anything aimed at parents?", "what
# support is there for the family?" (the parent's), "what can I point them to?", "is there
# anything the young person herself can contact?" (the child's), "where can I get help
# that's free?" (the writer's own). A help word and a question, then who it is for.
_HELP_WORD = re.compile(
    r"\b(help|support|advice|guidance|resources?|info|information|services?|helplines?|numbers?|leaflets?|"
    r"websites?|sites|organisations?|organizations?|charit(y|ies)|reading|to read|someone|somebody|anyone|"
    r"somewhere|anywhere|anything|something|people)\b"
    r"|\b(point|signpost|refer|direct|send)\b.{0,25}\bto\W*$", re.IGNORECASE)
# the writer's own help needs a word for help ("is there anything i can do right now" asks
# what to do; "what can i do to help her" how to help)
_OWN_HELP_WORD = re.compile(
    r"^(?!.*\bto help\b).*\b(help|support|advice|guidance|resources?|services?|helplines?|numbers?|"
    r"organisations?|organizations?|charit(y|ies)|someone to talk to)\b", re.IGNORECASE)
_HELP_ASKED = re.compile(
    r"\?\s*$|^\W*(and |so |ok |okay |thanks\W* )?(is there|are there|any|anything|something|what|which|where|who|"
    r"can|could|do you have|got)\b", re.IGNORECASE)
_PARENT_WORD = (r"(mum|mom|mam|mother|dad|father|parents?|carers?|family|families|grandparents?|nan|gran|"
                r"foster carers?)")
_CHILD_WORD = (r"(him|her|them|he|she|they|the (child|kid|young person|pupil|student|girl|boy|lad|teenager|teen)|"
               r"(the |these |those |our |my )?(children|kids|young people|young men|young women|pupils|students|"
               r"girls|boys|teens|teenagers)|the (\d{1,2} ?(year|yr)[- ]?old))")
_FOR_PARENT = re.compile(
    r"\b(for|aimed at|to give|give|to send|send|send home to|to send home to|to offer|offer|point|signpost|refer|"
    r"direct|recommend to|pass on to|share with|to share with) (the |her |his |their |our |my |all the |all |both )?"
    + _PARENT_WORD + r"\b"
    r"|\b" + _PARENT_WORD + r" (can|could|should|might|to) (read|call|ring|contact|use|look at|get)\b",
    re.IGNORECASE)
_FOR_CHILD = re.compile(
    r"\b(for|aimed at|give|send|offer|point|signpost|refer|direct|recommend to|pass on to) " + _CHILD_WORD +
    r"( ?(self|selves|herself|himself|themselves|themself))?( to)?\W*$"
    r"|\b(for|aimed at|give|send|offer|point|signpost|refer|direct|recommend to) " + _CHILD_WORD +
    r" ?(self|selves|herself|himself|themselves|themself)?\b(?! (parents?|mum|dad|family|carers?)\b)"
    r"|\b" + _CHILD_WORD + r" ?(herself|himself|themselves|themself)? (can|could|should|might|would be able to) "
    r"(call|ring|phone|text|contact|use|access|talk to|speak to|go to|read|get)\b"
    r"|\b(does|do|can|could|should) " + _CHILD_WORD + r" (ring|call|phone|text|contact|use)\b"
    r"|\b(who|what|anyone|someone|anything|something) (else )?(can|could|would|might) help " + _CHILD_WORD + r"\b"
    r"|\b(where|who|what) (can|could|should|does|do|might) " + _CHILD_WORD + r" (go|turn|get|find)\b",
    re.IGNORECASE)
_FOR_WRITER = re.compile(
    r"\b(for|help|support) (me|us|myself|ourselves)\b"
    r"|\b(can|could|do|should|shall) (i|we) (get|find|go to|call|ring|contact|use|talk to|speak to|turn to)\b"
    r"|\b(i|we) (can|could) (get|find|go to|call|ring|contact|use|talk to|speak to|turn to)\b",
    re.IGNORECASE)
PARENT_HELP, CHILD_HELP, OWN_HELP = "parent", "child", "own"


def help_for(text: str) -> Tuple[str, ...]:
    """Whose help a short question asks for: any of PARENT_HELP (the parent or carer's),
    CHILD_HELP (the child's own) and OWN_HELP (the writer's); () when it asks for none."""
    text = (text or "").replace("\u2019", "'").strip()
    if len(text.split()) > 16 or not _HELP_ASKED.search(text) or not _HELP_WORD.search(text):
        return ()
    found = []
    if _FOR_PARENT.search(text):
        found.append(PARENT_HELP)
    if _FOR_CHILD.search(text):
        found.append(CHILD_HELP)
    if _FOR_WRITER.search(text) and _OWN_HELP_WORD.search(text):
        found.append(OWN_HELP)
    return tuple(found)


_A_CHILD_NAMED = re.compile(r"\b(child|children|kid|kids|young person|young people|pupil|pupils|student|students|"
                            r"son|daughter|boy|boys|girl|girls|teen|teens|teenager|baby|toddler|"
                            r"\d{1,2} ?(year|yr)[- ]?old|(she|he|they)('?s|'?re| is| are) (1[0-7]|[2-9]))\b",
                            re.IGNORECASE)


def names_a_child(text: str) -> bool:
    """Whether a message names a child rather than only "she" or "him"."""
    return bool(_A_CHILD_NAMED.search(text or ""))
