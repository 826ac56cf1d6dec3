"""UTC time helpers: one timestamp format for SQLite (sortable text) and the wire."""

from __future__ import annotations

from datetime import UTC, datetime

# Fixed width, so text order in SQLite equals time order.
_STORE_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_store(value: datetime) -> str:
    return value.astimezone(UTC).strftime(_STORE_FORMAT)


def from_store(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def wire_time(stored: str | None) -> str | None:
    """A stored timestamp as the wire writes it: ISO-8601 UTC ending in `Z` (docs/api.md)."""
    value = from_store(stored)
    return None if value is None else value.isoformat().replace("+00:00", "Z")
