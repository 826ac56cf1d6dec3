"""The text of each parent notification: title names the child, metadata identifies it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from .catalog import BY_KEY, ParentKey

# GAP: how a notification names its child (docs/api.md).
META_CHILD_CONTACT_ID = "childContactId"
META_CHILD_NAME = "childName"
META_STUDENT_ID = "studentId"


@dataclass(frozen=True)
class ChildRef:
    contact_id: str
    student_id: str
    name: str


@dataclass(frozen=True)
class Draft:
    key: str
    title: str
    message: str
    type: str
    action_url: str
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def category(self) -> str:
        return BY_KEY[self.key].category


def _meta(child: ChildRef, **extra: Any) -> dict[str, Any]:
    return {
        META_CHILD_CONTACT_ID: child.contact_id,
        META_CHILD_NAME: child.name,
        META_STUDENT_ID: child.student_id,
        **extra,
    }


def _web_path(child: ChildRef, tab: str) -> str:
    # A web path (DOC); the desktop maps it to its own tab.
    return f"/parent/children/{quote(child.contact_id, safe='')}/{tab}"


def _num(value: float) -> str:
    return f"{value:g}"


def graded(
    child: ChildRef,
    assignment_title: str,
    course_title: str,
    score: float,
    max_score: float,
    percentage: float,
    submission_id: str,
) -> Draft:
    return Draft(
        ParentKey.CHILD_GRADED.value,
        f"{child.name}: assignment graded",
        f"{assignment_title} ({course_title}) was graded {_num(score)}/{_num(max_score)}"
        f" ({percentage:.1f} %).",
        "SUCCESS" if percentage >= 60 else "WARNING",
        _web_path(child, "grades"),
        _meta(child, submissionId=submission_id, percentage=percentage),
    )


def low_grade(child: ChildRef, average: float) -> Draft:
    return Draft(
        ParentKey.CHILD_LOW_GRADE.value,
        f"{child.name}: average below 60 %",
        f"{child.name}'s average across graded work is now {average:.1f} %.",
        "WARNING",
        _web_path(child, "grades"),
        _meta(child, average=round(average, 1)),
    )


def absent(child: ChildRef, class_title: str, course_title: str, live_class_id: str) -> Draft:
    return Draft(
        ParentKey.CHILD_ABSENT.value,
        f"{child.name} missed a live class",
        f"{child.name} was registered for {class_title} ({course_title}) but did not attend.",
        "WARNING",
        _web_path(child, "live-classes"),
        _meta(child, liveClassId=live_class_id),
    )


def weekly_digest(
    child: ChildRef, grades: int, average: float | None, attended: int, missed: int
) -> Draft:
    graded_text = f"{grades} grade{'s' if grades != 1 else ''} this week" + (
        f" (average {average:.1f} %)" if average is not None else ""
    )
    held = attended + missed
    attendance_text = (
        f"attended {attended} of {held} live class{'es' if held != 1 else ''}"
        if held
        else "no live classes held"
    )
    return Draft(
        ParentKey.WEEKLY_DIGEST.value,
        f"{child.name}: your weekly summary",
        f"{graded_text}; {attendance_text}.",
        "INFO",
        _web_path(child, "overview"),
        _meta(child, gradesThisWeek=grades, attendedThisWeek=attended, missedThisWeek=missed),
    )
