"""The saved overview read without pydantic, for a remembered parent's first paint.

Loading pydantic and building our models costs about 70 ms, about half of the start-up
budget, so the first paint decodes the cache rows (written by `OfflineCache` from validated
models, and authenticated by AES-GCM on the way back) into plain read-only records with the
models' attribute names and behaviour. The decoding is strict: anything but exactly what the
models write (a missing field, another type, a value out of range) makes the whole read a
miss, and the normal start decides. Right after the first paint, `app.main` parses the same
rows with the models and the window adopts those (`MainWindow.adopt_saved`).

A test compares every field of every record with the models, on the demo backend's data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar

from ..models.vocabulary import (
    SECTION_FIELD,
    CertificateStatus,
    ChildTraits,
    CourseTraits,
    EnrollmentStatus,
    OverviewTraits,
    Relation,
    Section,
    WireEnum,
    derived_percentage,
    tolerant_value,
)

Convert = Callable[[Any], Any]
Overview = TypeVar("Overview", bound=OverviewTraits)
_REQUIRED = object()


class Invalid(ValueError):
    """The row is not exactly what the models write."""


class Record:
    """A frozen bag of values, read by attribute as the views read the models."""

    FIELDS: tuple[tuple[str, str, Convert, Any], ...] = ()  # name, wire key, convert, default

    def __init__(self, **values: Any) -> None:
        for name, _wire, _convert, default in self.FIELDS:
            value = values.pop(name, default)
            if value is _REQUIRED:
                raise Invalid(f"{type(self).__name__}.{name} is required")
            object.__setattr__(self, name, list(value) if isinstance(value, list) else value)
        if values:
            raise TypeError(f"unknown fields {sorted(values)}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(…)"  # never the values: they are a child's data

    @classmethod
    def decode(cls, wire: Any) -> Any:
        if type(wire) is not dict:
            raise Invalid(f"{cls.__name__} is not an object")
        values = {}
        for name, key, convert, default in cls.FIELDS:
            if key in wire:
                values[name] = convert(wire[key])
            elif default is _REQUIRED:
                raise Invalid(f"{cls.__name__}.{key} is missing")
        return cls(**values)

    def model_copy(self, update: dict[str, Any] | None = None) -> Any:
        """The models' copy-with-changes, as `ParentData` merges sections."""
        values = {name: getattr(self, name) for name, *_ in self.FIELDS}
        return type(self)(**{**values, **(update or {})})


# -- converters: exactly the JSON types the models write ---------------------------------------


def _str(value: Any) -> str:
    if type(value) is not str:
        raise Invalid("expected a string")
    return value


def _float(value: Any) -> float:
    if type(value) not in (int, float):
        raise Invalid("expected a number")
    return float(value)


def _int(value: Any) -> int:
    if type(value) is not int:
        raise Invalid("expected an integer")
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise Invalid("expected true or false")
    return value


def _utc(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(_str(value))
    except ValueError:
        raise Invalid("expected a date and time") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _optional(convert: Convert) -> Convert:
    return lambda value: None if value is None else convert(value)


def _at_least(convert: Convert, low: float, *, inclusive: bool = True) -> Convert:
    def check(value: Any) -> Any:
        number = convert(value)
        if number < low or (not inclusive and number == low):
            raise Invalid("out of range")
        return number

    return check


def _between(low: float, high: float) -> Convert:
    def check(value: Any) -> float:
        number = _float(value)
        if not low <= number <= high:
            raise Invalid("out of range")
        return number

    return check


def _enum(enum_cls: type[WireEnum]) -> Convert:
    return partial(tolerant_value, enum_cls)  # a non-string is a ValueError: a miss


def _list_of(record: type[Record]) -> Convert:
    def convert(value: Any) -> list[Any]:
        if type(value) is not list:
            raise Invalid("expected a list")
        return [record.decode(item) for item in value]

    return convert


_opt_str = _optional(_str)
_opt_utc = _optional(_utc)
_count = _at_least(_int, 0)

# -- the records: one per model, same names, aliases and defaults (tests/core/test_saved_records)


# The fields a linked child (Child) and an overview's child (ChildProfile) share, in order.
_PERSON: tuple[tuple[str, str, Convert, Any], ...] = (
    ("contact_id", "contactId", _str, _REQUIRED),
    ("student_id", "studentId", _str, ""),
    ("name", "name", _str, _REQUIRED),
    ("email", "email", _opt_str, None),
    ("student_code", "studentCode", _opt_str, None),
    ("class_name", "class", _opt_str, None),
    ("section", "section", _opt_str, None),
    ("photo_url", "photoUrl", _opt_str, None),
)
_RELATION = ("relation", "relation", _enum(Relation), Relation.OTHER)


class ChildRecord(ChildTraits, Record):
    FIELDS = (
        *_PERSON,
        ("status", "status", _str, "ACTIVE"),
        _RELATION,
        ("is_primary", "isPrimary", _bool, False),
        ("institution_id", "institutionId", _opt_str, None),
    )


class ProfileRecord(ChildTraits, Record):
    FIELDS = (*_PERSON, _RELATION)


class CourseRecord(CourseTraits, Record):
    FIELDS = (
        ("enrollment_id", "enrollmentId", _str, _REQUIRED),
        ("course_id", "courseId", _str, _REQUIRED),
        ("course_title", "courseTitle", _str, _REQUIRED),
        ("thumbnail_url", "thumbnailUrl", _opt_str, None),
        ("progress", "progress", _between(0, 100), 0),
        ("status", "status", _enum(EnrollmentStatus), EnrollmentStatus.ACTIVE),
        ("final_score", "finalScore", _optional(_float), None),
        ("passed", "passed", _optional(_bool), None),
        ("last_accessed_at", "lastAccessedAt", _opt_utc, None),
        ("completed_at", "completedAt", _opt_utc, None),
        ("lessons_completed", "lessonsCompleted", _optional(_int), None),
        ("lessons_total", "lessonsTotal", _optional(_int), None),
    )


class GradeRecord(Record):
    FIELDS = (
        ("submission_id", "submissionId", _str, _REQUIRED),
        ("assignment_title", "assignmentTitle", _str, _REQUIRED),
        ("course_id", "courseId", _opt_str, None),
        ("course_title", "courseTitle", _str, ""),
        ("score", "score", _float, _REQUIRED),
        ("max_score", "maxScore", _at_least(_float, 0, inclusive=False), _REQUIRED),
        ("percentage", "percentage", _optional(_float), None),
        ("passed", "passed", _optional(_bool), None),
        ("graded_at", "gradedAt", _utc, _REQUIRED),
    )

    def __init__(self, **values: Any) -> None:
        super().__init__(**values)
        if self.percentage is None:
            object.__setattr__(self, "percentage", derived_percentage(self.score, self.max_score))


class UpcomingRecord(Record):
    FIELDS = (
        ("assignment_id", "assignmentId", _str, _REQUIRED),
        ("title", "title", _str, _REQUIRED),
        ("course_id", "courseId", _opt_str, None),
        ("course_title", "courseTitle", _str, ""),
        ("due_at", "dueAt", _utc, _REQUIRED),
        ("max_score", "maxScore", _optional(_float), None),
    )


class LiveClassRecord(Record):
    FIELDS = (
        ("live_class_id", "liveClassId", _str, _REQUIRED),
        ("title", "title", _str, _REQUIRED),
        ("course_title", "courseTitle", _str, ""),
        ("starts_at", "startsAt", _utc, _REQUIRED),
        ("ends_at", "endsAt", _opt_utc, None),
    )


class LiveSummaryRecord(Record):
    FIELDS = (
        ("month", "month", _str, ""),
        ("attended_this_month", "attendedThisMonth", _count, 0),
        ("missed_this_month", "missedThisMonth", _count, 0),
        ("attendance_percent", "attendancePercent", _optional(_float), None),
        ("upcoming", "upcoming", _list_of(LiveClassRecord), []),
    )


class BadgeRecord(Record):
    FIELDS = (
        ("badge_id", "badgeId", _str, _REQUIRED),
        ("name", "name", _str, _REQUIRED),
        ("description", "description", _str, ""),
        ("icon_url", "iconUrl", _opt_str, None),
        ("earned_at", "earnedAt", _opt_utc, None),
    )


class GamificationRecord(Record):
    FIELDS = (
        ("current_streak", "currentStreak", _count, 0),
        ("longest_streak", "longestStreak", _count, 0),
        ("total_points", "totalPoints", _count, 0),
        ("badges", "badges", _list_of(BadgeRecord), []),
    )


class CertificateRecord(Record):
    FIELDS = (
        ("certificate_id", "certificateId", _str, _REQUIRED),
        ("course_id", "courseId", _opt_str, None),
        ("course_title", "courseTitle", _str, _REQUIRED),
        ("issued_at", "issuedAt", _utc, _REQUIRED),
        ("expires_at", "expiresAt", _opt_utc, None),
        ("status", "status", _enum(CertificateStatus), CertificateStatus.VALID),
        ("revoked_at", "revokedAt", _opt_utc, None),
        ("revoked_reason", "revokedReason", _opt_str, None),
        ("verification_code", "verificationCode", _str, _REQUIRED),
        ("pdf_url", "pdfUrl", _str, _REQUIRED),
        ("verification_url", "verificationUrl", _str, _REQUIRED),
    )


def _no_convert(value: Any) -> Any:
    raise Invalid("not read from a row")


class OverviewRecord(OverviewTraits, Record):
    FIELDS = (
        ("child", "child", ProfileRecord.decode, None),
        ("courses", "courses", _list_of(CourseRecord), None),
        ("recent_grades", "recentGrades", _list_of(GradeRecord), None),
        ("upcoming_assignments", "upcomingAssignments", _list_of(UpcomingRecord), None),
        ("live_classes", "liveClasses", LiveSummaryRecord.decode, None),
        ("gamification", "gamification", GamificationRecord.decode, None),
        ("certificates", "certificates", _list_of(CertificateRecord), None),
        ("section_errors", "sectionErrors", _no_convert, {}),
    )

    def __init__(self, **values: Any) -> None:
        super().__init__(**values)
        object.__setattr__(self, "section_errors", dict(self.section_errors))

    @classmethod
    def from_row(cls, wire: Any) -> OverviewRecord:
        """As `ChildOverview.from_wire`: a missing section is an error of its own; a section
        that does not decode makes the whole row a miss (the models then decide)."""
        if type(wire) is not dict:
            raise Invalid("the overview is not an object")
        converters = {name: convert for name, _key, convert, _default in cls.FIELDS}
        values: dict[str, Any] = {}
        errors: dict[Section, str] = {}
        for section in Section:
            if wire.get(section.value) is None:
                errors[section] = "missing from the server's answer"
                continue
            field = SECTION_FIELD[section]
            values[field] = converters[field](wire[section.value])
        return cls(**values, section_errors=errors)


def decode_children(data: bytes) -> list[ChildRecord] | None:
    """A stored children list (`ChildrenPayload`), or None when it is not exactly one."""
    document = _json(data)
    return None if document is None else children_from(document)


def children_from(document: Any) -> list[ChildRecord] | None:
    """`decode_children` of the row already parsed (the start-up read's child process parses
    the rows: core/cached_start.py)."""
    try:
        if type(document) is not dict:
            return None
        return _list_of(ChildRecord)(document.get("children", []))
    except (ValueError, RecursionError):  # Invalid is a ValueError
        return None


def decode_overview(data: bytes) -> tuple[OverviewRecord, dict[Section, datetime]] | None:
    """A stored overview and when each good section was fetched, or None."""
    return read_row(data, OverviewRecord.from_row)


def overview_from(document: Any) -> tuple[OverviewRecord, dict[Section, datetime]] | None:
    """`decode_overview` of the row already parsed."""
    return read_document(document, OverviewRecord.from_row)


def _json(data: bytes) -> Any:
    import json  # here: the first paint's rows usually come parsed (`children_from`)

    try:
        return json.loads(data)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return None


def read_row(
    data: bytes, parse: Callable[[Any], Overview]
) -> tuple[Overview, dict[Section, datetime]] | None:
    """A sealed overview row, opened: `parse` reads its overview (these records, or the
    models in offline_cache.py), and only the good sections keep their fetch time. None when
    the row is damaged or `parse` refuses it."""
    document = _json(data)
    return None if document is None else read_document(document, parse)


def read_document(
    document: Any, parse: Callable[[Any], Overview]
) -> tuple[Overview, dict[Section, datetime]] | None:
    """`read_row` of the row already parsed."""
    try:
        overview = parse(document["overview"])
        updated = {
            Section(name): datetime.fromisoformat(_str(at))
            for name, at in document["updatedAt"].items()
            if name in Section._value2member_map_
        }
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # pydantic's ValidationError and Invalid are ValueErrors
    return overview, {s: t for s, t in updated.items() if overview.section_ok(s)}
