"""Synthetic conversations, a fixture of the review app's tests, and what
``python -m review seed`` writes for load tests and demos.

Writes events into Rasa's ``events`` table in exactly the shapes the real bot records
(user events with parse_data and the safety-net key, bot events with resource cards,
actions, slots, session starts; the shapes are review.rasa_events'), using the project's
own material: user messages are examples from data/nlu, the bot's replies are what the
bot itself would choose (safeguarding/signposting_flow.py decides, safeguarding.replies
gives the words, the same lookup the actions use), the resources offered are chosen by the
real signposting rules, and immediate-risk messages go through the real safety net. Then it indexes them.
Sender ids start with "seed-" so seeded conversations are never mistaken for real ones;
seeding refuses to write into a store that holds real conversations unless forced."""
from __future__ import annotations

import functools
import random
import time
from typing import Any, Dict, List, Optional, Tuple

import yaml
from sqlalchemy.engine import Engine

from review import db, indexer, rasa_events
from review.config import ROOT

PREFIX = "seed-"
MODEL_ID = "seed0000000000000000000000000000"
META = {"model_id": MODEL_ID, "assistant_id": "kent_online_safety_signposting"}
WORRY_WEIGHTS = {
    "bullying": 22, "harmful_content": 10, "privacy": 10, "scam": 9, "sextortion": 8, "grooming": 7,
    "image_abuse": 6, "gaming_gambling": 6, "self_harm": 6, "hate_extremism": 3, "illegal_content": 2,
    "out_of_scope": 6,
}
AUDIENCE_WEIGHTS = {"young_person": 65, "parent": 25, "professional": 10}
AGE_WEIGHTS = {"under_11": 8, "age_11_13": 34, "age_14_17": 46, "adult": 6, "unknown": 6}
AGE_WORDS = {"under_11": ["im 9", "i am 10", "im ten"], "age_11_13": ["im 12", "i'm 13", "im 11"],
             "age_14_17": ["im 14", "i'm 15", "16", "im 17"], "adult": ["I'm 19", "im 25"]}
IMMEDIATE_RATE = 0.03
PERSONAL = [
    "my number is 07700 900{n:03d} can someone ring me",
    "his snap is jay_{n}", "she keeps messaging me from @kent_{n}",
    "i live at {n} Station Road", "my postcode is ME{d} {d}AB", "email me at kid{n}@example.com",
]


class SeedError(RuntimeError):
    pass


@functools.lru_cache(maxsize=1)
def examples() -> Dict[str, List[str]]:
    by_intent: Dict[str, List[str]] = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in document.get("nlu") or []:
            if "intent" in block and isinstance(block.get("examples"), str):
                lines = [line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- ")]
                # drop entity annotations: "[my son]{...}" -> "my son"
                cleaned = []
                for line in lines:
                    while "[" in line and "]" in line and ("{" in line or "(" in line):
                        start, mid = line.index("["), line.index("]")
                        end = line.find("}", mid) if line[mid + 1:mid + 2] == "{" else line.find(")", mid)
                        if end < 0:
                            break
                        line = line[:start] + line[start + 1:mid] + line[end + 1:]
                    cleaned.append(line)
                by_intent.setdefault(block["intent"], []).extend(cleaned)
    return by_intent


# An event's fields after "event" and "timestamp" (see rasa_events.row); cached, since
# a hundred thousand conversations repeat the same replies.

@functools.lru_cache(maxsize=None)
def _action_tail(name: str, policy: Optional[str]) -> str:
    return rasa_events.action_fields(name, META, policy, 1.0 if policy else None)


def _bot_tail(text: str, buttons=None, custom=None, utter: Optional[str] = None) -> str:
    meta = {"utter_action": utter, **META} if utter else META
    return rasa_events.bot_fields(text, meta, buttons, custom)


@functools.lru_cache(maxsize=None)
def _response(name: str, audience: str, age_band: Optional[str]) -> str:
    """Any reply by name (safeguarding.replies) as a bot event tail, the variation the
    slots select; a domain response (utter_*) carries its name, as Rasa records it."""
    from safeguarding import replies

    found = replies.reply(name, {"audience": audience, "age_band": age_band})
    return _bot_tail(found.text, found.buttons or None, utter=name if found.domain else None)


def _cards(offers, topic: str) -> List[str]:
    from safeguarding.cards import card_payload, card_text

    return [_bot_tail(card_text(o), custom=card_payload(o, topic)) for o in offers]


@functools.lru_cache(maxsize=None)
def _signpost(worry: str, audience: str, age_band: Optional[str]) -> Tuple[Tuple[str, ...], Optional[str]]:
    """What action_signpost sends, as bot event tails, and the worry slot it sets."""
    from safeguarding import signposting_flow

    reply = signposting_flow.signpost(worry, audience, age_band)
    tails = [_response(n, audience, age_band) for n in reply.responses]
    tails += _cards(reply.offers, reply.worry or "")
    tails += [_response(n, audience, age_band) for n in reply.after]
    return tuple(tails), reply.worry


@functools.lru_cache(maxsize=None)
def _emergency(audience: str, age_band: Optional[str]) -> Tuple[str, ...]:
    from safeguarding import signposting_flow

    reply = signposting_flow.emergency(audience, age_band)
    return tuple([_response(n, audience, age_band) for n in reply.responses]
                 + _cards(reply.offers, "immediate_risk"))


class Conversation:
    """Builds one conversation's events, as Rasa's tracker store would write them:
    rows of (sender_id, type_name, timestamp, intent_name, action_name, data)."""

    def __init__(self, rng: random.Random, sender: str, start: float):
        self.rng, self.sender, self.t = rng, sender, start
        self.rows: List[rasa_events.Row] = []
        self.audience: str = "young_person"
        self.age_band: Optional[str] = None

    def _add(self, type_name: str, tail: str, intent: Optional[str] = None,
             action: Optional[str] = None, gap: float = 0.01) -> None:
        self.t += gap
        self.rows.append(rasa_events.row(self.sender, type_name, self.t, tail, intent, action))

    def action(self, name: str, policy: Optional[str] = "RulePolicy") -> None:
        self._add(rasa_events.ACTION, _action_tail(name, policy), action=name)

    def session(self) -> None:
        self.action("action_session_start", None)
        self._add(rasa_events.SESSION_STARTED, _SESSION_STARTED)
        self.action("action_listen", None)

    def user(self, text: str, intent: str, confidence: float, entities=(), safety_net=None,
             risk: Optional[Dict[str, Any]] = None) -> None:
        message_id = "%032x" % self.rng.getrandbits(128)
        others = [o for o in self.rng.sample(["greet", "affirm", "deny", "bullying", "scam", "thanks"], 2)
                  if o != intent]
        rest = (1 - confidence) / 2
        extra: Dict[str, Any] = {}
        if not text.startswith("/"):  # the safety net reads typed text only
            extra["safety_net"] = safety_net
        if risk is not None:
            extra["risk"] = risk
        parse = rasa_events.parse_data(text, intent, confidence, entities,
                                       [(intent, confidence)] + [(o, rest) for o in others], message_id, extra)
        self._add(rasa_events.USER, rasa_events.user_fields(text, parse, message_id, META),
                  intent=intent, gap=self.rng.uniform(4, 60))
        self._add(rasa_events.USER_FEATURIZATION, _USER_FEATURIZATION)

    def slot(self, name: str, value: Optional[str]) -> None:
        self._add(rasa_events.SLOT, rasa_events.slot_fields(name, value, META), action=name)
        if name == "audience":
            self.audience = value or "young_person"
        elif name == "age_band":
            self.age_band = value

    def utter(self, name: str) -> None:
        self.action(name)
        self._add(rasa_events.BOT, _response(name, self.audience, self.age_band))

    def signpost(self, worry: str) -> None:
        self.action("action_signpost")
        tails, slot_worry = _signpost(worry, self.audience, self.age_band)
        for tail in tails:
            self._add(rasa_events.BOT, tail, gap=0.0001)
        self.slot("worry", slot_worry)
        self.action("action_listen", None)

    def emergency(self) -> None:
        self.utter("utter_emergency")
        self.action("action_emergency_signposting")
        for tail in _emergency(self.audience, self.age_band):
            self._add(rasa_events.BOT, tail, gap=0.0001)
        self.action("action_listen", None)


_USER_FEATURIZATION = rasa_events.user_featurization_fields(META)
_SESSION_STARTED = rasa_events.session_started_fields(META)


def _pick(rng: random.Random, weights: Dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def build(rng: random.Random, start: float) -> List[Tuple]:
    from safeguarding.safety_net import default_safety_net

    ex = examples()
    conv = Conversation(rng, PREFIX + "%020x" % rng.getrandbits(80), start)
    conv.session()
    audience = _pick(rng, AUDIENCE_WEIGHTS)
    if rng.random() < 0.5:
        conv.user(rng.choice(ex["greet"]), "greet", rng.uniform(0.9, 1.0))
        conv.utter("utter_greet")
        conv.utter("utter_greet_options")
        conv.action("action_listen", None)
    if audience != "young_person":
        intent = "i_am_parent" if audience == "parent" else "i_am_professional"
        conv.user(rng.choice(ex[intent]), intent, rng.uniform(0.8, 1.0))
        conv.slot("audience", audience)
        conv.utter("utter_ask_worry")
        conv.action("action_listen", None)
    age = _pick(rng, AGE_WEIGHTS) if audience == "young_person" else None
    if age in AGE_WORDS and rng.random() < 0.4:
        words = rng.choice(AGE_WORDS[age])
        conv.user(words, "tell_age", rng.uniform(0.9, 1.0),
                  entities=[{"entity": "age", "value": age, "start": 0, "end": len(words),
                             "confidence": None, "extractor": "KentEntityExtractor"}])
        conv.slot("age_band", age)
        conv.signpost("")  # asks what's wrong
    if rng.random() < IMMEDIATE_RATE:
        text = rng.choice(ex["immediate_risk"])
        match = default_safety_net().match(text)
        net = {"rule": match.rule, "phrase": match.phrase, "classifier_intent": "self_harm"} if match else None
        conv.user(text, "immediate_risk", 1.0 if match else rng.uniform(0.7, 0.99), safety_net=net)
        conv.emergency()
        return conv.rows
    worry = _pick(rng, WORRY_WEIGHTS)
    text = rng.choice(ex.get(worry) or ["something is wrong"])
    if rng.random() < 0.05:
        n = rng.randint(0, 999)
        text = f"{text}. {rng.choice(PERSONAL).format(n=n, d=n % 20 + 1)}"
    confidence = rng.uniform(0.3, 0.6) if rng.random() < 0.08 else rng.uniform(0.7, 0.999)
    conv.user(text, worry, confidence)
    if worry == "out_of_scope":
        conv.utter("utter_out_of_scope")
        conv.utter("utter_ask_worry")
        conv.action("action_listen", None)
        return conv.rows
    conv.signpost(worry)
    if conv.age_band is None and audience == "young_person":
        band = age or "unknown"
        if band == "unknown":
            conv.user("/decline_age", "decline_age", 1.0)
        else:
            conv.user(f'/tell_age{{"age": "{band}"}}', "tell_age", 1.0,
                      entities=[{"entity": "age", "value": band, "start": 9, "end": 29,
                                 "extractor": "RegexMessageHandler"}])
        conv.slot("age_band", band)
        conv.signpost(worry)
    if rng.random() < 0.4:
        intent = rng.choice(["thanks", "goodbye"])
        conv.user(rng.choice(ex[intent]), intent, rng.uniform(0.85, 1.0))
        conv.utter(f"utter_{intent}")
        conv.action("action_listen", None)
    return conv.rows


def _insert(engine: Engine, rows: List[Tuple]) -> None:
    rasa_events.insert(engine, rows)


def seed(engine: Engine, conversations: int, days: int = 30, seed_value: Optional[int] = None,
         force: bool = False, batch: int = 2000, index: bool = True, now: Optional[float] = None) -> Dict[str, Any]:
    """Write ``conversations`` synthetic conversations started over the last ``days`` days."""
    if not rasa_events.exists(engine):
        rasa_events.create_table(engine)
    db.create_tables(engine)
    if not force and rasa_events.has_senders_outside(engine, PREFIX):
            raise SeedError("this store holds real conversations; seed a separate database (or --force)")
    rng = random.Random(seed_value)
    now = time.time() if now is None else now
    started = time.time()
    written = 0
    rows: List[Tuple] = []
    for i in range(conversations):
        rows.extend(build(rng, now - rng.uniform(0, days * 86400) - 3600))
        if (i + 1) % batch == 0 or i + 1 == conversations:
            _insert(engine, rows)
            written += len(rows)
            rows = []
    inserted_at = time.time()
    indexed = indexer.refresh(engine) if index else 0
    return {"conversations": conversations, "events": written, "indexed": indexed,
            "write_seconds": round(inserted_at - started, 1), "index_seconds": round(time.time() - inserted_at, 1)}
