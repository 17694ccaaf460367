"""The Sanic web app: server-rendered pages (Jinja, autoescaped), login required for
everything except /login and /health, CSRF tokens on every form, security headers on
every response, and an audit entry for every view, export and change.

Logs never contain message text: no access log, SQL parameters hidden from errors, and
errors are logged by type and route only.

This module puts the app together: the database, the templates, the middleware that
every request passes (session, CSRF, headers, errors), the pages (review/routes/, one
blueprint per area) and the background indexing (review/background.py)."""
from __future__ import annotations

import logging
import time
from typing import Optional
from urllib.parse import urlencode

from sanic import Sanic, response
from sanic.exceptions import SanicException

from review import audit, auth, db
from review.background import Background
from review.config import Config
from review.routes import BLUEPRINTS
from review.web import (
    PUBLIC, SECURITY_HEADERS, SESSION_COOKIE, UNSAFE_METHODS, client_ip, make_env, refuse, render, set_cookie,
)

log = logging.getLogger("review")


def create_app(config: Optional[Config] = None, name: str = "kent_review") -> Sanic:
    config = config or Config.from_env()
    engine = db.make_engine(config.db_url)
    db.create_tables(engine)
    db.analyze(engine, only_if_missing=True)
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = 1_000_000
    app.config.FALLBACK_ERROR_FORMAT = "html"
    app.ctx.engine = engine
    app.ctx.config = config
    app.ctx.env = make_env()
    app.ctx.background = Background(engine, config)

    app.on_request(authenticate)
    app.on_response(headers)
    app.error_handler.add(Exception, on_error)
    for blueprint in BLUEPRINTS:
        app.blueprint(blueprint)

    @app.after_server_start
    async def start_background(app_, _loop):
        # index and notify now, then every REVIEW_REFRESH_SECONDS
        app_.add_task(app_.ctx.background.keep_up())

    return app


# --- middleware: every request -----------------------------------------------------------------

async def authenticate(request):
    """A live session for every page but the public ones, and on every form the session's
    CSRF token (and no cross-site request)."""
    engine, config = request.app.ctx.engine, request.app.ctx.config
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


async def headers(request, resp):
    """Security headers on every response, the server's time for the page, and the
    session cookie renewed (sliding expiry)."""
    for key, value in SECURITY_HEADERS.items():
        resp.headers.setdefault(key, value)
    if request.scheme == "https":  # behind a proxy: with SANIC_PROXIES_COUNT, X-Forwarded-Proto
        resp.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    started = getattr(request.ctx, "started", None)
    if started is not None:
        resp.headers["Server-Timing"] = "app;dur=%.1f" % ((time.perf_counter() - started) * 1000)
    session = getattr(request.ctx, "session", None)
    if session is not None and SESSION_COOKIE not in resp.cookies:
        set_cookie(request, resp, SESSION_COOKIE, request.cookies.get(SESSION_COOKIE),
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


def serve(host: str, port: int) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app()
    log.info("transcript review on http://%s:%d", host, port)
    app.run(host=host, port=port, access_log=False, workers=1, motd=False, auto_reload=False)
