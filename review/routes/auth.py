"""Logging in and out, and the health check: the only pages open without a session."""
from __future__ import annotations

import asyncio
import functools
import secrets
from typing import Optional

from sanic import Blueprint, response

from review import audit, auth, db
from review.web import LOGIN_COOKIE, SESSION_COOKIE, client_ip, render, safe_next, set_cookie

bp = Blueprint("auth")


@bp.get("/health")
async def health(request):
    if not db.is_up(request.app.ctx.engine):
        return response.json({"status": "unavailable"}, status=503)
    return response.json({"status": "ok"})


def login_page(request, status: int = 200, error: Optional[str] = None, retry_after: Optional[int] = None):
    nonce = request.cookies.get(LOGIN_COOKIE)
    if not nonce or len(nonce) > 64:
        nonce = secrets.token_urlsafe(24)
    resp = render(request, "login.html", status=status, error=error,
                  login_csrf=auth.login_csrf_token(request.app.ctx.config.secret_key, nonce),
                  next=safe_next(request.args.get("next") or (request.form or {}).get("next")))
    set_cookie(request, resp, LOGIN_COOKIE, nonce, 3600)
    if retry_after:
        resp.headers["Retry-After"] = str(retry_after)
    return resp


@bp.get("/login")
async def login_form(request):
    engine, config = request.app.ctx.engine, request.app.ctx.config
    if auth.load_session(engine, request.cookies.get(SESSION_COOKIE), config.session_minutes):
        return response.redirect("/queue", status=303)
    return login_page(request)


@bp.post("/login")
async def login(request):
    engine, config = request.app.ctx.engine, request.app.ctx.config
    form = request.form or {}
    nonce = request.cookies.get(LOGIN_COOKIE) or ""
    if request.headers.get("sec-fetch-site") == "cross-site" or not nonce or \
            not auth.tokens_match(auth.login_csrf_token(config.secret_key, nonce), form.get("csrf_token")):
        return login_page(request, 403, "The login form expired. Please try again.")
    username = (form.get("username") or "")[:128]
    password = (form.get("password") or "")[:auth.MAX_PASSWORD_LENGTH + 1]
    ip = client_ip(request)
    loop = asyncio.get_running_loop()
    allowed, wait, delay = await loop.run_in_executor(
        None, auth.reserve_attempt, engine, config.secret_key, username, ip)
    if not allowed:
        known = auth.known_username(engine, username)
        await loop.run_in_executor(None, functools.partial(
            audit.record_now, engine, "login_throttled", username=known or "(unknown user)", ip=ip,
            detail={"known_user": bool(known), "wait_seconds": int(wait) + 1}))
        return login_page(request, 429, f"Too many failed attempts. Try again in {int(wait) + 1} seconds.",
                          retry_after=int(wait) + 1)
    user = await loop.run_in_executor(None, auth.authenticate, engine, username, password)
    if user is None:
        known = auth.known_username(engine, username)
        audit.record_now(engine, "login_failed", username=known or "(unknown user)", ip=ip,
                         detail={"known_user": bool(known)})
        # each failure past the free ones also slows this answer down
        await asyncio.sleep(auth.pause_for(delay))
        return login_page(request, 401, "Wrong username or password.")
    auth.record_success(engine, config.secret_key, username, ip)
    token = auth.start_session(engine, user, config.session_minutes)
    audit.record_now(engine, "login", user=user, ip=ip)
    resp = response.redirect(safe_next(form.get("next")), status=303)
    set_cookie(request, resp, SESSION_COOKIE, token, config.session_minutes * 60)
    set_cookie(request, resp, LOGIN_COOKIE, "", 0)
    return resp


@bp.post("/logout")
async def logout(request):
    engine = request.app.ctx.engine
    session = request.ctx.session
    audit.record_now(engine, "logout", user=session.user, ip=client_ip(request))
    auth.end_session(engine, session.token_hash)
    request.ctx.session = None
    resp = response.redirect("/login", status=303)
    set_cookie(request, resp, SESSION_COOKIE, "", 0)
    return resp
