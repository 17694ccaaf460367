"""Immediate-risk detection as a Rasa NLU component: three tiers for every message.

It runs last in the pipeline (config.yml), after the intent classifier and the
FallbackClassifier, so that nothing after it can undo an escalation. Before the
FallbackClassifier it could be undone: that replaces any intent whose confidence is under
its threshold, or too close to the next one, with ``nlu_fallback``, and a check-in or an
emergency from the risk head carries the head's score as its confidence, which can be
lower. After it, the phrase net also sees when the classifier's first choice was
immediate_risk and only its uncertainty made the intent nlu_fallback
(``apply_safety_net``). For each message it combines (see
``safeguarding.risk``): the phrase safety net (data/safety_net/phrases.yml), the
classifier's own reading, and the risk head over sentence-encoder vectors of the whole
message and each clause. The result:

- emergency: intent ``immediate_risk`` (the 999 reply, from any point);
- check_in: intent ``check_in`` (a short safety question, then back to the worry);
- none: the classifier's intent is kept; but a message that is only an age
  ("seventeen", "year 8") becomes ``tell_age``, and a short question about a service by name or
  about what happens next (``plain_question``) that is not an emergency becomes ``faq``.

The parse data records ``risk`` (tier, score, the clause that scored highest, which
signal decided, the classifier's own intent) and, when a phrase fired, ``safety_net``,
for the transcript review."""
from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any, Dict, List, Optional, Text

import numpy as np

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from channels import in_process_actions
from nlu_components import rasa_speedups
from nlu_components.linear_classifier import NGRAM_READING
from safeguarding import ages, followups, risk, services
from safeguarding.catalogue import WORRIES
from safeguarding.vocabulary import (
    CHECK_IN, CHECK_IN_RATE, EMERGENCY_RATE, FALLBACK_AMBIGUITY, FALLBACK_THRESHOLD, FAQ, IMMEDIATE_RISK, NLU_FALLBACK,
    PARENT, PROFESSIONAL,
)
from safeguarding.encoder import SERVING_CACHE_SIZE, SentenceEncoder, default_encoder, serving_blas_threads
from safeguarding.memo import one_message, per_message
from safeguarding.safety_net import SafetyNet, default_safety_net, load_safety_net

logger = logging.getLogger(__name__)

FALLBACK = NLU_FALLBACK
HEAD_FILE = "risk_head.npz"
WORRY_IN_RANKING = 0.2


# config.yml's FallbackClassifier reads the classifier's own output; the n-gram reading
# (linear_classifier.NGRAM_READING) gets the same treatment here before the risk tiers
# read it (tests/unit/test_vocabulary.py checks both values against config.yml)


def _no_danger(updated: Dict[Text, Any]) -> bool:
    """No phrase, no risk tier and no danger intent in this reading."""
    return (not updated.get("safety_net") and (updated.get("risk") or {}).get("tier", risk.NO_RISK) == risk.NO_RISK
            and (updated.get(INTENT) or {}).get(INTENT_NAME_KEY) not in (IMMEDIATE_RISK, CHECK_IN))


def as_fallback(reading: Dict[Text, Any]) -> Dict[Text, Any]:
    """What Rasa's FallbackClassifier makes of a reading: nlu_fallback when the top
    intent is below the threshold or too close to the second."""
    intent = reading.get(INTENT) or {}
    ranking = list(reading.get(INTENT_RANKING_KEY) or [])
    confidence = float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0)
    ambiguous = len(ranking) >= 2 and (float(ranking[0].get(PREDICTED_CONFIDENCE_KEY) or 0)
                                       - float(ranking[1].get(PREDICTED_CONFIDENCE_KEY) or 0)) < FALLBACK_AMBIGUITY
    if intent.get(INTENT_NAME_KEY) == FALLBACK or not (confidence < FALLBACK_THRESHOLD or ambiguous):
        return reading
    fallback = {INTENT_NAME_KEY: FALLBACK, PREDICTED_CONFIDENCE_KEY: FALLBACK_THRESHOLD}
    return {INTENT: fallback, INTENT_RANKING_KEY: [fallback] + ranking}


def apply_safety_net(net: SafetyNet, data: Dict[Text, Any]) -> Dict[Text, Any]:
    """Override the classifier's intent in a parse result when a risk phrase matches.

    Without a phrase, one more rule errs on the side of safety: when the classifier's own
    first choice was immediate_risk and only its uncertainty made the FallbackClassifier
    answer nlu_fallback, the message is treated as immediate risk (with the classifier's
    confidence, so a reviewer sees it was unsure). A false alarm shows emergency advice to
    someone who did not need it; a miss leaves someone in danger with "I didn't understand".
    """
    match = net.match(data.get(TEXT) or "")
    if match is None:
        data["safety_net"] = None
        intent = data.get(INTENT) or {}
        ranking = data.get(INTENT_RANKING_KEY) or []
        first_choice = next((r for r in ranking if r.get(INTENT_NAME_KEY) != FALLBACK), None)
        if (intent.get(INTENT_NAME_KEY) == FALLBACK and first_choice
                and first_choice.get(INTENT_NAME_KEY) == IMMEDIATE_RISK):
            data[INTENT] = dict(first_choice)
        return data
    classifier = (data.get(INTENT) or {}).get(INTENT_NAME_KEY)
    top = {INTENT_NAME_KEY: IMMEDIATE_RISK, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [r for r in data.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != IMMEDIATE_RISK]
    data[INTENT] = top
    data[INTENT_RANKING_KEY] = [top] + ranking
    data["safety_net"] = {"rule": match.rule, "phrase": match.phrase, "classifier_intent": classifier}
    return data


def first_choice(ranking: Optional[List[Dict[Text, Any]]]) -> Optional[Dict[Text, Any]]:
    """The classifier's own top intent, before the FallbackClassifier's nlu_fallback."""
    return next((r for r in ranking or [] if r.get(INTENT_NAME_KEY) != FALLBACK), None)


# The worry a phrase of danger is about, when the classifier names none: after "he said he
# wants to die, now he's locked in the bathroom" the conversation comes back to self-harm
# (issue 14, blind7: a parent's "he's ok now, what now?" had no worry to come back to)
SELF_HARM_RULES = frozenset((
    "kill_self", "kms", "unalive", "want_to_die", "dont_want_to_live", "end_it", "take_own_life", "suicidal",
    "better_off_dead", "farewell", "going_to_the_place", "ligature", "cant_go_on", "goodbye_letters",
    "method_question", "method_best_way", "end_it_plan", "when_im_gone", "method_plan", "overdose", "took_pills",
    "cutting_now", "means_ready", "taken_something", "self_harming_now", "goodbye_note", "ligature_tied",
    "method_to_die", "thats_my_plan", "not_alive_by", "blood_pouring", "dead_by", "at_the_edge",
    "threatening_to_jump", "noose", "blood_everywhere", "giving_things_away", "pass_on_love", "doing_it_at_a_time",
    "not_here_by", "done_with_life", "not_still_here", "deep_wound", "alone_with_the_means", "whole_supply",
    "gave_up_goodbye", "whats_the_point", "own_funeral", "rather_i_was_dead", "because_i_did_it", "the_day_is_set",
    "goodbye_everyone", "no_worry_after", "after_what_i_took", "die_from_a_number", "ligature_practice",
    "goodbye_with_a_wish", "gone_for_good", "final_message", "other_side", "no_one_will_miss", "plan_with_a_date",
    "last_night_on_earth", "sliced_open", "needs_stitches", "found_a_way_to_die", "overdose_misspelt",
    "swallowed_object", "funeral_for_mine", "how_much_to_die", "took_them_all", "method_misspelt", "cut_gaping",
    "poison_will_it_kill", "into_the_sea", "tablets_kick_in", "ate_medicine_as_sweets",
    # eleventh session
    "bleeding_after_self_harm", "whole_packet_of_pills", "which_pills_kill", "till_i_can_die", "happier_when_im_dead",
    "end_it_at_a_time", "how_much_would_be_enough", "if_anyone_reads_this", "look_after_them_for_me"))
MEETING_RULES = frozenset((
    "online_pick_up", "on_the_way_to_meet", "online_contact_coming", "outside_now", "coming_round_now",
    "meeting_now", "coming_to_meet_scared", "picking_up", "with_him_now", "secret_meeting", "meeting_app_friend",
    "meeting_an_age_in_doubt", "missing_with_online_contact", "at_my_door", "waiting_to_meet",
    "meeting_gaming_friend_in_person", "missing_messages_arranging_to_meet", "missing_with_an_app_contact",
    "meeting_an_older_contact_now", "gone_after_online_contact"))


# Phrases of wanting to die or of self-harm, with no act or plan in them: with a stated
# present safety ("but i wont do anything", "says she is safe at the moment") they are
# asked about (a check-in), not the full emergency (risk.safe_now_stated).
THOUGHT_RULES = frozenset((
    "kill_self", "kms", "unalive", "want_to_die", "dont_want_to_live", "end_it", "take_own_life", "suicidal",
    "better_off_dead", "cant_go_on", "self_harming_now", "whats_the_point", "rather_i_was_dead",
    "no_one_will_miss", "done_with_life"))
# the worries whose sure reading by the models, with a stated present safety, is asked about
SAFE_NOW_WORRIES = frozenset(("self_harm", "low_mood", "eating_problems"))


def worry_of_phrase(rule: Optional[str]) -> Optional[str]:
    if rule in SELF_HARM_RULES:
        return "self_harm"
    if rule in MEETING_RULES:
        return "grooming"
    if rule == "strangers_here_scared":
        return "exploitation"
    return None


# An adult with a partner who is a child: "my friend (15) is seeing a 25 yr old", "her
# boyfriend is 22". When the classifier names no worry (a check-in), this is grooming.
_OLDER_PARTNER = re.compile(
    r"\b(seeing|dating|going out with|goin out with|in a relationship with|sleeping with|with)( a| an| this| some)?"
    r"( guy| man| lad| bloke| boy| girl| woman| person)?( who'?s| whos| that'?s| thats)? (1[89]|[2-5]\d) ?"
    r"(yr|yrs|year|years|y/o|yo)\b|\b(boyfriend|bf|girlfriend|gf)( is|'s| s)? (1[89]|[2-5]\d)\b", re.IGNORECASE)


def worry_of_words(text: str) -> Optional[str]:
    return "grooming" if _OLDER_PARTNER.search(text or "") else None


def worry_of(ranking: List[Dict[Text, Any]], classifier_intent: Optional[str]) -> Optional[str]:
    """The worry a message is about: the classifier's intent when it is a worry, else the
    first worry in its ranking at WORRY_IN_RANKING or above (a message that became an
    emergency or a check-in is usually about something too)."""
    if classifier_intent in WORRIES:
        return classifier_intent
    for row in ranking:
        if row.get(INTENT_NAME_KEY) in WORRIES and float(row.get(PREDICTED_CONFIDENCE_KEY) or 0) >= WORRY_IN_RANKING:
            return row[INTENT_NAME_KEY]
    return None


@per_message
def plain_question(text: str, check_in: bool) -> Optional[str]:
    """What a short message plainly asks about: a service by name ("whats beat",
    "the number for the front door"), help the child can use themselves ("is there a
    helpline she can call herself?"), or, when the alternative is a check-in, a follow-up
    its words name (data/follow_ups/cues.yml: "will she know it was me?"); None otherwise."""
    if services.asked_about(text) or services.plans_to_contact(text):
        return "service"
    if followups.refuses_emergency_help(text):
        return "still_get_help"  # "i dont want to call 999": please still do
    if followups.asks_about_the_childs_social_worker(text):
        return "childs_social_worker"  # "do I have to tell her social worker?"
    if followups.asks_out_of_hours(text):
        return "out_of_hours"  # "and if it's the weekend?"
    if followups.asks_about_contacting_other_parents(text):
        return "other_parents"  # "should I message the other parents?"
    if followups.asks_if_asking_plants_the_idea(text):
        return "asking_about_suicide"  # not a check-in: a parent asking how to ask
    if followups.asks_about_an_adults_images(text):
        return "adults_images"  # "and if she was 18?"
    if followups.asks_for_the_childs_own_help(text):
        return "help_for_child"
    if followups.asks_for_the_parents_help(text) or followups.asks_for_own_help_too(text):
        return "help_for_parents"  # "is there someone mum could call": not "talk to a person"
    if followups.wants_help_not_by_phone(text):
        return "not_by_phone"
    if followups.plans_to_tell(text):
        return "plans_to_tell"  # "ok i will tell my mum": not "yes", not a new worry
    answer = followups.practical(text) if check_in else None
    # an answer that holds 999 serves a check-in only for a plain question: "he said not to
    # tell my mum" after a train ticket from an online contact is news, not a question
    if answer and (answer.key in followups.PRACTICAL_SAFE_IN_CHECK_IN
                   or (answer.holds_999 and _ASKS.search(text or ""))):
        # "should I take her to A&E?", "she's really shaken, what do I say to her?": a
        # question, and its answer holds 999
        return "practical"
    if check_in and not followups.cue(text) and followups.sought_help(text):
        # "ok i told my sister, im not going": the models' doubt gives way to a step that
        # is plainly telling someone or help arriving (never a phrase of danger: those
        # never reach here)
        return "did_a_step"
    if not check_in and not followups.cue(text) and followups.did_a_step(text, bare=False):
        # "ive blocked him": well done. Never instead of a check-in: "wrote letters for my
        # family, doing it tmrw" starts like a step done
        return "did_a_step"
    if not check_in and not followups.cue(text) and followups.did_a_step(text, bare=True):
        # "done", "ok i wont do it then": a step done, but only the conversation knows
        # whether self-harm is in play; the answer decides (never praise after self-harm)
        return "did_a_step_if_safe"
    if followups.cue(text) == "lado" and len(text.split()) <= LADO_WORDS:
        # an allegation about someone who works with children, or LADO by name: the LADO
        # route first, whatever the worry ("a parent alleges a TA messaged her son")
        return "lado"
    if check_in and len(text.split()) <= followups.CUE_MAX_WORDS:
        return followups.cue(text)
    if (len(text.split()) <= ASK_THE_BOT_WORDS and _ASKS_THE_BOT.search(text or "")
            and followups.cue(text) == "can_you_tell_someone"):
        # "Can you make a Front Door referral for me? Pupil says mum's partner hits her":
        # asked of the bot first, answered honestly (it can't contact anyone), who can
        return "can_you_tell_someone"
    if check_in and len(text.split()) <= ASK_THE_BOT_WORDS and followups.cue(text) == "can_you_tell_someone":
        # "can u tell my mum for me i cant say it to her face": the honest answer holds 999
        # and Childline, so it serves a check-in too (issue 14, blind18)
        return "can_you_tell_someone"
    return None


# a message that starts by asking the bot to act
_ASKS_THE_BOT = re.compile(r"^\W*(can|could|will|would) (you|u) (please |pls |plz |just )?"
                           r"(make|do|send|tell|call|ring|contact|report|refer|email|message|text|let|inform|pass)\b",
                           re.IGNORECASE)
LADO_WORDS = 40
ASK_THE_BOT_WORDS = 25
SERVICE_LOOKUP_WORDS = 6
# The classifier's own reading of distress without a plan (check_in) needs this much
# confidence when nothing else reads danger: "she's 11, is she even allowed whatsapp?" was
# a check-in at 0.25 (issue 14, blind8)
CHECK_IN_INTENT_MIN = 0.3

# A short question its words name outranks a worry reading too ("is what she's doing
# actually illegal?" is not a new worry about illegal content).
SHORT_QUESTION_WORDS = 8
# questions about the app or the law stay questions a little longer ("how do i stop it
# showing on my fyp", "but im nearly 16 so its fine right"); a longer message is a new story
LONGER_QUESTION_WORDS = 12
LONGER_QUESTIONS = ("is_it_illegal_nudes",)
# questions that are also a fair first message about a worry ("how do i make my tiktok
# private"): the worry's reading stands here; action_signpost answers them as questions
# when that worry's advice was already given
WORRY_LIKE_QUESTIONS = ("how_to_block_report", "what_if_they_post_it", "app_suitability")
_ASKS = followups.QUESTION  # a message that asks something

# Intents a follow-up question's own words outrank: "please don't tell anyone" is not "yes".
CONVERSATION_INTENTS = ("affirm", "deny", "greet", "goodbye", "thanks", "something_else", "start_over",
                        "i_am_parent", "i_am_professional", "i_am_young_person", "ask_capabilities")


ROLE_INTENTS = {"i_am_parent": PARENT, "i_am_professional": PROFESSIONAL}
_SOMEONE_WHO_LOOKS_AFTER_ME = re.compile(
    r"\bmy (mum|mom|mam|mummy|mother|dad|daddy|father|parents?|carers?|foster (mum|dad|carer|parents?)|"
    r"step ?(mum|dad|mom)|nan|nanny|gran|grandma|grandad|auntie?|uncle|teacher|social worker|youth worker|"
    r"tutor|head of year|coach|key ?worker)s?\b", re.I)


def not_a_role(data: Dict[Text, Any]) -> Dict[Text, Any]:
    """"ok my dad's here", "my social worker said": a young person naming an adult in
    their life is not telling us they are a parent or a professional. A role intent stands
    only when the entity rules found the writer's own role ("I'm his mum", "as a DSL"), or
    the message names no such adult; otherwise the classifier's next choice."""
    intent = (data.get(INTENT) or {}).get(INTENT_NAME_KEY)
    role = ROLE_INTENTS.get(intent or "")
    if role is None or not _SOMEONE_WHO_LOOKS_AFTER_ME.search(data.get(TEXT) or ""):
        return data
    if any(e.get("entity") == "audience" and e.get("value") == role for e in data.get("entities") or []):
        return data
    ranking = [r for r in data.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) not in ROLE_INTENTS]
    data[INTENT] = dict(ranking[0]) if ranking else {INTENT_NAME_KEY: FALLBACK, PREDICTED_CONFIDENCE_KEY: 1.0}
    data[INTENT_RANKING_KEY] = ranking
    return data


# Starting again wipes the conversation, so it needs its own words: "hes started throwing
# stuff" read as start_over wiped a disclosure of abuse (issue 14, blind12 re-run)
_START_AGAIN = re.compile(
    r"\b(start|begin|starting|beginning)\w* (again|over|afresh|fresh|a new|from (the )?(beginning|start|scratch))\b"
    r"|\b(restart|reset|new (chat|conversation)|clear|wipe|forget everything|from the top|fresh start|main menu|"
    r"(back|again) (to|from) the (start|beginning))\b|^\W*/restart\b", re.IGNORECASE)


def start_over_in_words(data: Dict[Text, Any]) -> Dict[Text, Any]:
    """start_over stands only when the message asks to start again in words; otherwise the
    classifier's next choice, or not understood."""
    if (data.get(INTENT) or {}).get(INTENT_NAME_KEY) != "start_over" or _START_AGAIN.search(data.get(TEXT) or ""):
        return data
    ranking = [r for r in data.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != "start_over"]
    data[INTENT] = dict(ranking[0]) if ranking else {INTENT_NAME_KEY: FALLBACK, PREDICTED_CONFIDENCE_KEY: 1.0}
    data[INTENT_RANKING_KEY] = ranking
    return data


# Saying goodbye needs its own words too, and is never a question: "ok i got off the bus. now
# what?", "ok were not going. what now", "he's gone now, police came" read as goodbye ended
# the conversation with "take care" (blind46-47)
_GOODBYE_WORDS = re.compile(
    r"\b(bye+|goodbye|good bye|cya|see (ya|you|u)|gotta go|got to go|have to go|need to go|gtg|g2g|ttyl|laters|"
    r"talk (later|soon)|speak (later|soon)|catch you later|night|goodnight|nite|peace out|end (the )?chat|leaving|"
    r"(im|i'm|i am|ill|i'll|i will) (off|going|done|go)|that'?s (all|it|everything)|thats (all|it|everything)|"
    r"all sorted|leave it there|come back later)\b", re.IGNORECASE)
_NOT_GOODBYE = re.compile(r"\?|\b(what now|now what|what next|what do i do|what should i do|what happens)\b",
                          re.IGNORECASE)


def goodbye_in_words(data: Dict[Text, Any]) -> Dict[Text, Any]:
    """goodbye stands only when the message says goodbye in words and asks nothing;
    otherwise the classifier's next choice."""
    text = data.get(TEXT) or ""
    if ((data.get(INTENT) or {}).get(INTENT_NAME_KEY) != "goodbye"
            or (_GOODBYE_WORDS.search(text) and not _NOT_GOODBYE.search(text))):
        return data
    ranking = [r for r in data.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != "goodbye"]
    data[INTENT] = dict(ranking[0]) if ranking else {INTENT_NAME_KEY: FALLBACK, PREDICTED_CONFIDENCE_KEY: 1.0}
    data[INTENT_RANKING_KEY] = ranking
    return data


WORRY_OVER_FALLBACK = 0.18   # the first worry's own confidence, at least
WORRIES_TOGETHER = 0.4       # and the worries among the first three choices, together


def worry_over_fallback(data: Dict[Text, Any]) -> Dict[Text, Any]:
    """"a year 9 girl says her dad hit her": the classifier splits its confidence between
    neighbouring worries (abuse at home, domestic abuse), so none reaches the
    FallbackClassifier's threshold and the message would be "not understood". When its
    first choice is a worry and the worries among its first three choices are together
    fairly likely, the first worry is the answer: advice for a neighbouring worry, with
    its people to talk to, serves better than asking a child to say it again."""
    if (data.get(INTENT) or {}).get(INTENT_NAME_KEY) != FALLBACK:
        return data
    ranking = [r for r in data.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != FALLBACK]
    if not ranking or ranking[0].get(INTENT_NAME_KEY) not in WORRIES:
        return data
    together = sum(float(r.get(PREDICTED_CONFIDENCE_KEY) or 0) for r in ranking[:3]
                   if r.get(INTENT_NAME_KEY) in WORRIES)
    if float(ranking[0].get(PREDICTED_CONFIDENCE_KEY) or 0) >= WORRY_OVER_FALLBACK and together >= WORRIES_TOGETHER:
        data[INTENT] = dict(ranking[0])
    return data


# Intents that say who someone is or steer the conversation; a long message read as one
# of them also tells a worry ("I'm a police officer and a 14 year old has disclosed
# sextortion", "different thing - her brother isn't eating").
STEERING_INTENTS = ("i_am_parent", "i_am_professional", "i_am_young_person", "something_else")
STEERING_WORDS = 7
WORRY_IN_A_LONG_MESSAGE = 0.05


def worry_over_steering(data: Dict[Text, Any]) -> Dict[Text, Any]:
    """A message of more than STEERING_WORDS words read as "I'm a parent" or "something
    else" is about its first worry, when the classifier gives one at least
    WORRY_IN_A_LONG_MESSAGE: the role is still taken from the entity rules, and the menu
    would ask for what the person has just said."""
    if (data.get(INTENT) or {}).get(INTENT_NAME_KEY) not in STEERING_INTENTS:
        return data
    if len((data.get(TEXT) or "").split()) <= STEERING_WORDS:
        return data
    worry = next((r for r in data.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) in WORRIES), None)
    if worry and float(worry.get(PREDICTED_CONFIDENCE_KEY) or 0) >= WORRY_IN_A_LONG_MESSAGE:
        data[INTENT] = dict(worry)
    return data


def apply_tiers(data: Dict[Text, Any], texts: List[str], scores: List[float], head: risk.RiskHead,
                classifier: Dict[Text, Any], check_in_phrase: Optional[str] = None,
                harmless_phrase: Optional[str] = None) -> Dict[Text, Any]:
    """Set the tier on a parse result that the phrase net has already seen.

    ``classifier`` is the parse as the classifier and FallbackClassifier left it, before
    the phrase net; ``check_in_phrase`` a phrase of possible danger the net found,
    ``harmless_phrase`` an everyday use of alarming words it found."""
    ranking = classifier.get(INTENT_RANKING_KEY) or []
    top = first_choice(ranking)
    risk_p = next((float(r.get(PREDICTED_CONFIDENCE_KEY) or 0) for r in ranking
                   if r.get(INTENT_NAME_KEY) == IMMEDIATE_RISK), 0.0)
    classifier_intent = (classifier.get(INTENT) or {}).get(INTENT_NAME_KEY)
    phrase = (data.get("safety_net") or {}).get("phrase")
    assessment = risk.assess(texts, scores, head, phrase=phrase, classifier_intent=classifier_intent,
                             classifier_first_choice=top.get(INTENT_NAME_KEY) if top else None,
                             classifier_risk=risk_p,
                             classifier_confidence=float(top.get(PREDICTED_CONFIDENCE_KEY) or 0) if top else 0.0,
                             check_in_phrase=check_in_phrase, harmless_phrase=harmless_phrase)
    worry = (worry_of(ranking, classifier_intent) or worry_of_phrase((data.get("safety_net") or {}).get("rule"))
             or worry_of_words(data.get(TEXT) or ""))
    assessment = dataclasses.replace(assessment, worry=worry)
    rule = (data.get("safety_net") or {}).get("rule")
    if (assessment.tier == risk.EMERGENCY and risk.safe_now_stated(data.get(TEXT) or "")
            and ((assessment.source == "phrase" and rule in THOUGHT_RULES)
                 or (assessment.source in ("encoder", "classifier") and worry in SAFE_NOW_WORRIES))):
        # "ive been cutting again but im ok rn": thoughts or self-harm with a stated present
        # safety are asked about (999 and Childline in view), then the self-harm help
        assessment = dataclasses.replace(assessment, tier=risk.CHECK_IN, source=f"{assessment.source}:safe_now")
    data["risk"] = assessment.as_dict()
    others = [r for r in ranking if r.get(INTENT_NAME_KEY) not in (IMMEDIATE_RISK, CHECK_IN)]
    if (assessment.tier == risk.NO_RISK and top and top.get(INTENT_NAME_KEY) == CHECK_IN
            and float(top.get(PREDICTED_CONFIDENCE_KEY) or 0) >= CHECK_IN_INTENT_MIN):
        # the classifier itself read distress without a plan
        assessment = dataclasses.replace(assessment, tier=risk.CHECK_IN, source="classifier",
                                         score=float(top.get(PREDICTED_CONFIDENCE_KEY) or 0))
    if (assessment.tier == risk.CHECK_IN and assessment.source in ("encoder", "classifier") and not check_in_phrase
            and not (top and top.get(INTENT_NAME_KEY) == IMMEDIATE_RISK)
            and risk.settled_context(data.get(TEXT) or "")):
        # over and done with, or a routine medical visit: the models' doubt alone is not asked
        # about (never the classifier's reading of danger now, never a phrase)
        assessment = dataclasses.replace(assessment, tier=risk.NO_RISK, source="settled")
        data["risk"] = assessment.as_dict()
    band = ages.pure_age_answer(data.get(TEXT) or "") if assessment.tier == risk.NO_RISK else None
    if band:
        # "seventeen", "year 8", "rather not say": an answer to "how old are you?" whatever
        # the classifier made of it (a question, or not understood)
        name = "decline_age" if band == ages.UNKNOWN else "tell_age"
        data["risk"] = assessment.as_dict()
        new_top = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
        data[INTENT] = new_top
        data[INTENT_RANKING_KEY] = [new_top] + [r for r in others if r.get(INTENT_NAME_KEY) != name]
        return data
    text = data.get(TEXT) or ""
    if (assessment.tier == risk.EMERGENCY and assessment.source in ("encoder", "classifier")
            and len(text.split()) <= SERVICE_LOOKUP_WORDS and services.asked_about(text)):
        # "ok whats beat": a service asked about by name; the models hear "beat". Asked
        # about first (a check-in), which the question below then answers. A phrase of
        # danger is never lowered.
        assessment = dataclasses.replace(assessment, tier=risk.CHECK_IN)
        # never lowered: an emergency, or a phrase of possible danger ("her cut is really deep
    # and she won't call anyone" is not a question about phoning)
    question = plain_question(data.get(TEXT) or "", check_in=assessment.tier == risk.CHECK_IN) \
        if assessment.tier != risk.EMERGENCY and not check_in_phrase and not assessment.source.endswith(":safe_now") \
        else None
    if (question == "lado" and assessment.tier == risk.CHECK_IN
            and assessment.encoder_score >= head.strong_doubt):
        # "LADO question: a colleague has just driven off with a pupil in his car": the
        # danger is asked about first, not answered as a question about the route (round 24)
        question = None
    text = data.get(TEXT) or ""
    current = (data.get(INTENT) or {}).get(INTENT_NAME_KEY)
    if not question and assessment.tier == risk.NO_RISK and (
            (current in CONVERSATION_INTENTS and len(text.split()) <= followups.CUE_MAX_WORDS)
            or (current in WORRIES and len(text.split()) <= LONGER_QUESTION_WORDS and _ASKS.search(text))):
        # "please don't tell anyone" is not "yes"; "is that illegal?" is not a new worry
        question = followups.cue(text) or (
            "practical" if current in CONVERSATION_INTENTS and followups.practical(text) else None)
        if question and current in WORRIES and (question in WORRY_LIKE_QUESTIONS or (
                len(text.split()) > SHORT_QUESTION_WORDS and question not in LONGER_QUESTIONS)):
            question = None
    if question:
        # "what's the Beat number?", "will she know it was me?": a question about a service
        # or about what happens next is answered, not met with "are you safe?" (the encoder
        # hears "beat"). Never an emergency: that tier is never lowered.
        assessment = dataclasses.replace(assessment, tier=risk.NO_RISK, source=f"question:{question}")
        data["risk"] = assessment.as_dict()
        new_top = {INTENT_NAME_KEY: FAQ, PREDICTED_CONFIDENCE_KEY: 1.0}
        data[INTENT] = new_top
        data[INTENT_RANKING_KEY] = [new_top] + [r for r in others if r.get(INTENT_NAME_KEY) != FAQ]
        return data
    data["risk"] = assessment.as_dict()
    if assessment.tier == risk.EMERGENCY:
        if (data.get(INTENT) or {}).get(INTENT_NAME_KEY) != IMMEDIATE_RISK or not phrase:
            new_top = {INTENT_NAME_KEY: IMMEDIATE_RISK, PREDICTED_CONFIDENCE_KEY: round(assessment.score, 4)}
            data[INTENT] = new_top
            data[INTENT_RANKING_KEY] = [new_top] + others
    elif assessment.tier == risk.CHECK_IN:
        new_top = {INTENT_NAME_KEY: CHECK_IN, PREDICTED_CONFIDENCE_KEY: round(assessment.score, 4)}
        data[INTENT] = new_top
        data[INTENT_RANKING_KEY] = [new_top] + others
    elif (data.get(INTENT) or {}).get(INTENT_NAME_KEY) == IMMEDIATE_RISK:
        raise AssertionError("an immediate-risk reading lost its tier")  # assess never lowers it
    return data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class ImmediateRiskSafetyNet(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "phrases": None,          # a path to another phrases file (tests); default: the project's own
            "hidden": 128,            # the risk head's hidden units and L2 penalty: by 5-fold
            "alpha": 0.01,            # cross-validation on the training data (evaluation/variants.md)
            # at most this share of non-risk training messages get the 999 reply, and at most
            # check_in_rate a check-in (out-of-fold; safeguarding.vocabulary)
            "emergency_rate": EMERGENCY_RATE,
            "check_in_rate": CHECK_IN_RATE,
            "random_seed": 42,
        }

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 net: SafetyNet, head: Optional[risk.RiskHead] = None,
                 encoder: Optional[SentenceEncoder] = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.net = net
        self.head = head
        self.encoder = encoder

    @classmethod
    def _net(cls, config: Dict[Text, Any]) -> SafetyNet:
        path = config.get("phrases")
        return load_safety_net(path) if path else default_safety_net()

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ImmediateRiskSafetyNet":
        return cls(config, model_storage, resource, cls._net(config))

    def _encoder(self) -> SentenceEncoder:
        if self.encoder is None:
            self.encoder = default_encoder()  # checks the files' SHA-256; refuses on a mismatch
        return self.encoder

    def _vectors(self, texts: List[str]) -> List[np.ndarray]:
        """For each message: the sentence vectors of the whole message and its clauses."""
        groups = [risk.texts_to_score(t) for t in texts]
        flat = self._encoder().encode([s for g in groups for s in g])
        out, i = [], 0
        for group in groups:
            out.append(flat[i:i + len(group)])
            i += len(group)
        return out

    def train(self, training_data: TrainingData) -> Resource:
        # check_in examples (distress without a plan) are neither danger now nor harmless:
        # the head learns only from the clear cases, and they fall between its thresholds
        examples = [m for m in training_data.intent_examples
                    if m.get(TEXT) and m.get(INTENT) and m.get(INTENT) != CHECK_IN]
        vectors = self._vectors([m.get(TEXT) for m in examples])
        labels = [m.get(INTENT) == IMMEDIATE_RISK for m in examples]
        self.head, report = risk.train_head(
            vectors, labels, hidden=self.config["hidden"], alpha=self.config["alpha"],
            emergency_rate=self.config["emergency_rate"], check_in_rate=self.config["check_in_rate"],
            seed=self.config["random_seed"])
        logger.info("Risk head trained: %s", report)
        with self._model_storage.write_to(self._resource) as directory:
            np.savez(directory / HEAD_FILE, **self.head.to_arrays())
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "ImmediateRiskSafetyNet":
        with model_storage.read_from(resource) as directory:
            with np.load(directory / HEAD_FILE, allow_pickle=False) as arrays:
                head = risk.RiskHead.from_arrays(dict(arrays))
        # the encoder is loaded (and its hashes checked) with the model, not at the first message
        threads = serving_blas_threads()
        encoder = default_encoder()
        encoder.cache_size = SERVING_CACHE_SIZE
        encoder.prepare(threads)  # before the server forks its workers: they share it
        return cls(config, model_storage, resource, cls._net(config), head, encoder)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        todo = [m for m in messages if m.get(TEXT)]
        if not todo:
            return messages
        vectors = self._vectors([m.get(TEXT) for m in todo]) if self.head is not None else None
        for index, message in enumerate(todo):
            with one_message():  # the text's readings are worked out once (safeguarding/memo.py)
                self._process_one(message, vectors[index] if vectors is not None else None)
        return messages

    def _process_one(self, message: Message, vector: Optional[np.ndarray]) -> None:
        fixed = self._fixed(message, message.get(INTENT), message.get(INTENT_RANKING_KEY))
        for key in (INTENT, INTENT_RANKING_KEY):
            message.set(key, fixed[key], add_to_output=True)
        # the risk tiers read the n-gram model's reading when the classifier gives one
        # (linear_classifier.NGRAM_READING); the worry, when there is no danger, is the
        # reading with the sentence vector
        ngram = message.get(NGRAM_READING)
        scores = ([float(s) for s in self.head.probabilities(vector)]
                  if self.head is not None and vector is not None else None)
        if not ngram:
            updated = self._tiers(message, fixed, scores)
        else:
            ngram = as_fallback(ngram)
            updated = self._tiers(message, self._fixed(message, ngram[INTENT], ngram[INTENT_RANKING_KEY]), scores)
            if _no_danger(updated):
                # no danger as the n-gram reading has it: the message as the sentence
                # vector reads it, unless that reading finds danger the other did not
                # (then the n-gram reading stands, as before the sentence vector)
                with_vector = self._tiers(message, fixed, scores)
                if _no_danger(with_vector):
                    updated = with_vector
        for key in (INTENT, INTENT_RANKING_KEY, "safety_net", "risk"):
            if key in updated:
                message.set(key, updated[key], add_to_output=True)

    def _tiers(self, message: Message, reading: Dict[Text, Any], scores: Optional[List[float]]) -> Dict[Text, Any]:
        """The phrase net and the risk tiers over one reading of the message."""
        classifier = {INTENT: reading[INTENT], INTENT_RANKING_KEY: reading[INTENT_RANKING_KEY]}
        updated = apply_safety_net(self.net, {TEXT: message.get(TEXT), **classifier})
        if self.head is not None and scores is not None:
            soft = self.net.match_check_in(message.get(TEXT)) if not updated.get("safety_net") else None
            updated = apply_tiers(updated, risk.texts_to_score(message.get(TEXT)), scores, self.head, classifier,
                                  check_in_phrase=soft.phrase if soft else None,
                                  harmless_phrase=self.net.harmless_phrase(message.get(TEXT)))
        return updated

    @staticmethod
    def _fixed(message: Message, intent: Any, ranking: Any) -> Dict[Text, Any]:
        return worry_over_steering(worry_over_fallback(goodbye_in_words(start_over_in_words(not_a_role({
            TEXT: message.get(TEXT), INTENT: intent, INTENT_RANKING_KEY: ranking,
            "entities": message.get("entities")})))))


# The one place the project's speed fixes to Rasa are applied: Rasa imports this module
# whenever it loads or trains the model (config.yml ends with ImmediateRiskSafetyNet), so
# they are in place before it runs anything. apply() checks Rasa's version and honours
# the off switch, KENT_RASA_SPEEDUPS=off (nlu_components/rasa_speedups.py).
rasa_speedups.apply()
# Not a speed fix and not switched off with them: endpoints.yml may name the actions
# module to run in the Rasa process, and then there is no action server to fall back on.
in_process_actions.install()
