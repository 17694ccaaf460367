"""Personal details in transcripts: phone numbers, email addresses, UK postcodes, street
addresses, social media handles and links to profiles.

Masking is on by default everywhere the app shows or exports a transcript; a reviewer can
reveal one transcript on purpose (audited). The contact details of the services the bot
itself gives (helplines, text numbers, their email addresses and sites) are not personal
and are never masked: they are read from the bot's own content (catalogue, domain and
response files), so a user writing "I rang 0808 800 5000" keeps the number.

Detection is by rules, tuned to keep ordinary chat intact ("im 14", "year 9", "b4 2nd
period", "£50", "10:30", "2 people on my road")."""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import FrozenSet, Iterable, List, Optional, Tuple

from review.config import ROOT

PHONE, EMAIL, POSTCODE, ADDRESS, HANDLE, PROFILE_LINK = (
    "phone", "email", "postcode", "address", "handle", "profile_link")
LABELS = {
    PHONE: "[phone number]",
    EMAIL: "[email address]",
    POSTCODE: "[postcode]",
    ADDRESS: "[address]",
    HANDLE: "[username]",
    PROFILE_LINK: "[profile link]",
}
# Neutral stand-ins for training data (Ofcom's drama number range, example.com): a real
# shape teaches the model more than a placeholder, and nothing personal goes into git.
STAND_INS = {
    PHONE: "07700 900000",
    EMAIL: "someone@example.com",
    POSTCODE: "AB1 2CD",
    ADDRESS: "1 Example Road",
    HANDLE: "username123",
    PROFILE_LINK: "username",
}

# --- Normalising: what the reader sees, with the tricks that hide details taken out -------
# Zero-width characters, soft hyphens, bidirectional controls and non-characters are
# dropped after NFKC (full-width digits become ASCII ones); a right-to-left override
# (U+202E ... U+202C) shows its characters reversed, so they are reversed here too.
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0")
RLO, LRO, PDF, PDI = "\u202e", "\u202d", "\u202c", "\u2069"


def _unreverse(text: str) -> str:
    """Characters inside a right-to-left override in the order they are displayed."""
    out: List[str] = []
    i = 0
    while i < len(text):
        if text[i] == RLO:
            j = i + 1
            while j < len(text) and text[j] not in (PDF, PDI, "\n"):
                j += 1
            out.append(text[i + 1:j][::-1])
            i = j + 1 if j < len(text) and text[j] != "\n" else j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _visible(ch: str) -> bool:
    if ch in INVISIBLE:
        return False
    code = ord(ch)
    if 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE or 0xD800 <= code <= 0xDFFF:
        return False  # non-characters and lone surrogates (they break YAML and PDF)
    if unicodedata.category(ch) == "Cc" and ch not in "\n\t":
        return False
    return True


def normalise(text: Optional[str]) -> str:
    """NFKC, right-to-left overrides undone, invisible and control characters removed.
    Masking works on this text, and the app shows this text."""
    if not text:
        return text or ""
    if not isinstance(text, str):
        text = str(text)
    if RLO in text:
        text = _unreverse(text)
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = "".join(ch for ch in text if _visible(ch))
    elif any(ord(ch) < 32 and ch not in "\n\t" for ch in text) or "\x7f" in text:
        text = "".join(ch for ch in text if _visible(ch))
    return text


# --- Phone numbers: 9 to 15 digits in groups, optionally +44 / 0044 / (01622) ----------------
PHONE_RE = re.compile(
    r"(?<![\w+£$€.,/:])"
    r"(?:(?:\+|00)\s?\d{1,3}[\s.-]?(?:\(0\)\s?)?)?"
    r"(?:\(\d{2,5}\)[\s.-]?)?"
    r"\d{2,6}(?:[ .-]?\d{2,7}){0,4}"
    r"(?![\w/:]|[.,]\d)"
)
MIN_PHONE_DIGITS = 9
# Digits with any spacing ("0 7 7 0 0 9 0 0 1 2 3", "077-00-900-123"); checked afterwards
# to look like a UK number (0 then 10 or 11 digits) or an international one (+ or 00).
LOOSE_PHONE_RE = re.compile(
    r"(?<![\w+£$€.,/:])(?:\+\s?|00\s?)?\d(?:[\s.\-()]{0,3}\d){8,14}(?![\w/:]|[.,]\d)")
# a letter O (or o) among digits read as a zero: "O77OO 9OO123"
DIGITS_AND_OS_RE = re.compile(r"[0-9oO]+")

# --- Email addresses, plus the spelled-out "name at gmail dot com" -------------------------
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}"
                      r"\.[A-Za-z]{2,24}(?![\w-])")
SPELLED_EMAIL_RE = re.compile(
    r"(?i)\b[a-z0-9._-]{2,40}\s{0,3}(?:@|\(at\)|\[at\]|\sat\s)\s{0,3}"
    r"(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|sky|me)"
    r"\s{0,3}(?:\.|\(dot\)|\[dot\]|\sdot\s)\s{0,3}(?:com|co\s{0,3}(?:\.|\sdot\s)\s{0,3}uk|net|org)\b")
# "kid @ example.com", "kid@ example.com"
SPACED_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?:\s{1,3}@\s{0,3}|@\s{1,3})"
    r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}(?![\w-])")
# "kid at example dot com", "kid (at) example (dot) co (dot) uk"
WORDY_EMAIL_RE = re.compile(
    r"(?i)(?<![\w.+-])(?P<local>[a-z0-9][a-z0-9._%+-]{0,40})\s{1,3}(?:at|\(at\)|\[at\])\s{1,3}"
    r"[a-z0-9-]{2,40}(?:\s{1,3}(?:dot|\(dot\)|\[dot\])\s{1,3}[a-z]{2,10}){1,3}\b")
NOT_A_MAILBOX = frozenset(
    "look looking looked stare staring laugh laughing me him her them us it this that home school work "
    "be was is am are were im i'm i we they he she you".split())

# --- UK postcodes: full postcodes whose area really exists --------------------------------
POSTCODE_AREAS = (
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT "
    "DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L "
    "LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S "
    "SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR "
    "WS WV YO ZE").split()
POSTCODE_AREA_SET = frozenset(POSTCODE_AREAS)
POSTCODE_RE = re.compile(
    r"(?i)\b(?P<area>[a-z]{1,2})\d[a-z\d]?\s{0,3}\d(?P<inward>[abd-hjlnp-uw-z]{2})\b")
ORDINALS = {"st", "nd", "rd", "th"}

# --- Street addresses ----------------------------------------------------------------------
# "12 Station Road", "12a high street", "Flat 3, 4 Mill Lane". Road-like words that are
# also ordinary words (close, drive, way, park...) count only when capitalised.
STRONG_STREETS = "road|rd|street|avenue|ave|lane|crescent|terrace|gardens|gdns|mews|boulevard"
WEAK_STREETS = ("Close|Drive|Grove|Way|Place|Court|Hill|Park|Square|Walk|Rise|View|Row|Green|Parade|"
                "Gate|Wharf|Yard|St")
NOT_A_NAME = frozenset(
    "on in at my the our your his her their this that of to from down up along across same other "
    "next whole and or but with by for near off around a an all every each some any few many".split())
STRONG_ADDRESS_RE = re.compile(
    r"(?i)(?<![\w.,])(?:(?:flat|apartment|apt)\s{0,2})?\d{1,4}[a-z]?,?\s{1,3}(?P<name>(?:[a-z][a-z'’-]{0,30}\s{1,3}){1,3})"
    r"(?:" + STRONG_STREETS + r")\b")
WEAK_ADDRESS_RE = re.compile(
    r"(?<![\w.,])\d{1,4}[a-zA-Z]?,?\s{1,3}(?P<name>(?:[A-Z][a-z'’-]{1,30}\s{1,3}){1,3})(?:" + WEAK_STREETS + r")\b")
ALL_STREETS = (STRONG_STREETS + "|" + WEAK_STREETS.lower() + "|court|house|lodge|towers?|mansions|heights|block|"
               "buildings?|estate|cottages?|farm|chase|way")
# "i live on station road", "he lives at 7 orchard close"
LIVE_ON_RE = re.compile(
    r"(?i)\b(?:live|lives|living|lived|stay|stays|staying|moved|move)\s{1,3}(?:at|on|in|to)\s{1,3}"
    r"(?P<address>(?:\d{1,4}[a-z]?,?\s{1,3})?(?P<name>(?:[a-z][a-z'’-]{0,30}\s{1,3}){1,3})(?:" + ALL_STREETS + r"))\b")
# "flat 4 rose court"
FLAT_RE = re.compile(
    r"(?i)\b(?:flat|apartment|apt|unit)\s{0,2}\d{1,4}[a-z]?,?\s{1,3}(?P<name>(?:[a-z][a-z'’-]{0,30}\s{1,3}){1,3})"
    r"(?:" + ALL_STREETS + r")\b")
LIVE_AT_RE = re.compile(
    r"(?i:\b(?:i\s{1,3}live\s{1,3}(?:at|on)|(?:my|our|his|her|their)\s{1,3}(?:home\s{1,3})?address\s{1,3}is|"
    r"address\s{0,3}[:=-])\s{1,3})"
    r"(?P<address>(?=[A-Z0-9])[^.!?\n]{2,60}?)(?=\s{0,3}(?:[.!?\n]|$)|\s{1,3}and\s|\s{1,3}but\s)")

# --- Social media handles and links to profiles --------------------------------------------
AT_HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?")
DISCORD_TAG_RE = re.compile(r"\b[A-Za-z0-9_.]{2,32}#\d{4}\b")
PLATFORMS = (r"snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|tt|twitter|discord|kik|telegram|roblox|"
             r"xbox|psn|fortnite|steam|twitch|youtube|yt|facebook|fb|threads|reddit|minecraft|epic")
NAMED_HANDLE_RE = re.compile(
    r"(?i)\b(?:(?:" + PLATFORMS + r")\s{0,3}(?:user\s?name|name|handle|id|tag|account|acc|@)?"
    r"|user\s?name|gamer\s?tag|handle)\s{0,3}(?:is|:|=|-)\s{0,3}@?(?P<handle>[a-z0-9_.]{3,30})\b")
# "add me on snap coolkid_99", "my roblox is xXgamerXx", "insta: jay.k"
PLATFORM_HANDLE_RE = re.compile(
    r"(?i)\b(?:" + PLATFORMS + r")(?:\s{0,3}(?:user\s?name|name|handle|id|tag|account|acc|channel|page|profile|"
    r"gamer\s?tag|is|its|it's|as|called|named|:|=|-)){0,2}\s{1,3}@?"
    r"(?P<handle>[a-z0-9_.]{3,30})(?![\w@])")
CAMEL_RE = re.compile(r"[a-z][A-Z]")
NOT_A_HANDLE = frozenset(
    "the my his her their our your a an not private hacked gone changed stolen deleted banned "
    "fake same different blocked locked new old real down broken weird "
    "2day 2moro 2morrow 2nite 4ever b4 gr8 l8r m8 m8s w8 h8 h8s 2gether".split())
EXPLICIT_NAME = re.compile(r"(?i)user\s?name|gamer\s?tag|handle|name|\bid\b|tag|account|acc\b")
SOCIAL_DOMAINS = (
    r"instagram\.com|instagr\.am|tiktok\.com|facebook\.com|fb\.com|fb\.me|m\.me|twitter\.com|x\.com|"
    r"snapchat\.com|youtube\.com|twitch\.tv|reddit\.com|discord\.gg|discord\.com|discordapp\.com|"
    r"t\.me|telegram\.me|wa\.me|roblox\.com|onlyfans\.com|threads\.net|pinterest\.[a-z.]+|"
    r"tumblr\.com|linkedin\.com|github\.com|kik\.me|steamcommunity\.com|vsco\.co|linktr\.ee|"
    r"patreon\.com|soundcloud\.com|spotify\.com|ask\.fm|tellonym\.me|yubo\.live|onlyfans\.co")
PROFILE_URL_RE = re.compile(
    r"(?i)\b(?:https?://)?(?:www\.|m\.|mobile\.|vm\.|vt\.)?(?P<domain>" + SOCIAL_DOMAINS + r")"
    r"/(?P<path>[^\s<>\"']+)")
# Any site's link with a profile-like path (…/@name, /u/name, /user/name, /profile/name…).
# Linear: a domain can only start where a run of domain characters starts (the
# look-behind), its labels can't overlap, and the path is taken whole and checked
# afterwards, so no position is tried more than a bounded number of times.
GENERIC_PROFILE_URL_RE = re.compile(
    r"(?i)(?<![a-z0-9.\-])(?P<domain>(?:https?://)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24})"
    r"/(?P<path>[^\s<>\"']*)")
PROFILE_PATH_RE = re.compile(
    r"(?i)(?:^|/)(?:@[\w.-]|~[\w.-]|u/[\w.-]|users?/[\w.-]|profiles?/[\w.-]|members?/[\w.-]|channel/[\w.-]|c/[\w.-]|add/[\w.-])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    keep: int = 0  # characters at the start of the span left visible (a link's domain)


def digits(value: str) -> str:
    only = re.sub(r"\D", "", value)
    if only.startswith("44") and len(only) > 10:
        only = "0" + only[2:]
    elif only.startswith("0044"):
        only = "0" + only[4:]
    return only


def _service_texts() -> Iterable[str]:
    """Everything the bot itself says or links to: its domain, its wording files, the
    resource catalogue and the FAQ answers."""
    paths = [ROOT / "domain.yml"]
    for folder in ("responses", "faq", "catalogue"):
        paths.extend(sorted((ROOT / "data" / folder).glob("*.yml")))
    for path in paths:
        try:
            yield path.read_text(encoding="utf-8")
        except OSError:
            continue


@dataclass(frozen=True)
class Allowlist:
    numbers: FrozenSet[str]
    emails: FrozenSet[str]
    sites: Tuple[str, ...]

    def allows_url(self, url: str) -> bool:
        bare = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", url).rstrip("/").lower()
        return any(bare == site or bare.startswith(site + "/") for site in self.sites)


@functools.lru_cache(maxsize=1)
def service_allowlist() -> Allowlist:
    numbers, emails, sites = {"999", "112", "101", "111", "116123", "116111", "08001111", "85258"}, set(), set()
    for text in _service_texts():
        for match in PHONE_RE.finditer(text):
            numbers.add(digits(match.group()))
        for match in EMAIL_RE.finditer(text):
            emails.add(match.group().lower())
        for match in re.finditer(r"(?im)^\s*url:\s*[\"']?(\S+?)[\"']?\s*$", text):
            sites.add(re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", match.group(1)).rstrip("/").lower())
    return Allowlist(frozenset(numbers), frozenset(emails), tuple(sorted(sites)))


def _zeros_for_os(text: str) -> str:
    """``text`` with each letter O among digits read as 0 (same length, same positions)."""
    if "o" not in text and "O" not in text:
        return text
    out = list(text)
    for match in DIGITS_AND_OS_RE.finditer(text):
        run = match.group()
        if any(ch.isdigit() for ch in run) and sum(ch.isdigit() for ch in run) >= 2:
            for i in range(match.start(), match.end()):
                if out[i] in "oO":
                    out[i] = "0"
    return "".join(out)


def _counting(number: str) -> bool:
    """0123456789: someone counting, not a phone number."""
    return all(int(b) - int(a) == 1 for a, b in itertools.pairwise(number))


def _phones(text: str, allow: Allowlist) -> Iterable[Span]:
    shadow = _zeros_for_os(text)
    for match in PHONE_RE.finditer(shadow):
        value = match.group().strip(" .-")
        number = digits(value)
        if len(re.sub(r"\D", "", value)) < MIN_PHONE_DIGITS or len(number) > 15:
            continue
        if number in allow.numbers or _counting(number):
            continue
        start = match.start() + (len(match.group()) - len(match.group().lstrip(" .-")))
        yield Span(start, start + len(value), PHONE)
    for match in LOOSE_PHONE_RE.finditer(shadow):
        value = match.group()
        raw = re.sub(r"\D", "", value)
        number = digits(value)
        international = value.startswith("+") or raw.startswith("00")
        if international:
            if not 8 <= len(raw.lstrip("0")) <= 15:
                continue
        elif not (raw.startswith("0") and raw[1:2] in ("1", "2", "3", "7", "8") and len(raw) in (10, 11)):
            continue
        if number in allow.numbers or _counting(number):
            continue
        yield Span(match.start(), match.end(), PHONE)


def _compact_email(value: str) -> str:
    return re.sub(r"\s", "", value).lower()


def _emails(text: str, allow: Allowlist) -> Iterable[Span]:
    for match in EMAIL_RE.finditer(text):
        if match.group().lower() not in allow.emails:
            yield Span(match.start(), match.end(), EMAIL)
    for match in SPACED_EMAIL_RE.finditer(text):
        if _compact_email(match.group()) not in allow.emails:
            yield Span(match.start(), match.end(), EMAIL)
    for match in SPELLED_EMAIL_RE.finditer(text):
        yield Span(match.start(), match.end(), EMAIL)
    for match in WORDY_EMAIL_RE.finditer(text):
        if match.group("local").lower() in NOT_A_MAILBOX:
            continue
        yield Span(match.start(), match.end(), EMAIL)


def _postcodes(text: str) -> Iterable[Span]:
    for match in POSTCODE_RE.finditer(text):
        if match.group("area").upper() not in POSTCODE_AREA_SET:
            continue
        inward = match.group("inward")
        # "b4 2nd period": an ordinal typed in lower case is not a postcode
        if inward.islower() and inward in ORDINALS:
            continue
        yield Span(match.start(), match.end(), POSTCODE)


def _addresses(text: str) -> Iterable[Span]:
    for regex in (STRONG_ADDRESS_RE, WEAK_ADDRESS_RE, FLAT_RE):
        for match in regex.finditer(text):
            words = match.group("name").lower().split()
            if any(word in NOT_A_NAME for word in words):
                continue
            start = match.start()
            while start < match.end() and text[start].isspace():
                start += 1
            yield Span(start, match.end(), ADDRESS)
    for match in LIVE_ON_RE.finditer(text):
        words = match.group("name").lower().split()
        if any(word in NOT_A_NAME or word in ("home", "school", "uni", "work") for word in words):
            continue
        yield Span(match.start("address"), match.end("address"), ADDRESS)
    for match in LIVE_AT_RE.finditer(text):
        first = match.group("address").split()[0].lower()
        if first in NOT_A_NAME or first in ("home", "school", "uni", "work"):
            continue
        yield Span(match.start("address"), match.end("address"), ADDRESS)


def _handle_like(handle: str) -> bool:
    """Looks like a username rather than a word: letters with digits, "_" or "." inside,
    or a capital inside a word (xXgamerXx)."""
    core = handle.strip(".")
    if core.lower() in NOT_A_HANDLE or not any(ch.isalpha() for ch in core):
        return False
    return bool(re.search(r"[0-9_.]", core) or CAMEL_RE.search(core))


def _handles(text: str) -> Iterable[Span]:
    for match in AT_HANDLE_RE.finditer(text):
        yield Span(match.start(), match.end(), HANDLE)
    for match in DISCORD_TAG_RE.finditer(text):
        yield Span(match.start(), match.end(), HANDLE)
    for match in NAMED_HANDLE_RE.finditer(text):
        handle = match.group("handle")
        if handle.lower() in NOT_A_HANDLE:
            continue
        intro = text[match.start():match.start("handle")]
        # "my snap is hacked" is not a username; "my snap is jay_22" and "username is jay" are
        if not (_handle_like(handle) or EXPLICIT_NAME.search(intro)):
            continue
        yield Span(match.start("handle"), match.end("handle"), HANDLE)
    for match in PLATFORM_HANDLE_RE.finditer(text):
        handle = match.group("handle")
        if _handle_like(handle):
            end = match.end("handle")
            while end > match.start("handle") and text[end - 1] == ".":
                end -= 1
            yield Span(match.start("handle"), end, HANDLE)


def _profile_links(text: str, allow: Allowlist) -> Iterable[Span]:
    for match in PROFILE_URL_RE.finditer(text):
        path = match.group("path").rstrip(".,!?)")
        if not path or allow.allows_url(match.group()):
            continue
        keep = match.start("path") - match.start()
        yield Span(match.start(), match.start("path") + len(path), PROFILE_LINK, keep=keep)
    for match in GENERIC_PROFILE_URL_RE.finditer(text):
        path = match.group("path").rstrip(".,!?)")
        if not path or not PROFILE_PATH_RE.search(path) or allow.allows_url(match.group()):
            continue
        keep = match.start("path") - match.start()
        yield Span(match.start(), match.start("path") + len(path), PROFILE_LINK, keep=keep)


def find(text: Optional[str], allow: Optional[Allowlist] = None) -> List[Span]:
    """The personal details in ``text`` (already normalised: see ``normalise``), as
    non-overlapping spans in order. Every pattern runs in time linear in the text."""
    if not text:
        return []
    if text.startswith("/"):
        # a button payload, or text typed to look like one: read what follows the "/"
        text = " " + text[1:]
    allow = allow or service_allowlist()
    found: List[Span] = []
    lowered = text.lower()
    has_digit = any(ch.isdigit() for ch in text)
    # cheap checks first: most messages have no digit, "@", "/" or "address" in them
    if "/" in text:
        found.extend(_profile_links(text, allow))
    if "@" in text or "at" in lowered:
        found.extend(_emails(text, allow))
    if has_digit:
        found.extend(_postcodes(text))
        found.extend(_phones(text, allow))
    if has_digit or "live" in lowered or "address" in lowered or "liv" in lowered or "stay" in lowered \
            or "mov" in lowered:
        found.extend(_addresses(text))
    found.extend(_handles(text))
    chosen: List[Span] = []
    last_end = -1
    # in start order, longest first: a span is kept unless it overlaps the one kept before
    for span in sorted(found, key=lambda s: (s.start, -(s.end - s.start))):
        if span.start < last_end:
            continue
        chosen.append(span)
        last_end = span.end
    return chosen


Segment = Tuple[str, Optional[str]]  # (text, kind of personal detail or None)


def segments(text: Optional[str], reveal: bool = False) -> List[Segment]:
    """``text`` cut into plain and personal pieces, for the templates: masked pieces are
    replaced by their label; revealed pieces keep their text (and are highlighted)."""
    text = normalise(text)
    if not text:
        return []
    out: List[Segment] = []
    position = 0
    for span in find(text):
        if span.start > position:
            out.append((text[position:span.start], None))
        if span.keep:
            out.append((text[span.start:span.start + span.keep], None))
        hidden = text[span.start + span.keep:span.end]
        out.append((hidden if reveal else LABELS[span.kind], span.kind))
        position = span.end
    if position < len(text):
        out.append((text[position:], None))
    return out


def mask(text: Optional[str], style: str = "label") -> str:
    """``text`` with personal details replaced by a label ("[phone number]") or, with
    style="stand-in", by a neutral made-up value for training data."""
    text = normalise(text)
    if not text:
        return ""
    replacements = STAND_INS if style == "stand-in" else LABELS
    out, position = [], 0
    for span in find(text):
        out.append(text[position:span.start + span.keep])
        out.append(replacements[span.kind])
        position = span.end
    out.append(text[position:])
    return "".join(out)


def has_personal_details(text: Optional[str]) -> bool:
    return bool(find(normalise(text)))
