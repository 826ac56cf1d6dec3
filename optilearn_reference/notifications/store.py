"""Notifications and per-user preference choices in the OptiLearn stand-in's SQLite."""

from __future__ import annotations

import json
import secrets
import sqlite3
from datetime import datetime
from typing import Any

from ..common.clock import to_store, utc_now, wire_time
from ..common.http_common import ApiError, CamelBody
from ..common.sqlite_db import transaction
from .catalog import BY_KEY, Channels, Definition, for_role


def choice(conn: sqlite3.Connection, user_id: str, d: Definition) -> tuple[bool, Channels, str]:
    """The user's (enabled, channels, frequency) for a definition: stored row or defaults."""
    row = conn.execute(
        "SELECT * FROM preferences WHERE user_id = ? AND key = ?", (user_id, d.key)
    ).fetchone()
    if row is None:
        return True, d.default_channels, d.default_frequency.value
    channels = Channels(
        email=bool(row["email"]), push=bool(row["push"]), in_app=bool(row["in_app"])
    )
    return bool(row["enabled"]), channels, row["frequency"]


class PreferenceChange(CamelBody):
    """GAP: one entry of `PUT /api/notifications/preferences`; omitted fields keep their value."""

    key: str
    enabled: bool | None = None
    channels: Channels | None = None
    frequency: str | None = None


def preferences_for(conn: sqlite3.Connection, user_id: str, role: str) -> list[dict[str, Any]]:
    return [d.merged(*choice(conn, user_id, d)) for d in for_role(role)]


def apply_changes(
    conn: sqlite3.Connection, user_id: str, role: str, changes: list[PreferenceChange]
) -> None:
    """All or nothing: validate every change first, then write them in one transaction."""
    allowed = {d.key for d in for_role(role)}
    rows: list[tuple[Any, ...]] = []
    for change in changes:
        d = BY_KEY.get(change.key)
        if d is None or change.key not in allowed:
            raise ApiError(400, "VALIDATION_ERROR", "Unknown preference key", {"key": change.key})
        enabled, channels, frequency = choice(conn, user_id, d)
        if change.enabled is not None:
            if not change.enabled and not d.can_disable:
                raise ApiError(
                    400,
                    "VALIDATION_ERROR",
                    "This notification cannot be turned off",
                    {"key": change.key},
                )
            enabled = change.enabled
        if change.channels is not None:
            channels = change.channels
        if change.frequency is not None:
            wanted = change.frequency.strip().upper()
            if wanted != frequency and not d.can_change_frequency:
                raise ApiError(
                    400,
                    "VALIDATION_ERROR",
                    "The frequency of this notification is fixed",
                    {"key": change.key},
                )
            if wanted not in {f.value for f in d.frequency_options}:
                raise ApiError(
                    400,
                    "VALIDATION_ERROR",
                    "Frequency not offered for this notification",
                    {"key": change.key},
                )
            frequency = wanted
        rows.append(
            (
                user_id,
                d.key,
                int(enabled),
                int(channels.email),
                int(channels.push),
                int(channels.in_app),
                frequency,
            )
        )
    with transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO preferences VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def insert_notification(
    conn: sqlite3.Connection,
    user_id: str,
    *,
    title: str,
    message: str,
    type_: str,
    key: str,
    category: str,
    action_url: str | None,
    metadata: dict[str, Any],
    created_at: datetime | None = None,
    is_read: bool = False,
) -> dict[str, Any]:
    notification_id = f"ntf_{secrets.token_hex(8)}"
    created = to_store(created_at or utc_now())
    with transaction(conn):
        conn.execute(
            "INSERT INTO notifications (id, user_id, title, message, type, key, category,"
            " action_url, is_read, read_at, created_at, metadata)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                notification_id,
                user_id,
                title,
                message,
                type_,
                key,
                category,
                action_url,
                int(is_read),
                created if is_read else None,
                created,
                json.dumps(metadata, ensure_ascii=False),
            ),
        )
    row = conn.execute("SELECT * FROM notifications WHERE id = ?", (notification_id,)).fetchone()
    return _notification(row)


def _notification(row: sqlite3.Row) -> dict[str, Any]:
    """DOC item of `data.notifications[]`."""
    return {
        "id": row["id"],
        "title": row["title"],
        "message": row["message"],
        "type": row["type"],
        "key": row["key"],
        "category": row["category"],
        "actionUrl": row["action_url"],
        "isRead": bool(row["is_read"]),
        "readAt": wire_time(row["read_at"]),
        "createdAt": wire_time(row["created_at"]),
        "metadata": json.loads(row["metadata"]),
    }


def list_notifications(
    conn: sqlite3.Connection,
    user_id: str,
    *,
    page: int,
    limit: int,
    unread_only: bool,
    category: str | None,
) -> tuple[list[dict[str, Any]], int]:
    where, args = "user_id = ?", [user_id]
    if unread_only:
        where += " AND is_read = 0"
    if category:
        where += " AND category = ?"
        args.append(category)
    total = conn.execute(f"SELECT COUNT(*) FROM notifications WHERE {where}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT * FROM notifications WHERE {where} ORDER BY created_at DESC, seq DESC"
        " LIMIT ? OFFSET ?",
        [*args, limit, (page - 1) * limit],
    ).fetchall()
    return [_notification(r) for r in rows], total


def unread_count(conn: sqlite3.Connection, user_id: str) -> int:
    return conn.execute(
        "SELECT COUNT(*) FROM notifications WHERE user_id = ? AND is_read = 0", (user_id,)
    ).fetchone()[0]


def mark_read(conn: sqlite3.Connection, user_id: str, ids: list[str] | None) -> int:
    """Mark the caller's own notifications read (all of them when `ids` is None)."""
    now = to_store(utc_now())
    with transaction(conn):
        if ids is None:
            cur = conn.execute(
                "UPDATE notifications SET is_read = 1, read_at = ?"
                " WHERE user_id = ? AND is_read = 0",
                (now, user_id),
            )
        else:
            marks = ",".join("?" for _ in ids) or "NULL"
            cur = conn.execute(
                f"UPDATE notifications SET is_read = 1, read_at = ? WHERE user_id = ?"
                f" AND is_read = 0 AND id IN ({marks})",
                (now, user_id, *ids),
            )
    return cur.rowcount
