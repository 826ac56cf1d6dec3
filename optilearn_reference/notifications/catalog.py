"""Notification preference definitions (the parent keys of docs/api.md plus a few for others).

Student and teacher keys exist so that filtering by the role's `availableTo` is observable.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..common.http_common import CamelBody


class ParentKey(StrEnum):
    """The four keys a parent has (seed text)."""

    CHILD_GRADED = "PARENT_CHILD_GRADED"
    CHILD_LOW_GRADE = "PARENT_CHILD_LOW_GRADE"
    CHILD_ABSENT = "PARENT_CHILD_ABSENT"
    WEEKLY_DIGEST = "PARENT_WEEKLY_DIGEST"


class Frequency(StrEnum):
    """GAP: DOC names only IMMEDIATE; DAILY and WEEKLY are our choice."""

    IMMEDIATE = "IMMEDIATE"
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"


class Channels(CamelBody, frozen=True):
    """Where a notification goes; also the `channels` of a preference update body."""

    email: bool = False
    push: bool = False
    in_app: bool = True

    def to_wire(self) -> dict[str, bool]:
        return {"email": self.email, "push": self.push, "inApp": self.in_app}


PARENT, STUDENT, TEACHER, ADMIN = "PARENT", "STUDENT", "TEACHER", "ADMIN"


@dataclass(frozen=True)
class Definition:
    key: str
    label: str
    description: str
    category: str
    default_channels: Channels
    can_disable: bool
    frequency_options: tuple[Frequency, ...]
    available_to: tuple[str, ...]

    @property
    def can_change_frequency(self) -> bool:
        return len(self.frequency_options) > 1

    @property
    def default_frequency(self) -> Frequency:
        return self.frequency_options[0]

    def merged(self, enabled: bool, channels: Channels, frequency: str) -> dict[str, Any]:
        """DOC definition fields merged with the user's choice (GAP fields after `controls`)."""
        return {
            "key": self.key,
            "label": self.label,
            "description": self.description,
            "category": self.category,
            "defaultChannels": self.default_channels.to_wire(),
            "canDisable": self.can_disable,
            "canChangeFrequency": self.can_change_frequency,
            "availableTo": list(self.available_to),
            "controls": ["inApp", "email", "push"],  # the channels the user may switch
            "enabled": enabled,
            "channels": channels.to_wire(),
            "frequency": frequency,
            "frequencyOptions": [f.value for f in self.frequency_options],
        }


_ALL_CHANNELS = Channels(email=True, push=True, in_app=True)

CATEGORY_GRADES = "GRADES"
CATEGORY_ATTENDANCE = "ATTENDANCE"
CATEGORY_SUMMARY = "SUMMARY"

DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        ParentKey.CHILD_GRADED.value,
        "Assignment graded",
        "When a teacher grades one of your child's assignments.",
        CATEGORY_GRADES,
        _ALL_CHANNELS,
        True,
        (Frequency.IMMEDIATE, Frequency.DAILY),
        (PARENT,),
    ),
    Definition(
        ParentKey.CHILD_LOW_GRADE.value,
        "Low grade alert",
        "When your child's average of graded work drops below 60 %.",
        CATEGORY_GRADES,
        _ALL_CHANNELS,
        True,
        (Frequency.IMMEDIATE,),
        (PARENT,),
    ),
    Definition(
        ParentKey.CHILD_ABSENT.value,
        "Missed live class",
        "When your child misses a live class they registered for.",
        CATEGORY_ATTENDANCE,
        _ALL_CHANNELS,
        False,  # locked on: the school wants parents to know about absences
        (Frequency.IMMEDIATE,),
        (PARENT,),
    ),
    Definition(
        ParentKey.WEEKLY_DIGEST.value,
        "Weekly progress summary",
        "A summary of each child's week, every Sunday at 08:00.",
        CATEGORY_SUMMARY,
        Channels(email=True, push=False, in_app=True),
        True,
        (Frequency.WEEKLY,),
        (PARENT,),
    ),
    Definition(
        "STUDENT_ASSIGNMENT_GRADED",
        "Assignment graded",
        "When a teacher grades your work.",
        CATEGORY_GRADES,
        _ALL_CHANNELS,
        True,
        (Frequency.IMMEDIATE, Frequency.DAILY),
        (STUDENT,),
    ),
    Definition(
        "STUDENT_LIVE_CLASS_REMINDER",
        "Live class reminder",
        "Fifteen minutes before a live class you registered for.",
        CATEGORY_ATTENDANCE,
        Channels(email=False, push=True, in_app=True),
        True,
        (Frequency.IMMEDIATE,),
        (STUDENT,),
    ),
    Definition(
        "TEACHER_SUBMISSION_RECEIVED",
        "Submission received",
        "When a student submits work in one of your courses.",
        CATEGORY_GRADES,
        Channels(email=False, push=False, in_app=True),
        True,
        (Frequency.IMMEDIATE, Frequency.DAILY, Frequency.WEEKLY),
        (TEACHER, ADMIN),
    ),
)

BY_KEY: dict[str, Definition] = {d.key: d for d in DEFINITIONS}


def for_role(role: str) -> list[Definition]:
    return [d for d in DEFINITIONS if role in d.available_to]
