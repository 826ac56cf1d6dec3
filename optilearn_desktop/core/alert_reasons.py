"""Why an alert came, from the data: the graded assignment with its score and percentage; the
average under the pass mark and the grades it is made of; the missed class and its date.

`explain` is for the notification list and the alert strip: it reads the child's overview and
the grades kept on this computer, and says honestly when the data to explain is not there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.notifications import Notification, ParentKey
from ..models.overview import PASS_PERCENTAGE
from .attention import grade_text, low_averages
from .formatting import date_only, mean_percent, percent
from .grade_history import grades_seen, is_failed

if TYPE_CHECKING:
    from ..models.overview import Grade
    from .parent_data import ChildState

SHOWN_GRADES = 5  # of a low average's grades, the newest; then "and N more"
NOT_LOADED = "The child's data is not loaded yet, so this cannot be explained."


def explain(notification: Notification, state: ChildState | None) -> str | None:
    """The "why" of a GRADED, LOW_GRADE or ABSENT notification (None for any other)."""
    key = notification.key
    if key not in (ParentKey.CHILD_GRADED, ParentKey.CHILD_LOW_GRADE, ParentKey.CHILD_ABSENT):
        return None
    if state is None or not state.updated_at:
        return NOT_LOADED
    if key == ParentKey.CHILD_GRADED:
        return _graded(notification, state)
    if key == ParentKey.CHILD_LOW_GRADE:
        return _low_grade(notification, state)
    return _absent(notification, state)


def _graded(notification: Notification, state: ChildState) -> str:
    wanted = notification.metadata.get("submissionId")
    seen = grades_seen(state.overview.recent_grades, state.history)
    grade = next((g for g in seen if g.submission_id == wanted), None)
    if grade is None:
        value = notification.metadata.get("percentage")
        shown = percent(value) if isinstance(value, int | float) else "a result"
        return (
            f"Graded {shown}. The assignment is not among the grades seen on this computer "
            "(the school sends only the latest ones)."
        )
    verdict = f"under the pass mark of {percent(PASS_PERCENTAGE)}" if is_failed(grade) else "passed"
    return (
        f"{grade.assignment_title} ({grade.course_title}): {grade_text(grade)}, {verdict}; "
        f"graded on {date_only(grade.graded_at)}."
    )


def _low_grade(notification: Notification, state: ChildState) -> str:
    average = notification.metadata.get("average")
    parts = []
    if isinstance(average, int | float):
        parts.append(
            f"The average of all graded work is {mean_percent(float(average))}, under the "
            f"pass mark of {percent(PASS_PERCENTAGE)}."
        )
    low = low_averages(state.overview, state.history)
    if not low:
        parts.append("No course's grades seen on this computer average under the pass mark.")
    for _course_id, title, mean, grades in low:
        parts.append(f"{title}: average {mean_percent(mean)} from {_grade_list(grades)}.")
    return " ".join(parts)


def _grade_list(grades: list[Grade]) -> str:
    shown = [f"{g.assignment_title} {grade_text(g)}" for g in grades[:SHOWN_GRADES]]
    more = len(grades) - SHOWN_GRADES
    return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


def _absent(notification: Notification, state: ChildState) -> str:
    live = state.overview.live_classes
    if live is None:
        return "The live classes could not be loaded, so the missed class is not known."
    wanted = notification.metadata.get("liveClassId")
    missed = next((c for c in live.missed_classes or [] if c.live_class_id == wanted), None)
    held = live.attended_this_month + live.missed_this_month
    month = (
        f" This month: {percent(live.attendance_percent)} attendance, {live.missed_this_month} "
        f"of {held} class{'es' if held != 1 else ''} missed."
        if held
        else ""
    )
    if missed is not None:
        course = f" ({missed.course_title})" if missed.course_title else ""
        return f"Missed {missed.title}{course} on {date_only(missed.starts_at)}.{month}"
    if live.missed_classes is None:
        return "Which class was missed is not known: the server sends only the count." + month
    return "The class is not among this month's missed classes (an earlier month's?)." + month
