"""The columns a grade shows wherever it is listed (the Grades tab, a course's details)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.formatting import percent, score
from .colors import accents
from .table_model import Column

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QPalette

    from ..models.overview import Grade


def score_column() -> Column[Grade]:
    """ "42/50", sorted by the fraction (42/50 before 9/10)."""
    return Column(
        lambda: QCoreApplication.translate("GradesPage", "Score"),
        lambda g: f"{score(g.score)}/{score(g.max_score)}",
        sort_key=lambda g: g.score / g.max_score,
        align_right=True,
    )


def percentage_column() -> Column[Grade]:
    return Column(
        lambda: QCoreApplication.translate("GradesPage", "Percentage"),
        lambda g: percent(g.percentage),
        sort_key=lambda g: g.percentage,
        align_right=True,
    )


def result_column(palette: Callable[[], QPalette]) -> Column[Grade]:
    """Passed or Failed as the school says it ("—" when it does not), in the colours of
    `palette()` (the table's, which follows light and dark)."""

    def words(grade: Grade) -> str:
        if grade.passed is None:
            return "—"
        if grade.passed:
            return QCoreApplication.translate("GradesPage", "Passed")
        return QCoreApplication.translate("GradesPage", "Failed")

    def color(grade: Grade) -> QColor | None:
        if grade.passed is None:
            return None
        colors = accents(palette())
        return colors.passed if grade.passed else colors.failed

    return Column(
        lambda: QCoreApplication.translate("GradesPage", "Result"), words, color=color, bold=True
    )
