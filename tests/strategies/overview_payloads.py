"""Hypothesis strategies for overview payloads within the contract's JSON types (docs/api.md):
every field the right JSON kind, but with extreme numbers, odd dates, empty, huge and
control-character strings, unknown enum values and optional fields left out."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

# Strings a broken or hostile school server could send: empty, huge, controls, bidi, markup.
HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "K" * 100_000,
            "\u202eevil\u202c",
            "\x00\x1b[31m\r\n",
            "<b>bold</b><img src=x>",
            "&amp; & &&",
            "الصف الثامن",
            "कक्षा ८",
        ]
    ),
)
NUMBERS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),  # JSON parsers accept NaN and Infinity
    st.sampled_from([0, 100, 2**63, 2**64 - 1, 1e20, 1e308, -1e308, 0.1, 99.999, -1]),
)
DATES = st.one_of(
    st.datetimes().map(lambda d: d.isoformat() + "Z"),
    st.sampled_from(
        [
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "1970-01-01T00:00:00+14:00",
            "2026-02-29T00:00:00Z",  # not a date: the row (or section) is refused, not the app
            "2026-11-15T08:14:00",
            "not a date",
        ]
    ),
)
ENUMS = {
    "relation": st.sampled_from(["FATHER", "MOTHER", "GUARDIAN", "OTHER", "STEP_PARENT", ""]),
    "status": st.sampled_from(["ACTIVE", "COMPLETED", "DROPPED", "", "x" * 300]),
    "certificate": st.sampled_from(["VALID", "REVOKED", "EXPIRED", "SUSPENDED"]),
}
MONTHS = st.one_of(st.sampled_from(["2026-11", "", "2026-13", "9999-12"]), HOSTILE_TEXT)


def _record(required: dict[str, Any], optional: dict[str, Any]) -> st.SearchStrategy[dict]:
    """Required keys always present; each optional key present or left out."""
    return st.fixed_dictionaries(required, optional=optional)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


COURSE = _record(
    {
        "enrollmentId": HOSTILE_TEXT,
        "courseId": HOSTILE_TEXT,
        "courseTitle": HOSTILE_TEXT,
        "progress": NUMBERS,
    },
    {
        "status": ENUMS["status"],
        "thumbnailUrl": _maybe(HOSTILE_TEXT),
        "finalScore": _maybe(NUMBERS),
        "passed": _maybe(st.booleans()),
        "lastAccessedAt": _maybe(DATES),
        "completedAt": _maybe(DATES),
        "lessonsCompleted": _maybe(NUMBERS),
        "lessonsTotal": _maybe(NUMBERS),
    },
)
GRADE = _record(
    {
        "submissionId": HOSTILE_TEXT,
        "assignmentTitle": HOSTILE_TEXT,
        "score": NUMBERS,
        "maxScore": NUMBERS,
        "gradedAt": DATES,
    },
    {
        "courseId": _maybe(HOSTILE_TEXT),
        "courseTitle": HOSTILE_TEXT,
        "percentage": _maybe(NUMBERS),
        "passed": _maybe(st.booleans()),
    },
)
UPCOMING = _record(
    {"assignmentId": HOSTILE_TEXT, "title": HOSTILE_TEXT, "dueAt": DATES},
    {"courseId": _maybe(HOSTILE_TEXT), "courseTitle": HOSTILE_TEXT, "maxScore": _maybe(NUMBERS)},
)
LIVE_CLASS = _record(
    {"liveClassId": HOSTILE_TEXT, "title": HOSTILE_TEXT, "startsAt": DATES},
    {"courseTitle": HOSTILE_TEXT, "endsAt": _maybe(DATES)},
)
BADGE = _record(
    {"badgeId": HOSTILE_TEXT, "name": HOSTILE_TEXT},
    {"description": HOSTILE_TEXT, "iconUrl": _maybe(HOSTILE_TEXT), "earnedAt": _maybe(DATES)},
)
CERTIFICATE = _record(
    {
        "certificateId": HOSTILE_TEXT,
        "courseTitle": HOSTILE_TEXT,
        "issuedAt": DATES,
        "verificationCode": HOSTILE_TEXT,
        "pdfUrl": HOSTILE_TEXT,
        "verificationUrl": HOSTILE_TEXT,
    },
    {
        "courseId": _maybe(HOSTILE_TEXT),
        "expiresAt": _maybe(DATES),
        "status": ENUMS["certificate"],
        "revokedAt": _maybe(DATES),
        "revokedReason": _maybe(HOSTILE_TEXT),
    },
)
CHILD = _record(
    {"contactId": st.just("ct_hypothesis"), "name": HOSTILE_TEXT},
    {
        "studentId": HOSTILE_TEXT,
        "email": _maybe(HOSTILE_TEXT),
        "studentCode": _maybe(HOSTILE_TEXT),
        "class": _maybe(HOSTILE_TEXT),
        "section": _maybe(HOSTILE_TEXT),
        "photoUrl": _maybe(HOSTILE_TEXT),
        "relation": ENUMS["relation"],
    },
)
OVERVIEW = _record(
    {
        "child": CHILD,
        "courses": st.lists(COURSE, max_size=4),
        "recentGrades": st.lists(GRADE, max_size=4),
        "upcomingAssignments": st.lists(UPCOMING, max_size=3),
        "liveClasses": _record(
            {},
            {
                "month": MONTHS,
                "attendedThisMonth": NUMBERS,
                "missedThisMonth": NUMBERS,
                "attendancePercent": _maybe(NUMBERS),
                "upcoming": st.lists(LIVE_CLASS, max_size=3),
            },
        ),
        "gamification": _record(
            {},
            {
                "currentStreak": NUMBERS,
                "longestStreak": NUMBERS,
                "totalPoints": NUMBERS,
                "badges": st.lists(BADGE, max_size=3),
            },
        ),
        "certificates": st.lists(CERTIFICATE, max_size=3),
    },
    {},
)
