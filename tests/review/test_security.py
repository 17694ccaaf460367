"""Security of the running app (a real server process): login required everywhere but
/login and /health, roles, CSRF, login throttling, cookies and headers, no message text in
logs. Runs on seeded conversations so it can start while the bots are loading."""
from __future__ import annotations

import re
import time

import pytest
import sqlalchemy as sa

from review import auth, db
from review.app import create_app
from review.config import Config
from tests.review import seed
from tests.review.helpers import PASSWORD, SECRET, ReviewServer, logged_in

ADMIN_PATHS = {"admin/audit", "admin/users", "admin/users/<user_id:int>",
               "conversations/<conversation_id:int>/keep", "conversations/<conversation_id:int>/delete"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("security")
    url = f"sqlite:///{workdir / 'tracker.db'}"
    engine = db.make_engine(url)
    seed.seed(engine, 40, days=10, seed_value=21)
    auth.create_user(engine, "admin1", PASSWORD, "admin")
    auth.create_user(engine, "reviewer1", PASSWORD, "reviewer")
    running = ReviewServer(workdir, url).start()
    running.engine = engine
    yield running
    running.stop()
    engine.dispose()


@pytest.fixture(scope="module")
def routes(server):
    app = create_app(Config(db_url=server.db_url, secret_key=SECRET.encode()), name="route_listing")
    return [(route.path, method, getattr(route.handler, "admin_only", False))
            for route in app.router.routes for method in route.methods]


def concrete(path: str) -> str:
    return "/" + path.replace("<conversation_id:int>", "1").replace("<user_id:int>", "2")


def test_every_route_but_login_and_health_refuses_anonymous_requests(server, routes):
    assert len(routes) >= 20
    checked = 0
    for path, method, _ in routes:
        if path in ("login", "health"):
            continue
        response = server.client().request(method, concrete(path), data={"status": "reviewed", "body": "x"})
        if method == "GET":
            assert response.status_code == 303 and response.headers["Location"].startswith("/login"), path
        else:
            assert response.status_code == 401, path
        assert "seed-" not in response.text and "worry" not in response.text.lower(), path
        checked += 1
    assert checked == len(routes) - 3
    # and nothing was changed
    with server.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(db.notes)).scalar() == 0
        status = sa.select(db.conversations.c.status).where(db.conversations.c.id == 1)
        assert conn.execute(status).scalar() == "unreviewed"


def test_health_answers_without_login_and_says_nothing_else(server):
    response = server.client().get("/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "Set-Cookie" not in response.headers


def test_a_reviewer_cannot_reach_admin_routes(server, routes):
    assert {path for path, _, admin in routes if admin} == ADMIN_PATHS
    reviewer = logged_in(server, "reviewer1")
    token = reviewer.csrf()
    for path, method, _ in routes:
        if path in ADMIN_PATHS:
            response = reviewer.request(method, concrete(path),
                                        data={"csrf_token": token, "confirm": "1", "role": "admin", "active": "0"})
            assert response.status_code == 403, path
    with server.engine.connect() as conn:  # the deletion and the role change did not happen
        assert conn.execute(sa.select(db.conversations.c.id).where(db.conversations.c.id == 1)).first()
        assert conn.execute(sa.select(db.users.c.role, db.users.c.active).where(db.users.c.id == 2)).first() == \
            ("reviewer", True)
    # what reviewers may do, they can
    assert reviewer.get("/conversations/1").status_code == 200
    assert reviewer.post("/conversations/1/status", {"csrf_token": token, "status": "reviewed"}).status_code == 303


def test_an_admin_can_reach_admin_pages(server):
    admin = logged_in(server, "admin1")
    for path in ("/admin/audit", "/admin/users"):
        assert admin.get(path).status_code == 200


def test_forms_without_the_right_csrf_token_are_refused(server):
    reviewer = logged_in(server, "reviewer1")
    other = logged_in(server, "admin1")
    good = reviewer.csrf()
    attempts = [
        {"body": "no token"},
        {"body": "wrong token", "csrf_token": "x" * 43},
        {"body": "someone else's token", "csrf_token": other.csrf()},
    ]
    for data in attempts:
        assert reviewer.post("/conversations/2/notes", data).status_code == 403
    cross_site = reviewer.post("/conversations/2/notes", {"body": "cross-site", "csrf_token": good},
                               headers={"Sec-Fetch-Site": "cross-site"})
    assert cross_site.status_code == 403
    with server.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(db.notes)
                            .where(db.notes.c.conversation_id == 2)).scalar() == 0
    assert reviewer.post("/conversations/2/notes", {"body": "with the token", "csrf_token": good}).status_code == 303
    # the login form is protected too
    fresh = server.client()
    fresh.get("/login")
    refused = fresh.post("/login", {"username": "admin1", "password": PASSWORD})
    assert refused.status_code == 403 and "review_session" not in fresh.cookies


def test_wrong_password_is_refused_and_repeated_failures_are_slowed(tmp_path):
    # its own server: failures are counted per address, and every test here is 127.0.0.1
    url = f"sqlite:///{tmp_path / 'throttle.db'}"
    engine = db.make_engine(url)
    db.create_tables(engine)
    auth.create_user(engine, "victim", PASSWORD, "reviewer")
    server = ReviewServer(tmp_path, url).start()
    try:
        client = server.client()
        statuses = [client.login("victim", "not-the-password").status_code for _ in range(3)]
        assert statuses == [401, 401, 401] and "review_session" not in client.cookies
        blocked = client.login("victim", PASSWORD)  # even the right password must wait
        assert blocked.status_code == 429 and "review_session" not in client.cookies
        first_wait = int(blocked.headers["Retry-After"])
        time.sleep(first_wait + 0.2)
        started = time.monotonic()
        assert client.login("victim", "still-wrong-password").status_code == 401
        assert time.monotonic() - started >= 1.0, "a failure past the free ones answers slowly"
        second = client.login("victim", PASSWORD)
        assert second.status_code == 429 and int(second.headers["Retry-After"]) > first_wait
        time.sleep(int(second.headers["Retry-After"]) + 0.2)
        assert client.login("victim", PASSWORD).status_code == 303
        with engine.connect() as conn:
            actions = [r.action for r in conn.execute(sa.select(db.audit_log.c.action))]
        assert actions.count("login_failed") == 4 and actions.count("login") == 1
    finally:
        server.stop()
        engine.dispose()


def test_session_cookie_is_secure_httponly_samesite_and_expires(server):
    client = server.client()
    client.login("reviewer1")
    cookie = next(h for h in client.set_cookie_headers if h.startswith("review_session=") and "Max-Age=0" not in h)
    for flag in ("HttpOnly", "Secure", "SameSite=Strict", "Path=/", "Max-Age=1800"):
        assert flag in cookie
    assert client.get("/queue").status_code == 200
    with server.engine.begin() as conn:
        token = auth.hash_token(client.cookies["review_session"])
        conn.execute(db.sessions.update().where(db.sessions.c.token_hash == token).values(expires_at=db.now() - 1))
    assert client.get("/queue").status_code == 303


def test_logout_ends_the_session(server):
    client = logged_in(server, "reviewer1")
    token = client.cookies["review_session"]
    assert client.post("/logout", {"csrf_token": client.csrf()}).status_code == 303
    client.cookies["review_session"] = token  # replaying the old cookie does not work
    assert client.get("/queue").status_code == 303


def test_pages_carry_security_headers(server):
    client = logged_in(server, "reviewer1")
    for path in ("/queue", "/conversations/3", "/login"):
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src" not in csp or "'unsafe-inline'" not in csp
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert "no-store" in headers["Cache-Control"]


def test_pages_have_no_inline_script_and_the_style_matches_the_csp(server):
    import base64
    import hashlib

    client = logged_in(server, "admin1")
    for path in ("/queue", "/conversations/4", "/patterns", "/admin/audit"):
        response = client.get(path)
        assert "<script" not in response.text and " style=" not in response.text and "onclick" not in response.text
        style = re.search(r"<style>(.*?)</style>", response.text, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in response.headers["Content-Security-Policy"]


def test_disabling_a_user_logs_them_out(server, tmp_path):
    auth.create_user(server.engine, "temp1", PASSWORD, "reviewer")
    temp = logged_in(server, "temp1")
    admin = logged_in(server, "admin1")
    with server.engine.connect() as conn:
        user_id = conn.execute(sa.select(db.users.c.id).where(db.users.c.username == "temp1")).scalar()
    assert admin.post(f"/admin/users/{user_id}", {"csrf_token": admin.csrf(), "active": "0"}).status_code == 303
    assert temp.get("/queue").status_code == 303
    assert server.client().login("temp1").status_code == 401


def test_server_logs_hold_no_message_text(server):
    admin = logged_in(server, "admin1")
    with server.engine.connect() as conn:
        rows = conn.execute(sa.select(db.conversations.c.id, db.conversations.c.preview).limit(5)).fetchall()
    for conv_id, _ in rows:
        admin.get(f"/conversations/{conv_id}")
        admin.get(f"/conversations/{conv_id}/export.json")
    admin.post("/conversations/1/notes", {"csrf_token": admin.csrf(), "body": "Sensitive note about Jamie"})
    admin.get("/conversations/999999")
    log = server.log.read_text()
    for _, preview in rows:
        words = [w for w in re.findall(r"[a-z]{6,}", (preview or "").lower())][:3]
        for word in words:
            assert word not in log.lower(), word
    assert "Jamie" not in log


def test_unknown_conversation_is_a_plain_404(server):
    response = logged_in(server, "reviewer1").get("/conversations/999999")
    assert response.status_code == 404 and "deleted" in response.text


def test_a_hundred_guesses_sent_at_once_get_no_more_password_checks_than_one_by_one(tmp_path):
    """Each attempt is counted before its password is checked, atomically: of 100 parallel
    attempts (99 wrong, the right one last) only the free few are checked, and the
    right password does not get in from inside the burst."""
    from concurrent.futures import ThreadPoolExecutor

    import requests

    url = f"sqlite:///{tmp_path / 'burst.db'}"
    engine = db.make_engine(url)
    db.create_tables(engine)
    auth.create_user(engine, "target", PASSWORD, "reviewer")
    server = ReviewServer(tmp_path, url).start()
    try:
        client = server.client()
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        passwords = [f"wrong-password-{n:03d}" for n in range(99)] + [PASSWORD]

        def attempt(password):
            return requests.post(server.url + "/login", data={"csrf_token": token, "username": "target",
                                                              "password": password, "next": "/queue"},
                                 headers={"Cookie": cookie}, allow_redirects=False, timeout=120).status_code

        with ThreadPoolExecutor(max_workers=100) as pool:
            statuses = list(pool.map(attempt, passwords))
        checked = [s for s in statuses if s != 429]
        assert statuses[-1] != 303, "the right password got in from inside a burst of guesses"
        assert len(checked) <= auth.FREE_FAILURES_PER_USER, statuses
        assert statuses.count(429) >= 100 - auth.FREE_FAILURES_PER_USER
        with engine.connect() as conn:
            actions = [r.action for r in conn.execute(sa.select(db.audit_log.c.action))]
        assert actions.count("login_throttled") == statuses.count(429)
    finally:
        server.stop()
        engine.dispose()


def test_an_account_is_limited_across_addresses_too(tmp_path):
    """Guesses at one account from many addresses at once: the account's own count stops them."""
    from concurrent.futures import ThreadPoolExecutor

    engine = db.make_engine(f"sqlite:///{tmp_path / 'account.db'}")
    db.create_tables(engine)
    secret = b"s" * 32
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(lambda n: auth.reserve_attempt(engine, secret, "target", f"10.1.{n // 250}.{n % 250}"),
                                range(100)))
    allowed = [r for r in results if r[0]]
    assert len(allowed) <= auth.FREE_FAILURES_PER_ACCOUNT
    # another account from those addresses is not held up by it
    assert auth.reserve_attempt(engine, secret, "someone-else", "10.1.0.7")[0]
    engine.dispose()
