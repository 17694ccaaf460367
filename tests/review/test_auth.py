"""Accounts, passwords, sessions, CSRF tokens and login throttling (in-process)."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from review import auth, db

SECRET = b"s" * 40


@pytest.fixture
def engine(sqlite_engine):
    db.create_tables(sqlite_engine)
    return sqlite_engine


def test_passwords_are_stored_as_argon2id_hashes(engine):
    auth.create_user(engine, "Alice", "correct horse battery", "reviewer")
    with engine.connect() as conn:
        stored = conn.execute(sa.select(db.users.c.password_hash)).scalar()
    assert stored.startswith("$argon2id$")
    assert "correct horse battery" not in stored


def test_right_password_wrong_password_unknown_user(engine):
    auth.create_user(engine, "alice", "correct horse battery", "admin")
    user = auth.authenticate(engine, "ALICE", "correct horse battery")
    assert user is not None and user.username == "alice" and user.is_admin
    assert auth.authenticate(engine, "alice", "correct horse batterY") is None
    assert auth.authenticate(engine, "mallory", "correct horse battery") is None
    assert auth.authenticate(engine, "alice", "") is None


@pytest.mark.parametrize("password", ["", "short", "elevenchars"])
def test_passwords_under_12_characters_are_refused(engine, password):
    with pytest.raises(auth.AuthError, match="at least 12"):
        auth.create_user(engine, "bob", password, "reviewer")


def test_usernames_are_unique_and_roles_checked(engine):
    auth.create_user(engine, "carol", "a-good-password", "reviewer")
    with pytest.raises(auth.AuthError, match="already"):
        auth.create_user(engine, "Carol", "another-password", "reviewer")
    with pytest.raises(auth.AuthError, match="role"):
        auth.create_user(engine, "dave", "a-good-password", "superuser")


def test_disabled_accounts_cannot_log_in_and_lose_their_sessions(engine):
    user = auth.create_user(engine, "erin", "a-good-password", "reviewer")
    token = auth.start_session(engine, user, 30)
    assert auth.load_session(engine, token, 30) is not None
    with engine.begin() as conn:
        conn.execute(db.users.update().values(active=False))
    assert auth.load_session(engine, token, 30) is None
    assert auth.authenticate(engine, "erin", "a-good-password") is None


def test_sessions_expire_and_tokens_are_stored_hashed(engine):
    user = auth.create_user(engine, "frank", "a-good-password", "reviewer")
    token = auth.start_session(engine, user, 30)
    with engine.connect() as conn:
        row = conn.execute(sa.select(db.sessions)).first()
    assert row.token_hash != token and row.token_hash == auth.hash_token(token)
    assert 29 * 60 < row.expires_at - db.now() <= 30 * 60
    with engine.begin() as conn:
        conn.execute(db.sessions.update().values(expires_at=db.now() - 1))
    assert auth.load_session(engine, token, 30) is None
    assert auth.load_session(engine, "not-a-session", 30) is None


def test_each_login_gets_a_new_session_and_csrf_token(engine):
    user = auth.create_user(engine, "gina", "a-good-password", "reviewer")
    first, second = auth.start_session(engine, user, 30), auth.start_session(engine, user, 30)
    assert first != second
    assert auth.load_session(engine, first, 30).csrf_token != auth.load_session(engine, second, 30).csrf_token


def test_set_password_ends_every_session(engine):
    user = auth.create_user(engine, "hana", "a-good-password", "reviewer")
    token = auth.start_session(engine, user, 30)
    auth.set_password(engine, "hana", "a-new-good-password")
    assert auth.load_session(engine, token, 30) is None
    assert auth.authenticate(engine, "hana", "a-new-good-password")


def test_csrf_tokens_compare_exactly():
    assert auth.tokens_match("abc", "abc")
    assert not auth.tokens_match("abc", "abd")
    assert not auth.tokens_match("abc", None)
    assert not auth.tokens_match("", "")
    one, other = auth.login_csrf_token(SECRET, "nonce-1"), auth.login_csrf_token(SECRET, "nonce-2")
    assert one != other and one == auth.login_csrf_token(SECRET, "nonce-1")


def test_failed_logins_make_the_next_attempt_wait_longer_and_longer(engine):
    waits = []
    for _ in range(6):
        waits.append(auth.record_failure(engine, SECRET, "ivy", "10.0.0.1"))
    assert waits[:2] == [0, 0]
    assert waits[2:] == sorted(waits[2:]) and waits[2] > 0 and waits[-1] > waits[2]
    assert auth.wait_seconds(engine, SECRET, "ivy", "10.0.0.1") > 0
    # another username from the same address, or the same name from elsewhere, isn't held up yet
    assert auth.wait_seconds(engine, SECRET, "jack", "10.0.0.1") == 0
    assert auth.wait_seconds(engine, SECRET, "ivy", "10.0.0.2") == 0


def test_many_usernames_from_one_address_are_slowed_too(engine):
    for n in range(auth.FREE_FAILURES_PER_IP + 1):
        auth.record_failure(engine, SECRET, f"user{n}", "10.0.0.9")
    assert auth.wait_seconds(engine, SECRET, "someone-new", "10.0.0.9") > 0


def test_throttle_rows_do_not_hold_the_username(engine):
    auth.record_failure(engine, SECRET, "kate@example.org", "10.0.0.3")
    with engine.connect() as conn:
        keys = [row.key for row in conn.execute(sa.select(db.throttle))]
    assert keys and not any("kate" in key or "10.0.0.3" in key for key in keys)
