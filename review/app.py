"""The Sanic web app: server-rendered pages (Jinja, autoescaped), login required for
everything except /login and /health, CSRF tokens on every form, security headers on
every response, and an audit entry for every view, export and change.

Logs never contain message text: no access log, SQL parameters hidden from errors, and
errors are logged by type and route only."""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import functools
import hashlib
import hmac
import json
import logging
import secrets
import time
from pathlib import Path
from typing import Any, Callable, Dict, Optional, cast
from urllib.parse import urlencode

import sqlalchemy as sa
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from sanic import Sanic, response
from sanic.exceptions import NotFound, SanicException

from review import audit, auth, charts, conversations, db, exports, indexer, masking, notify, patterns, pdf
from review.config import Config
from review.taxonomy import (
    AGE_BAND_LABELS, AUDIENCE_LABELS, AUDIENCES, FOLLOW_UP, RISK_LABELS, RISK_LEVELS, STATUS_LABELS,
    AGE_BANDS, NEEDS_OUTCOME, OUTCOME_LABELS, OUTCOMES, STATUSES, SUGGESTED_TAGS, TIER_LABELS, WORRIES, WORRY_LABELS,
    label,
)

log = logging.getLogger("review")
HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "review_session"
LOGIN_COOKIE = "review_login"
PUBLIC = {"/login", "/health"}
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
CSS = (HERE / "static" / "review.css").read_text(encoding="utf-8")
CSS_HASH = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()
CSP = ("default-src 'none'; style-src 'sha256-%s'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'" % CSS_HASH)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def fmt_time(ts: Optional[float], seconds: bool = False) -> str:
    if ts is None:
        return "—"
    moment = dt.datetime.fromtimestamp(ts, conversations.LONDON)
    return moment.strftime("%a %d %b %Y, %H:%M:%S" if seconds else "%a %d %b %Y, %H:%M")


def waited(since: Optional[float]) -> str:
    """How long ago, shortly: "35 min", "5 h", "3 d"."""
    if not since:
        return ""
    seconds = max(0.0, db.now() - since)
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def masked_html(text: Optional[str], reveal: bool = False) -> Markup:
    """Message text as HTML with personal details masked (or, revealed, highlighted)."""
    parts = []
    for piece, kind in masking.segments(text, reveal=reveal):
        if kind is None:
            parts.append(str(escape(piece)))
        else:
            css = "revealed" if reveal else "masked"
            parts.append(f'<span class="{css}" title="{escape(kind.replace("_", " "))}">{escape(piece)}</span>')
    return Markup("".join(parts))


def masked_value(value: Any, reveal: bool = False) -> Markup:
    """A slot or entity value (any JSON) as masked HTML."""
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False)
    return masked_html(value, reveal)


def make_env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(["html", "xml"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(when=fmt_time, masked=masked_html, masked_value=masked_value, mask_text=masking.mask,
                       tier=lambda v: TIER_LABELS.get(v or 0, "none"), waited=waited,
                       worry=lambda v: label(v, WORRY_LABELS),
                       audience=lambda v: label(v if v in AUDIENCE_LABELS or not v else masking.mask(v),
                                                AUDIENCE_LABELS),
                       age=lambda v: label(v if v in AGE_BAND_LABELS or not v else masking.mask(v), AGE_BAND_LABELS),
                       status=lambda v: label(v, STATUS_LABELS),
                       risk=lambda v: RISK_LABELS.get(v, "—"),
                       resource=exports.resource_name)
    env.filters.update(outcome=lambda v: label(v, OUTCOME_LABELS))
    env.globals.update(OUTCOMES=OUTCOMES, NEEDS_OUTCOME=NEEDS_OUTCOME, AGE_BANDS=AGE_BANDS)
    env.globals.update(css=CSS, WORRIES=WORRIES, AUDIENCES=AUDIENCES, STATUSES=STATUSES,
                       RISK_LEVELS=RISK_LEVELS, SUGGESTED_TAGS=SUGGESTED_TAGS, FOLLOW_UP=FOLLOW_UP)
    return env


def client_ip(request) -> str:
    return (request.remote_addr or request.ip or "")[:64]


def safe_next(value: Optional[str]) -> str:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value \
            and not value.startswith("/login"):
        return value
    return "/queue"


def create_app(config: Optional[Config] = None, name: str = "kent_review") -> Sanic:
    config = config or Config.from_env()
    engine = db.make_engine(config.db_url)
    db.create_tables(engine)
    db.analyze(engine, only_if_missing=True)
    env = make_env()
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = 1_000_000
    app.config.FALLBACK_ERROR_FORMAT = "html"
    app.ctx.engine = engine
    app.ctx.config = config

    # --- helpers ------------------------------------------------------------------------------

    def render(request, template: str, status: int = 200, **context: Any):
        session = getattr(request.ctx, "session", None)
        html = env.get_template(template).render(
            user=session.user if session else None, csrf=session.csrf_token if session else "",
            request_path=request.path, **context)
        return response.html(html, status=status)

    def set_cookie(resp, name_: str, value: str, max_age: int) -> None:
        resp.cookies[name_] = value
        cookie = resp.cookies[name_]
        cookie["path"] = "/"
        cookie["httponly"] = True
        cookie["samesite"] = "Strict"
        cookie["max-age"] = max_age
        if config.cookie_secure:
            cookie["secure"] = True

    def refuse(request, status: int, message: str):
        return render(request, "error.html", status=status, message=message)

    def conversation_or_404(conversation_id: int) -> Dict[str, Any]:
        if not 0 < conversation_id < 2 ** 31:  # an id the database can't hold is not one of ours
            raise NotFound("No such conversation (it may have been deleted).")
        conv = conversations.get(engine, conversation_id)
        if conv is None:
            raise NotFound("No such conversation (it may have been deleted).")
        return conv

    def admin_only(handler: Callable):
        @functools.wraps(handler)
        async def wrapped(request, *args, **kwargs):
            if not request.ctx.session.user.is_admin:
                audit.record_now(engine, "refused", detail={"reason": "admin only", "route": request.path[:200],
                                                            "method": request.method}, **who(request))
                return refuse(request, 403, "Only admins can do that.")
            return await handler(request, *args, **kwargs)
        cast(Any, wrapped).admin_only = True  # a function attribute, which mypy can't type
        return wrapped

    async def in_thread(work: Callable, *args: Any):
        """Reading events, masking and rendering run in a worker thread, so one big
        conversation never holds up the event loop (and /health, and other reviewers)."""
        return await asyncio.get_running_loop().run_in_executor(None, functools.partial(work, *args))

    def signed_error(message: str) -> Dict[str, str]:
        """A message to show after a redirect, signed: a link can't put other text on the page."""
        sig = hmac.new(config.secret_key, b"error:" + message.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
        return {"error": message, "sig": sig}

    def shown_error(request) -> Optional[str]:
        message, sig = request.args.get("error"), request.args.get("sig") or ""
        if not message or len(message) > 300:
            return None
        return message if hmac.compare_digest(signed_error(message)["sig"], sig) else None

    def who(request) -> Dict[str, Any]:
        return {"user": request.ctx.session.user, "ip": client_ip(request)}

    # --- middleware ----------------------------------------------------------------------------

    @app.on_request
    async def authenticate(request):
        request.ctx.started = time.perf_counter()
        request.ctx.session = None
        if request.path in PUBLIC:
            return None
        session = auth.load_session(engine, request.cookies.get(SESSION_COOKIE), config.session_minutes)
        if session is None:
            if request.method in ("GET", "HEAD"):
                return response.redirect("/login?" + urlencode({"next": request.path}), status=303)
            return response.text("Log in first.", status=401)
        request.ctx.session = session
        if request.method in UNSAFE_METHODS:
            if request.headers.get("sec-fetch-site") == "cross-site" or \
                    not auth.tokens_match(session.csrf_token, request.form.get("csrf_token") if request.form else None):
                audit.record_now(engine, "refused", detail={"reason": "form token", "route": request.path[:200]},
                                 user=session.user, ip=client_ip(request))
                return refuse(request, 403, "This form has expired or did not come from this site. "
                                            "Go back, reload the page and try again.")
        return None

    @app.on_response
    async def headers(request, resp):
        for key, value in SECURITY_HEADERS.items():
            resp.headers.setdefault(key, value)
        if request.scheme == "https":  # behind a proxy: with SANIC_PROXIES_COUNT, X-Forwarded-Proto
            resp.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        started = getattr(request.ctx, "started", None)
        if started is not None:
            resp.headers["Server-Timing"] = "app;dur=%.1f" % ((time.perf_counter() - started) * 1000)
        session = getattr(request.ctx, "session", None)
        if session is not None and SESSION_COOKIE not in resp.cookies:
            set_cookie(resp, SESSION_COOKIE, request.cookies.get(SESSION_COOKIE),
                       max(1, int(session.expires_at - db.now())))

    async def on_error(request, exception):
        status = getattr(exception, "status_code", 500) if isinstance(exception, SanicException) else 500
        if status >= 500:
            # type and route only: exception messages may quote what was written
            log.error("error %s on %s %s", type(exception).__name__, request.method,
                      request.route.path if request.route else "?")
        message = str(exception) if isinstance(exception, SanicException) and status < 500 \
            else "Something went wrong. Nothing was changed."
        if not getattr(request.ctx, "session", None) and request.path not in PUBLIC:
            message = "Not found."
        resp = render(request, "error.html", status=status, message=message)
        await headers(request, resp)
        return resp

    app.error_handler.add(Exception, on_error)

    # --- background: index new events and send notifications -------------------------------

    async def keep_up() -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                await loop.run_in_executor(None, indexer.refresh, engine)
                await loop.run_in_executor(None, notify.send_pending, engine, config)
            except Exception as problem:  # type only: messages may quote data
                log.error("background indexing failed: %s", type(problem).__name__)
            await asyncio.sleep(config.refresh_seconds)

    @app.after_server_start
    async def start_background(app_, _loop):
        app_.add_task(keep_up())

    # --- public --------------------------------------------------------------------------------

    @app.get("/health")
    async def health(request):
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except Exception:
            return response.json({"status": "unavailable"}, status=503)
        return response.json({"status": "ok"})

    def login_page(request, status: int = 200, error: Optional[str] = None, retry_after: Optional[int] = None):
        nonce = request.cookies.get(LOGIN_COOKIE)
        if not nonce or len(nonce) > 64:
            nonce = secrets.token_urlsafe(24)
        resp = render(request, "login.html", status=status, error=error,
                      login_csrf=auth.login_csrf_token(config.secret_key, nonce),
                      next=safe_next(request.args.get("next") or (request.form or {}).get("next")))
        set_cookie(resp, LOGIN_COOKIE, nonce, 3600)
        if retry_after:
            resp.headers["Retry-After"] = str(retry_after)
        return resp

    @app.get("/login")
    async def login_form(request):
        if auth.load_session(engine, request.cookies.get(SESSION_COOKIE), config.session_minutes):
            return response.redirect("/queue", status=303)
        return login_page(request)

    @app.post("/login")
    async def login(request):
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
            known = _known_username(username)
            await loop.run_in_executor(None, functools.partial(
                audit.record_now, engine, "login_throttled", username=known or "(unknown user)", ip=ip,
                detail={"known_user": bool(known), "wait_seconds": int(wait) + 1}))
            return login_page(request, 429, f"Too many failed attempts. Try again in {int(wait) + 1} seconds.",
                              retry_after=int(wait) + 1)
        user = await loop.run_in_executor(None, auth.authenticate, engine, username, password)
        if user is None:
            known = _known_username(username)
            audit.record_now(engine, "login_failed", username=known or "(unknown user)", ip=ip,
                             detail={"known_user": bool(known)})
            # each failure past the free ones also slows this answer down
            await asyncio.sleep(auth.pause_for(delay))
            return login_page(request, 401, "Wrong username or password.")
        auth.record_success(engine, config.secret_key, username, ip)
        token = auth.start_session(engine, user, config.session_minutes)
        audit.record_now(engine, "login", user=user, ip=ip)
        resp = response.redirect(safe_next(form.get("next")), status=303)
        set_cookie(resp, SESSION_COOKIE, token, config.session_minutes * 60)
        set_cookie(resp, LOGIN_COOKIE, "", 0)
        return resp

    def _known_username(username: str) -> Optional[str]:
        try:
            name = auth.normalise_username(username)
        except auth.AuthError:
            return None
        with engine.connect() as conn:
            return conn.execute(sa.select(db.users.c.username).where(db.users.c.username == name)).scalar()

    # --- signed in -----------------------------------------------------------------------------

    @app.post("/logout")
    async def logout(request):
        session = request.ctx.session
        audit.record_now(engine, "logout", user=session.user, ip=client_ip(request))
        auth.end_session(engine, session.token_hash)
        request.ctx.session = None
        resp = response.redirect("/login", status=303)
        set_cookie(resp, SESSION_COOKIE, "", 0)
        return resp

    @app.get("/")
    async def home(request):
        return response.redirect("/queue", status=303)

    @app.get("/queue")
    async def queue(request):
        return await in_thread(queue_work, request)

    def queue_work(request):
        indexer.refresh(engine)
        filters = conversations.Filters.from_args({k: request.args.get(k) for k in request.args})
        filters.viewer_id = request.ctx.session.user.id
        cursor = request.args.get("after")
        page = conversations.queue_page(engine, filters, cursor)
        if any(row["assigned_to"] for row in page["rows"]):
            with engine.connect() as conn:
                names = dict(conn.execute(sa.select(db.users.c.id, db.users.c.username)).fetchall())
            for row in page["rows"]:
                row["assigned_name"] = names.get(row["assigned_to"])
        audit.record_now(engine, "view_queue", detail={"filters": filters.as_args(), "page_after": cursor} if
                         (filters.as_args() or cursor) else None, **who(request))
        args = filters.as_args()
        next_link = "/queue?" + urlencode(dict(args, after=page["next"])) if page["next"] else None
        first_link = "/queue?" + urlencode(args) if cursor else None
        return render(request, "queue.html", page=page, filters=filters, next_link=next_link,
                      first_link=first_link)

    @app.get("/conversations/<conversation_id:int>")
    async def transcript(request, conversation_id: int):
        return await in_thread(transcript_work, request, conversation_id)

    def transcript_work(request, conversation_id: int):
        indexer.refresh(engine)
        conv = conversation_or_404(conversation_id)
        session = request.ctx.session
        revealed = conversations.is_revealed(engine, session.token_hash, conversation_id)
        with engine.connect() as conn:
            seen = conversations.last_event_id(conn, conv["sender_id"])
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

    def back(conversation_id: int, error: Optional[str] = None, anchor: str = ""):
        url = f"/conversations/{conversation_id}"
        if error:
            url += "?" + urlencode(signed_error(error))
        return response.redirect(url + anchor, status=303)

    async def change(request, conversation_id: int, action: Callable[[Dict[str, Any]], None], anchor: str = ""):
        conv = conversation_or_404(conversation_id)
        try:
            action(conv)
        except conversations.ReviewError as problem:
            return back(conversation_id, str(problem), anchor)
        return back(conversation_id, anchor=anchor)

    @app.post("/conversations/<conversation_id:int>/status")
    async def set_status(request, conversation_id: int):
        status = request.form.get("status")
        outcome = request.form.get("outcome") or None
        raw_seen = request.form.get("seen") or ""
        seen = int(raw_seen) if raw_seen.isascii() and raw_seen.isdigit() and len(raw_seen) < 18 else None
        return await change(request, conversation_id,
                            lambda conv: conversations.set_status(engine, conv, status, seen_event_id=seen,
                                                                  outcome=outcome, **who(request)))

    @app.post("/conversations/<conversation_id:int>/assign")
    async def assign(request, conversation_id: int):
        username = (request.form.get("username") or "").strip()[:64] or None
        return await change(request, conversation_id,
                            lambda conv: conversations.assign(engine, conv, username, **who(request)), "#review")

    @app.post("/conversations/<conversation_id:int>/notes")
    async def add_note(request, conversation_id: int):
        body = request.form.get("body") or ""
        return await change(request, conversation_id,
                            lambda conv: conversations.add_note(engine, conv, body, **who(request)), "#notes")

    @app.post("/conversations/<conversation_id:int>/tags")
    async def tag(request, conversation_id: int):
        value, remove = request.form.get("tag") or "", request.form.get("remove") == "1"
        act = conversations.remove_tag if remove else conversations.add_tag
        return await change(request, conversation_id, lambda conv: act(engine, conv, value, **who(request)), "#review")

    @app.post("/conversations/<conversation_id:int>/reveal")
    async def reveal(request, conversation_id: int):
        reason = request.form.get("reason") or ""
        token_hash = request.ctx.session.token_hash
        return await change(request, conversation_id,
                            lambda conv: conversations.reveal(engine, token_hash, conv, reason, **who(request)))

    @app.post("/conversations/<conversation_id:int>/hide")
    async def hide(request, conversation_id: int):
        token_hash = request.ctx.session.token_hash
        return await change(request, conversation_id,
                            lambda conv: conversations.hide(engine, token_hash, conv, **who(request)))

    @app.post("/conversations/<conversation_id:int>/keep")
    @admin_only
    async def keep(request, conversation_id: int):
        raw = request.form.get("until") or ""
        try:
            until = dt.date.fromisoformat(raw) if raw else None
        except ValueError:
            return back(conversation_id, "choose a date")
        return await change(request, conversation_id,
                            lambda conv: conversations.keep_until(engine, conv, until, **who(request)), "#admin")

    @app.post("/conversations/<conversation_id:int>/delete")
    @admin_only
    async def delete(request, conversation_id: int):
        conv = conversation_or_404(conversation_id)
        if request.form.get("confirm") != str(conversation_id):
            return back(conversation_id, "type the conversation number to confirm the deletion", "#admin")
        counts = conversations.delete(engine, conv, **who(request))
        return render(request, "deleted.html", conversation_id=conversation_id, counts=counts)

    # --- exports -------------------------------------------------------------------------------

    def export_context(request, conversation_id: int, fmt: str):
        conv = conversation_or_404(conversation_id)
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

    @app.get("/conversations/<conversation_id:int>/export.json")
    async def export_json(request, conversation_id: int):
        return await in_thread(export_json_work, request, conversation_id)

    def export_json_work(request, conversation_id: int):
        conv, turns, masked = export_context(request, conversation_id, "json")
        document = exports.transcript_json(conv, turns, masked, request.ctx.session.user.username)
        return attachment(exports.dumps(document), "application/json; charset=utf-8",
                          f"conversation-{conversation_id}.json")

    @app.get("/conversations/<conversation_id:int>/export.html")
    async def export_html(request, conversation_id: int):
        return await in_thread(export_html_work, request, conversation_id)

    def export_html_work(request, conversation_id: int):
        conv, turns, masked = export_context(request, conversation_id, "html")
        return render(request, "printable.html", conv=conv, turns=turns, revealed=not masked,
                      exported_at=fmt_time(db.now()))

    @app.get("/conversations/<conversation_id:int>/export.pdf")
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

    @app.get("/conversations/<conversation_id:int>/export-story.yml")
    async def export_story(request, conversation_id: int):
        return await in_thread(export_story_work, request, conversation_id)

    def export_story_work(request, conversation_id: int):
        conv = conversation_or_404(conversation_id)
        turns = conversations.timeline(engine, conv["sender_id"])
        audit.record_now(engine, "export", conversation_id=conv["id"], sender_id=conv["sender_id"],
                         detail={"format": "test story", "masked": True}, **who(request))
        return attachment(exports.story_yaml(conv, turns, overrides(request)), "application/x-yaml; charset=utf-8",
                          f"review-{conversation_id}-story.yml")

    @app.get("/conversations/<conversation_id:int>/export-nlu.yml")
    async def export_nlu(request, conversation_id: int):
        return await in_thread(export_nlu_work, request, conversation_id)

    def export_nlu_work(request, conversation_id: int):
        conv = conversation_or_404(conversation_id)
        turns = conversations.timeline(engine, conv["sender_id"])
        audit.record_now(engine, "export", conversation_id=conv["id"], sender_id=conv["sender_id"],
                         detail={"format": "nlu examples", "masked": True}, **who(request))
        return attachment(exports.nlu_yaml(turns, overrides(request)), "application/x-yaml; charset=utf-8",
                          f"review-{conversation_id}-nlu.yml")

    # --- patterns ------------------------------------------------------------------------------

    @app.get("/patterns")
    async def patterns_page(request):
        return await in_thread(patterns_page_work, request)

    def patterns_page_work(request):
        indexer.refresh(engine)
        try:
            weeks = min(max(int(request.args.get("weeks", 12)), 2), 52)
        except ValueError:
            weeks = 12
        data = patterns.weekly(engine, weeks)
        labels = [w.strftime("%d %b") for w in data["weeks"]]

        def queue_link(week: int, **args: str) -> str:
            start = data["weeks"][week]
            end = start + dt.timedelta(days=6)
            return "/queue?" + urlencode({"from": start.isoformat(), "to": end.isoformat(), **args})

        worry_keys = list(data["worries"])
        worry_rows = [(label(w, WORRY_LABELS), values) for w, values in data["worries"].items()]
        risk_keys = ["immediate", "high", "concern"]
        risk_series = [("Immediate", data["risk"]["immediate"]), ("High", data["risk"]["high"]),
                       ("Concern", data["risk"]["concern"])]
        audience_keys = list(data["audiences"])
        audience_series = [(label(a, AUDIENCE_LABELS), values) for a, values in data["audiences"].items()]
        age_keys = list(data["ages"])
        age_series = [("Not given" if a == "not_given" else label(a, AGE_BAND_LABELS), values)
                      for a, values in data["ages"].items()]
        platform_keys = list(data["platforms"])
        platform_rows = [(p, values) for p, values in data["platforms"].items()]
        audit.record_now(engine, "view_patterns", detail={"weeks": weeks}, **who(request))
        return render(
            request, "patterns.html", weeks=weeks, labels=labels, data=data,
            worry_rows=worry_rows, risk_series=risk_series, audience_series=audience_series,
            age_series=age_series, platform_rows=platform_rows,
            worry_chart=charts.heat_map("Conversations per week by worry", labels, worry_rows,
                                        links=lambda r, w: queue_link(w, worry=worry_keys[r])),
            risk_chart=charts.stacked_bars("Conversations per week by highest risk", labels, risk_series,
                                           links=lambda n, w: queue_link(w, risk=risk_keys[n])),
            audience_chart=charts.stacked_bars("Conversations per week by audience", labels, audience_series,
                                               palette=3, links=lambda n, w: queue_link(w, audience=audience_keys[n])),
            age_chart=charts.stacked_bars("Conversations per week by age band", labels, age_series, palette=0,
                                          links=lambda n, w: None if age_keys[n] == "not_given"
                                          else queue_link(w, age=age_keys[n])),
            platform_chart=charts.heat_map("Conversations per week by platform mentioned", labels, platform_rows,
                                           links=lambda r, w: queue_link(w, platform=platform_keys[r]))
            if platform_rows else None)

    # --- admin ---------------------------------------------------------------------------------

    @app.get("/admin/audit")
    @admin_only
    async def audit_page(request):
        def number(key):
            value = request.args.get(key) or ""
            return int(value) if value.isdigit() else None
        filters = {"username": (request.args.get("username") or "").strip().lower() or None,
                   "action": request.args.get("action") if request.args.get("action") in audit.ACTIONS else None,
                   "conversation_id": number("conversation")}
        rows, more = audit.entries(engine, before_id=number("before"), **filters)
        audit.record_now(engine, "view_audit", detail={k: v for k, v in filters.items() if v} or None, **who(request))
        shown = {"username": filters["username"], "action": filters["action"],
                 "conversation": filters["conversation_id"]}
        shown = {k: v for k, v in shown.items() if v}
        next_link = "/admin/audit?" + urlencode(dict(shown, before=more)) if more else None
        return render(request, "audit.html", rows=rows, next_link=next_link, filters=shown, actions=audit.ACTIONS)

    @app.get("/admin/users")
    @admin_only
    async def users_page(request):
        with engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(
                sa.select(db.users.c.id, db.users.c.username, db.users.c.role, db.users.c.active,
                             db.users.c.created_at, db.users.c.last_login_at).order_by(db.users.c.username))]
        audit.record_now(engine, "view_users", **who(request))
        return render(request, "users.html", rows=rows, roles=auth.ROLES, error=shown_error(request))

    @app.post("/admin/users/<user_id:int>")
    @admin_only
    async def change_user(request, user_id: int):
        me = request.ctx.session.user
        role, active = request.form.get("role"), request.form.get("active")
        if user_id == me.id:
            return response.redirect(
                "/admin/users?" + urlencode(signed_error("You can't change your own account here.")), status=303)
        values: Dict[str, Any] = {}
        if role in auth.ROLES:
            values["role"] = role
        if active in ("0", "1"):
            values["active"] = active == "1"
        if not values:
            return response.redirect("/admin/users", status=303)
        with engine.begin() as conn:
            target = conn.execute(sa.select(db.users.c.username).where(db.users.c.id == user_id)).scalar()
            if target is None:
                raise NotFound("No such user.")
            conn.execute(db.users.update().where(db.users.c.id == user_id).values(**values))
            if values.get("active") is False or "role" in values:
                conn.execute(db.sessions.delete().where(db.sessions.c.user_id == user_id))
            audit.record(conn, "user_change", user=me, ip=client_ip(request),
                         detail={"user": target, **{k: v for k, v in values.items()}})
        return response.redirect("/admin/users", status=303)

    return app


def serve(host: str, port: int) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app()
    log.info("transcript review on http://%s:%d", host, port)
    app.run(host=host, port=port, access_log=False, workers=1, motd=False, auto_reload=False)
