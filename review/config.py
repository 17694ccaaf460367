"""Configuration, from environment variables only (see review/README.md)."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_URL = "sqlite:///var/tracker.db"
DEFAULT_SECRET_FILE = "var/review_secret"


class ConfigError(ValueError):
    pass


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}")
    return value


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be on or off, not {raw!r}")


def resolve_db_url(url: str, root: Path = ROOT) -> str:
    """SQLite paths in the URL are relative to the repository root, not the cwd."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite://":
        path = url[len(prefix):]
        if path and path != ":memory:" and not path.startswith("file:"):
            absolute = (root / path).resolve()
            absolute.parent.mkdir(parents=True, exist_ok=True)
            return prefix + str(absolute)
    return url


def load_secret(path: Path) -> bytes:
    """Read the secret key file, or create it once (mode 600) with a random key."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it first
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
    value = path.read_text().strip()
    if len(value) < 32:
        raise ConfigError(f"{path} holds a secret key shorter than 32 characters")
    return value.encode()


@dataclass(frozen=True)
class Config:
    db_url: str
    secret_key: bytes
    retention_days: int = 90
    session_minutes: int = 30
    cookie_secure: bool = True
    # notifications when an immediate-risk conversation arrives (review/notify.py)
    refresh_seconds: int = 15
    public_url: str = ""
    notify_webhook: str = ""
    notify_smtp: str = ""            # host:port
    notify_smtp_user: str = ""
    notify_smtp_password: str = ""
    notify_smtp_starttls: bool = False
    notify_from: str = ""
    notify_to: tuple = ()

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None, need_secret: bool = True) -> "Config":
        env = os.environ if env is None else env
        db_url = resolve_db_url(env.get("REVIEW_DB_URL") or DEFAULT_DB_URL)
        secret = (env.get("REVIEW_SECRET_KEY") or "").encode()
        if secret and len(secret) < 32:
            raise ConfigError("REVIEW_SECRET_KEY must be at least 32 characters")
        if not secret and need_secret:
            secret_file = Path(env.get("REVIEW_SECRET_FILE") or DEFAULT_SECRET_FILE)
            if not secret_file.is_absolute():
                secret_file = ROOT / secret_file
            secret = load_secret(secret_file)
        return cls(
            db_url=db_url,
            secret_key=secret,
            retention_days=_int(env, "REVIEW_RETENTION_DAYS", 90),
            session_minutes=_int(env, "REVIEW_SESSION_MINUTES", 30),
            cookie_secure=_bool(env, "REVIEW_COOKIE_SECURE", True),
            refresh_seconds=_int(env, "REVIEW_REFRESH_SECONDS", 15),
            public_url=(env.get("REVIEW_PUBLIC_URL") or "").rstrip("/"),
            notify_webhook=env.get("REVIEW_NOTIFY_WEBHOOK") or "",
            notify_smtp=env.get("REVIEW_NOTIFY_SMTP") or "",
            notify_smtp_user=env.get("REVIEW_NOTIFY_SMTP_USER") or "",
            notify_smtp_password=env.get("REVIEW_NOTIFY_SMTP_PASSWORD") or "",
            notify_smtp_starttls=_bool(env, "REVIEW_NOTIFY_SMTP_STARTTLS", False),
            notify_from=env.get("REVIEW_NOTIFY_FROM") or "transcript-review@localhost",
            notify_to=tuple(a.strip() for a in (env.get("REVIEW_NOTIFY_TO") or "").split(",") if a.strip()),
        )
