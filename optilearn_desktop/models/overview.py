"""The per-child overview, `GET /api/parent/children/{childId}/overview`.

DOC gives `child` and the start of `courses[]`; every other name here is a GAP that we chose and
recorded in docs/api.md. This module is the one place those names live: the client parses with
it and the reference server serializes with it, so a correction is a one-file change.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from pydantic import Field, TypeAdapter, ValidationError, model_validator

from .base import Tolerant, UtcDateTime, WireModel
from .children import StudentContact
from .vocabulary import (
    SECTION_FIELD,
    CertificateStatus,
    EnrollmentStatus,
    Section,
)

__all__ = [
    "PASS_PERCENTAGE",
    "SECTION_FIELD",
    "Badge",
    "Certificate",
    "CertificateStatus",
    "ChildOverview",
    "ChildProfile",
    "Course",
    "EnrollmentStatus",
    "Gamification",
    "Grade",
    "LiveClass",
    "LiveClassSummary",
    "OverviewPayload",
    "RowsLeftOut",
    "Section",
    "UpcomingAssignment",
]


# GAP (docs/api.md, "The pass mark and the low-average rule"): a grade passes at this
# percentage, and a mean of grades under it is a low average (the server's LOW_GRADE).
PASS_PERCENTAGE = 60.0


class ChildProfile(StudentContact):
    """The overview's `child`: the student fields of the children list, nothing more."""


class Course(WireModel):
    enrollment_id: str
    course_id: str
    course_title: str
    thumbnail_url: str | None = None
    progress: float = Field(default=0, ge=0, le=100)
    status: Tolerant[EnrollmentStatus] = EnrollmentStatus.ACTIVE
    final_score: float | None = None
    passed: bool | None = None
    last_accessed_at: UtcDateTime | None = None
    completed_at: UtcDateTime | None = None
    lessons_completed: int | None = None
    lessons_total: int | None = None

    @property
    def is_completed(self) -> bool:
        return self.status == EnrollmentStatus.COMPLETED


class CourseWork(WireModel):
    """Something set in a course: a graded submission or an assignment to come."""

    course_id: str | None = None
    course_title: str = ""


class Grade(CourseWork):
    submission_id: str
    assignment_title: str
    score: float
    max_score: float = Field(gt=0)
    percentage: float | None = None
    passed: bool | None = None
    graded_at: UtcDateTime

    @model_validator(mode="after")
    def _derive_percentage(self) -> Grade:
        """Older payloads may omit the percentage; it is always derivable from the score."""
        if self.percentage is None:
            object.__setattr__(self, "percentage", round(self.score / self.max_score * 100, 1))
        return self


class UpcomingAssignment(CourseWork):
    assignment_id: str
    title: str
    due_at: UtcDateTime
    max_score: float | None = None


class LiveClass(WireModel):
    live_class_id: str
    title: str
    course_title: str = ""
    starts_at: UtcDateTime
    ends_at: UtcDateTime | None = None


class LiveClassSummary(WireModel):
    month: str = ""  # "2026-11", in the institution's time zone
    attended_this_month: int = Field(default=0, ge=0)
    missed_this_month: int = Field(default=0, ge=0)
    attendance_percent: float | None = None  # null when no class was held yet this month
    upcoming: list[LiveClass] = []
    # GAP (ours): this month's missed classes, newest first; None when a server does not send
    # the list (the count above still stands).
    missed_classes: list[LiveClass] | None = None


class Badge(WireModel):
    badge_id: str
    name: str
    description: str = ""
    icon_url: str | None = None
    earned_at: UtcDateTime | None = None


class Gamification(WireModel):
    current_streak: int = Field(default=0, ge=0)
    longest_streak: int = Field(default=0, ge=0)
    total_points: int = Field(default=0, ge=0)
    badges: list[Badge] = []


class Certificate(WireModel):
    certificate_id: str
    course_id: str | None = None
    course_title: str
    issued_at: UtcDateTime
    expires_at: UtcDateTime | None = None
    status: Tolerant[CertificateStatus] = CertificateStatus.VALID
    revoked_at: UtcDateTime | None = None
    revoked_reason: str | None = None
    verification_code: str
    pdf_url: str  # authenticated, same host as the API
    verification_url: str  # public page, no sign-in needed


class OverviewPayload(WireModel):
    """The whole `data` object, strict: what the reference server sends."""

    child: ChildProfile
    courses: list[Course]
    recent_grades: list[Grade]
    upcoming_assignments: list[UpcomingAssignment]
    live_classes: LiveClassSummary
    gamification: Gamification
    certificates: list[Certificate]


_SECTION_TYPES: dict[Section, TypeAdapter[Any]] = {
    Section.CHILD: TypeAdapter(ChildProfile),
    Section.LIVE_CLASSES: TypeAdapter(LiveClassSummary),
    Section.ACHIEVEMENTS: TypeAdapter(Gamification),
}
# Sections that are lists are read row by row: a bad row is left out (and counted), not the
# section, and a section keeps at most MAX_ROWS rows, more than any table a parent reads.
_ROW_TYPES: dict[Section, TypeAdapter[Any]] = {
    Section.COURSES: TypeAdapter(Course),
    Section.GRADES: TypeAdapter(Grade),
    Section.UPCOMING: TypeAdapter(UpcomingAssignment),
    Section.CERTIFICATES: TypeAdapter(Certificate),
}
MAX_ROWS = 1000


class RowsLeftOut(NamedTuple):
    """The rows of a list section a tab does not show, as counts (core words them): those
    that could not be read, and those past MAX_ROWS."""

    unreadable: int
    shown: int
    sent: int  # rows in the server's answer

    @property
    def cut(self) -> bool:
        """More readable rows were sent than are kept."""
        return self.shown == MAX_ROWS and self.sent > MAX_ROWS + self.unreadable


# A section's problems in our words (core.overview_words.section_problem says them in the
# language in use); pydantic's own descriptions of a bad field stay as they are, technical.
SECTION_MISSING = "missing from the server's answer"
NOT_A_LIST = "not a list"


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "value"
    more = f" (+{error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


class ChildOverview(WireModel):
    """What the client keeps: each section parsed on its own; a broken one is None + a reason."""

    child: ChildProfile | None = None
    courses: list[Course] | None = None
    recent_grades: list[Grade] | None = None
    upcoming_assignments: list[UpcomingAssignment] | None = None
    live_classes: LiveClassSummary | None = None
    gamification: Gamification | None = None
    certificates: list[Certificate] | None = None
    section_errors: dict[Section, str] = {}
    # What a tab should say about rows it does not show (left out as unreadable, or too many).
    section_notes: dict[Section, RowsLeftOut] = {}

    def section_ok(self, section: Section) -> bool:
        return section not in self.section_errors

    def section_value(self, section: Section) -> Any:
        return getattr(self, SECTION_FIELD[section])

    @property
    def courses_completed(self) -> int | None:
        return None if self.courses is None else sum(c.is_completed for c in self.courses)

    @classmethod
    def from_wire(cls, data: object) -> ChildOverview:
        """Parse section by section so one malformed section never hides the others."""
        if not isinstance(data, dict):
            raise ValueError("overview data is not an object")
        values: dict[str, Any] = {}
        errors: dict[Section, str] = {}
        notes: dict[Section, RowsLeftOut] = {}
        for section in Section:
            field = SECTION_FIELD[section]
            if section.value not in data or data[section.value] is None:
                errors[section] = SECTION_MISSING
                continue
            raw = data[section.value]
            try:
                if section in _ROW_TYPES:
                    values[field], note = _read_rows(_ROW_TYPES[section], raw)
                    if note is not None:
                        notes[section] = note
                else:
                    values[field] = _SECTION_TYPES[section].validate_python(raw)
            except ValidationError as exc:
                errors[section] = _describe(exc)
            except ValueError as exc:
                errors[section] = str(exc)
        return cls(**values, section_errors=errors, section_notes=notes)


def _read_rows(adapter: TypeAdapter[Any], raw: object) -> tuple[list[Any], RowsLeftOut | None]:
    """The readable rows of a list section (at most MAX_ROWS) and what was left out, if any."""
    if not isinstance(raw, list):
        raise ValueError(NOT_A_LIST)
    rows: list[Any] = []
    unreadable = 0
    for item in raw:
        if len(rows) == MAX_ROWS:
            break
        try:
            rows.append(adapter.validate_python(item))
        except ValidationError:
            unreadable += 1
    left_out = RowsLeftOut(unreadable, len(rows), len(raw))
    return rows, left_out if unreadable or left_out.cut else None
