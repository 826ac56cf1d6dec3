"""Why an alert came, from the data: the graded assignment with its score and percentage; the
average under the pass mark and the grades it is made of; the missed class and its date.

`explain` is for the notification list and the alert strip: it reads the child's overview and
the grades kept on this computer, and says honestly when the data to explain is not there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.notifications import (
    META_LIVE_CLASS_ID,
    META_SUBMISSION_ID,
    Notification,
    ParentKey,
)
from ..models.overview import PASS_PERCENTAGE
from .attention import grade_text, low_averages
from .formatting import counted, date_only, mean_percent, number, percent
from .grade_history import grades_seen, is_failed
from .wording import Context, arg

if TYPE_CHECKING:
    from ..models.overview import Grade
    from .parent_data import ChildState

SHOWN_GRADES = 5  # of a low average's grades, the newest; then "and N more"


class AlertReasons(Context):
    """This module's translation context (plural texts: `AlertReasons.tr(text, "", n)`)."""


def explain(notification: Notification, state: ChildState | None) -> str | None:
    """The "why" of a GRADED, LOW_GRADE or ABSENT notification (None for any other)."""
    key = notification.key
    if key not in (ParentKey.CHILD_GRADED, ParentKey.CHILD_LOW_GRADE, ParentKey.CHILD_ABSENT):
        return None
    if state is None or not state.updated_at:
        return AlertReasons.tr("The child's data is not loaded yet, so this cannot be explained.")
    if key == ParentKey.CHILD_GRADED:
        return _graded(notification, state)
    if key == ParentKey.CHILD_LOW_GRADE:
        return _low_grade(notification, state)
    return _absent(notification, state)


def _graded(notification: Notification, state: ChildState) -> str:
    wanted = notification.meta_text(META_SUBMISSION_ID)
    seen = grades_seen(state.overview.recent_grades, state.history)
    grade = next((g for g in seen if g.submission_id == wanted), None)
    if grade is None:
        value = notification.metadata.get("percentage")
        shown = percent(value) if isinstance(value, int | float) else AlertReasons.tr("a result")
        return arg(
            AlertReasons.tr(
                "Graded %1. The assignment is not among the grades seen on this computer "
                "(the school sends only the latest ones)."
            ),
            shown,
        )
    title, course, scored = grade.assignment_title, grade.course_title, grade_text(grade)
    graded = date_only(grade.graded_at)
    if is_failed(grade):
        template = AlertReasons.tr("%1 (%2): %3, under the pass mark of %4; graded on %5.")
        return arg(template, title, course, scored, percent(PASS_PERCENTAGE), graded)
    return arg(AlertReasons.tr("%1 (%2): %3, passed; graded on %4."), title, course, scored, graded)


def _low_grade(notification: Notification, state: ChildState) -> str:
    average = notification.metadata.get("average")
    parts = []
    if isinstance(average, int | float):
        parts.append(
            arg(
                AlertReasons.tr("The average of all graded work is %1, under the pass mark of %2."),
                mean_percent(float(average)),
                percent(PASS_PERCENTAGE),
            )
        )
    low = low_averages(state.overview, state.history)
    if not low:
        parts.append(
            AlertReasons.tr("No course's grades seen on this computer average under the pass mark.")
        )
    for _course_id, title, mean, grades in low:
        parts.append(
            arg(
                AlertReasons.tr("%1: average %2 from %3."),
                title,
                mean_percent(mean),
                _grade_list(grades),
            )
        )
    return " ".join(parts)


def _grade_list(grades: list[Grade]) -> str:
    shown = [f"{g.assignment_title} {grade_text(g)}" for g in grades[:SHOWN_GRADES]]
    more = len(grades) - SHOWN_GRADES
    if more > 0:
        shown.append(AlertReasons.tr("and %n more", "", more))
    return "; ".join(shown)


def _absent(notification: Notification, state: ChildState) -> str:
    live = state.overview.live_classes
    if live is None:
        return AlertReasons.tr(
            "The live classes could not be loaded, so the missed class is not known."
        )
    wanted = notification.meta_text(META_LIVE_CLASS_ID)
    missed = next((c for c in live.missed_classes or [] if c.live_class_id == wanted), None)
    held = live.attended_this_month + live.missed_this_month
    month = (
        " "
        + arg(
            counted(
                lambda n: AlertReasons.tr(
                    "This month: %1 attendance, %2 of %n class(es) missed.", "", n
                ),
                held,
            ),
            percent(live.attendance_percent),
            number(live.missed_this_month),
        )
        if held
        else ""
    )
    if missed is not None:
        when = date_only(missed.starts_at)
        if missed.course_title:
            said = arg(
                AlertReasons.tr("Missed %1 (%2) on %3."), missed.title, missed.course_title, when
            )
        else:
            said = arg(AlertReasons.tr("Missed %1 on %2."), missed.title, when)
        return said + month
    if live.missed_classes is None:
        return (
            AlertReasons.tr("Which class was missed is not known: the server sends only the count.")
            + month
        )
    return (
        AlertReasons.tr("The class is not among this month's missed classes (an earlier month's?).")
        + month
    )
