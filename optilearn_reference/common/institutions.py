"""The two seeded institutions and their time zones ("this month" and the digest use them)."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Institution:
    id: str
    slug: str
    name: str
    tz: ZoneInfo


SVPMS = Institution(
    "inst_svpms", "svpms", "Sri Vidya Public Model School", ZoneInfo("Asia/Kolkata")
)
GREENWOOD = Institution(
    "inst_greenwood", "greenwood", "Greenwood Academy", ZoneInfo("Europe/London")
)

INSTITUTIONS: tuple[Institution, ...] = (SVPMS, GREENWOOD)


def by_slug(slug: str | None) -> Institution | None:
    """Slugs are case-insensitive (DOC)."""
    wanted = (slug or "").strip().lower()
    return next((i for i in INSTITUTIONS if i.slug == wanted), None)


def by_id(institution_id: str) -> Institution | None:
    return next((i for i in INSTITUTIONS if i.id == institution_id), None)


def require_slug(slug: str) -> Institution:
    """For seeded data, where an unknown slug is a programming error."""
    institution = by_slug(slug)
    if institution is None:
        raise LookupError(f"unknown institution slug {slug!r}")
    return institution


def require_id(institution_id: str) -> Institution:
    institution = by_id(institution_id)
    if institution is None:
        raise LookupError(f"unknown institution id {institution_id!r}")
    return institution
