"""Exports: JSON and PDF for a safeguarding record (masked), and YAML that Rasa itself
reads as a test story and as NLU training data (with stand-ins, never real details)."""
from __future__ import annotations

import json
import random

import pytest

from review import conversations, db, exports, indexer, pdf
from tests.integration.servers import ROOT
from tests.review import seed

START = 1_790_000_000.0
PHONE = "07700 900123"


@pytest.fixture
def recorded(sqlite_engine):
    """A conversation in Rasa's shapes: a message with personal details the bot
    misread (its "07700" taken as an age), a button press, then the emergency."""
    conv = seed.Conversation(random.Random(1), "export-test", START)
    conv.session()
    text = f"someone hacked my insta, text me on {PHONE}"
    conv.user(text, "greet", 0.41, entities=[
        {"entity": "platform", "value": "instagram", "start": 18, "end": 23},
        {"entity": "age", "value": "adult", "start": text.index("07700"), "end": text.index("07700") + 5}])
    conv.signpost("privacy")  # asks their age, with buttons
    conv.user('/tell_age{"age": "age_14_17"}', "tell_age", 1.0,
              entities=[{"entity": "age", "value": "age_14_17", "start": 9, "end": 29}])
    conv.slot("age_band", "age_14_17")
    conv.signpost("privacy")
    conv.user("i want to end it all tonight", "immediate_risk", 1.0,
              safety_net={"rule": "end_it", "phrase": "end it all", "classifier_intent": "self_harm"})
    conv.emergency()
    db.create_events_table(sqlite_engine)
    seed._insert(sqlite_engine, conv.rows)
    db.create_tables(sqlite_engine)
    indexer.refresh(sqlite_engine)
    summary = conversations.get(sqlite_engine, 1)
    return summary, conversations.timeline(sqlite_engine, "export-test")


def test_json_export_is_masked_and_complete(recorded):
    conv, turns = recorded
    document = json.loads(exports.dumps(exports.transcript_json(conv, turns, masked=True, exported_by="alice")))
    assert PHONE not in json.dumps(document)
    assert document["masked"] is True and document["exported_by"] == "alice"
    assert document["conversation"]["immediate_risk"] and document["conversation"]["highest_risk"] == "immediate"
    said = [t["user"] for t in document["turns"] if t.get("user")]
    assert said[0]["text"] == "someone hacked my insta, text me on [phone number]"
    assert said[1]["button"] == "14 to 17" and said[1]["intent"] == "tell_age"
    assert said[2]["safety_net"]["rule"] == "end_it"
    offered = [b["resource"]["id"] for t in document["turns"] if t.get("bot") for b in t["bot"] if b["resource"]]
    assert "childline" in offered
    unmasked = exports.transcript_json(conv, turns, masked=False, exported_by="alice")
    assert PHONE in json.dumps(unmasked) and unmasked["masked"] is False


def test_story_export_is_a_rasa_test_story_with_the_reviewers_intents(recorded):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader

    conv, turns = recorded
    text = exports.story_yaml(conv, turns, {1: "privacy"})
    assert PHONE not in text and "07700 900000" in text
    assert "the bot understood greet (0.41)" in text
    steps = YAMLStoryReader(Domain.load(str(ROOT / "domain.yml"))).read_from_string(text)
    events = [e for step in steps for e in step.events]
    users = [e for e in events if isinstance(e, UserUttered)]
    assert [u.intent_name for u in users] == ["privacy", "tell_age", "immediate_risk"]
    # the misread "07700" is not carried over as an age; the platform is
    assert [(e["entity"], e["value"]) for e in users[0].entities] == [("platform", "instagram")]
    assert users[0].text == "someone hacked my insta, text me on 07700 900000"
    actions = [e.action_name for e in events if isinstance(e, ActionExecuted)]
    assert actions[-2:] == ["utter_emergency", "action_emergency_signposting"]


def test_nlu_export_is_rasa_training_data(recorded):
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    conv, turns = recorded
    text = exports.nlu_yaml(turns, {1: "privacy", 3: exports.LEAVE_OUT})
    data = RasaYAMLReader().reads(text)
    examples = [(m.get("intent"), m.get("text")) for m in data.training_examples]
    # button presses are not language; turn 3 was left out
    assert examples == [("privacy", "someone hacked my insta, text me on 07700 900000")]
    assert data.training_examples[0].get("entities")[0]["value"] == "instagram"


def test_pdf_export_is_a_pdf_with_the_transcript_masked(recorded):
    conv, turns = recorded
    data = pdf.render(exports.document_lines(conv, turns, masked=True, exported_by="alice"), "Conversation 1")
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    text = " ".join("\n".join(pdf.page_texts(data)).split())   # lines wrap where the font says
    assert "text me on [phone number]" in text and PHONE not in text
    assert "SAFETY NET FIRED" in text and "Childline" in text and "pressed \"14 to 17\"" in text


def test_long_transcripts_flow_onto_more_pages():
    lines = [("normal", f"line {n} " + "word " * 30) for n in range(200)]
    data = pdf.render(lines)
    pages = pdf.page_texts(data)
    assert len(pages) > 3 and data.count(b"/Type /Page ") == len(pages)
    assert all("Confidential" in page for page in pages)
    assert "line 199" in pages[-1]


def test_the_pdf_keeps_every_language_and_emoji(tmp_path):
    """Polish, Romanian, Cyrillic, Arabic and emoji survive into the safeguarding record
    (they became "?" with the standard PDF fonts)."""
    if not pdf.unicode_fonts_available():
        pytest.fail("fonts-dejavu-core is not installed: apt-get install fonts-dejavu-core")
    said = ["Zażółć gęślą jaźń, boję się", "Mă simt singură și nu știu ce să fac", "мне страшно",
            "أنا خائف جدا", "he keeps texting me 😭😡"]
    data = pdf.render([("user", line) for line in said], "Conversation ž")
    text = "\n".join(pdf.page_texts(data))
    for line in said[:3] + [said[4]]:
        assert line in text, line
    assert set("أنا خائف جدا".replace(" ", "")) <= set(text)   # drawn right to left
    assert "?" not in text
