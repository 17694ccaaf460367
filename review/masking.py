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
import re
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

# --- Phone numbers: 9 to 15 digits in groups, optionally +44 / 0044 / (01622) ----------------
PHONE_RE = re.compile(
    r"(?<![\w+£$€.,/:])"
    r"(?:(?:\+|00)\s?\d{1,3}[\s.-]?(?:\(0\)\s?)?)?"
    r"(?:\(\d{2,5}\)[\s.-]?)?"
    r"\d{2,6}(?:[ .-]?\d{2,7}){0,4}"
    r"(?![\w/:]|[.,]\d)"
)
MIN_PHONE_DIGITS = 9

# --- Email addresses, plus the spelled-out "name at gmail dot com" -------------------------
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SPELLED_EMAIL_RE = re.compile(
    r"(?i)\b[a-z0-9._-]{2,40}\s*(?:@|\(at\)|\[at\]|\sat\s)\s*"
    r"(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|sky|me)"
    r"\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*(?:com|co\s*(?:\.|\sdot\s)\s*uk|net|org)\b")

# --- UK postcodes: full postcodes whose area really exists --------------------------------
POSTCODE_AREAS = (
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT "
    "DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L "
    "LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S "
    "SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR "
    "WS WV YO ZE").split()
POSTCODE_AREA_SET = frozenset(POSTCODE_AREAS)
POSTCODE_RE = re.compile(
    r"(?i)\b(?P<area>[a-z]{1,2})\d[a-z\d]?\s*\d(?P<inward>[abd-hjlnp-uw-z]{2})\b")
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
    r"(?i)\b(?:flat|apartment|apt)?\s*\d{1,4}[a-z]?,?\s+(?P<name>(?:[a-z][a-z'’-]*\s+){1,3})"
    r"(?:" + STRONG_STREETS + r")\b")
WEAK_ADDRESS_RE = re.compile(
    r"\b\d{1,4}[a-zA-Z]?,?\s+(?P<name>(?:[A-Z][a-z'’-]+\s+){1,3})(?:" + WEAK_STREETS + r")\b")
LIVE_AT_RE = re.compile(
    r"(?i:\b(?:i\s+live\s+(?:at|on)|(?:my|our|his|her|their)\s+(?:home\s+)?address\s+is|address\s*[:=-])\s+)"
    r"(?P<address>(?=[A-Z0-9])[^.!?\n]{2,60}?)(?=\s*(?:[.!?\n]|$|\s+and\s|\s+but\s))")

# --- Social media handles and links to profiles --------------------------------------------
AT_HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?")
DISCORD_TAG_RE = re.compile(r"\b[A-Za-z0-9_.]{2,32}#\d{4}\b")
PLATFORMS = (r"snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|tt|twitter|discord|kik|telegram|roblox|"
             r"xbox|psn|fortnite|steam|twitch|youtube|yt|facebook|fb|threads|reddit|minecraft|epic")
NAMED_HANDLE_RE = re.compile(
    r"(?i)\b(?:(?:" + PLATFORMS + r")\s*(?:user\s?name|name|handle|id|tag|account|acc|@)?"
    r"|user\s?name|gamer\s?tag|handle)\s*(?:is|:|=|-)\s*@?(?P<handle>[a-z0-9_.]{3,30})\b")
NOT_A_HANDLE = frozenset(
    "the my his her their our your a an not private hacked gone changed stolen deleted banned "
    "fake same different blocked locked new old real down broken weird".split())
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
GENERIC_PROFILE_URL_RE = re.compile(
    r"(?i)\b(?P<domain>(?:https?://)?[a-z0-9.-]+\.[a-z]{2,})"
    r"/(?P<path>(?:[^\s<>\"']*/)?(?:@[\w.-]+|~[\w.-]+|u/[\w.-]+|users?/[\w.-]+|profiles?/[\w.-]+|"
    r"member/[\w.-]+|channel/[\w.-]+)[^\s<>\"']*)")


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


def _phones(text: str, allow: Allowlist) -> Iterable[Span]:
    for match in PHONE_RE.finditer(text):
        value = match.group().strip(" .-")
        number = digits(value)
        if len(re.sub(r"\D", "", value)) < MIN_PHONE_DIGITS or len(number) > 15:
            continue
        if number in allow.numbers:
            continue
        start = match.start() + (len(match.group()) - len(match.group().lstrip(" .-")))
        yield Span(start, start + len(value), PHONE)


def _emails(text: str, allow: Allowlist) -> Iterable[Span]:
    for match in EMAIL_RE.finditer(text):
        if match.group().lower() not in allow.emails:
            yield Span(match.start(), match.end(), EMAIL)
    for match in SPELLED_EMAIL_RE.finditer(text):
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
    for regex in (STRONG_ADDRESS_RE, WEAK_ADDRESS_RE):
        for match in regex.finditer(text):
            words = match.group("name").lower().split()
            if any(word in NOT_A_NAME for word in words):
                continue
            start = match.start()
            while start < match.end() and text[start].isspace():
                start += 1
            yield Span(start, match.end(), ADDRESS)
    for match in LIVE_AT_RE.finditer(text):
        first = match.group("address").split()[0].lower()
        if first in NOT_A_NAME or first in ("home", "school", "uni", "work"):
            continue
        yield Span(match.start("address"), match.end("address"), ADDRESS)


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
        if not (re.search(r"[0-9_.]", handle) or EXPLICIT_NAME.search(intro)):
            continue
        yield Span(match.start("handle"), match.end("handle"), HANDLE)


def _profile_links(text: str, allow: Allowlist) -> Iterable[Span]:
    for regex in (PROFILE_URL_RE, GENERIC_PROFILE_URL_RE):
        for match in regex.finditer(text):
            path = match.group("path").rstrip(".,!?)")
            if not path or allow.allows_url(match.group()):
                continue
            keep = match.start("path") - match.start()
            yield Span(match.start(), match.start("path") + len(path), PROFILE_LINK, keep=keep)


def find(text: Optional[str], allow: Optional[Allowlist] = None) -> List[Span]:
    """The personal details in ``text``, as non-overlapping spans in order."""
    if not text:
        return []
    allow = allow or service_allowlist()
    found: List[Span] = []
    lowered = text.lower()
    has_digit = any(ch.isdigit() for ch in text)
    # cheap checks first: most messages have no digit, "@", "/" or "address" in them
    if "/" in text:
        found.extend(_profile_links(text, allow))
    if "@" in text or " at " in lowered or "(at)" in lowered or "[at]" in lowered:
        found.extend(_emails(text, allow))
    if has_digit:
        found.extend(_postcodes(text))
        found.extend(_phones(text, allow))
    if has_digit or "live" in lowered or "address" in lowered:
        found.extend(_addresses(text))
    found.extend(_handles(text))
    chosen: List[Span] = []
    for span in sorted(found, key=lambda s: (s.start, -(s.end - s.start))):
        if any(span.start < other.end and other.start < span.end for other in chosen):
            continue
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


Segment = Tuple[str, Optional[str]]  # (text, kind of personal detail or None)


def segments(text: Optional[str], reveal: bool = False) -> List[Segment]:
    """``text`` cut into plain and personal pieces, for the templates: masked pieces are
    replaced by their label; revealed pieces keep their text (and are highlighted)."""
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
    if not text:
        return text or ""
    replacements = STAND_INS if style == "stand-in" else LABELS
    out, position = [], 0
    for span in find(text):
        out.append(text[position:span.start + span.keep])
        out.append(replacements[span.kind])
        position = span.end
    out.append(text[position:])
    return "".join(out)


def has_personal_details(text: Optional[str]) -> bool:
    return bool(find(text))
