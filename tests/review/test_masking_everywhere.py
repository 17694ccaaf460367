"""Every personal detail of the masking battery, sent every way a user can get text into
the tracker store (typed, as a button payload, as an entity value, as a slot value such as
the audience, in the risk clause), stays out of every page and export: the queue, the
transcript, the printable page, the PDF, the JSON and both YAML training exports. And a
conversation full of worst-case input neither takes long to show nor holds up /health."""
from __future__ import annotations

import json
import random
import threading
import time

import pytest

from review import auth, db, indexer, pdf
from tests.review import seed
from tests.review.helpers import PASSWORD, ReviewServer, logged_in
from tests.review.masking_battery import PERSONAL

START = 1_790_000_000.0


def _conversation(index: int, message: str) -> list:
    conv = seed.Conversation(random.Random(index), f"battery-{index:03d}", START + index * 100)
    conv.session()
    risk = {"tier": "check_in", "score": 0.5, "clause": message, "source": "test"}
    conv.user(message, "bullying", 0.9, risk=risk,
              entities=[{"entity": "platform", "value": message, "start": 0, "end": min(5, len(message))}])
    conv.slot("audience", message)
    conv.slot("age_band", message)
    conv.signpost("bullying")
    payload = "/tell_age" + json.dumps({"age": message}, ensure_ascii=False)
    conv.user(payload, "tell_age", 1.0, entities=[{"entity": "age", "value": message, "start": 9, "end": len(payload)}])
    conv.slot("age_band", message)
    conv.user("/" + message, "nlu_fallback", 0.2)
    return conv.rows


@pytest.fixture(scope="module")
def battery_server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("battery")
    url = f"sqlite:///{workdir / 'tracker.db'}"
    engine = db.make_engine(url)
    db.create_events_table(engine)
    db.create_tables(engine)
    rows = []
    for index, (message, _detail) in enumerate(PERSONAL):
        rows.extend(_conversation(index, message))
    # thirty 5,000-character worst-case messages in one conversation
    worst = seed.Conversation(random.Random(7), "worst-case", START + 99_999)
    for i in range(30):
        worst.user(("a." * 2499 + "/") if i % 2 else ("snap" + " " * 4996), "nlu_fallback", 0.1)
    rows.extend(worst.rows)
    seed._insert(engine, rows)
    indexer.refresh(engine)
    auth.create_user(engine, "lead", PASSWORD, "reviewer")
    server = ReviewServer(workdir, url).start()
    yield server, engine
    server.stop()
    engine.dispose()


def _leaks(body: str):
    return [detail for _message, detail in PERSONAL
            if detail in body or seed_normal(detail) in body]


def seed_normal(detail: str) -> str:
    from review.masking import normalise

    return normalise(detail)


def test_no_detail_of_the_battery_survives_in_the_queue(battery_server):
    server, _ = battery_server
    client = logged_in(server, "lead")
    seen = 0
    path = "/queue"
    while path:
        page = client.get(path)
        assert page.status_code == 200
        assert _leaks(page.text) == []
        seen += page.text.count('data-id="')
        marker = 'rel="next"'
        path = None
        if marker in page.text:
            href = page.text.split(marker)[0].rsplit('href="', 1)[1].split('"')[0]
            path = href.replace("&amp;", "&")
    assert seen == len(PERSONAL) + 1
    assert "check-in" in client.get("/queue").text


def test_no_detail_of_the_battery_survives_in_any_transcript_or_export(battery_server):
    server, engine = battery_server
    client = logged_in(server, "lead")
    with engine.connect() as conn:
        ids = [row[0] for row in conn.execute(
            db.conversations.select().with_only_columns(db.conversations.c.id)
            .where(db.conversations.c.sender_id.like("battery-%")))]
    assert len(ids) == len(PERSONAL)
    leaks = {}
    for conv_id in ids:
        for suffix in ("", "/export.html", "/export.json", "/export-story.yml", "/export-nlu.yml", "/export.pdf"):
            response = client.get(f"/conversations/{conv_id}{suffix}")
            assert response.status_code == 200, (conv_id, suffix)
            body = "\n".join(pdf.page_texts(response.content)) if suffix.endswith(".pdf") else response.text
            if suffix.endswith(".json"):
                body += json.dumps(response.json(), ensure_ascii=False)
            found = _leaks(body)
            if found:
                leaks[(conv_id, suffix)] = found
    assert not leaks, sorted(leaks.items())
    # the transcript shows each message's risk tier and score
    page = client.get(f"/conversations/{ids[0]}").text
    assert "Risk: check-in 0.50" in page


def test_worst_case_input_neither_slows_the_transcript_nor_blocks_the_server(battery_server):
    server, engine = battery_server
    client = logged_in(server, "lead")
    with engine.connect() as conn:
        conv_id = conn.execute(db.conversations.select().with_only_columns(db.conversations.c.id)
                               .where(db.conversations.c.sender_id == "worst-case")).scalar()
    timings = {}

    def fetch():
        started = time.perf_counter()
        assert client.get(f"/conversations/{conv_id}").status_code == 200
        timings["transcript"] = time.perf_counter() - started

    thread = threading.Thread(target=fetch)
    thread.start()
    health = []
    while thread.is_alive():
        started = time.perf_counter()
        assert server.client().get("/health").status_code == 200
        health.append(time.perf_counter() - started)
    thread.join()
    print(f"\ntranscript of 30 worst-case messages: {timings['transcript'] * 1000:.0f} ms; "
          f"slowest /health meanwhile: {max(health or [0]) * 1000:.0f} ms")
    assert timings["transcript"] < 2.0
    assert max(health or [0]) < 0.5
