"""The words of the overview that the views need, without pydantic: enums, their labels, the
section names, and the small behaviour the models share with the saved-overview records
(core/saved_records.py). Standard library only, so a remembered parent's first paint can use
them before pydantic is loaded; models/base.py, children.py and overview.py build on them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any


def humanize(raw: str) -> str:
    """'STEP_PARENT' -> 'Step parent': the readable fallback for an enum value we do not know."""
    text = raw.replace("_", " ").replace("-", " ").strip().lower()
    return text[:1].upper() + text[1:] if text else "Unknown"


class WireEnum(StrEnum):
    """An enum whose members carry a human label; unknown wire values stay plain strings."""

    @property
    def label(self) -> str:
        return humanize(self.value)


def label_of(value: WireEnum | str) -> str:
    """Human label for a known member or an unknown raw value."""
    return value.label if isinstance(value, WireEnum) else humanize(value)


def tolerant_value(enum_cls: type[WireEnum], value: Any) -> WireEnum | str:
    """A member of `enum_cls`, or the raw upper-cased string when it is new to us."""
    if isinstance(value, enum_cls):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a string for {enum_cls.__name__}")
    normalized = value.strip().upper()
    try:
        return enum_cls(normalized)
    except ValueError:
        return normalized or "UNKNOWN"


class Relation(WireEnum):
    FATHER = "FATHER"
    MOTHER = "MOTHER"
    GUARDIAN = "GUARDIAN"
    OTHER = "OTHER"


class EnrollmentStatus(WireEnum):
    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"


class CertificateStatus(WireEnum):
    VALID = "VALID"
    REVOKED = "REVOKED"
    EXPIRED = "EXPIRED"


class Section(StrEnum):
    """Top-level keys of the overview `data`; each parses (and may fail) on its own."""

    CHILD = "child"
    COURSES = "courses"
    GRADES = "recentGrades"
    UPCOMING = "upcomingAssignments"
    LIVE_CLASSES = "liveClasses"
    ACHIEVEMENTS = "gamification"
    CERTIFICATES = "certificates"


# Python field name of each section (the same in OverviewPayload and ChildOverview; a test
# checks this table against the models' own aliases).
SECTION_FIELD: dict[Section, str] = {
    Section.CHILD: "child",
    Section.COURSES: "courses",
    Section.GRADES: "recent_grades",
    Section.UPCOMING: "upcoming_assignments",
    Section.LIVE_CLASSES: "live_classes",
    Section.ACHIEVEMENTS: "gamification",
    Section.CERTIFICATES: "certificates",
}


# -- behaviour shared by the pydantic models and the saved-overview records -------------------


# Attribute hints only for type checkers: pydantic must not take them for fields.


class ChildTraits:
    if TYPE_CHECKING:
        class_name: str | None
        section: str | None

    @property
    def class_and_section(self) -> str:
        """'Class 8, Section B', or whichever part is known."""
        section = f"Section {self.section}" if self.section else None
        return ", ".join(p for p in (self.class_name, section) if p)


class CourseTraits:
    if TYPE_CHECKING:
        status: EnrollmentStatus | str

    @property
    def is_completed(self) -> bool:
        return self.status == EnrollmentStatus.COMPLETED


def derived_percentage(score: float, max_score: float) -> float:
    """Older payloads may omit a grade's percentage; it is always derivable from the score."""
    return round(score / max_score * 100, 1)


class OverviewTraits:
    if TYPE_CHECKING:
        section_errors: dict[Section, str]
        courses: list[Any] | None

    def section_ok(self, section: Section) -> bool:
        return section not in self.section_errors

    def section_value(self, section: Section) -> Any:
        return getattr(self, SECTION_FIELD[section])

    @property
    def courses_completed(self) -> int | None:
        return None if self.courses is None else sum(c.is_completed for c in self.courses)
