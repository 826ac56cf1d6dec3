"""Grades tab: the last 10 graded submissions, score/maxScore, percentage, Passed/Failed."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...core.parent_data import ChildState
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


def _result(grade: Grade) -> str:
    if grade.passed is None:
        return "—"
    return "Passed" if grade.passed else "Failed"


class GradesPage(OverviewPage):
    section = Section.GRADES
    tab_title = "Grades"

    def __init__(self, parent: QWidget | None = None) -> None:
        self._now: datetime | None = None

        def result_color(grade: Grade) -> QColor | None:
            if grade.passed is None:
                return None
            colors = accents(self.palette())
            return colors.passed if grade.passed else colors.failed

        columns: list[Column[Grade]] = [
            Column("Assignment", lambda g: g.assignment_title, stretch=True),
            Column("Course", lambda g: g.course_title),
            Column(
                "Score",
                lambda g: f"{score(g.score)}/{score(g.max_score)}",
                sort_key=lambda g: g.score / g.max_score,
                align_right=True,
            ),
            Column(
                "Percentage",
                lambda g: percent(g.percentage),
                sort_key=lambda g: g.percentage,
                align_right=True,
            ),
            Column("Result", _result, color=result_color, bold=True),
            Column(
                "Graded",
                lambda g: date_only(g.graded_at),
                sort_key=lambda g: g.graded_at.timestamp(),
                tooltip=lambda g: (
                    f"{absolute(g.graded_at)} ({relative(g.graded_at, self._now)})"
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
            return ("No grades yet", f"Nothing of {state.child.name}'s has been graded yet.")
        return None

    def clear(self) -> None:
        self.model.set_rows([])
