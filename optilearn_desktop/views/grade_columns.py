"""The columns a grade shows wherever it is listed (the Grades tab, a course's details)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.formatting import percent, score
from .table_model import Column

if TYPE_CHECKING:
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
