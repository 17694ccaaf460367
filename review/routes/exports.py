"""Exports of one conversation: JSON, printable page and PDF for a safeguarding record;
a Rasa test story and NLU examples for improving the bot. Each one is audited."""
from __future__ import annotations

from typing import Dict

from sanic import Blueprint, response

from review import audit, conversations, db, exports, pdf
from review.web import conversation_or_404, fmt_time, in_thread, render, who

bp = Blueprint("exports")


def export_context(request, conversation_id: int, fmt: str):
    engine = request.app.ctx.engine
    conv = conversation_or_404(request, conversation_id)
    session = request.ctx.session
    unmasked = request.args.get("unmasked") == "1" and \
        conversations.is_revealed(engine, session.token_hash, conversation_id)
    turns = conversations.timeline(engine, conv["sender_id"])
    audit.record_now(engine, "export", conversation_id=conv["id"], sender_id=conv["sender_id"],
                     detail={"format": fmt, "masked": not unmasked}, **who(request))
    return conv, turns, not unmasked


def attachment(body, content_type: str, filename: str):
    return response.raw(body if isinstance(body, bytes) else body.encode("utf-8"), content_type=content_type,
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("/conversations/<conversation_id:int>/export.json")
async def export_json(request, conversation_id: int):
    return await in_thread(export_json_work, request, conversation_id)


def export_json_work(request, conversation_id: int):
    conv, turns, masked = export_context(request, conversation_id, "json")
    document = exports.transcript_json(conv, turns, masked, request.ctx.session.user.username)
    return attachment(exports.dumps(document), "application/json; charset=utf-8",
                      f"conversation-{conversation_id}.json")


@bp.get("/conversations/<conversation_id:int>/export.html")
async def export_html(request, conversation_id: int):
    return await in_thread(export_html_work, request, conversation_id)


def export_html_work(request, conversation_id: int):
    conv, turns, masked = export_context(request, conversation_id, "html")
    return render(request, "printable.html", conv=conv, turns=turns, revealed=not masked,
                  exported_at=fmt_time(db.now()))


@bp.get("/conversations/<conversation_id:int>/export.pdf")
async def export_pdf(request, conversation_id: int):
    return await in_thread(export_pdf_work, request, conversation_id)


def export_pdf_work(request, conversation_id: int):
    conv, turns, masked = export_context(request, conversation_id, "pdf")
    lines = exports.document_lines(conv, turns, masked, request.ctx.session.user.username)
    return attachment(pdf.render(lines, f"Conversation {conversation_id}"), "application/pdf",
                      f"conversation-{conversation_id}.pdf")


def overrides(request) -> Dict[int, str]:
    chosen = {}
    allowed = set(exports.known_intents()) | {exports.LEAVE_OUT}
    for key in request.args:
        if key.startswith("intent_") and key[7:].isdigit():
            value = request.args.get(key)
            if value in allowed:
                chosen[int(key[7:])] = value
    return chosen


@bp.get("/conversations/<conversation_id:int>/export-story.yml")
async def export_story(request, conversation_id: int):
    return await in_thread(export_story_work, request, conversation_id)


def export_story_work(request, conversation_id: int):
    engine = request.app.ctx.engine
    conv = conversation_or_404(request, conversation_id)
    turns = conversations.timeline(engine, conv["sender_id"])
    audit.record_now(engine, "export", conversation_id=conv["id"], sender_id=conv["sender_id"],
                     detail={"format": "test story", "masked": True}, **who(request))
    return attachment(exports.story_yaml(conv, turns, overrides(request)), "application/x-yaml; charset=utf-8",
                      f"review-{conversation_id}-story.yml")


@bp.get("/conversations/<conversation_id:int>/export-nlu.yml")
async def export_nlu(request, conversation_id: int):
    return await in_thread(export_nlu_work, request, conversation_id)


def export_nlu_work(request, conversation_id: int):
    engine = request.app.ctx.engine
    conv = conversation_or_404(request, conversation_id)
    turns = conversations.timeline(engine, conv["sender_id"])
    audit.record_now(engine, "export", conversation_id=conv["id"], sender_id=conv["sender_id"],
                     detail={"format": "nlu examples", "masked": True}, **who(request))
    return attachment(exports.nlu_yaml(turns, overrides(request)), "application/x-yaml; charset=utf-8",
                      f"review-{conversation_id}-nlu.yml")
