"""The digest runs Sunday 08:00 in each institution's own time zone."""

from __future__ import annotations

from datetime import UTC, datetime

from optilearn_reference.common.institutions import GREENWOOD, SVPMS
from optilearn_reference.notifications.service import next_digest_time


def test_next_sunday_eight_in_institution_time() -> None:
    # Wednesday 2026-04-15 12:00 UTC.
    now = datetime(2026, 4, 15, 12, 0, tzinfo=UTC)
    kolkata = next_digest_time(now, SVPMS)
    assert (kolkata.weekday(), kolkata.hour, kolkata.minute) == (6, 8, 0)
    assert kolkata.astimezone(UTC) == datetime(2026, 4, 19, 2, 30, tzinfo=UTC)
    london = next_digest_time(now, GREENWOOD)
    assert london.astimezone(UTC) == datetime(2026, 4, 19, 7, 0, tzinfo=UTC)  # BST


def test_exactly_at_the_time_means_next_week() -> None:
    at = datetime(2026, 4, 19, 7, 0, tzinfo=UTC)  # Sunday 08:00 London
    assert next_digest_time(at, GREENWOOD).astimezone(UTC) == datetime(
        2026, 4, 26, 7, 0, tzinfo=UTC
    )
    just_before = datetime(2026, 4, 19, 6, 59, tzinfo=UTC)
    assert next_digest_time(just_before, GREENWOOD).astimezone(UTC) == at
