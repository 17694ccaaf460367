"""One conversation: the transcript page and everything its forms do (status,
assignment, notes, tags, reveal and hide; for admins, keep longer and delete)."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Dict, Optional
from urllib.parse import urlencode

from sanic import Blueprint, response

from review import audit, conversations, exports
from review.web import admin_only, conversation_or_404, in_thread, render, shown_error, signed_error, who

bp = Blueprint("transcript")


@bp.get("/conversations/<conversation_id:int>")
async def transcript(request, conversation_id: int):
    request.app.ctx.background.nudge()
    return await in_thread(transcript_work, request, conversation_id)


def transcript_work(request, conversation_id: int):
    engine = request.app.ctx.engine
    conv = conversation_or_404(request, conversation_id)
    session = request.ctx.session
    revealed = conversations.is_revealed(engine, session.token_hash, conversation_id)
    seen = conversations.newest_event_id(engine, conv["sender_id"])
    turns = conversations.timeline(engine, conv["sender_id"])
    audit.record_now(engine, "view_transcript", conversation_id=conv["id"], sender_id=conv["sender_id"],
                     detail={"revealed": True} if revealed else None, **who(request))
    numbered, number = [], 0
    for turn in turns:
        if turn["kind"] == "turn" and turn["user"]:
            number += 1
            numbered.append((number, turn))
    return render(request, "transcript.html", conv=conv, turns=turns, numbered=numbered, revealed=revealed,
                  seen=seen, colleagues=conversations.colleagues(engine),
                  intents=exports.known_intents(), error=shown_error(request),
                  # stored as the midnight that ends the chosen day: show that day
                  keep_until_date=dt.datetime.fromtimestamp(conv["keep_until"] - 1, conversations.LONDON).date()
                  if conv["keep_until"] else None)


def back(request, conversation_id: int, error: Optional[str] = None, anchor: str = ""):
    url = f"/conversations/{conversation_id}"
    if error:
        url += "?" + urlencode(signed_error(request, error))
    return response.redirect(url + anchor, status=303)


async def change(request, conversation_id: int, action: Callable[[Dict[str, Any]], None], anchor: str = ""):
    conv = conversation_or_404(request, conversation_id)
    try:
        action(conv)
    except conversations.ReviewError as problem:
        return back(request, conversation_id, str(problem), anchor)
    return back(request, conversation_id, anchor=anchor)


@bp.post("/conversations/<conversation_id:int>/status")
async def set_status(request, conversation_id: int):
    engine = request.app.ctx.engine
    status = request.form.get("status")
    outcome = request.form.get("outcome") or None
    raw_seen = request.form.get("seen") or ""
    seen = int(raw_seen) if raw_seen.isascii() and raw_seen.isdigit() and len(raw_seen) < 18 else None
    return await change(request, conversation_id,
                        lambda conv: conversations.set_status(engine, conv, status, seen_event_id=seen,
                                                              outcome=outcome, **who(request)))


@bp.post("/conversations/<conversation_id:int>/assign")
async def assign(request, conversation_id: int):
    engine = request.app.ctx.engine
    username = (request.form.get("username") or "").strip()[:64] or None
    return await change(request, conversation_id,
                        lambda conv: conversations.assign(engine, conv, username, **who(request)), "#review")


@bp.post("/conversations/<conversation_id:int>/notes")
async def add_note(request, conversation_id: int):
    engine = request.app.ctx.engine
    body = request.form.get("body") or ""
    return await change(request, conversation_id,
                        lambda conv: conversations.add_note(engine, conv, body, **who(request)), "#notes")


@bp.post("/conversations/<conversation_id:int>/tags")
async def tag(request, conversation_id: int):
    engine = request.app.ctx.engine
    value, remove = request.form.get("tag") or "", request.form.get("remove") == "1"
    act = conversations.remove_tag if remove else conversations.add_tag
    return await change(request, conversation_id, lambda conv: act(engine, conv, value, **who(request)), "#review")


@bp.post("/conversations/<conversation_id:int>/reveal")
async def reveal(request, conversation_id: int):
    engine = request.app.ctx.engine
    reason = request.form.get("reason") or ""
    token_hash = request.ctx.session.token_hash
    return await change(request, conversation_id,
                        lambda conv: conversations.reveal(engine, token_hash, conv, reason, **who(request)))


@bp.post("/conversations/<conversation_id:int>/hide")
async def hide(request, conversation_id: int):
    engine = request.app.ctx.engine
    token_hash = request.ctx.session.token_hash
    return await change(request, conversation_id,
                        lambda conv: conversations.hide(engine, token_hash, conv, **who(request)))


@bp.post("/conversations/<conversation_id:int>/keep")
@admin_only
async def keep(request, conversation_id: int):
    engine = request.app.ctx.engine
    raw = request.form.get("until") or ""
    try:
        until = dt.date.fromisoformat(raw) if raw else None
    except ValueError:
        return back(request, conversation_id, "choose a date")
    return await change(request, conversation_id,
                        lambda conv: conversations.keep_until(engine, conv, until, **who(request)), "#admin")


@bp.post("/conversations/<conversation_id:int>/delete")
@admin_only
async def delete(request, conversation_id: int):
    engine = request.app.ctx.engine
    conv = conversation_or_404(request, conversation_id)
    if request.form.get("confirm") != str(conversation_id):
        return back(request, conversation_id, "type the conversation number to confirm the deletion", "#admin")
    counts = conversations.delete(engine, conv, **who(request))
    return render(request, "deleted.html", conversation_id=conversation_id, counts=counts)
