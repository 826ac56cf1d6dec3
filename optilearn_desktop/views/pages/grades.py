"""Grades tab: the last 10 graded submissions, score/maxScore, percentage, Passed/Failed."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...core.parent_data import ChildState
from ...core.wording import QT_TRANSLATE_NOOP, arg
from ...models.vocabulary import Section
from ..colors import accents
from ..formatting import absolute, date_only, percent, relative, score
from ..table_model import Column, RowTableModel, make_table
from .base import OverviewPage

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from ...models.overview import Grade


class Columns(IntEnum):
    ASSIGNMENT = 0
    COURSE = 1
    SCORE = 2
    PERCENTAGE = 3
    RESULT = 4
    GRADED = 5


class GradesPage(OverviewPage):
    section = Section.GRADES
    tab_title = QT_TRANSLATE_NOOP("OverviewView", "Grades")

    def __init__(self, parent: QWidget | None = None) -> None:
        self._now: datetime | None = None

        def result_color(grade: Grade) -> QColor | None:
            if grade.passed is None:
                return None
            colors = accents(self.palette())
            return colors.passed if grade.passed else colors.failed

        columns: list[Column[Grade]] = [
            Column(lambda: self.tr("Assignment"), lambda g: g.assignment_title, stretch=True),
            Column(lambda: self.tr("Course"), lambda g: g.course_title),
            Column(
                lambda: self.tr("Score"),
                lambda g: f"{score(g.score)}/{score(g.max_score)}",
                sort_key=lambda g: g.score / g.max_score,
                align_right=True,
            ),
            Column(
                lambda: self.tr("Percentage"),
                lambda g: percent(g.percentage),
                sort_key=lambda g: g.percentage,
                align_right=True,
            ),
            Column(lambda: self.tr("Result"), self._result, color=result_color, bold=True),
            Column(
                lambda: self.tr("Graded"),
                lambda g: date_only(g.graded_at),
                sort_key=lambda g: g.graded_at.timestamp(),
                tooltip=lambda g: (
                    arg(self.tr("%1 (%2)"), absolute(g.graded_at), relative(g.graded_at, self._now))
                    if self._now
                    else absolute(g.graded_at)
                ),
            ),
        ]
        self.model: RowTableModel[Grade] = RowTableModel(columns)
        self.table = make_table(self.model, Columns, "grades_table")
        super().__init__("grades_page", self.table, parent)
        self.model.setParent(self)

    def fill(self, value: list[Grade], state: ChildState, now: datetime) -> tuple[str, str] | None:
        self._now = now
        self.model.set_rows(value)
        if not value:
            return (
                self.tr("No grades yet"),
                arg(self.tr("Nothing of %1's has been graded yet."), state.child.name),
            )
        return None

    def _result(self, grade: Grade) -> str:
        if grade.passed is None:
            return "—"
        return self.tr("Passed") if grade.passed else self.tr("Failed")

    def clear(self) -> None:
        self.model.set_rows([])
