"""What the bot does when a worry comes in, as plain decisions (no Rasa types), so the
custom actions stay thin and the logic is testable on its own."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

from safeguarding.replies import REMINDER_PREFIX
from safeguarding.signposting import Offer, choose_resources
from safeguarding.vocabulary import (  # noqa: F401  (WORRIES re-exported for the actions)
    AGE_UNKNOWN as UNKNOWN, EMERGENCY, PARENT, PROFESSIONAL, TALK_TO_SOMEONE, WORRIES,
)


# a response name that stands for the first steps of a worry's advice (followups.reminder)
REMINDER = REMINDER_PREFIX


@dataclass
class Reply:
    """What to say, then resources, then more; and the worry to remember.

    Message names are replies by name (``safeguarding.replies``): wording from
    data/responses/, domain responses (``utter_*``) or a worry's first steps (``reminder_*``)."""

    responses: List[str] = field(default_factory=list)
    offers: List[Offer] = field(default_factory=list)
    worry: Optional[str] = None
    after: List[str] = field(default_factory=list)


def needs_age(audience: Optional[str], age_band: Optional[str]) -> bool:
    """Ask a young person's age once, because it changes both the wording and the
    services (Report Remove and Childline for under-18s, the Revenge Porn Helpline for
    adults). Parents and professionals are never asked; nor is anyone who has said or
    declined to say."""
    return audience not in (PARENT, PROFESSIONAL) and age_band is None


def signpost(worry: Optional[str], audience: Optional[str], age_band: Optional[str],
             age_asked: bool = False, advised: Optional[str] = None, age_answer: bool = False) -> Reply:
    """The reply to a worry (or to an age given while a worry is pending).

    Help first: the first reply to a worry already holds its next steps (don't pay, keep
    evidence, tell someone...); when a young person's age would change the services, the
    age question comes after them, once. Its answer brings the first three steps again, in
    the wording for that age, and the services (``advised``: the worry whose steps were
    already given). An answer that
    cannot be read is not asked again: the services that suit any child follow. The same
    worry told again (not an age answer, ``age_answer``) gets its first steps, briefly."""
    if worry not in WORRIES:
        return Reply(responses=["utter_ask_worry"])
    if needs_age(audience, age_band) and not age_asked:
        return Reply(responses=[f"ack_{worry}", f"steps_{worry}", "ask_age"], worry=worry)
    again = advised == worry
    said = [] if again else [f"ack_{worry}", f"steps_{worry}"]
    # an age given after the advice (a young person's own, a parent's "she's 14"): the
    # first steps again, briefly, in the words for that age, then its services
    answered_age_question = again and age_answer
    if again and not age_answer:
        # the same worry told again ("now they want more"): its first steps, briefly
        said = ["again_intro", f"{REMINDER}{worry}"]
    elif answered_age_question:
        # "im 12 x": the first steps, briefly, in the wording for that age, then its services
        said = ["age_answer_intro", f"{REMINDER}{worry}"]
    return Reply(
        responses=said + ["resources_intro"],
        offers=choose_resources(worry, audience, age_band or UNKNOWN),
        worry=worry,
        after=["offer_more"] if not again or answered_age_question else [],
    )


def emergency(audience: Optional[str], age_band: Optional[str], worry: Optional[str] = None,
              advised: Optional[str] = None) -> Reply:
    """Resources sent after the static emergency response; then back to the worry the
    person was telling us about (its next steps, or their first three again when they were
    given before: ``advised``), or an invitation to say more, never the menu from the start."""
    known = worry if worry in WORRIES else None
    steps = f"{REMINDER}{known}" if known and advised == known else f"steps_{known}"
    return Reply(
        responses=["emergency_resources_intro"],
        offers=choose_resources(EMERGENCY, audience, age_band or UNKNOWN),
        worry=known,
        after=["emergency_back_to_worry", steps, "offer_more"] if known else ["emergency_after"],
    )


def after_check_in(worry: Optional[str], audience: Optional[str], age_band: Optional[str],
                   age_asked: bool = False, advised: Optional[str] = None) -> Reply:
    """"I'm safe right now", after the check-in: the worry the message was about, or an
    invitation to say what is happening."""
    if worry not in WORRIES:
        return Reply(responses=["safe_now_ask_worry"])
    reply = signpost(worry, audience, age_band, age_asked, advised)
    reply.responses = ["safe_now_thanks"] + reply.responses
    return reply


def talk_to_someone(audience: Optional[str], age_band: Optional[str]) -> Reply:
    """People to talk to now (rules under ``talk_to_someone`` in signposting.yml)."""
    return Reply(
        responses=["talk_to_someone_intro"],
        offers=choose_resources(TALK_TO_SOMEONE, audience, age_band or UNKNOWN),
        after=["offer_more"],
    )
