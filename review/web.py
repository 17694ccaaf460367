"""What every page shares: the templates and their filters, the security headers,
rendering, cookies, signed messages after a redirect, the admin-only guard, and running
work off the event loop. Handlers reach the app's engine, configuration and templates
through ``request.app.ctx`` (set up in review/app.py)."""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import functools
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any, Callable, Dict, Optional

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from sanic import response
from sanic.exceptions import NotFound

from review import audit, conversations, db, exports, masking
from review.taxonomy import (
    AGE_BAND_LABELS, AGE_BANDS, AUDIENCE_LABELS, AUDIENCES, FOLLOW_UP, NEEDS_OUTCOME, OUTCOME_LABELS, OUTCOMES,
    RISK_LABELS, RISK_LEVELS, STATUS_LABELS, STATUSES, SUGGESTED_TAGS, TIER_LABELS, WORRIES, WORRY_LABELS, label,
)

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


# --- templates -----------------------------------------------------------------------------------

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


def render(request, template: str, status: int = 200, **context: Any):
    session = getattr(request.ctx, "session", None)
    html = request.app.ctx.env.get_template(template).render(
        user=session.user if session else None, csrf=session.csrf_token if session else "",
        request_path=request.path, **context)
    return response.html(html, status=status)


def refuse(request, status: int, message: str):
    return render(request, "error.html", status=status, message=message)


# --- requests ------------------------------------------------------------------------------------

def client_ip(request) -> str:
    return (request.remote_addr or request.ip or "")[:64]


def who(request) -> Dict[str, Any]:
    return {"user": request.ctx.session.user, "ip": client_ip(request)}


def safe_next(value: Optional[str]) -> str:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value \
            and not value.startswith("/login"):
        return value
    return "/queue"


def set_cookie(request, resp, name: str, value: str, max_age: int) -> None:
    resp.cookies[name] = value
    cookie = resp.cookies[name]
    cookie["path"] = "/"
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    cookie["max-age"] = max_age
    if request.app.ctx.config.cookie_secure:
        cookie["secure"] = True


def signed_error(request, message: str) -> Dict[str, str]:
    """A message to show after a redirect, signed: a link can't put other text on the page."""
    secret = request.app.ctx.config.secret_key
    sig = hmac.new(secret, b"error:" + message.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
    return {"error": message, "sig": sig}


def shown_error(request) -> Optional[str]:
    message, sig = request.args.get("error"), request.args.get("sig") or ""
    if not message or len(message) > 300:
        return None
    return message if hmac.compare_digest(signed_error(request, message)["sig"], sig) else None


def conversation_or_404(request, conversation_id: int) -> Dict[str, Any]:
    if not 0 < conversation_id < 2 ** 31:  # an id the database can't hold is not one of ours
        raise NotFound("No such conversation (it may have been deleted).")
    conv = conversations.get(request.app.ctx.engine, conversation_id)
    if conv is None:
        raise NotFound("No such conversation (it may have been deleted).")
    return conv


def admin_only(handler: Callable):
    @functools.wraps(handler)
    async def wrapped(request, *args, **kwargs):
        if not request.ctx.session.user.is_admin:
            audit.record_now(request.app.ctx.engine, "refused", detail={
                "reason": "admin only", "route": request.path[:200], "method": request.method}, **who(request))
            return refuse(request, 403, "Only admins can do that.")
        return await handler(request, *args, **kwargs)
    wrapped.admin_only = True  # type: ignore[attr-defined]
    return wrapped


async def in_thread(work: Callable, *args: Any):
    """Reading events, masking and rendering run in a worker thread, so one big
    conversation never holds up the event loop (and /health, and other reviewers)."""
    return await asyncio.get_running_loop().run_in_executor(None, functools.partial(work, *args))
