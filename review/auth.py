"""Accounts, passwords (argon2id), sessions, CSRF tokens and login throttling.

Sessions are server-side rows keyed by the SHA-256 of a random cookie value; they expire
after REVIEW_SESSION_MINUTES without use and after at most 12 hours. Every form carries a
CSRF token: the session's own token once logged in, and on the login form an HMAC of a
random pre-login cookie (so a login can't be forged either). Failed logins are counted
per username+IP and per IP (as HMACs, so attempted usernames are not stored) and each
failure past a few makes the next attempt wait longer."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.engine import Engine

from review import audit, db

ROLES = ("reviewer", "admin")
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
MAX_SESSION_SECONDS = 12 * 3600
USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-@")

# Throttling: free attempts, then 2, 4, 8 ... seconds, at most 15 minutes.
FREE_FAILURES_PER_USER = 3      # one username from one address
FREE_FAILURES_PER_ACCOUNT = 10  # one username from anywhere
FREE_FAILURES_PER_IP = 20
MAX_DELAY = 15 * 60
FORGET_AFTER = 24 * 3600

_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory parameters
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AuthError(ValueError):
    pass


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Session:
    token_hash: str
    user: User
    csrf_token: str
    expires_at: float


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# --- accounts ------------------------------------------------------------------------------

def normalise_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not 2 <= len(name) <= 64 or not set(name) <= USERNAME_CHARS:
        raise AuthError("usernames are 2 to 64 characters: letters, digits, . _ - @")
    return name


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AuthError(f"passwords must be at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AuthError("that password is too long")


def hash_password(password: str) -> str:
    check_password_rules(password)
    return _hasher.hash(password)


def create_user(engine: Engine, username: str, password: str, role: str) -> User:
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    name = normalise_username(username)
    hashed = hash_password(password)
    with engine.begin() as conn:
        if conn.execute(sa.select(db.users.c.id).where(db.users.c.username == name)).first():
            raise AuthError(f"there is already a user called {name}")
        user_id = conn.execute(db.users.insert().values(
            username=name, password_hash=hashed, role=role, active=True, created_at=db.now())
        ).inserted_primary_key[0]
    return User(user_id, name, role)


def set_password(engine: Engine, username: str, password: str) -> None:
    name = normalise_username(username)
    hashed = hash_password(password)
    with engine.begin() as conn:
        user_id = conn.execute(sa.select(db.users.c.id).where(db.users.c.username == name)).scalar()
        if user_id is None:
            raise AuthError(f"there is no user called {name}")
        conn.execute(db.users.update().where(db.users.c.id == user_id).values(password_hash=hashed))
        conn.execute(db.sessions.delete().where(db.sessions.c.user_id == user_id))


def authenticate(engine: Engine, username: str, password: str) -> Optional[User]:
    """The user, if the password is right and the account active. Takes the same time
    whether or not the username exists."""
    try:
        name = normalise_username(username)
    except AuthError:
        name = None
    row = None
    if name:
        with engine.connect() as conn:
            row = conn.execute(sa.select(db.users).where(db.users.c.username == name)).first()
    if not password or len(password) > MAX_PASSWORD_LENGTH:
        password = "x"
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if row is None or not row.active:
        return None
    if _hasher.check_needs_rehash(row.password_hash):
        with engine.begin() as conn:
            conn.execute(db.users.update().where(db.users.c.id == row.id)
                         .values(password_hash=_hasher.hash(password)))
    return User(row.id, row.username, row.role)


def known_username(engine: Engine, username: str) -> Optional[str]:
    """The stored username for what was typed at login, if there is such an account (for
    the audit log: a mistyped name is not recorded)."""
    try:
        name = normalise_username(username)
    except AuthError:
        return None
    with engine.connect() as conn:
        return conn.execute(sa.select(db.users.c.username).where(db.users.c.username == name)).scalar()


def usernames_by_id(engine: Engine) -> Dict[int, str]:
    with engine.connect() as conn:
        return dict(conn.execute(sa.select(db.users.c.id, db.users.c.username)).fetchall())


def list_users(engine: Engine) -> List[Dict[str, Any]]:
    """Every account, for the admins' page (never the password hash)."""
    u = db.users.c
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            sa.select(u.id, u.username, u.role, u.active, u.created_at, u.last_login_at).order_by(u.username))]


def change_user(engine: Engine, user_id: int, values: Mapping[str, Any], by: User, ip: Optional[str]) -> bool:
    """An admin changes an account's role and/or active flag; a disabled account or a new
    role ends its sessions. Audited. False if there is no such account."""
    with engine.begin() as conn:
        target = conn.execute(sa.select(db.users.c.username).where(db.users.c.id == user_id)).scalar()
        if target is None:
            return False
        conn.execute(db.users.update().where(db.users.c.id == user_id).values(**values))
        if values.get("active") is False or "role" in values:
            conn.execute(db.sessions.delete().where(db.sessions.c.user_id == user_id))
        audit.record(conn, "user_change", user=by, ip=ip, detail={"user": target, **{k: v for k, v in values.items()}})
    return True


# --- sessions ------------------------------------------------------------------------------

def start_session(engine: Engine, user: User, minutes: int) -> str:
    """A new session (a fresh token on every login: no session fixation). Returns the
    cookie value."""
    token = secrets.token_urlsafe(32)
    now = db.now()
    with engine.begin() as conn:
        conn.execute(db.sessions.delete().where(db.sessions.c.expires_at < now))
        conn.execute(db.sessions.insert().values(
            token_hash=hash_token(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
            created_at=now, expires_at=now + minutes * 60, last_seen_at=now))
        conn.execute(db.users.update().where(db.users.c.id == user.id).values(last_login_at=now))
    return token


def load_session(engine: Engine, token: Optional[str], minutes: int) -> Optional[Session]:
    """The live session for a cookie value, extended by ``minutes`` (sliding expiry, up
    to the absolute limit); None when missing, expired or the user is disabled."""
    if not token or len(token) > 128:
        return None
    token_hash = hash_token(token)
    now = db.now()
    s, u = db.sessions.c, db.users.c
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(s.token_hash, s.csrf_token, s.created_at, s.expires_at, s.last_seen_at,
                      u.id, u.username, u.role, u.active)
            .select_from(db.sessions.join(db.users, s.user_id == u.id))
            .where(s.token_hash == token_hash)).first()
    if row is None or not row.active or row.expires_at <= now or now - row.created_at > MAX_SESSION_SECONDS:
        return None
    expires_at = row.expires_at
    if now - row.last_seen_at > 30:  # don't write on every request
        expires_at = min(now + minutes * 60, row.created_at + MAX_SESSION_SECONDS)
        with engine.begin() as conn:
            conn.execute(db.sessions.update().where(s.token_hash == token_hash)
                         .values(last_seen_at=now, expires_at=expires_at))
    return Session(row.token_hash, User(row.id, row.username, row.role), row.csrf_token, expires_at)


def end_session(engine: Engine, token_hash: str) -> None:
    with engine.begin() as conn:
        conn.execute(db.reveals.delete().where(db.reveals.c.session_hash == token_hash))
        conn.execute(db.sessions.delete().where(db.sessions.c.token_hash == token_hash))


# --- CSRF ------------------------------------------------------------------------------------

def tokens_match(expected: Optional[str], given: Optional[str]) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def login_csrf_token(secret: bytes, nonce: str) -> str:
    return hmac.new(secret, b"login-csrf:" + nonce.encode(), hashlib.sha256).hexdigest()


# --- login throttling ------------------------------------------------------------------------

def _key(secret: bytes, *parts: str) -> str:
    return hmac.new(secret, "\x00".join(parts).encode(), hashlib.sha256).hexdigest()


def throttle_keys(secret: bytes, username: str, ip: str):
    name = (username or "").strip().lower()
    return [(_key(secret, "user+ip", name, ip), FREE_FAILURES_PER_USER),
            (_key(secret, "ip", ip), FREE_FAILURES_PER_IP),
            (_key(secret, "account", name), FREE_FAILURES_PER_ACCOUNT)]


def _lock_rows(conn, keys) -> None:
    """Make sure the rows exist and hold them until the transaction ends, so parallel
    attempts take their turn: SQLite's write lock is taken by the INSERT; PostgreSQL
    locks the rows with SELECT ... FOR UPDATE."""
    rows = [{"key": key, "failures": 0, "last_failure_at": 0.0, "blocked_until": 0.0} for key in keys]
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(db.throttle).on_conflict_do_nothing(index_elements=["key"]), rows)


def reserve_attempt(engine: Engine, secret: bytes, username: str, ip: str):
    """Before a password is checked: count this attempt as a failure now, atomically,
    unless the username+address, the address or the account must wait. Returns
    (allowed, seconds to wait if not, the delay this attempt brings if it fails). A
    good password gives the attempt back (``record_success``). So 100 guesses sent at
    once get no more password checks than 100 sent one by one."""
    now = db.now()
    keys = throttle_keys(secret, username, ip)
    t = db.throttle.c
    with engine.begin() as conn:
        _lock_rows(conn, [key for key, _ in keys])
        rows = {row.key: row for row in conn.execute(
            sa.select(db.throttle).where(t.key.in_([key for key, _ in keys])).with_for_update())}
        wait = max([row.blocked_until - now for row in rows.values() if row.last_failure_at > now - FORGET_AFTER]
                   + [0.0])
        if wait > 0:
            return False, wait, 0.0
        longest = 0.0
        for key, free in keys:
            row = rows[key]
            failures = 1 if row.last_failure_at < now - FORGET_AFTER else row.failures + 1
            delay = delay_after(failures, free)
            longest = max(longest, delay)
            conn.execute(db.throttle.update().where(t.key == key).values(
                failures=failures, last_failure_at=now,
                blocked_until=now + (pause_for(delay) + delay if delay else 0.0)))
    return True, 0.0, longest


def delay_after(failures: int, free: int) -> float:
    if failures < free:
        return 0.0
    return float(min(2 ** (failures - free + 1), MAX_DELAY))


def wait_seconds(engine: Engine, secret: bytes, username: str, ip: str) -> float:
    """How long this username+IP must wait before trying again (0: go ahead)."""
    now = db.now()
    keys = [key for key, _ in throttle_keys(secret, username, ip)]
    with engine.connect() as conn:
        rows = conn.execute(sa.select(db.throttle).where(db.throttle.c.key.in_(keys))).fetchall()
    return max([row.blocked_until - now for row in rows if row.last_failure_at > now - FORGET_AFTER] + [0.0])


def pause_for(delay: float) -> float:
    """How long the failed attempt's own answer is held back (the wait starts after it)."""
    return min(1.0, delay / 2)


def record_failure(engine: Engine, secret: bytes, username: str, ip: str) -> float:
    """Count a failed login; returns the wait imposed after this attempt's answer."""
    now = db.now()
    longest = 0.0
    t = db.throttle.c
    with engine.begin() as conn:
        for key, free in throttle_keys(secret, username, ip):
            row = conn.execute(sa.select(db.throttle).where(t.key == key)).first()
            failures = 1 if row is None or row.last_failure_at < now - FORGET_AFTER else row.failures + 1
            delay = delay_after(failures, free)
            longest = max(longest, delay)
            values = dict(failures=failures, last_failure_at=now,
                          blocked_until=now + (pause_for(delay) + delay if delay else 0.0))
            if row is None:
                conn.execute(db.throttle.insert().values(key=key, **values))
            else:
                conn.execute(db.throttle.update().where(t.key == key).values(**values))
    return longest


def record_success(engine: Engine, secret: bytes, username: str, ip: str) -> None:
    """A good password clears the username+address count and gives back the attempt it
    reserved on the address and the account (one known account must not reset an
    attacker's count for guessing others, nor for guessing this one from elsewhere)."""
    keys = throttle_keys(secret, username, ip)
    t = db.throttle.c
    with engine.begin() as conn:
        conn.execute(db.throttle.delete().where(t.key == keys[0][0]))
        for key, free in keys[1:]:
            row = conn.execute(sa.select(db.throttle).where(t.key == key)).first()
            if row is None:
                continue
            failures = max(0, row.failures - 1)
            values = {"failures": failures}
            if failures < free:
                values["blocked_until"] = 0.0
            conn.execute(db.throttle.update().where(t.key == key).values(**values))
