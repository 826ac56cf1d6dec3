"""One course of one child: the grades seen (the school's latest and those kept on this
computer), their average and a trend line. Opened from the Courses or Grades tab."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..core.formatting import absolute, date_only, percent
from ..core.grade_history import course_grades, mean_percentage
from ..core.wording import arg
from ..models.overview import PASS_PERCENTAGE
from .colors import accents
from .grade_columns import percentage_column, result_column, score_column
from .retranslate import Retranslating
from .table_model import Column, RowTableModel, make_table
from .text import emphasize, plain_label
from .trend_line import TrendLine

if TYPE_CHECKING:
    from ..core.parent_data import ChildState
    from ..models.overview import Grade


class Columns(IntEnum):
    ASSIGNMENT = 0
    SCORE = 1
    PERCENTAGE = 2
    RESULT = 3
    GRADED = 4


class CourseDetail(Retranslating, QDialog):
    def __init__(
        self, state: ChildState, course_id: str | None, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("course_detail")
        self.setWindowTitle(f"{title} · {state.child.name}")
        self.resize(720, 560)
        grades = course_grades(state.overview.recent_grades, state.history, course_id, title)
        self.grades = grades
        self._state = state
        column = QVBoxLayout(self)
        heading = plain_label(title, wrap=True)
        heading.setObjectName("course_detail_title")
        emphasize(heading, 1.25)
        column.addWidget(heading)
        column.addWidget(plain_label(state.child.name))
        self.summary = plain_label(wrap=True)
        self.summary.setObjectName("course_detail_summary")
        column.addWidget(self.summary)
        self.source = plain_label(wrap=True)
        self.source.setObjectName("course_detail_source")
        column.addWidget(self.source)
        self.trend = TrendLine(PASS_PERCENTAGE)
        self.trend.set_values([g.percentage or 0.0 for g in reversed(grades)])
        column.addWidget(self.trend)

        columns: list[Column[Grade]] = [
            Column(lambda: self.tr("Assignment"), lambda g: g.assignment_title, stretch=True),
            score_column(),
            percentage_column(),
            result_column(self.palette),  # as the Grades tab says it
            Column(
                lambda: self.tr("Graded"),
                lambda g: date_only(g.graded_at),
                sort_key=lambda g: g.graded_at.timestamp(),
                tooltip=lambda g: absolute(g.graded_at),
            ),
        ]
        self.model: RowTableModel[Grade] = RowTableModel(columns, parent=self)
        self.table = make_table(self.model, Columns, "course_detail_table")
        self.model.set_rows(grades)
        column.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Grades of this course"))
        self.model.retranslate()
        grades = self.grades
        mean = mean_percentage(grades)
        if mean is None:
            self.summary.setText(self.tr("No grade of this course has been seen yet."))
        else:
            below = mean < PASS_PERCENTAGE
            template = (
                self.tr(
                    "Average %1 over %n grade(s) seen, under the pass mark of %2.", "", len(grades)
                )
                if below
                else self.tr(
                    "Average %1 over %n grade(s) seen, at or above the pass mark of %2.",
                    "",
                    len(grades),
                )
            )
            self.summary.setText(arg(template, percent(round(mean, 1)), percent(PASS_PERCENTAGE)))
            if below:
                self.summary.setStyleSheet(f"color: {accents(self.palette()).failed.name()};")
        history = self._state.history
        self.source.setText(
            self.tr(
                "From the school's latest grades only: older grades are not kept on this computer."
            )
            if history is None
            else arg(
                self.tr(
                    "From the school's latest grades and those kept on this computer since %1."
                ),
                date_only(history.since),
            )
        )
