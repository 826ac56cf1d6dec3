"""The words of the overview: enums, their labels and the section names. Standard library
only, so that views can name a section without loading the wire models."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar


def humanize(raw: str) -> str:
    """'STEP_PARENT' -> 'Step parent': the readable fallback for an enum value we do not know."""
    text = raw.replace("_", " ").replace("-", " ").strip().lower()
    return text[:1].upper() + text[1:] if text else "Unknown"


class WireEnum(StrEnum):
    """An enum whose members carry a human label; unknown wire values stay plain strings."""

    @property
    def label(self) -> str:
        return humanize(self.value)


E = TypeVar("E", bound=WireEnum)


def label_of(value: WireEnum | str) -> str:
    """Human label for a known member or an unknown raw value."""
    return value.label if isinstance(value, WireEnum) else humanize(value)


def tolerant_value(enum_cls: type[E], value: object) -> E | str:
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

    @property
    def label(self) -> str:
        """OptiLearn's own words on its course pages ("In progress", not "Active")."""
        return ENROLLMENT_WORDS.get(self.value) or humanize(self.value)


# The words OptiLearn's pages use for an enrollment; a status new to us reads humanized.
ENROLLMENT_WORDS: dict[str, str] = {
    "ACTIVE": "In progress",
    "COMPLETED": "Completed",
}


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
