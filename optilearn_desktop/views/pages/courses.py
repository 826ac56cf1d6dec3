"""Courses tab: every active and completed enrollment with progress and last access."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...core.formatting import absolute, number, percent, relative, score
from ...core.parent_data import ChildState
from ...core.vocabulary_words import label
from ...core.wording import QT_TRANSLATE_NOOP, arg
from ...models.vocabulary import Section
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


class CoursesPage(OverviewPage):
    section = Section.COURSES
    tab_title = QT_TRANSLATE_NOOP("OverviewView", "Courses")

    def __init__(self, parent: QWidget | None = None) -> None:
        self._now: datetime | None = None
        columns: list[Column[Course]] = [
            Column(lambda: self.tr("Course"), lambda c: c.course_title, stretch=True),
            Column(
                lambda: self.tr("Status"),
                lambda c: label(c.status),
                color=lambda c: accents(self.palette()).passed if c.is_completed else None,
                bold=True,
            ),
            Column(
                lambda: self.tr("Progress"),
                lambda c: percent(round(c.progress)),
                sort_key=lambda c: c.progress,
                value=lambda c: c.progress,
                tooltip=lambda c: arg(self.tr("%1 complete"), percent(c.progress)),
            ),
            Column(
                lambda: self.tr("Lessons"),
                lambda c: (
                    "—"
                    if c.lessons_total is None
                    else arg(
                        self.tr("%1 of %2"),
                        number(c.lessons_completed or 0),
                        number(c.lessons_total),
                    )
                ),
                sort_key=lambda c: c.lessons_completed or 0,
                align_right=True,
            ),
            Column(
                lambda: self.tr("Last accessed"),
                lambda c: relative(c.last_accessed_at, self._now) if self._now else "",
                sort_key=lambda c: c.last_accessed_at.timestamp() if c.last_accessed_at else None,
                tooltip=lambda c: absolute(c.last_accessed_at),
            ),
            Column(
                lambda: self.tr("Final score"),
                self._final,
                sort_key=lambda c: c.final_score,
                align_right=True,
            ),
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

    def _final(self, course: Course) -> str:
        if course.final_score is None:
            return "—"
        if course.passed is None:
            return score(course.final_score)
        verdict = self.tr("Passed") if course.passed else self.tr("Failed")
        return arg(
            self.tr("%1 · %2", "a final score, then Passed or Failed"),
            score(course.final_score),
            verdict,
        )

    def fill(self, value: list[Course], state: ChildState, now: datetime) -> tuple[str, str] | None:
        self._now = now
        self.model.set_rows(value)
        if not value:
            return (
                self.tr("No courses yet"),
                arg(
                    self.tr(
                        "%1 is not enrolled in any course yet. Courses appear here as soon as "
                        "the school enrolls them."
                    ),
                    state.child.name,
                ),
            )
        return None

    def clear(self) -> None:
        self.model.set_rows([])
