"""Grades tab: the last 10 graded submissions, score/maxScore, percentage, Passed/Failed; or
every grade seen on this computer (grade_scope.py)."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.formatting import absolute, date_only, relative
from ...core.grade_history import GradeHistory, grades_seen
from ...core.parent_data import ChildState
from ...core.wording import QT_TRANSLATE_NOOP, arg
from ...models.vocabulary import Section
from ..grade_columns import percentage_column, result_column, score_column
from ..grade_scope import GradeScope
from ..table_model import Column, RowTableModel, make_table
from .base import OverviewPage

if TYPE_CHECKING:
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

        columns: list[Column[Grade]] = [
            Column(lambda: self.tr("Assignment"), lambda g: g.assignment_title, stretch=True),
            Column(lambda: self.tr("Course"), lambda g: g.course_title),
            score_column(),
            percentage_column(),
            result_column(self.palette),
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
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.scope = GradeScope()
        column.addWidget(self.scope)
        column.addWidget(self.table, 1)
        super().__init__("grades_page", content, parent)
        self.model.setParent(self)
        self._recent: list[Grade] = []
        self._history: GradeHistory | None = None
        self.scope.changed.connect(self._show_rows)

    def fill(self, value: list[Grade], state: ChildState, now: datetime) -> tuple[str, str] | None:
        self._now = now
        self._recent, self._history = value, state.history
        self.scope.set_history(state.history)
        self._show_rows()
        if not value and not state.history:
            return (
                self.tr("No grades yet"),
                arg(self.tr("Nothing of %1's has been graded yet."), state.child.name),
            )
        return None

    def _show_rows(self) -> None:
        showing_all = self.scope.showing_all
        self.model.set_rows(
            grades_seen(self._recent, self._history) if showing_all else self._recent
        )

    def show_row(self, key: str) -> bool:
        """A grade older than the school's last 10 is found among those seen here."""
        if super().show_row(key):
            return True
        if not self.scope.showing_all and self._history is not None:
            self.scope.show_all()
            return super().show_row(key)
        return False

    def clear(self) -> None:
        self._recent, self._history = [], None
        self.model.set_rows([])
