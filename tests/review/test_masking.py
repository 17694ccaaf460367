"""Personal details are masked; ordinary chat and the services' own numbers are not."""
from __future__ import annotations

import pytest

from review import masking
from safeguarding.catalogue import default_catalogue

# (message, the personal detail in it, what the reviewer sees instead)
PERSONAL = [
    ("my number is 07700 900123", "07700 900123", "[phone number]"),
    ("text me on +44 7700 900123 tonight", "+44 7700 900123", "[phone number]"),
    ("07700900123 is my mobile", "07700900123", "[phone number]"),
    ("call me on 01622 123456", "01622 123456", "[phone number]"),
    ("ring (01622) 123 456 after school", "(01622) 123 456", "[phone number]"),
    ("email me at bob.smith@example.com", "bob.smith@example.com", "[email address]"),
    ("its bobsmith at gmail dot com", "bobsmith at gmail dot com", "[email address]"),
    ("my postcode is ME14 1XX", "ME14 1XX", "[postcode]"),
    ("i live in ct1 2ab near the station", "ct1 2ab", "[postcode]"),
    ("i live at 12 Station Road, Maidstone", "12 Station Road", "[address]"),
    ("he came to 12 high street yesterday", "12 high street", "[address]"),
    ("it's 7 Orchard Close", "7 Orchard Close", "[address]"),
    ("my address is 5 church walk", "5 church walk", "[address]"),
    ("I live at Rose Cottage", "Rose Cottage", "[address]"),
    ("my snap is jay_22", "jay_22", "[username]"),
    ("add my insta @kentgirl_09", "@kentgirl_09", "[username]"),
    ("my discord is shadow#1234", "shadow#1234", "[username]"),
    ("my username is darkwolf", "darkwolf", "[username]"),
    ("his snapchat name is bigmike", "bigmike", "[username]"),
    ("his tiktok is tiktok.com/@badguy99", "@badguy99", "[profile link]"),
    ("look https://www.instagram.com/some.user/", "some.user", "[profile link]"),
    ("facebook.com/john.smith.123 keeps messaging", "john.smith.123", "[profile link]"),
    ("go to https://example.com/user/creep123 to see", "creep123", "[profile link]"),
]

HARMLESS = [
    "I'm 14", "im 14 and in year 9", "my 12 year old son", "he is 25 and i am 13", "my 13 yo",
    # the bot's own helplines, and users repeating them
    "call Childline on 0800 1111", "0800 1111", "samaritans 116 123", "text SHOUT to 85258",
    "i rang 0808 800 5000 yesterday", "i emailed jo@samaritans.org", "go to www.childline.org.uk",
    "Kent Front Door (Kent Integrated Children's Services): 03000 411111, out of hours 03000 419191",
    # numbers that are not phone numbers
    "it happened at 10:30 on 12/05/2025", "he wants £500", "I paid 1,000 pounds", "£1,000,000",
    "3.5 hours a day on fortnite", "1 in 5 kids", "in 2024 2025 school year", "its been 2 weeks",
    # words that look like the start of something personal
    "my snap got hacked", "my snap is hacked", "my insta got hacked", "someone on snap keeps messaging me",
    "b4 2nd period", "ps4 2nd hand", "2 friends on my road", "we live 3 doors down the road",
    "2 hour drive", "I have 3 Close friends", "the 2 of us went to the park", "I live in Kent",
    "i live on my own", "i live at home with my mum", "meet @ 3",
]


@pytest.mark.parametrize("message,detail,label", PERSONAL)
def test_personal_details_are_masked(message, detail, label):
    masked = masking.mask(message)
    assert detail not in masked
    assert label in masked


@pytest.mark.parametrize("message", HARMLESS)
def test_harmless_text_is_left_alone(message):
    assert masking.mask(message) == message


def test_the_services_the_bot_offers_keep_their_contact_details():
    for resource in default_catalogue():
        for value in (resource.phone, resource.out_of_hours_phone, resource.text, resource.email, resource.url):
            if value:
                text = f"you can contact them on {value} any time"
                assert masking.mask(text) == text, value


def test_a_profile_link_keeps_its_site_so_the_reviewer_knows_the_platform():
    assert masking.mask("facebook.com/john.smith.123") == "facebook.com/[profile link]"


def test_reveal_shows_the_details_but_marks_them():
    segments = masking.segments("text 07700 900123 now", reveal=True)
    assert ("07700 900123", masking.PHONE) in segments
    assert "".join(text for text, _ in segments) == "text 07700 900123 now"
    hidden = masking.segments("text 07700 900123 now")
    assert "07700 900123" not in "".join(text for text, _ in hidden)


def test_training_stand_ins_are_neutral_made_up_values():
    masked = masking.mask("call 07700 900123 or mail a@b.com", style="stand-in")
    assert masked == "call 07700 900000 or mail someone@example.com"


def test_several_details_in_one_message():
    message = "im 15, my snap is jay_22 and my number is 07700 900123, i live at 4 Mill Lane ME14 1XX"
    masked = masking.mask(message)
    for detail in ("jay_22", "07700 900123", "4 Mill Lane", "ME14 1XX"):
        assert detail not in masked
    assert masked.startswith("im 15, my snap is ")
