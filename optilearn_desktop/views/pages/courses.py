"""Courses tab: every active and completed enrollment with progress and last access."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...core.formatting import absolute, percent, relative, score
from ...core.parent_data import ChildState
from ...models.vocabulary import Section, label_of
from ..colors import accents
from ..grade_scope import course_button
from ..progress_delegate import ProgressDelegate
from ..table_model import Column, RowTableModel, make_table
from .base import OverviewPage

if TYPE_CHECKING:
    from ...models.overview import Course


class Columns(IntEnum):
    TITLE = 0
    STATUS = 1
    PROGRESS = 2
    LESSONS = 3
    LAST_ACCESSED = 4
    FINAL = 5


def _final(course: Course) -> str:
    if course.final_score is None:
        return "—"
    verdict = "" if course.passed is None else (" · Passed" if course.passed else " · Failed")
    return score(course.final_score) + verdict


class CoursesPage(OverviewPage):
    section = Section.COURSES
    tab_title = "Courses"

    def __init__(self, parent: QWidget | None = None) -> None:
        self._now: datetime | None = None
        columns: list[Column[Course]] = [
            Column("Course", lambda c: c.course_title, stretch=True),
            Column(
                "Status",
                lambda c: label_of(c.status),
                color=lambda c: accents(self.palette()).passed if c.is_completed else None,
                bold=True,
            ),
            Column(
                "Progress",
                lambda c: f"{round(c.progress)} %",
                sort_key=lambda c: c.progress,
                value=lambda c: c.progress,
                tooltip=lambda c: f"{percent(c.progress)} complete",
            ),
            Column(
                "Lessons",
                lambda c: (
                    "—"
                    if c.lessons_total is None
                    else f"{c.lessons_completed or 0} of {c.lessons_total}"
                ),
                sort_key=lambda c: c.lessons_completed or 0,
                align_right=True,
            ),
            Column(
                "Last accessed",
                lambda c: relative(c.last_accessed_at, self._now) if self._now else "",
                sort_key=lambda c: c.last_accessed_at.timestamp() if c.last_accessed_at else None,
                tooltip=lambda c: absolute(c.last_accessed_at),
            ),
            Column("Final score", _final, sort_key=lambda c: c.final_score, align_right=True),
        ]
        self.model: RowTableModel[Course] = RowTableModel(columns)
        self.table = make_table(self.model, Columns, "courses_table")
        self.table.setItemDelegateForColumn(Columns.PROGRESS, ProgressDelegate(self.table))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 4)
        bar.addStretch(1)
        self.details = course_button("courses_course_detail")
        bar.addWidget(self.details)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        super().__init__("courses_page", content, parent)
        self.model.setParent(self)

    def fill(self, value: list[Course], state: ChildState, now: datetime) -> tuple[str, str] | None:
        self._now = now
        self.model.set_rows(value)
        if not value:
            return (
                "No courses yet",
                f"{state.child.name} is not enrolled in any course yet. Courses appear here "
                "as soon as the school enrolls them.",
            )
        return None

    def clear(self) -> None:
        self.model.set_rows([])
