"""Password hashing and opaque bearer sessions (tokens stored only as SHA-256 hashes)."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from ..common.clock import to_store, utc_now
from ..common.sqlite_db import transaction

# Modest cost: the suite reseeds often; a production server would use far more iterations.
PBKDF2_ITERATIONS = 20_000
REFRESH_TTL = timedelta(days=30)
DEFAULT_ACCESS_TTL = 900


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)


@lru_cache(maxsize=64)
def seed_hash(password: str, salt: bytes) -> bytes:
    """Cached for the deterministic seed salts, so /admin/reset stays fast."""
    return hash_password(password, salt)


def verify_password(password: str, salt: bytes, expected: bytes) -> bool:
    return secrets.compare_digest(hash_password(password, salt), expected)


_DUMMY_SALT = b"\x00" * 16


def burn_password_time(password: str) -> None:
    """Same work as a real check, so an unknown e-mail is not told apart by timing."""
    hash_password(password, _DUMMY_SALT)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int


def _new_tokens(access_ttl: int) -> tuple[Tokens, dict[str, str]]:
    now = utc_now()
    tokens = Tokens(secrets.token_urlsafe(32), secrets.token_urlsafe(32), access_ttl)
    stored = {
        "access_hash": token_hash(tokens.access_token),
        "access_expires_at": to_store(now + timedelta(seconds=access_ttl)),
        "refresh_hash": token_hash(tokens.refresh_token),
        "refresh_expires_at": to_store(now + REFRESH_TTL),
    }
    return tokens, stored


def create_session(conn: sqlite3.Connection, user_id: str, access_ttl: int) -> Tokens:
    tokens, s = _new_tokens(access_ttl)
    with transaction(conn):
        conn.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
            (
                f"ses_{secrets.token_hex(8)}",
                user_id,
                s["access_hash"],
                s["access_expires_at"],
                s["refresh_hash"],
                s["refresh_expires_at"],
                to_store(utc_now()),
            ),
        )
    return tokens


def user_for_access(conn: sqlite3.Connection, access_token: str) -> sqlite3.Row | None:
    """The signed-in user (plus session_id) for a live access token."""
    return conn.execute(
        "SELECT u.*, s.session_id FROM sessions s JOIN users u ON u.user_id = s.user_id"
        " WHERE s.access_hash = ? AND s.revoked_at IS NULL AND s.access_expires_at > ?",
        (token_hash(access_token), to_store(utc_now())),
    ).fetchone()


def rotate(
    conn: sqlite3.Connection, refresh_token: str, access_ttl: int
) -> tuple[Tokens, str] | None:
    """New access + refresh tokens for a live refresh token; reuse of an old one revokes all."""
    digest = token_hash(refresh_token)
    now = to_store(utc_now())
    reused = conn.execute(
        "SELECT session_id FROM rotated_refresh WHERE refresh_hash = ?", (digest,)
    ).fetchone()
    if reused is not None:
        # A rotated token came back: someone kept a copy. End the whole session.
        with transaction(conn):
            conn.execute(
                "UPDATE sessions SET revoked_at = ? WHERE session_id = ? AND revoked_at IS NULL",
                (now, reused["session_id"]),
            )
        return None
    row = conn.execute(
        "SELECT * FROM sessions WHERE refresh_hash = ? AND revoked_at IS NULL"
        " AND refresh_expires_at > ?",
        (digest, now),
    ).fetchone()
    if row is None:
        return None
    tokens, s = _new_tokens(access_ttl)
    with transaction(conn):
        conn.execute("INSERT INTO rotated_refresh VALUES (?, ?)", (digest, row["session_id"]))
        conn.execute(
            "UPDATE sessions SET access_hash = ?, access_expires_at = ?, refresh_hash = ?,"
            " refresh_expires_at = ? WHERE session_id = ?",
            (
                s["access_hash"],
                s["access_expires_at"],
                s["refresh_hash"],
                s["refresh_expires_at"],
                row["session_id"],
            ),
        )
    return tokens, row["user_id"]


def revoke(conn: sqlite3.Connection, access_token: str | None, refresh_token: str | None) -> bool:
    """Revoke the session named by either token (even an expired access token)."""
    now = to_store(utc_now())
    revoked = 0
    with transaction(conn):
        if access_token:
            revoked += conn.execute(
                "UPDATE sessions SET revoked_at = ? WHERE access_hash = ? AND revoked_at IS NULL",
                (now, token_hash(access_token)),
            ).rowcount
        if refresh_token:
            revoked += conn.execute(
                "UPDATE sessions SET revoked_at = ? WHERE refresh_hash = ? AND revoked_at IS NULL",
                (now, token_hash(refresh_token)),
            ).rowcount
    return revoked > 0


def expire_access(conn: sqlite3.Connection, email: str | None) -> int:
    """Admin: make access tokens expired now (refresh tokens keep working)."""
    past = to_store(utc_now() - timedelta(seconds=1))
    with transaction(conn):
        if email is None:
            cur = conn.execute(
                "UPDATE sessions SET access_expires_at = ? WHERE revoked_at IS NULL", (past,)
            )
        else:
            cur = conn.execute(
                "UPDATE sessions SET access_expires_at = ? WHERE revoked_at IS NULL AND user_id IN"
                " (SELECT user_id FROM users WHERE lower(email) = lower(?))",
                (past, email),
            )
    return cur.rowcount
