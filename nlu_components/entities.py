"""Entities from the project's spaCy pipeline: age, platform and audience.

An age is reported as its age band ("im 14" -> age_14_17), never the exact number:
the band is all the advice needs, and all a safeguarding lead should see. The rules are
in data/spacy/entity_patterns.yml, compiled into the spaCy pipeline that SpacyNLP loads;
this component reads the matches and normalises them."""
from __future__ import annotations

import re

from typing import Any, Dict, List, Optional, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from safeguarding.ages import band_for_age, parse_age
from safeguarding.roles import DSL, says_they_are_the_dsl
from safeguarding.vocabulary import PARENT, PROFESSIONAL

# A number followed by one of these is a quantity, not an age ("is 20 quid").
NOT_AN_AGE_NEXT = {
    "pounds", "quid", "£", "p", "pence", "dollars", "minutes", "mins", "min", "hours", "hrs",
    "seconds", "secs", "days", "weeks", "months", "times", "pm", "am", "%", "percent",
    "people", "messages", "followers", "likes", "views", "robux", "vbucks", "points",
    "euros", "o'clock", "oclock", "miles", "km", "kg", "of",
}


# An age or a role is the user's own only when they speak about themselves (or, for a
# parent, about their own child): "he's 25", "a 17 year old lad", "my social worker",
# "her head of year" are someone else's.
FIRST_PERSON = {"i", "im", "i'm", "iam", "am", "m", "'m", "me", "my", "our", "myself"}
SOMEONE_ELSES = {"my", "our", "her", "his", "their", "your", "the", "a", "an", "this", "that", "'s", "s"}
SAYS_WHO_THEY_ARE = {"im", "i'm", "am", "as", "'m", "m"}


def own_age(doc: Any, ent: Any, parent_speaking: bool) -> bool:
    """Whether an age phrase is the user's own (or, for a parent, their child's)."""
    first = ent[0].lower_
    if first in ("im", "i'm", "iam", "am", "m", "'m"):
        return True  # "im 14"
    before = [t.lower_ for t in doc[max(0, ent.start - 4):ent.start]]
    if parent_speaking:
        return True  # "my son is 12", "my 12 year old": the child the parent asks about
    if not before:
        # "13 years old", "aged 10": an answer; not "7 yr old comes to school hungry"
        return first not in ("is", "'s", "s") and not _A_CHILD_AS_SUBJECT.search(doc.text)
    return any(word in FIRST_PERSON for word in before) and not any(
        word in ("he", "she", "they", "hes", "shes", "he's", "she's", "him", "friend", "mate", "man", "guy", "boy",
                 "girl", "boyfriend", "girlfriend", "bf", "gf", "ex", "partner", "brother", "sister", "cousin",
                 "mum", "mom", "dad", "stepdad", "stepmum", "uncle", "aunt", "auntie", "teacher", "coach", "bro",
                 "sis", "crush", "fella", "bloke", "lad", "woman", "lady", "person", "someone", "somebody")
        for word in before[-2:])


# A message that starts with a child's age as the subject of a verb: someone else writing
# about the child ("7 yr old regularly comes to school hungry", "15yo keeps going missing")
_A_CHILD_AS_SUBJECT = re.compile(
    r"^\W*(a |an |one )?\d{1,2} ?((year|yr)s?[- ]?olds?|yo|y/o)( (boy|girl|child|kid|lad|pupil|student))? "
    r"(regularly|always|often|keeps|is|has|was|comes|goes|says|said|seems|turns up|arrives|came|went|told|disclosed|"
    r"never|hasn'?t|isn'?t|won'?t|doesn'?t|refuses|wants|gets|got|stole|sent|shared|posted|showed|searched)\b",
    re.IGNORECASE)


def own_role(doc: Any, span: Any) -> bool:
    """Whether a role phrase says who the user is ("I'm a social worker", "as a DSL",
    "my pupil") rather than someone they know ("my social worker", "her head of year")."""
    first = span[0].lower_
    if (span.end + 1 < len(doc) and doc[span.end].lower_ in ("'s", "s")
            and doc[span.end + 1].lower_ in ("home", "homes", "centre", "center", "services", "ward", "unit",
                                             "hospital")):
        return False  # "our children's home": a place, not the writer's children
    if span.end < len(doc) and doc[span.end].lower_ in ("sister", "sisters", "brother", "brothers", "sis", "bro",
                                                      "cousin", "cousins", "niece", "nephew", "step"):
        return False  # "my baby sister", "my little boy cousin": family, not the writer's child
    if (first == "our" and span.start >= 2 and doc[span.start - 1].lower_ == "of"
            and span.end < len(doc) and doc[span.end].lower_ == "olds"):
        return False  # "one of our 13 year olds": a club's or a school's, not the writer's child (blind49)
    if first in ("my", "our", "one", "i", "i'm", "im", "as", "a") and len(span) > 1 and first != "a":
        return True  # "my pupil", "i'm a teacher", "as a dsl"
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    if any(word in SAYS_WHO_THEY_ARE for word in before):
        return True  # "im a [social worker]", "as a [youth worker]"
    return not (before and before[-1] in SOMEONE_ELSES)


# Someone reporting what a child they work with told them, without saying who they are:
# "a year 8 girl has told me", "a young person says", "one of my students disclosed",
# "PCSO here", "a 16 year old on my caseload". Not "a 17 year old told me he'd post my
# pics": a numeric age counts only with "disclosed" or "has told me".
_REPORTS_A_CHILD = re.compile(
    r"\b(a|one of (my|our|the)) (young (person|people)|pupils?|students?|patients?|clients?|child|children|"
    r"kids|(year|yr|y) ?\d{1,2}( (girl|boy|student|pupil|lad|child|kid)s?)?)"
    r"( (in|at|on|from) (my|our|the) [a-z]+( [a-z]+)?)?( has| have| had| just| recently)* "
    r"(told|tells|disclosed|said|says|reported|showed|confided|came to)\b"
    r"|\b(a|one of (my|our|the)) \d{1,2} ?(year|yr)[- ]?olds?( (girl|boy|lad|child|kid))?"
    r"( (in|at|on|from) (my|our|the) [a-z]+( [a-z]+)?)? (has (just )?(told me|disclosed)|disclosed|just disclosed)\b"
    r"|\b(a|one of (my|our|the)) [2-9] ?(year|yr)[- ]?olds? (girl |boy |child )?(told me|said|says|has told me)\b"
    r"|\b(a|one of the) (boy|girl|lad|child|kid|young person)s? (at|in|from) (the|our|my) "
    r"(youth (centre|club|group|project)|club i run|group i run|unit|ward|surgery|practice|nursery|setting)"
    r" (has |just )*(told|says|said|disclosed)\b"
    r"|\b(a|one of (my|our|the)) \d{1,2} ?(year|yr)[- ]?olds?( (girl|boy|lad|child|kid))? says (her|his|their)\b"
    r"|\bmy under ?\d{1,2}s\b|\b(other|our|my) pupils\b|\ba member of (staff|our staff)\b"
    r"|\bmy (year|yr) \d{1,2} (class|group|form|tutor group)\b|\ba group of (year|yr) \d{1,2}s\b"
    r"|\b(a|an) \d{1,2} (year|month|week)[- ]old (in|at) (my|our) (class|care|group|setting|nursery|club|team|school)\b"
    r"|^\W*(a |an )?\d{1,2} (month|week)[- ]old\b|\bwe('ve|ve| ve| have) had a (report|disclosure|concern|referral)\b"
    r"|\b(one of )?the other (coaches|teachers|staff|leaders|volunteers|youth workers)\b"
    r"|^\W*(pc|pcso|dsl|gp|senco|social worker|youth worker|teacher|school nurse|health visitor|nurse|coach|"
    r"police officer|safer schools officer|teaching assistant|head of year|form tutor)\s*[.,:;-]"
    r"|^\W*(a |the )?(year|yr) \d{1,2} (girl|boy|student|pupil|lad|child)\b|\bpupils?\b|\bhome visit\b"
    r"|(^\W*|\b(a|one of the|the) )young (person|people) (at|from|on|in) (the|our|my) "
    r"(youth|project|group|club|setting|unit|children'?s home|centre|session|ward|caseload)\b|\b(our|my) project\b"
    r"|\b(a |my |one of my )?colleagues?\b"
    r"|\b\d{1,2} ?(year|yr)[- ]?old (girl|boy|lad|child) (has |just )+(told me|disclosed)\b"
    r"|\b(on|in) my caseload\b|\bmy (patient|client)s?\b|\ba patient\b"
    r"|\b(pc|pcso|gp|nurse|school nurse|health visitor|police officer|social worker|youth worker|teacher|coach|"
    r"senco|tutor|teaching assistant|childminder|nursery worker|support worker|residential worker) here\b"
    r"|^\W*(pcso|gp|senco|school nurse|health visitor)\b", re.IGNORECASE)


# ...unless the writer is the one being harmed: "a year 10 boy said he will beat me up"
_HARMED_ME = re.compile(
    r"\b(beat|beats|beating|hurt|hurts|hurting|hit|hits|hitting|kill|stab|punch|threaten|threatens|threatening|"
    r"bully|bullies|bullying|message|messages|messaging|sent|send|sends|share|post|follow|follows|following|touch|"
    r"touched|pressure|pressuring|blackmail|blackmailing|rape|raped) me\b"
    r"|\bmy (pics|pictures|nudes|photos|video|videos|account|number|address)\b|\b(me up|at me|about me)\b"
    r"|\b(mean|nasty|horrible|rude|cruel) to me\b"
    r"|\b(calling|called|call|calls|ignore|ignores|ignoring|laughing at|laugh at|picking on|pick on|picks on|"
    r"filming|filmed|push|pushed|pushing|kick|kicked|kicking|chase|chased|grab|grabbed) me\b"
    r"|\btold me (that )?(i|im|i'm|i am)\b"
    r"|\b(pics|pictures|photos|videos|nudes|rumou?rs|lies) (of|about) me\b",
    re.IGNORECASE)


# Bringing up someone else's child: "I'm looking after my sister's two kids", "we're his foster carers"
_CARES_FOR_A_CHILD = re.compile(
    r"\b(looking after|look after|caring for|care for|bringing up|raising) (my |our )?"
    r"(sister'?s|brother'?s|daughter'?s|son'?s|cousin'?s|friend'?s|niece|nephew|"
    r"grand(son|daughter|child|children|kids)|partner'?s)( (two|three|four|\d) )?\b"
    r"|\b(we'?re|we are|i'?m|i am) (his|her|their) (foster carers?|carers?|guardians?|special guardians?|"
    r"kinship carers?|aunt|auntie|uncle|nan|nanna|gran|grandma|grandad|grandparents?|step ?mum|step ?dad|"
    r"adoptive (mum|dad|parents?))\b",
    re.IGNORECASE)


# A parent or carer by their own shorthand: "son 14 being pushed around", "daughter (15)",
# "15 yr old son", "my 12 y/o", "stepdad here", "my husband hits me and the kids hear it",
# "my lad (16)", "boy in our care" (issue 14: independent sets' parents taken for children)
_A_PARENT_WRITING = re.compile(
    r"^\W*(son|daughter|stepson|stepdaughter|step son|step daughter|grandson|granddaughter)\b(?! of\b)"
    r"|\b\d{1,2} ?(yo|y/o|yr|yrs|year|years)[- ]?(old )?(son|daughter|stepson|stepdaughter|grandson|granddaughter)\b"
    r"|\b(my|our) \d{1,2} ?(y/o|yo|y\.o\.?)(?!\w)"
    r"|(?<!my )(?<!our )(?<!his )(?<!her )\b(mum|mom|dad|stepdad|step-dad|step dad|stepmum|step-mum|nan|grandad|"
    r"grandma|grandparent|foster carer|foster mum|foster dad|parent|carer|single mum|single dad) here\b"
    r"|\bmy (husband|wife)\b|\bmy own (kids|children)\b|\b(my|our) (lad|lads|lass)\b"
    # "My nephews (5 and 8) are always hungry", "the little girl I've just taken in (6)" (blind52)
    r"|\bmy (nephews|nieces|grandchildren|grandkids|grandsons|granddaughters)\b"
    r"|\bmy (nephew|niece|grandson|granddaughter|grandchild) \(\d{1,2}\)"
    r"|\b(i'?ve|ive|i have|we'?ve|weve|we have) (just |recently )?taken in (a|an|two|three|this|my|our) (\w+ )?(child|"
    r"children|girl|boy|kid|kids|sibling|siblings|baby|toddler|teenager|teen|lad|foster child|nephew|niece|grandson|"
    r"granddaughter)s?\b"
    r"|\b(girl|boy|child|kid|lad|toddler|baby) (i'?ve|ive|i have|we'?ve|weve|we have) (just |recently )?taken in\b"
    r"|\bmy (partner|boyfriend|ex)\b.{0,80}\b(the|our|my|both) (kids|children)\b"
    r"|\b(boy|girl|child|lad|kids?|children) in our care\b"
    r"|\bwe (have|ve got|have got) (a|an|two|three) \d{1,2} ?(year|yr)[- ]?olds?\b"
    r"|\bmy (partner|husband|wife|fiance|fiancee)'?s (laptop|phone|computer|pc|ipad|tablet|account|search history)\b",
    re.IGNORECASE)

# A professional by their own shorthand: "year 3 teacher.", "PE teacher.", "Primary DSL.",
# "head of sixth form.", "SW.", "IT tech in a school", "at our youth project",
# "Y10 boy has just told me", "half our Y4", "asks us not to tell parents"
_A_PROFESSIONAL_WRITING = re.compile(
    r"^\W*(?!(my|our|his|her|their|the|a|an|your|this|that|some|one|me|i)\b)([a-z0-9&/-]+ ){0,3}"
    r"(teacher|tutor|dsl|ddsl|coach|leader|headteacher|nurse|worker|officer|senco|tech|technician|sw|pcso|gp|"
    r"manager|practitioner|lead|mentor|counsellor|governor|volunteer|childminder|paediatrician|doctor|psychologist|"
    r"head)\b(,? [a-z]+)?\s*[.,:;-]"
    r"|^\W*(head|deputy head|assistant head|head of year) of [a-z0-9 ]{2,20}[.,:;-]"
    r"|^\W*([a-z]+ ){0,2}(tech|technician|worker|nurse|teacher|assistant|officer|manager) (in|at) "
    r"(a|our|the) (school|college|nursery|children's home|academy|trust)\b"
    r"|\b(at|in|from|to) (our|my) (youth (club|project|centre|center|group|service)|children'?s home|clinic|surgery|"
    r"provision|cadets|cadet unit)\b"
    r"|\b(kids|children|players|members|young people|cadets|boys|girls|lads) (at|in|from) (my|our) "
    r"(club|team|squad|unit|session|youth club|group|academy)\b"
    r"|^\W*(a |the |two |three |some |several |half (of )?)?(our |my )?(y|yr|year) ?\d{1,2}s? "
    r"(boy|girl|student|pupil|lad|child|class|group|kids|students|pupils|boys|girls|children)\b"
    r"|\bhalf (of )?(our|my) (y|yr|year) ?\d{1,2}s?\b"
    r"|\b(asks|asked|begged|begging|wants) us not to tell\b|\b(send|sending|write|writing) (a )?letter\b"
    r"|\bone of (our|my) (tas|teachers|staff|coaches|volunteers|leaders|colleagues|teaching assistants)\b"
    # "One of my swimmers (14) has cuts", "We've noticed lots of Year 7s have Snap Map on", "Nudes of a
    # Year 9 girl are circulating" (blind54)
    r"|\b(one|some|two|three|a few|several|lots|loads|many|most|half) of (our|my) (swimmers|gymnasts|dancers|players|"
    r"athletes|runners|riders|skaters|boxers|footballers|cadets|scouts|guides|brownies|cubs|members|learners|tutees|"
    r"mentees|campers|residents|young people|kids|children)\b"
    r"|\b(lots|loads|many|most|half|several|some|a few|a lot) of (our |my |the )?(year|yr|y) ?\d{1,2}s\b"
    r"|\b(nudes?|images?|pictures?|photos?|videos?|pics) (of|from) (a|an|one) (year|yr|y) ?\d{1,2} "
    r"(girl|boy|pupil|student)\b"
    # "one of our 13 year olds", "one of my under 12s" (blind49)
    r"|\b(one|some|two|three|a few|several) of (our|my) \d{1,2} ?(year|yr)[- ]?olds\b"
    r"|\ba parent (has )?(shown|showed|told|sent|emailed|rang|rung|called|come to|came to) me\b"
    r"|\bi work (in|at|for) (a|an|the|our)\b|\bwe'?ve (stopped|found|had|got) a \d{1,2} ?(year|yr)[- ]?old\b"
    r"|\b(i'?m|im|i am) (a|an) (junior |assistant |head |senior |volunteer )?(swimming|football|rugby|netball|"
    r"gymnastics|dance|drama|music|piano|boxing|karate|judo|athletics|cricket|tennis|hockey|basketball|sports|pe|"
    r"maths|english|science|primary|secondary|supply|private|cadet|scout|guide|brownie|cub|church|youth) "
    r"(coach|teacher|tutor|leader|instructor|volunteer|worker)\b"
    r"|\bi (teach|tutor) (year|yr|y) ?\d{1,2}\b|\bi (teach|coach|tutor) (at|in) (a|the|our)\b"
    # "I run an U10s team", "I coach the under 12s", "a lad (13) at training just told me"
    r"|\bi (run|coach|manage|help run|help with|look after) (a|an|the|our|my) (u ?\d{1,2}s?|under[- ]?\d{1,2}s?|junior|"
    r"youth|girls'?|boys'?|kids'?) ?(team|side|squad|group|club|section)?\b"
    r"|\b(a|one|another) (lad|boy|girl|kid|child|player|member)s? \(\d{1,2}\) (at|after|during|from) "
    r"(training|practice|practise|rehearsal|our session|the session|club|the club|my session|the group)\b",
    re.IGNORECASE)

# "15 year old in clinic disclosed...", "a 14 year old mentioned a 25 year old 'boyfriend'",
# "12 year old self-harming, parents aware": a child described in the third person, with
# none of a child's own first-person words
_A_CHILD_DESCRIBED = re.compile(
    r"^\W*(a |an |one )?\d{1,2} ?((year|yr)[- ]?olds?|yo|y/o)\b"
    r"(?! (here|son|daughter|stepson|stepdaughter|step son|step daughter|grandson|granddaughter)\b)"
    r"|\b(a |the )?(child|young person|boy|girl|\d{1,2} ?((year|yr)[- ]?old|yo)) in care\b",
    re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(he|she|his|her|him|they|their|them|hes|shes|he's|she's|in care|parents|mum|dad|mother|"
                           r"father)\b", re.I)
_CHILD_FIRST_PERSON = re.compile(r"\b(me|my|myself|mine|i'?m|i am|i was|i've|ive)\b", re.IGNORECASE)
# words that are a professional's even in the first person ("told me", "I work with")
_WORK_FIRST_PERSON = re.compile(r"\b(told|tells|asked|showed|disclosed to|mentioned to|confided in|came to|came to see|"
                                r"came in to see|spoke to) me\b|\bi work with\b|"
                                r"\bmy (caseload|class|form|group|setting|school|club|team|service)\b", re.I)


# More of a professional's own shorthand, from the first runs of the conversation sets
# blind12-14: "student showed me fresh cuts", "teenage patient disclosed", "mum disclosed
# today that her partner hits her", "one of my year 6 girls", "year 8 told me", "coach at a
# youth football club.", "police officer based in a secondary", "filtering flagged",
# "attended a DA incident", "young person at our drop in", "kids in year 5 are all
# talking", "should we send a warning to all parents", "resources I can use in an assembly"
_A_PROFESSIONAL_AT_WORK = re.compile(
    # "A 12 year old at football flinches when I raise my voice", "a 14 year old at our
    # centre", "bruising on a non-mobile 4 month old baby" (issue 14, blind24/25)
    r"\b(a|an) \d{1,2} ?((year|yr)[- ]?old|yo|y/o) (at|in|from) (football|training|practice|club|the club|our club|"
    r"cadets|scouts|rugby|swimming|dance|drama|our centre|our center|the centre|our project|our unit|the unit|"
    r"our setting)\b"
    r"|\b(non-?mobile|\d{1,2} ?(month|week)[- ]old) (baby|infant|child)\b"
    r"|"
    # "Girl (15) keeps turning up with new nails", "A player (12) has marks on his legs",
    # "Young person (15) is in debt": a child with their age in brackets, a professional's note
    r"^\W*(a |an |one |another |the )?(lad|boy|girl|kid|child|player|member|pupil|student|young person|yp|teen|"
    r"teenager|learner|client)s? \(\d{1,2}\)"
    r"|"
    # a child met at work, described with no first-person words at all: "Stopped a 13 year
    # old carrying drugs", "Baby with repeated missed appointments", "A boy in year 9 is
    # refusing to eat lunch" (issue 14, blind21)
    r"^(?!.*\b(me|my|myself|mine|i|im|i'?m|ive|i'?ve|id|i'?d|ill|i'?ll)\b)\W*((stopped|found|saw|met|visited|picked up|"
    r"searched|arrested|dealt with|assessed) (a|an) \d{1,2} ?((year|yr)[- ]?old|yo|y/o)"
    r"|(a|one|the) (boy|girl|lad|child|kid|pupil|student) in (year|yr|y) ?\d{1,2}\b"
    r"|(a |the )?(baby|infant|newborn) with\b"
    # "Teen with an untreated tooth infection", "Boy in Y11 restricting his food", "One child
    # is always hungry", "A Year 9 has had untreated dental pain" (issue 14, blind31-35)
    r"|(a |an |one |the )?(teen|teenager|boy|girl|lad|child|kid|toddler|young person) (with (a |an )?(untreated|"
    r"repeated|persistent|severe|rapid|recurring|unexplained|visible|suspected|multiple|significant|poor|a history|"
    r"bruis|injur|marks|burns|weight loss)|who (is always|keeps|has been|has had|is often))"
    r"|(a |an |one |the )?(boy|girl|lad|child|kid|pupil|student) in (year|yr|y) ?\d{1,2}\b"
    r"|(one|a) (child|kid|pupil|student) (is always|always|keeps|has been|has had)\b"
    r"|(a |an )?(year|yr|y) ?\d{1,2} (has|had|is|was|keeps) (had |been )?"
    r"(untreated|missing|missed|always|not been|losing|lost|coming in|turning up)\b"
    # "Sixth form girl (17) is being picked up", "Looked after young person (15) found in
    # Gravesend", "Toddler living in a flat with no heating", "A 14 yo from London has been
    # found in a trap house", "Visiting a family, the 2 year old has..." (blind40-42)
    r"|(a |an |one |the )?(sixth form|sixth-form|looked after|looked-after|teenage|year \d{1,2}|y\d{1,2}) "
    r"(girl|boy|lad|child|kid|young person|teen|teenager)( \(\d{1,2}\))? (is|was|has|keeps|"
    r"living|found|seen|being|came|comes|arrives|turns|skipping)\b"
    r"|(a |the )?(toddler|baby|infant|newborn) (living|found|seen|left|with no|who)\b"
    r"|(a |an )\d{1,2} ?((year|yr)[- ]?old|yo|y/o) (from|in|at) [\w ]{2,30}\b(has been|was|is being|were) "
    r"(found|seen|stopped|picked up|arrested|reported)"
    r"|(visiting|visited|on a visit to|at a visit to) (a|the) (family|home|house|flat|mum|parent)\b"
    r"|(a|one|the) (lad|boy|girl|kid|child|young person) (at|from) (the |our )?(youth club|youth centre|drop in|"
    r"drop-in|scouts|cadets|club|project)\b)"
    # "I've seen a 3 year old with bruising that doesn't fit the explanation", "Attended a
    # call where a 14yo alleged abuse" (blind33)
    r"|^\W*(i'?ve|i have|i) (seen|examined|assessed|treated|noticed|spotted) (a|an) (\d{1,2} ?((year|yr)[- ]?old|yo)|"
    r"baby|toddler|infant|child|(year|yr|y) ?\d{1,2} (girl|boy|pupil|student|child))( with)?\b(?!.*\b(me|my)\b)"
    r"|^\W*attended (a|an) (call|job|incident|report|address|house|home)\b"
    # "Visiting a 6 month old and I've seen unexplained bruising" (blind52)
    r"|^\W*(visiting|visited|on a visit to|at a visit to|examined|examining|assessing|assessed) (a|an) "
    r"\d{1,2} ?(month|week)[- ]old\b"
    r"|"
    r"^\W*(a |an |the |our |my )?(student|pupil|patient|client|learner|service user|looked after child|"
    r"looked-after child|care leaver|reception child|nursery child|cyp|lac)\b(?! (at|in|from) my\b)"
    r"|\b(teenage|teen|adolescent|(year|yr|y) ?\d{1,2}|\d{1,2} ?(yr|year)[- ]?old) (patient|client|student|pupil|"
    r"learner)s?\b"
    r"|\b(one of|several of|some of|two of|a few of) (my|our) (year|yr|y) ?\d{1,2}( (girls|boys|students|pupils|"
    r"class)|s)\b"
    r"|^\W*(a |one )?(year|yr|y) ?\d{1,2}s? (has |have |just )*(told me (that )?(her|his|their|about)|disclosed|"
    r"came to me|showed me (her|his|their))\b"
    r"|^\W*(mum|mother|dad|father|parent|carer)( of (a|an|the|one of our) [\w-]+( [\w-]+)?)? (has |had |just )*"
    r"disclosed\b"
    r"|^\W*(a|one) (mum|mother|dad|father|parent|carer)( of [\w -]+)? (has |had |just )*(told me|disclosed|confided|"
    r"came to me)\b"
    r"|^\W*(mum|mother|dad|father|parent) of (a|an) [\w-]+( [\w-]+)? (has |had |just )*(told me|disclosed|said)\b"
    r"|^\W*(?!(my|our|his|her|their|the|a|an|your|this|that|some|one|me|i)\b)([a-z]+ ){0,2}(coach|ta|teacher|nurse|"
    r"worker|officer|pcso|pc|tutor|leader|volunteer|manager|lead|senco|gp|doctor|practitioner|sw|assistant|head) "
    r"(at|in|for|with|based in|based at|working in|working at) (a|an|the|our|my) ([\w-]+ ){0,3}(school|club|academy|"
    r"college|nursery|team|unit|home|service|charity|practice|surgery|hospital|ward|centre|center|project|trust|"
    r"secondary|primary)\b"
    r"|\b(filtering|monitoring|the filter|our filter|web filter)( system| software)? (has |just )?(flagged|picked up|"
    r"alerted|showed|caught|blocked)\b"
    r"|^\W*(attended|visited|went to|called to) (a|the) (house|home|flat|property|address)\b"
    r"|\b(attended|was called to|were called to) (a|an) (da|domestic|domestic abuse|domestic violence|"
    r"incident|job|call-?out|address)\b"
    r"|\b(young (person|people)|kids|children|girls|boys|\d{1,2}[- ]\d{1,2} ?(yr|year)[- ]?olds) (at|in|from) "
    r"(our (youth club|drop ?in|drop-in|unit|ward|clinic|practice|project|session|setting|nursery)|"
    r"the (youth club|drop ?in|drop-in|unit|ward|clinic|practice|project|setting|nursery) (i|we) (run|work))\b"
    r"|\b\d{1,2}[- ]\d{1,2} ?(yr|year)[- ]?olds (at|in|from) (the|our|my) (youth club|club|drop ?in|drop-in|unit|"
    r"group|project|session|setting)\b"
    r"|\b(send|sending|write|writing|email|emailing) (out )?(a |an )?(warning|letter|email|message|note|text) "
    r"(to|home to|out to) (all )?(the |our )?(parents|families|carers)\b"
    r"|\b(resources?|materials?|ideas?|slides|something|anything) (i|we) (can|could) (use|show|do) (in|for) "
    r"(an|a|our|my|the) (assembly|lesson|pshe lesson|tutor time|staff meeting|inset)\b"
    r"|\b(for|to) (our|my|the|school) staff\b|\bstaff training\b|\b(our|my) (staff|staff team|colleagues)\b"
    r"|^\W*(cse|cce|safeguarding|welfare|child protection|cp|prevent|da|dv|fgm|county lines|exploitation|neglect) "
    r"(concern|query|question|issue|referral|case)\b"
    r"|\b(my|our) (u|under[ -]?)\d{1,2}s? (squad|players)\b"
    # a parent telling the writer something at work: "a parent says one of our teachers...",
    # "a parent has handed me their son's phone"
    r"|^\W*(a|one|another) (parent|mum|mother|dad|father)( of (a|an|one of) [\w-]+( [\w-]+)?)? (says|said|has|had|"
    r"told me|came in|rang|phoned|emailed|called|reported|handed|brought|asked|is saying|is alleging|alleges|"
    r"keeps|is posting|posted|has been posting)\b"
    # a role as a note's first word: "Police. Stopped a car with...", "School nurse: a Year 9
    # showed me..." (blind38)
    r"|^\W*(police|police officer|pc|pcso|officer|detective|social worker|sw|school nurse|nurse|teacher|dsl|ddsl|"
    r"youth worker|health visitor|gp|paramedic|coach|senco|headteacher|head teacher|response officer|"
    r"family support worker|residential worker|support worker|childminder|nursery manager)\s*[.,:;\u2013-]"
    # a setting or a job as a note's heading: "After-school club: a 6 year old...", "PE teacher:",
    # "Deputy head:" (blind44)
    r"|^\W*(?!(my|our|his|her|their|the|a|an|your|this|that)\b)([\w-]+ ){0,2}(club|nursery|pre-?school|teacher|tutor|"
    r"head|worker|leader|nurse|officer|coach|supervisor|assistant|manager|practitioner|senco|lead|dsl|gp|"
    r"receptionist|volunteer|instructor|childminder)\s*[:\u2013]"
    # the signs asked about for a school: "What are the signs of child criminal exploitation I
    # should be looking out for in secondary?" (blind48)
    r"|\b(signs|indicators|red flags|warning signs)\b.{0,60}\b(look|looking|watch|watching) out for\b.{0,20}"
    r"\b(in|at|among|with) (secondary|primary|school|our school|my school|my class|the classroom|our pupils|pupils|"
    r"students|our setting|the setting|my setting)\b"
    # a baby or a patient as a note's subject: "Baby (6 months) has bruising ...", "Baby, 4
    # months, with ...", "Adult patient has disclosed domestic abuse" (blind50-51)
    r"|^\W*(a |the )?(baby|infant|newborn|toddler)\s*[(,:\u2013-]"
    r"|^\W*(an? )?(adult |teenage |young |older |new |female |male )?(patient|client|service user)s? "
    r"(has|have|is|was|with|says|said|told|disclosed|reports|reported|presented|presenting)\b"
    # a pupil who said something, with an age in brackets: "A Year 3 pupil (7) said ..."
    r"|^\W*(a|one|another) (year \d{1,2}|y\d{1,2}|yr \d{1,2}|reception|nursery|primary|secondary) "
    r"(pupil|student|child|boy|girl)( \(\d{1,2}\))? (said|says|told|has told|disclosed|has disclosed)\b"
    # Year 9s as a note's subject with no first person: "A group of Y9s have been..."
    r"|^\W*(a group of |some |two |three |a few |several )?(y|yr|year) ?\d{1,2}s\b(?!.*\b(me|my|i|i'm|im|us|our)\b)"
    r"|\b(do|should|must|can|when (do|should|must)) (schools?|the school) (have to |need to )?(involve|refer|call|"
    r"report to|inform|tell)\b|\b(do|should|must|when (do|should|must)) we (have to |need to )?(refer|involve)\b",
    re.IGNORECASE)

# An adult worried about a child they look after or live near: "our foster son is 13",
# "young person (15) in my care", "new placement, 9yo came with", "the kids next door",
# "my partner's kids stay with us", "my autistic son (13)", "images of children on our family computer"
_AN_ADULT_WORRIED = re.compile(
    r"\b(my|our) (foster|adopted|adoptive|step|step-|grand) ?(son|daughter|child|kid|kids|children|boy|girl)\b"
    r"|\bin (my|our) care\b|^\W*new placement\b|\bplaced with (me|us)\b"
    r"|\b(kid|kids|child|children|boy|girl|baby|toddler|lad)s? (next door|over the road|across the road|"
    r"down the road|upstairs|downstairs|on our street)\b"
    r"|\bneighbou?r('?s|s'?)? (kid|kids|child|children|son|daughter|baby|toddler|boy|girl)s?\b"
    r"|\b(my|our) (partner|husband|wife|boyfriend|girlfriend)'?s (kids|children|son|daughter)\b"
    r"|\b(my|our) ([a-z]+ ){0,2}(son|daughter|stepson|stepdaughter|sons|daughters)\b"
    r"|\b(images|pictures|photos|videos) of (children|kids|young children|a child)\b.{0,60}\b(our|my) (family )?"
    r"(computer|laptop|pc|ipad|tablet)\b"
    r"|\b(our|my) (family )?(computer|laptop|pc)\b.{0,60}\b(images|pictures|photos|videos) of (children|kids)\b",
    re.IGNORECASE)


def cares_for_a_child(text: str) -> bool:
    text = (text or "").replace("\u2019", "'")
    return bool(_CARES_FOR_A_CHILD.search(text) or _A_PARENT_WRITING.search(text)
                or (_AN_ADULT_WORRIED.search(text) and not _HARMED_ME.search(text)))


# A child's own words quoted by the adult writing: "An 8 year old just told me 'mummy's
# boyfriend hurts me at night'": the "me" in the quote is the child's, not the writer's
_QUOTED = re.compile(r"(?:(?<=\s)|(?<=:)|^)['\"\u2018\u201c](.+?)['\"\u2019\u201d](?=[.,!?;:)]*(\s|$))")


def without_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text or "")


def describes_a_child_in_the_third_person(text: str) -> bool:
    if _A_CHILD_AS_SUBJECT.search(text) and not _CHILD_FIRST_PERSON.search(_WORK_FIRST_PERSON.sub(" ", text)):
        return True
    # "a 14 year old told me ...": the third person, or a child's words reported to the writer
    if not _A_CHILD_DESCRIBED.search(text) or not (_THIRD_PERSON.search(text) or _WORK_FIRST_PERSON.search(text)):
        return False
    return not _CHILD_FIRST_PERSON.search(_WORK_FIRST_PERSON.sub(" ", text))


# pupils, as a teacher names them, doing something to the writer: "Pupils have made TikToks
# mocking me with my photo" (blind44): harm to the writer, but the writer is staff
_PUPILS_TARGET_ME = re.compile(
    r"^\W*(some |two |three |a few |a group of |several )?(my )?pupils\b(?! (in|at|from|of) my)"
    r".{0,80}\b(me|my (photo|picture|name|car|family))\b"
    # parents, as staff name them, posting about the writer: "A parent has posted my photo on
    # Facebook calling me a groomer after a detention" (blind48)
    r"|^\W*(a parent|one parent|a group of parents|some parents|two parents|several parents|parents) "
    r"(has |have |is |are |keep |keeps |kept )?(posted|posting|put|putting|shared|sharing|made|making|set up|started|"
    r"writing|wrote|saying|said|accusing|calling)\b.{0,80}\b(me|my (photo|picture|name|face|car|family|address))\b",
    re.IGNORECASE)


_AGE_IN_BRACKETS = re.compile(r"\s*\(\s*\d{1,2}\s*\)")


def reports_a_child_they_work_with(text: str) -> bool:
    """Read as written, and with an age in brackets taken out: "a year 8 (13) told me she
    self-harms" is "a year 8 told me" (blind47)."""
    return _reports_a_child(text) or _reports_a_child(_AGE_IN_BRACKETS.sub("", text or ""))


def _reports_a_child(text: str) -> bool:
    text = without_quotes(text or "").replace("\u2019", "'")
    if _PUPILS_TARGET_ME.search(text):
        return True
    if _HARMED_ME.search(text):
        return False
    return bool(_REPORTS_A_CHILD.search(text) or _A_PROFESSIONAL_WRITING.search(text)
                or _A_PROFESSIONAL_AT_WORK.search(text) or describes_a_child_in_the_third_person(text))


def entities_from_doc(doc: Any) -> List[Dict[Text, Any]]:
    """Normalised entities from a spaCy Doc built by the project's pipeline."""
    found: List[Dict[Text, Any]] = []

    def add(entity: str, value: Any, span: Any) -> None:
        found.append({"entity": entity, "value": value, "start": span.start_char,
                      "end": span.end_char, "confidence": None})

    spans = [span for span in doc.spans.get("audience", []) if own_role(doc, span)]
    parent_speaking = any(span.label_ == PARENT for span in spans)
    for ent in doc.ents:
        if ent.label_ == "platform":
            add("platform", ent.ent_id_ or ent.text.lower(), ent)
        elif ent.label_ == "age":
            following = doc[ent.end].lower_ if ent.end < len(doc) else ""
            age = parse_age(ent.text)
            if age is not None and following not in NOT_AN_AGE_NEXT and own_age(doc, ent, parent_speaking):
                # the entity covers the number itself ("im [14]", "my [12] year old")
                number = next((t for t in ent if t.like_num or t.text[:1].isdigit()), ent)
                add("age", band_for_age(age), number if number is ent else doc[number.i:number.i + 1])
    if says_they_are_the_dsl(doc.text):
        add("role", DSL, doc[:])
    audiences = {span.label_ for span in spans}
    if not audiences and (reports_a_child_they_work_with(doc.text) or says_they_are_the_dsl(doc.text)):
        add("audience", PROFESSIONAL, doc[:])
        return found
    if not audiences and cares_for_a_child(doc.text):
        add("audience", PARENT, doc[:])
        return found
    # a professional talking about "my class" may also say "a child": professional wins
    for audience in (PROFESSIONAL, PARENT):
        if audience in audiences:
            span = next(s for s in spans if s.label_ == audience)
            add("audience", audience, span)
            break
    return found


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False, model_from="SpacyNLP"
)
class KentEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Reads the entity ruler's ages and platforms and the span ruler's audience words."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [SpacyNLP]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "KentEntityExtractor":
        return cls()

    def process(self, messages: List[Message], model: SpacyModel) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            doc: Optional[Any] = message.get(SPACY_DOCS[TEXT]) or model.model(text)
            extracted = self.add_extractor_name(entities_from_doc(doc))
            message.set(ENTITIES, message.get(ENTITIES, []) + extracted, add_to_output=True)
        return messages
