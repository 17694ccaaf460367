"""The review app on tracker stores filled by the real bot over the REST channel, on
SQLite and on PostgreSQL: what the queue and transcripts show, masking and reveal,
reviewing, exports, deletion and purge, and the audit trail of all of it."""
from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys

import sqlalchemy as sa
import yaml

from review import db, indexer, patterns
from review.taxonomy import RISK_CONCERN, RISK_HIGH, RISK_IMMEDIATE
from tests.integration.servers import ROOT
from tests.review.conftest import ADMIN, REVIEWER
from tests.review.helpers import clean_env, logged_in

ROW_RE = re.compile(r'<tr class="[^"]*" data-id="(\d+)">')


def summary(store, key):
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(db.conversations).where(db.conversations.c.id == store.ids[key])).first()
    return dict(row._mapping)


def events_of(store, key):
    with store.engine.connect() as conn:
        return conn.execute(sa.select(db.events.c.id, db.events.c.type_name)
                            .where(db.events.c.sender_id == store.senders[key]).order_by(db.events.c.id)).fetchall()


def audit_actions(store, key):
    with store.engine.connect() as conn:
        return [(r.username, r.action, json.loads(r.detail or "{}")) for r in conn.execute(
            sa.select(db.audit_log).where(db.audit_log.c.conversation_id == store.ids[key])
            .order_by(db.audit_log.c.id))]


def test_summaries_match_what_the_bot_did(store):
    bullying = summary(store, "bullying")
    assert (bullying["audience"], bullying["age_band"]) == ("young_person", "age_14_17")
    assert "|bullying|" in bullying["worries"] and "|childline|" in bullying["resources"]
    assert bullying["max_risk"] == RISK_CONCERN and not bullying["immediate"] and bullying["user_turns"] == 4

    crisis = summary(store, "crisis")
    assert crisis["immediate"] and crisis["safety_net"] and crisis["max_risk"] == RISK_IMMEDIATE
    assert crisis["priority"] == 5  # unreviewed immediate risk: the top of the queue
    assert {"childline", "samaritans", "shout"} <= set(crisis["resources"].strip("|").split("|"))

    escalates = summary(store, "escalates")
    assert "|bullying|" in escalates["worries"] and escalates["immediate"] and escalates["safety_net"]

    parent = summary(store, "parent")
    assert parent["audience"] == "parent" and "|nspcc_helpline|" in parent["resources"]
    assert "|childline|" not in parent["resources"]

    assert summary(store, "professional")["audience"] == "professional"
    sextortion = summary(store, "sextortion")
    assert sextortion["max_risk"] == RISK_HIGH and sextortion["age_band"] == "age_14_17"
    assert "|out_of_scope|" in summary(store, "confused")["worries"]

    personal = summary(store, "personal")
    assert "07700 900123" not in personal["preview"] and "sam.jones" not in personal["preview"]
    assert "[phone number]" in personal["preview"] and "[email address]" in personal["preview"]


def test_the_queue_puts_unreviewed_immediate_risk_first_then_newest(store):
    page = logged_in(store.review, REVIEWER).get("/queue?status=unreviewed")
    assert page.status_code == 200
    order = [int(n) for n in ROW_RE.findall(page.text)]
    immediate = {store.ids["crisis"], store.ids["escalates"]}
    assert set(order[:2]) == immediate
    assert order.index(store.ids["crisis"]) < order.index(store.ids["escalates"])  # crisis is newer
    # then by risk (high above concern above the rest), newest first within each
    with store.engine.connect() as conn:
        keys = {row.id: (row.priority, row.started_at) for row in conn.execute(
            sa.select(db.conversations.c.id, db.conversations.c.priority, db.conversations.c.started_at))}
    assert [keys[n] for n in order] == sorted((keys[n] for n in order), reverse=True)
    assert order.index(store.ids["sextortion"]) < order.index(store.ids["bullying"])   # high above concern
    assert "Immediate risk" in page.text and "Childline" in page.text


def test_the_transcript_shows_each_turn_with_intent_safety_net_and_resources(store):
    client = logged_in(store.review, REVIEWER)
    crisis = client.get(f"/conversations/{store.ids['crisis']}")
    assert crisis.status_code == 200 and "no-store" in crisis.headers["Cache-Control"]
    assert "i want to kill myself tonight" in crisis.text
    assert "immediate_risk</strong> (1.00)" in crisis.text
    assert "Safety net fired: rule “kill_self”" in crisis.text
    assert 'class="turn escalation"' in crisis.text and "call 999" in crisis.text
    assert "Resource offered: <strong>Samaritans</strong>" in crisis.text

    bullying = client.get(f"/conversations/{store.ids['bullying']}").text
    for said in ("im 14", "people in my year keep sending me horrible messages"):
        assert said in bullying
    # an age answer alone is tell_age whatever the classifier said (1.00 then)
    assert re.search(r"Intent <strong>tell_age</strong> \((0\.\d\d|1\.00)\)", bullying)
    assert "age: age_14_17" in bullying and "Resource offered: <strong>Childline</strong>" in bullying
    assert 'class="turn escalation"' not in bullying and "banner-immediate" not in bullying.split("</style>")[1]

    sextortion = client.get(f"/conversations/{store.ids['sextortion']}").text
    assert "pressed “14 to 17”" in sextortion
    assert [a for _, a, _ in audit_actions(store, "crisis")].count("view_transcript") >= 1


def test_personal_details_are_masked_until_a_reviewer_reveals_them(store):
    reviewer, admin = logged_in(store.review, REVIEWER), logged_in(store.review, ADMIN)
    conv_id = store.ids["personal"]
    page = reviewer.get(f"/conversations/{conv_id}").text
    assert "07700 900123" not in page and "sam.jones@example.com" not in page
    assert "[phone number]" in page and "[email address]" in page
    assert "07700 900123" not in reviewer.get("/queue").text
    assert "07700 900123" not in reviewer.get(f"/conversations/{conv_id}/export.json").text
    # unmasked export without a reveal: still masked
    assert "07700 900123" not in reviewer.get(f"/conversations/{conv_id}/export.json?unmasked=1").text

    token = reviewer.csrf(f"/conversations/{conv_id}")
    assert reviewer.post(f"/conversations/{conv_id}/reveal", {"csrf_token": token, "reason": ""}).status_code == 303
    assert "07700 900123" not in reviewer.get(f"/conversations/{conv_id}").text  # a reason is required
    reviewer.post(f"/conversations/{conv_id}/reveal", {"csrf_token": token, "reason": "ringing the school back"})
    revealed = reviewer.get(f"/conversations/{conv_id}").text
    assert "07700 900123" in revealed and "sam.jones@example.com" in revealed
    assert '<span class="revealed"' in revealed
    assert "07700 900123" in reviewer.get(f"/conversations/{conv_id}/export.json?unmasked=1").text
    assert "07700 900123" not in reviewer.get(f"/conversations/{conv_id}/export.json").text
    # only for this reviewer, and only this transcript
    assert "07700 900123" not in admin.get(f"/conversations/{conv_id}").text
    assert "07700 900456" not in reviewer.get(f"/conversations/{store.ids['for_browser']}").text

    reviewer.post(f"/conversations/{conv_id}/hide", {"csrf_token": token})
    assert "07700 900123" not in reviewer.get(f"/conversations/{conv_id}").text
    entries = audit_actions(store, "personal")
    reveal = [d for user, action, d in entries if action == "reveal"]
    assert reveal == [{"reason": "ringing the school back", "minutes": 10}]
    exports = [d for user, action, d in entries if action == "export"]
    assert {"format": "json", "masked": False} in exports and {"format": "json", "masked": True} in exports
    assert any(action == "hide" and user == REVIEWER for user, action, _ in entries)


def test_reviewing_with_notes_and_tags_is_recorded_outside_rasas_events(store):
    client = logged_in(store.review, REVIEWER)
    conv_id = store.ids["for_review"]
    events_before = events_of(store, "for_review")
    token = client.csrf(f"/conversations/{conv_id}")
    reviewed = client.post(f"/conversations/{conv_id}/status", {"csrf_token": token, "status": "reviewed"})
    assert reviewed.status_code == 303
    client.post(f"/conversations/{conv_id}/notes",
                {"csrf_token": token, "body": "Bot missed that it was a hacked account."})
    client.post(f"/conversations/{conv_id}/tags", {"csrf_token": token, "tag": "misunderstood"})
    client.post(f"/conversations/{conv_id}/tags", {"csrf_token": token, "tag": "<b>bad tag</b>"})

    page = client.get(f"/conversations/{conv_id}").text
    assert "Bot missed that it was a hacked account." in page and "misunderstood" in page
    assert "Reviewed</span>" in page and f"by {REVIEWER}" in page
    tagged = client.get("/queue?tag=misunderstood").text
    assert [int(n) for n in ROW_RE.findall(tagged)] == [conv_id]
    assert conv_id in [int(n) for n in ROW_RE.findall(client.get("/queue?status=reviewed").text)]
    assert conv_id not in [int(n) for n in ROW_RE.findall(client.get("/queue?status=unreviewed").text)]

    assert events_of(store, "for_review") == events_before  # nothing written to Rasa's table
    actions = [(user, action) for user, action, _ in audit_actions(store, "for_review")]
    for action in ("view_transcript", "status", "note", "tag"):
        assert (REVIEWER, action) in actions
    note = [d for _, action, d in audit_actions(store, "for_review") if action == "note"][0]
    assert "hacked" not in json.dumps(note)  # the audit says a note was added, not what it says


def test_exports_of_a_real_conversation(store):
    client = logged_in(store.review, REVIEWER)
    conv_id = store.ids["bullying"]
    document = client.get(f"/conversations/{conv_id}/export.json")
    assert document.headers["Content-Disposition"].startswith("attachment")
    turns = [t for t in document.json()["turns"] if t.get("user")]
    assert [t["user"]["intent"] for t in turns] == ["greet", "tell_age", "bullying", "thanks"]
    story = yaml.safe_load(client.get(f"/conversations/{conv_id}/export-story.yml?intent_3=harmful_content").text)
    steps = story["stories"][0]["steps"]
    assert [s.get("intent") for s in steps if "intent" in s] == ["greet", "tell_age", "harmful_content", "thanks"]
    assert {"action": "action_signpost"} in steps
    nlu = yaml.safe_load(client.get(f"/conversations/{conv_id}/export-nlu.yml?intent_1=-&intent_4=-").text)
    assert [block["intent"] for block in nlu["nlu"]] == ["tell_age", "bullying"]
    pdf = client.get(f"/conversations/{conv_id}/export.pdf")
    assert pdf.headers["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    printable = client.get(f"/conversations/{conv_id}/export.html")
    assert "@media print" in printable.text and "im 14" in printable.text


def test_patterns_count_this_weeks_conversations(store):
    page = logged_in(store.review, REVIEWER).get("/patterns?weeks=4")
    data = patterns.weekly(store.engine, 4)
    # risk, worries, audiences, age bands, and platforms when any was named
    assert page.status_code == 200 and page.text.count("<svg") == (5 if data["platforms"] else 4)
    with store.engine.connect() as conn:
        immediate = conn.execute(sa.select(sa.func.count()).select_from(db.conversations)
                                 .where(db.conversations.c.immediate.is_(True))).scalar()
    assert data["risk"]["immediate"][-1] == immediate >= 2
    assert data["audiences"]["parent"][-1] >= 1 and data["worries"]["bullying"][-1] >= 2
    assert f"Immediate {immediate}</title>" in page.text


def test_an_admin_deletes_a_conversation_from_the_tracker_store_too(store):
    admin = logged_in(store.review, ADMIN)
    conv_id, sender = store.ids["for_delete"], store.senders["for_delete"]
    assert events_of(store, "for_delete")
    token = admin.csrf(f"/conversations/{conv_id}")
    refused = admin.post(f"/conversations/{conv_id}/delete", {"csrf_token": token, "confirm": "wrong"})
    assert refused.status_code == 303 and events_of(store, "for_delete")
    deleted = admin.post(f"/conversations/{conv_id}/delete", {"csrf_token": token, "confirm": str(conv_id)})
    assert deleted.status_code == 200 and "deleted" in deleted.text
    assert events_of(store, "for_delete") == []
    assert admin.get(f"/conversations/{conv_id}").status_code == 404
    assert any(action == "delete" and user == ADMIN for user, action, _ in audit_actions(store, "for_delete"))
    # the bot carries on: the same sender starts afresh, and shows up as a new conversation
    store.bot.say(sender, "someone keeps sending me scary messages")
    indexer.refresh(store.engine)
    with store.engine.connect() as conn:
        new_id = conn.execute(sa.select(db.conversations.c.id).where(db.conversations.c.sender_id == sender)).scalar()
    assert new_id and new_id != conv_id
    assert str(new_id) in "".join(ROW_RE.findall(admin.get("/queue").text))


def test_purge_command_on_a_copy_of_the_bots_store(sqlite_store, tmp_path):
    copy = tmp_path / "tracker.db"
    # SQLite's backup API, as an operator should copy a live store: the bot's database is
    # in write-ahead-log mode, so the file alone may not hold the latest writes yet
    with sqlite3.connect(sqlite_store.bot.db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    aged = [sqlite_store.senders[k] for k in ("confused", "parent", "professional")]
    engine = db.make_engine(f"sqlite:///{copy}")
    with engine.begin() as conn:  # these three happened 100 days ago
        conn.execute(db.events.update().where(db.events.c.sender_id.in_(aged))
                     .values(timestamp=db.events.c.timestamp - 100 * 86400))
        conn.execute(db.conversations.update().where(db.conversations.c.sender_id.in_(aged))
                     .values(last_event_at=db.conversations.c.last_event_at - 100 * 86400))
        counts = dict(conn.execute(sa.select(db.events.c.sender_id, sa.func.count())
                                   .group_by(db.events.c.sender_id)).fetchall())
    result = subprocess.run([sys.executable, "-m", "review", "purge"], cwd=ROOT, capture_output=True, text=True,
                            env=clean_env(REVIEW_DB_URL=f"sqlite:///{copy}"), timeout=120)
    assert result.returncode == 0, result.stderr
    # the professional's "a pupil is sharing nudes" is image abuse, a high-risk worry: an
    # unreviewed high-risk conversation is held back until someone reviews it
    held = sqlite_store.senders["professional"]
    deleted = [s for s in aged if s != held]
    expected_events = sum(counts[s] for s in deleted)
    assert f"deleted 2 conversations, {expected_events} tracker events" in result.stdout
    assert "held back 1 unreviewed conversations with immediate or high risk" in result.stdout
    with engine.connect() as conn:
        left = dict(conn.execute(sa.select(db.events.c.sender_id, sa.func.count())
                                 .group_by(db.events.c.sender_id)).fetchall())
        summaries = {r[0] for r in conn.execute(sa.select(db.conversations.c.sender_id))}
    assert left == {s: n for s, n in counts.items() if s not in deleted}
    assert summaries == set(left)
    engine.dispose()


def test_an_admin_keeps_a_followed_up_conversation_past_retention(store):
    import datetime as dt

    admin = logged_in(store.review, ADMIN)
    conv_id = store.ids["sextortion"]
    token = admin.csrf(f"/conversations/{conv_id}")
    until = (dt.date.today() + dt.timedelta(days=200)).isoformat()
    refused = admin.post(f"/conversations/{conv_id}/keep", {"csrf_token": token, "until": until})
    assert "only+reviewed%2C+referred+or+closed+conversations" in refused.headers["Location"]
    assert summary(store, "sextortion")["keep_until"] is None
    admin.post(f"/conversations/{conv_id}/status", {"csrf_token": token, "status": "reviewed"})
    admin.post(f"/conversations/{conv_id}/tags", {"csrf_token": token, "tag": "follow-up needed"})
    assert admin.post(f"/conversations/{conv_id}/keep", {"csrf_token": token, "until": until}).status_code == 303
    kept = summary(store, "sextortion")["keep_until"]
    assert kept and dt.date.fromtimestamp(kept) > dt.date.today() + dt.timedelta(days=199)
    assert f"Kept until</dt><dd>{until}" in admin.get(f"/conversations/{conv_id}").text
    assert ("admin1", "keep", {"until": until}) in audit_actions(store, "sextortion")
