"""Custom actions: thin wrappers that read the tracker, ask ``signposting_flow`` what to
say, and dispatch it. Each resource goes out as readable text and as a ``custom``
card payload for the web widget."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from safeguarding import signposting_flow
from safeguarding import ages, faq, first_steps, followups, replies, roles, services, signposting
from safeguarding.catalogue import default_catalogue
from safeguarding.cards import card_payload, card_text
from safeguarding.vocabulary import (
    CHECK_IN, DEFAULT_AUDIENCE, FAQ_SURE, IMMEDIATE_RISK, NLU_FALLBACK, OUT_OF_SCOPE, RESOURCE_CARD, TALK_TO_SOMEONE,
    PARENT, PROFESSIONAL, YOUNG_PERSON,
)


class ForRole:
    """A dispatcher that words every text for the writer's role (``safeguarding.roles``:
    a designated safeguarding lead is never told to tell their DSL)."""

    def __init__(self, dispatcher: CollectingDispatcher, tracker: Tracker):
        self.dispatcher, self.role = dispatcher, tracker.get_slot("role")

    def utter_message(self, text: Optional[Text] = None, **kwargs: Any) -> None:
        self.dispatcher.utter_message(text=roles.for_role(text, self.role), **kwargs)


def for_role(dispatcher: CollectingDispatcher, tracker: Tracker) -> Any:
    return ForRole(dispatcher, tracker) if tracker.get_slot("role") else dispatcher


def say(dispatcher: CollectingDispatcher, name: str, slots: Dict[Text, Any]) -> None:
    """Send the reply called ``name`` (``safeguarding.replies``): a domain response by name,
    for Rasa to fill in; any other as its text and buttons."""
    if replies.is_domain_response(name):
        dispatcher.utter_message(response=name)
        return
    found = replies.reply(name, slots)
    dispatcher.utter_message(text=found.text, buttons=found.buttons)


def send_cards(dispatcher: CollectingDispatcher, offers: List[Any], topic: str) -> None:
    for offer in offers:
        dispatcher.utter_message(text=card_text(offer), custom=card_payload(offer, topic))


def keep_999_in_view(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """After an emergency earlier in the conversation, every later reply starts with 999."""
    if tracker.get_slot("emergency_given") is True:
        dispatcher.utter_message(response="utter_still_in_danger")


def emergency_last_turn(tracker: Tracker) -> bool:
    """Whether the bot's reply to the user's previous message was the emergency advice."""
    users = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            users += 1
            if users == 2:
                return False
        elif event.get("event") == "action" and users == 1 and event.get("name") == "action_emergency_signposting":
            return True
    return False


def still_get_help(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Straight after the emergency advice, "i dont want to call 999", "i feel fine tho",
    "she says she's fine and doesn't want an ambulance": please still get help now. True
    when that was the reply."""
    text = tracker.latest_message.get("text") or ""
    if not (tracker.get_slot("emergency_given") is True and followups.reluctant_to_get_help(text)
            and (emergency_last_turn(tracker) or followups.refuses_emergency_help(text))):
        return False
    say(dispatcher, "still_get_help", {"audience": tracker.get_slot("audience") or DEFAULT_AUDIENCE,
                                       "age_band": tracker.get_slot("age_band")})
    return True


def said_last_turn(tracker: Tracker) -> List[str]:
    """What the bot said in reply to the user's previous message."""
    texts: List[str] = []
    users = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            users += 1
            if users == 2:
                break
        elif event.get("event") == "bot" and users == 1:
            texts.append(event.get("text") or "")
    return texts


# "what's the site again?", "can I have that number?": the details just given, again
_DETAILS_AGAIN = re.compile(
    r"\b(what'?s|what is|wats|where'?s|where is|send|give me|can i have|can i get|can you send|remind me( of)?|"
    r"i need|what was)\b.{0,15}\b((the|that|those|their|its|it'?s|ur|them) ?(site|website|web site|link|links|url|"
    r"web address|details|contact details|email|email address|e-mail)|"
    r"(that|those|their|the|its) (number|numbers|phone number))\b"
    r"|\b(site|website|link|links|number|numbers|details)\b.{0,8}\bagain\b"
    # "and the number?", "ok and the website?" (blind37)
    r"|^\W*(and |ok |so |ok and )?(the |their |its )?(number|phone number|email|website|site|link)\W*$"
    # "email for them?", "and the number for that one?", "and in hours?"
    r"|^\W*(and |ok |so |what about )?(an |the |their |its )?(email|e-mail|number|phone number|website|site|link)"
    r"( address)? (for|of) (them|it|that|those|that one|this one|the (helpline|service|line))\b"
    r"|^\W*(and |what about |what'?s the number )?(in|during) (office |working |normal |school )?(hours|the day|"
    r"daytime)\W*$"
    r"|\b(is there|have they got|do they have|does (it|that|that one) have) (an |a )?(email|e-mail|email address|"
    r"website|site)\b"
    r"|\b(is|are) (it|that|the (helpline|number|line|call|service|website|chat)|they|those|calling) (free|open)\b"
    r"|\b(does|do|will) (it|that|calling|they) cost\b",
    re.IGNORECASE)


def asks_for_details_again(text: str) -> bool:
    return len((text or "").split()) <= 12 and bool(_DETAILS_AGAIN.search(text or ""))


def recent_cards(tracker: Tracker) -> List[Dict[Text, Any]]:
    """The resource cards of the bot's most recent turn that had any, in their order."""
    cards: List[Dict[Text, Any]] = []
    for event in reversed(tracker.events or []):
        if event.get("event") == "user" and cards:
            break
        custom = (event.get("data") or {}).get("custom") if event.get("event") == "bot" else None
        if isinstance(custom, dict) and custom.get("type") == RESOURCE_CARD:
            cards.append(custom)
    seen, ordered = set(), []
    for custom in reversed(cards):
        rid = (custom.get("resource") or {}).get("id")
        if rid not in seen:
            seen.add(rid)
            ordered.append(custom)
    return ordered


def send(dispatcher: CollectingDispatcher, tracker: Tracker, reply: signposting_flow.Reply, worry: str) -> None:
    slots = {"audience": tracker.get_slot("audience") or DEFAULT_AUDIENCE, "age_band": tracker.get_slot("age_band")}
    for name in reply.responses:
        say(dispatcher, name, slots)
    send_cards(dispatcher, reply.offers, worry)
    before = said_last_turn(tracker)
    for name in reply.after:
        # a closing question ("anything else I can help with?") is not asked twice in a row
        if name.startswith(signposting_flow.REMINDER) or replies.text_for(name, slots) not in before:
            say(dispatcher, name, slots)


AGE_ANSWER_WORDS = 4
# a follow-up question is short; a longer message is a new part of the story
FOLLOW_UP_WORDS = 15
ROLE_INTENTS = ("i_am_young_person", "i_am_parent", "i_am_professional")


class ActionSignpost(Action):
    """A worry (or an age given while a worry waits): acknowledge, next steps, resources."""

    def name(self) -> Text:
        return "action_signpost"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher = for_role(dispatcher, tracker)
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        worry = intent if intent in signposting_flow.WORRIES else tracker.get_slot("worry")
        if intent == CHECK_IN:
            # possible danger again, straight after the check-in: 999 first, then the worry
            # (the one this message is about, or the one in play), never the question again
            worry = worry_in_message(tracker) or worry
            if tracker.get_slot("emergency_given") is not True:  # else keep_999_in_view says it
                dispatcher.utter_message(response="utter_still_in_danger")
        audience, age_band = tracker.get_slot("audience"), tracker.get_slot("age_band")
        asked = tracker.get_slot("age_asked") is True
        events: List[Dict[Text, Any]] = []
        if not isinstance(age_band, str) and (asked or intent in ("tell_age", "decline_age")):
            # a typed answer: "12", "year 9", "14 to 17", "rather not say"
            age_band = ages.read_age_answer(tracker.latest_message.get("text") or "")
            if age_band:
                events.append(SlotSet("age_band", age_band))
        advised = tracker.get_slot("advised")
        if still_get_help(dispatcher, tracker):
            return events
        keep_999_in_view(dispatcher, tracker)
        text = tracker.latest_message.get("text") or ""
        if ((intent in signposting_flow.WORRIES or (intent == "safe_now" and followups.asks_a_question(text)))
                and (advised or tracker.get_slot("worry") or checked_in_before(tracker)
                     # "is it free", just after a service's details (blind46): about those
                     or (asks_for_details_again(text) and bool(recent_cards(tracker))))
                and len(text.split()) <= FOLLOW_UP_WORDS
                and (followups.cue(text) or asks_for_details_again(text)
                     or followups.practical(text, audience or DEFAULT_AUDIENCE, advised or tracker.get_slot("worry")))):
            # a question after the advice that the classifier read as a worry ("how do i
            # stop it showing on my fyp"): answered as a question about the worry in play
            return events + answer_question(dispatcher, tracker, followups.cue(text), 1.0, unsure=None)
        if intent == "safe_now":
            reply = signposting_flow.after_check_in(worry, audience, age_band, asked, advised)
        else:
            # an age and nothing more ("im 12 x", "year 9"); "16, and they want money" is more
            age_answer = (intent in ("tell_age", "decline_age") or bool(events)) and len(
                (tracker.latest_message.get("text") or "").split()) <= AGE_ANSWER_WORDS
            if intent in ROLE_INTENTS and advised:
                # "I'm the DSL" after advice written for a young person: that worry's advice
                # again, in the words for who they are
                advised = None
            reply = signposting_flow.signpost(worry, audience, age_band, asked, advised, age_answer)
            first = intent in signposting_flow.WORRIES and not advised
            looked_up = ((services.asked_about(text) or services.number_asked_for(text))
                         if first and followups.cue(text) != "can_you_tell_someone" else [])
            if looked_up:
                # "police officer. what's the missing people number for a lad who keeps
                # running": that service's details first, then the worry's advice (blind56)
                say(dispatcher, "service_lookup_intro", {"audience": audience or DEFAULT_AUDIENCE,
                                                          "age_band": age_band})
                child = signposting.wants_child_wording(audience or DEFAULT_AUDIENCE, age_band)
                send_cards(dispatcher, [signposting.Offer(default_catalogue()[rid], False, child,
                                                          young({"audience": audience}, age_band))
                                        for rid in looked_up], "faq/service_number")
            named = (followups.question_in_a_disclosure(text, audience or DEFAULT_AUDIENCE, reply.worry)
                     if first else None)
            if named:
                # "...is that abuse?" at the end of a disclosure: answered first (its opening
                # words only; the worry's steps follow)
                dispatcher.utter_message(text=named.text_for(audience or DEFAULT_AUDIENCE).split("\n\n")[0])
        send(dispatcher, tracker, reply, reply.worry or "")
        events.append(SlotSet("worry", reply.worry))
        if "ask_age" in reply.responses:
            events.append(SlotSet("age_asked", True))
        if reply.worry and f"steps_{reply.worry}" in reply.responses:
            events.append(SlotSet("advised", reply.worry))
        return events


class _ResourcesAction:
    """Mixin for actions that send one fixed kind of reply for the user's audience and age
    (not an Action itself, so the action server does not register it)."""

    action_name: Text = ""
    topic: Text = ""
    flow: Any = None

    def name(self) -> Text:
        return self.action_name

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher = for_role(dispatcher, tracker)
        reply = type(self).flow(tracker.get_slot("audience"), tracker.get_slot("age_band"))
        keep_999_in_view(dispatcher, tracker)
        send(dispatcher, tracker, reply, self.topic)
        return []


def answered_before(tracker: Tracker) -> bool:
    """Whether something was answered earlier in this conversation: a question, or danger
    ("ok" after the emergency reply is not a new start, blind57)."""
    return any(e.get("event") == "action" and e.get("name") in ("action_faq", "action_not_understood",
                                                                  "action_talk_to_someone", "action_check_in",
                                                                  "action_emergency_signposting")
               for e in tracker.events)


def checked_in_before(tracker: Tracker) -> bool:
    """Whether the safety check-in was sent earlier in this conversation: a question after
    it is a follow-up, even when no worry was named yet ("he asked me to promise not to
    tell", after a disclosure that got the check-in, blind34)."""
    return any(e.get("event") == "action" and e.get("name") == "action_check_in" for e in tracker.events)


def worry_in_message(tracker: Tracker) -> Optional[str]:
    """The worry the latest message was about, as the risk tiers recorded it (parse data
    ``risk.worry``: the classifier's reading before an emergency or check-in took over).
    With a worry already in play, a worry found only lower in the classifier's ranking
    does not replace it: "they gave me an hour and they're counting down", during
    sextortion, is about the sextortion, whatever neighbour the ranking names."""
    found = (tracker.latest_message or {}).get("risk") or {}
    worry = found.get("worry")
    if worry not in signposting_flow.WORRIES:
        return None
    in_play = tracker.get_slot("worry")
    if (in_play in signposting_flow.WORRIES and in_play != worry and found.get("classifier_intent") != worry
            and not str(found.get("source") or "").startswith("phrase")):
        return None
    return str(worry)


def worry_to_come_back_to(tracker: Tracker) -> Optional[str]:
    """After an emergency: the worry to come back to. Thoughts of suicide
    or self-harm in the middle of another worry ("if they post it i'll kill myself",
    during sextortion) get their help in the emergency reply itself; the conversation then
    comes back to the worry that caused them, not to the self-harm steps."""
    message, known = worry_in_message(tracker), tracker.get_slot("worry")
    if message == "self_harm" and known in signposting_flow.WORRIES and known != "self_harm":
        return str(known)
    return message or known


def say_first_step(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """What to do in the next minute, for the emergency the message describes (press on
    the wound, an ambulance even if you feel fine...): straight after 999, before the
    services. True when there was one."""
    step = first_steps.first_step(tracker.latest_message.get("text") or "", tracker.get_slot("audience"),
                                  tracker.get_slot("age_band"))
    if step:
        dispatcher.utter_message(text=step)
    return step is not None


class ActionEmergencySignposting(Action):
    """After the static emergency response: tailored services to contact now, then back
    to the worry being talked about (this message's, or the one before)."""

    def name(self) -> Text:
        return "action_emergency_signposting"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher = for_role(dispatcher, tracker)
        worry = worry_to_come_back_to(tracker)
        say_first_step(dispatcher, tracker)
        reply = signposting_flow.emergency(tracker.get_slot("audience"), tracker.get_slot("age_band"), worry,
                                           tracker.get_slot("advised"))
        send(dispatcher, tracker, reply, IMMEDIATE_RISK)
        events = [SlotSet("emergency_given", True)]
        if reply.worry and f"steps_{reply.worry}" in reply.after:
            events.append(SlotSet("advised", reply.worry))
        return events + ([SlotSet("worry", reply.worry)] if reply.worry else [])


# A faint doubt: the classifier's probability of immediate_risk and the risk head's score
# below these (issue 14: the conversation sets' follow-ups that got only a check-in). The
# check-in question is still asked first; only what follows it changes (the answer, not
# the worry's steps again). 0.5 left "he says all his mates do it" (0.25 to 0.69 on the
# follow-ups of blind46-48, the risk head near 0) unanswered.
FAINT_CLASSIFIER_RISK = 0.75
FAINT_ENCODER_SCORE = 0.05


class ActionCheckIn(Action):
    """After the static check-in question: the first steps of the worry the message (or
    the conversation) is about, and that worry remembered, so that "I'm safe right now"
    comes back to it."""

    def name(self) -> Text:
        return "action_check_in"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        raw, dispatcher = dispatcher, for_role(dispatcher, tracker)
        say_first_step(dispatcher, tracker)
        worry = worry_in_message(tracker)
        known = worry or tracker.get_slot("worry")
        slots = {"audience": tracker.get_slot("audience") or DEFAULT_AUDIENCE, "age_band": tracker.get_slot("age_band")}
        steps = followups.reminder(known, slots) if known in signposting_flow.WORRIES else None
        answer = self.answer(tracker, steps)
        if answer is not None:
            # a question in a conversation already about a worry ("is the revenge porn
            # helpline the right place?"): the safety question, then its answer, not the
            # worry's steps again (issue 14, blind26-30)
            messages, events = answer
            raw.messages.extend(messages)
            return events
        named = followups.question_in_a_disclosure(tracker.latest_message.get("text") or "", slots["audience"], known)
        if named:
            # "...she says she wishes i was never born, is that abuse": answered too (blind55)
            dispatcher.utter_message(text=named.text_for(slots["audience"]).split("\n\n")[0])
        if steps:
            # never a dead end: the worry's first steps come with the question ("don't pay"
            # while a deadline runs)
            say(dispatcher, "check_in_steps_intro", slots)
            dispatcher.utter_message(text=steps)
        return [SlotSet("worry", worry)] if worry else []

    @staticmethod
    def answer(tracker: Tracker, steps: Optional[str]) -> Optional[Any]:
        """The answer to a question asked while a worry is in play and advice was given,
        as (messages, events); None when it is not a question, or not one the bot
        can answer (then the worry's steps, as before)."""
        text = tracker.latest_message.get("text") or ""
        found = (tracker.latest_message or {}).get("risk") or {}
        source = str(found.get("source") or "")
        # the n-gram classifier's faint doubt on a short follow-up ("she won't leave him",
        # "he says hes 12 too"), with the risk head hearing nothing: asked about, then
        # answered too
        faint = (source == "classifier" and found.get("classifier_intent") != CHECK_IN
                 and float(found.get("classifier_risk") or 0.0) < FAINT_CLASSIFIER_RISK
                 and float(found.get("encoder_score") or 0.0) < FAINT_ENCODER_SCORE)
        if not (tracker.get_slot("advised") and tracker.get_slot("worry") in signposting_flow.WORRIES
                and (followups.asks_a_question(text) or faint) and source in ("classifier", "encoder")):
            return None  # a phrase of possible danger is never answered as a plain question
        key, confidence = faq.question_key(tracker.latest_message.get("response_selector"))
        if followups.cue(text):
            key, confidence = followups.cue(text), 1.0
        elif confidence < FAQ_SURE:
            key, confidence = None, 0.0
        probe = CollectingDispatcher()
        events = answer_question(for_role(probe, tracker), tracker, key, confidence, unsure=None)
        reminder = followups.reminder(tracker.get_slot("worry"), {
            "audience": tracker.get_slot("audience") or DEFAULT_AUDIENCE, "age_band": tracker.get_slot("age_band")})
        if not probe.messages or any(m.get("text") in (steps, reminder) for m in probe.messages):
            return None  # not understood: the steps after the question, as before
        return probe.messages, events


# "yes", "yes please", "yeah go on": a plain yes, to "would you like to talk to someone now?"
_PLAIN_YES = re.compile(r"^\W*(yes|yess+|yeah|yea|ye|yep|yup|yh|ya|please|yes please|yes pls|yeah please|"
                        r"yeah go on|go on|sure|ok please|okay please|yes i would|i would)\W*(x+)?\W*$", re.IGNORECASE)


# "ok i wont", "ok i won't send it then": the risky thing not done
_WONT = re.compile(r"^\W*(ok|okay|k|kk|alright|fine|yeah|yes|right)?\W*(then )?i (wont|won'?t|will not|aint gonna|"
                   r"am not going to|'m not going to|m not going to|im not gonna|i'm not gonna)( do it| do that| send "
                   r"(it|them|anything|any more|more)| give (it|them|him|her) (anything|my address)| go|"
                   r" meet (him|her|them)| reply| pay| answer| add (him|her|them))?( then| now)?\W*(x+)?\W*$",
                   re.IGNORECASE)


# "ok i wont go", "i won't meet him": the danger itself turned down, praised even after 999 (blind54)
_WONT_GO = re.compile(r"\b(go|meet (him|her|them)|get in)\b", re.IGNORECASE)


class ActionAcknowledge(Action):
    """"ok", "yes", "ok x". With no worry told yet: what the worry is. After advice: a
    plan to tell or a step done is praised; a plain yes after "would you like to talk to
    someone now?" gets the people to talk to; anything else an acknowledgement with a
    person to talk to and the worry's services, never the menu again (issue 14, blind33)."""

    def name(self) -> Text:
        return "action_acknowledge"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher = for_role(dispatcher, tracker)
        worry, audience, age_band = (tracker.get_slot(n) for n in ("worry", "audience", "age_band"))
        slots = {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band}
        if worry not in signposting_flow.WORRIES:
            if answered_before(tracker):
                # "ok" after an answer to a question (no worry told): acknowledged, with a
                # person to turn to, not the menu of worries (blind52)
                keep_999_in_view(dispatcher, tracker)
                say(dispatcher, "acknowledge", slots)
            else:
                dispatcher.utter_message(response="utter_ask_worry")
            return []
        keep_999_in_view(dispatcher, tracker)
        text = tracker.latest_message.get("text") or ""
        if followups.plans_to_tell(text):
            say(dispatcher, "plans_to_tell", slots)  # "ok i will tell my mum"
            return []
        wont = _WONT.search(text)
        if (followups.did_a_step(text) or wont) and not (worry == "self_harm" or (
                tracker.get_slot("emergency_given") and not (wont and _WONT_GO.search(text)))):
            say(dispatcher, "did_a_step", slots)  # "ok i wont", "ok done"
            return []
        offered = replies.reply("offer_more", slots).text in said_last_turn(tracker)
        if offered and _PLAIN_YES.search(text):
            # "yes please" to "would you like to talk to someone now?"
            send(dispatcher, tracker, signposting_flow.talk_to_someone(audience, age_band), TALK_TO_SOMEONE)
            return []
        say(dispatcher, "acknowledge", slots)
        offers = signposting.choose_resources(str(worry), slots["audience"], age_band or ages.UNKNOWN)
        if offers:
            say(dispatcher, "acknowledge_services", slots)
            send_cards(dispatcher, offers[:3], str(worry))
        return []


class ActionTalkToSomeone(_ResourcesAction, Action):
    """Asked for a real person: who they can talk to now."""

    action_name = "action_talk_to_someone"
    topic = TALK_TO_SOMEONE
    flow = staticmethod(signposting_flow.talk_to_someone)


class ActionFaq(Action):
    """A question (retrieval intent ``faq``): the answer for the asker, then the services
    for it as cards; an honest "I don't know" below the confidence threshold."""

    def name(self) -> Text:
        return "action_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher = for_role(dispatcher, tracker)
        keep_999_in_view(dispatcher, tracker)
        key, confidence = faq.question_key(tracker.latest_message.get("response_selector"))
        return answer_question(dispatcher, tracker, key, confidence, unsure=None)


def young(slots: Dict[str, Any], age_band: Optional[str]) -> bool:
    """Whether cards go to a young person (their own words, not professionals' routes)."""
    return slots.get("audience") == YOUNG_PERSON and age_band != ages.ADULT


def practical_offers(answer: followups.Practical, audience: str, age_band: Optional[str],
                     worry: Optional[str]) -> List[signposting.Offer]:
    """A practical answer's services for this asker: those the catalogue allows them, and
    for ``worry`` the services for the worry being talked about."""
    catalogue = default_catalogue()
    who = signposting.rule_audience(audience, age_band)
    child = signposting.wants_child_wording(audience, age_band)
    offers: List[signposting.Offer] = []
    for rid in answer.cards_for(audience):
        if rid == "worry":
            if worry in signposting_flow.WORRIES:
                offers.extend(o for o in signposting.choose_resources(str(worry), audience, age_band)
                              if o.resource.id not in {x.resource.id for x in offers})
            continue
        resource = catalogue[rid]
        if signposting.allowed(resource, who, age_band, False) and rid not in {o.resource.id for o in offers}:
            offers.append(signposting.Offer(resource, False, child, who == YOUNG_PERSON))
    # never an answer without someone to turn to
    return offers or signposting.choose_resources(TALK_TO_SOMEONE, audience, age_band or ages.UNKNOWN)


_ON_ITS_WAY = re.compile(r"\b(coming|on (its|their|the) way|en route|(mins?|minutes) away)\b", re.IGNORECASE)


def earlier_first_step(tracker: Tracker, look_back: int = 6) -> Optional[str]:
    """The first step for the emergency an earlier message of this conversation described."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"][-look_back - 1:-1]
    for text in reversed(said):
        step = first_steps.first_step(text, tracker.get_slot("audience"), tracker.get_slot("age_band"))
        if step:
            return step
    return None


def answer_question(dispatcher: CollectingDispatcher, tracker: Tracker, key: Optional[str],
                    confidence: float, unsure: Optional[str]) -> List[Dict[Text, Any]]:
    """A question's answer for the worry being talked about; when it is not understood,
    a reminder of that worry's first steps (or, with no worry, ``unsure``: a domain
    response; None for the honest "I don't know that one")."""
    audience, age_band, worry = (tracker.get_slot(n) for n in ("audience", "age_band", "worry"))
    text = tracker.latest_message.get("text") or ""
    slots = {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band}
    spared = services.other_than(text)
    if spared:
        # "is there a number that isn't childline?": the people to talk to, but those
        say(dispatcher, "other_services_intro", slots)
        band = age_band or ages.UNKNOWN
        offers = [o for o in signposting.choose_resources(TALK_TO_SOMEONE, slots["audience"], band)
                  if o.resource.id not in spared]
        send_cards(dispatcher, offers, "faq/service_number")
        return []
    planned = services.plans_to_contact(text)
    if planned:
        # "ok ill ring papyrus": well done, and its details to hand
        say(dispatcher, "plans_to_contact", slots)
        child = signposting.wants_child_wording(slots["audience"], age_band)
        send_cards(dispatcher, [signposting.Offer(default_catalogue()[rid], False, child, young(slots, age_band))
                                for rid in planned],
                   "faq/service_number")
        return []
    if still_get_help(dispatcher, tracker):
        return []
    if followups.asks_if_asking_plants_the_idea(text):
        # "will asking him about suicide put the idea in his head?": no, and who can help
        say(dispatcher, "asking_about_suicide", slots)
        send_cards(dispatcher, [signposting.Offer(default_catalogue()["papyrus_hopeline247"], False, False)],
                   "faq/asking_about_suicide")
        return []
    if followups.asks_about_an_adults_images(text):
        # "and if she was 18?": Report Remove is for under 18s; StopNCII and the Revenge
        # Porn Helpline for adults
        say(dispatcher, "adults_images", slots)
        send_cards(dispatcher, [signposting.Offer(default_catalogue()[rid], False, False)
                                for rid in ("stopncii", "revenge_porn_helpline")], "faq/adults_images")
        return []
    if slots["audience"] in (PARENT, PROFESSIONAL) and followups.asks_about_the_childs_social_worker(text):
        # "do I have to tell her social worker?": yes, and who to call when they're away
        say(dispatcher, "childs_social_worker", slots)
        send_cards(dispatcher, [signposting.Offer(default_catalogue()["kent_front_door"], False, False)],
                   "faq/childs_social_worker")
        return []
    # "can you call social services for me": asked of the bot, answered honestly first (the
    # cue's answer), not with the service's number as if that were the question (blind47)
    named = services.asked_about(text) if followups.cue(text) != "can_you_tell_someone" else []
    if named:  # "what's the Beat number?": that service's own entry
        slots = {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band}
        said_age = ages.parse_age(text)
        child = age_band not in (None, ages.ADULT, ages.UNKNOWN) or (said_age is not None and said_age < 18)
        if slots["audience"] in (PARENT, PROFESSIONAL) and child:
            # "he's 17, is it the revenge porn helpline we need?": the child's own service
            # beside an adults' one, each with who it is for
            named = list(dict.fromkeys(named + services.for_young_people(named)))
        say(dispatcher, "service_lookup_intro", slots)
        for note in services.age_notes(named):
            # "can I use the Revenge Porn Helpline?": who it is for, from the catalogue
            dispatcher.utter_message(text=note)
        child = signposting.wants_child_wording(slots["audience"], age_band)
        if slots["audience"] == YOUNG_PERSON and age_band not in (None, ages.ADULT):
            # a young person asking about an adults' service ("can i use that stopncii
            # thing"): who it is for, and the young people's own service instead of it
            named = services.for_young_people(named)
        send_cards(dispatcher, [signposting.Offer(default_catalogue()[rid], False, child, young(slots, age_band))
                                for rid in named],
                   "faq/service_number")
        return []
    answer = followups.practical(text, slots["audience"], worry)
    if answer:
        if answer.key == "help_has_arrived" and _ON_ITS_WAY.search(text):
            # "the ambulance is coming, is there anything I should do?": the first step for
            # the emergency told earlier (press on the wound...), while they wait (blind54)
            step = earlier_first_step(tracker)
            if step:
                dispatcher.utter_message(text=step)
        # "can I keep it between us?", "do I write down what he said?": a practical answer
        # for this audience, with the services it names
        dispatcher.utter_message(text=answer.text_for(slots["audience"]))
        send_cards(dispatcher, practical_offers(answer, slots["audience"], age_band, worry), f"faq/{answer.key}")
        return []
    if followups.plans_to_tell(text):
        # "ok i will tell my mum": well done, and what helps
        say(dispatcher, "plans_to_tell", {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band})
        return []
    if (slots["audience"] in (PARENT, PROFESSIONAL) and worry in ("bullying", "hate_extremism", None)
            and followups.asks_about_contacting_other_parents(text)):
        # "should I message the other parents?": usually not directly; through the school
        say(dispatcher, "other_parents", slots)
        return []
    if not followups.cue(text) and (followups.did_a_step(
            text, bare=worry != "self_harm" and not tracker.get_slot("emergency_given"))
            or (worry != "self_harm" and _WONT.search(text) and _WONT_GO.search(text))):
        # "ok i did it", "k left the server": well done, and who to go to if it goes on
        say(dispatcher, "did_a_step", {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band})
        return []
    # "do i need to send them the link?" is a question of its own, not "the link again"
    again = recent_cards(tracker) if asks_for_details_again(text) and not followups.cue(text) else []
    if again:
        # "what's the site again?": the services just given, again
        say(dispatcher, "details_again_intro", {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band})
        for custom in again:
            dispatcher.utter_message(text=custom.get("text"), custom=custom)
        return []
    if followups.wants_help_not_by_phone(text):
        # "i don't want to call anyone, is there a chat?": chat, text and email routes
        slots = {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band}
        say(dispatcher, "not_by_phone_intro", slots)
        child = signposting.wants_child_wording(slots["audience"], age_band)
        ids = followups.NOT_BY_PHONE_SERVICES.get(slots["audience"], followups.NOT_BY_PHONE_SERVICES[YOUNG_PERSON])
        send_cards(dispatcher, [signposting.Offer(default_catalogue()[rid], False, child, young(slots, age_band))
                                for rid in ids],
                   "faq/not_by_phone")
        return []
    # whose help a question asks for, in words the patterns miss: "what could I give mum to
    # read?" (the parent's), "what can I point them to?" (the child's), "where can I get help
    # that's free?" (the writer's own), for the worry in play
    # "can u call the helpline for her": asking the bot to act is answered honestly first
    asks_the_bot_to_act = followups.cue(text) == "can_you_tell_someone"
    whose = followups.help_for(text) if worry in signposting_flow.WORRIES and not asks_the_bot_to_act else ()
    if followups.OWN_HELP in whose and (audience or DEFAULT_AUDIENCE) == PARENT:
        whose = (followups.PARENT_HELP,)  # a parent's own services hold the child's too
    if (worry == "domestic_abuse" and (audience or DEFAULT_AUDIENCE) == PROFESSIONAL
            and not followups.names_a_child(text)
            and (followups.asks_for_the_childs_own_help(text) or followups.CHILD_HELP in whose)):
        # "what number can she call herself?" from a professional about domestic abuse: "she"
        # is the adult being abused, whose own services come with the parent's (blind37, blind39)
        whose = (followups.PARENT_HELP,)
    elif (followups.asks_for_the_childs_own_help(text) and not asks_the_bot_to_act) or followups.CHILD_HELP in whose:
        # "is there a helpline she can call herself?": the young person's own services
        slots = {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band}
        say(dispatcher, "child_help_intro", slots)
        topic = worry if worry in signposting_flow.WORRIES else TALK_TO_SOMEONE
        child_band = age_band if age_band not in (None, ages.ADULT) else ages.UNKNOWN
        send_cards(dispatcher, signposting.choose_resources(topic, YOUNG_PERSON, child_band), topic)
        return []
    if followups.asks_out_of_hours(text):
        # "and if it's the weekend?": who answers then (the Front Door's out-of-hours line
        # for adults; Childline for a young person)
        slots = {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band}
        say(dispatcher, "out_of_hours_intro", slots)
        # a young person gets Childline, any time, and the Front Door's out-of-hours line too
        # ("whats the out of hours number" after the Front Door's, blind23)
        rids = (["childline", "kent_front_door"] if slots["audience"] == YOUNG_PERSON and age_band != ages.ADULT
                else ["kent_front_door"])
        child = signposting.wants_child_wording(slots["audience"], age_band)
        send_cards(dispatcher, [signposting.Offer(default_catalogue()[rid], False, child, young(slots, age_band))
                                for rid in rids],
                   "faq/out_of_hours")
        return []
    if ((followups.asks_for_the_parents_help(text) and not asks_the_bot_to_act) or followups.PARENT_HELP in whose
            or (audience == PARENT and followups.asks_for_own_help_too(text))):
        # "and for the mum?": the services for parents and carers, for the worry in play
        say(dispatcher, "parent_help_intro", {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band})
        if worry in signposting_flow.WORRIES:
            offers, topic = signposting.choose_resources(str(worry), PARENT, None), str(worry)
        else:  # no worry in play: the advice for parents and carers
            offers, topic = faq.reply("parent_help", 1.0, PARENT, None).offers, "faq/parent_help"
        if (audience or DEFAULT_AUDIENCE) in (YOUNG_PERSON, PROFESSIONAL):
            # "is there a number mum can ring?" from a young person, "anything I can give mum?"
            # from a professional: mum's own services, not the child's services shown "for your
            # child to use" (the child is not the writer's, blind41)
            offers = [o for o in offers if not o.for_child] or offers
        send_cards(dispatcher, offers, topic)
        return []
    if followups.OWN_HELP in whose:
        # "where can I get help that's free?": the services for this worry, for the writer
        slots = {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band}
        say(dispatcher, "own_help_intro", slots)
        send_cards(dispatcher, signposting.choose_resources(str(worry), slots["audience"], age_band or ages.UNKNOWN),
                   str(worry))
        return []
    if key == "privacy_data" and not faq.about_privacy(text):
        # "do i have to give the skins back": the privacy notice answers only a question
        # about this chat, what is kept or who reads it; anything else is not understood
        key, confidence = None, 0.0
    reply = faq.reply(key, confidence, audience, age_band, worry=worry, text=text)
    if not reply.understood and worry in signposting_flow.WORRIES and followups.asks_what_now(text):
        # "what do I do now": the worry's next steps, as an answer, and who can help
        slots = {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band}
        steps = followups.reminder(worry, slots)
        if steps:
            say(dispatcher, "what_now_intro", slots)
            dispatcher.utter_message(text=steps)
            send_cards(dispatcher, signposting.choose_resources(str(worry), slots["audience"], age_band), str(worry))
            return []
    if not reply.understood and (worry in signposting_flow.WORRIES or unsure):
        slots = {"audience": audience or DEFAULT_AUDIENCE, "age_band": age_band}
        steps = followups.reminder(worry, slots)
        before = "\n".join(said_last_turn(tracker))
        if steps and steps in before:
            # not understood twice in a row: the most important steps still, said so, and
            # instead of example questions the people who can answer any question about it
            say(dispatcher, "in_context_still_intro", slots)
            dispatcher.utter_message(text=steps)
            say(dispatcher, "in_context_people_intro", slots)
            send_cards(dispatcher, signposting.choose_resources(str(worry), slots["audience"], age_band), str(worry))
        elif steps:
            say(dispatcher, "in_context_intro", slots)
            dispatcher.utter_message(text=steps)
            # the example questions once, not again straight after
            asked = replies.reply("in_context_ask_me", slots).text in before
            say(dispatcher, "in_context_ask_me_again" if asked else "in_context_ask_me", slots)
        elif unsure == "utter_default" and "in a different way" in before:
            dispatcher.utter_message(response="utter_default_again")  # never the same question twice
        else:
            dispatcher.utter_message(response=unsure)  # a domain response, sent by name
        return []
    if reply.key == "how_to_tell" and reply.text.split("\n")[0] in "\n".join(said_last_turn(tracker)):
        # asked again straight after ("and what do i say to my teacher?"): not the same block
        say(dispatcher, "how_to_tell_again", {"audience": reply.audience, "age_band": age_band})
        return audience_from_question(reply.audience, audience, text)
    dispatcher.utter_message(text=reply.text)
    send_cards(dispatcher, reply.offers, f"faq/{reply.key}" if reply.key else "faq")
    return audience_from_question(reply.audience, audience, text)


def audience_from_question(asker: str, audience: Optional[str], text: str) -> List[Dict[Text, Any]]:
    """Who asked is kept for the rest of the conversation only when their words say it: a
    parent's question from someone who has not said who they are ("how do u know if
    someone is grooming u") is answered for a parent, but a child who asked it stays a
    child for what they say next (issue 14, blind19)."""
    if asker == audience or (asker in (PARENT, PROFESSIONAL) and audience in (None, YOUNG_PERSON)
                             and not faq.about_someone_elses_child(text)):
        return []
    return [SlotSet("audience", asker)]


class ActionNotUnderstood(Action):
    """A message the bot could not place (not understood, out of scope, "what can you
    do?"). A question its words make plain, or that the question classifier is sure of,
    is answered; while a worry is being talked about, its first steps again, briefly;
    otherwise the domain's own reply for that intent, which always names a person."""

    STATIC = {NLU_FALLBACK: "utter_default", OUT_OF_SCOPE: "utter_out_of_scope",
              "ask_capabilities": "utter_capabilities"}
    SURE = FAQ_SURE

    def name(self) -> Text:
        return "action_not_understood"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher = for_role(dispatcher, tracker)
        keep_999_in_view(dispatcher, tracker)
        intent = (tracker.latest_message.get("intent") or {}).get("name") or NLU_FALLBACK
        key, confidence = faq.question_key(tracker.latest_message.get("response_selector"))
        if confidence < self.SURE:
            key, confidence = None, 0.0
        return answer_question(dispatcher, tracker, key, confidence,
                               unsure=self.STATIC.get(intent, "utter_default"))
