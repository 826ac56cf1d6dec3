"""Which row of a tab an item is about: each section's row key, and selecting that row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QTableView

from ..models.vocabulary import Section
from .table_model import RowTableModel

# The id each tab's rows carry (the same ids core/attention.py puts in `row_key`).
ROW_KEY: dict[Section, Callable[[Any], str | None]] = {
    Section.COURSES: lambda row: row.course_id,
    Section.GRADES: lambda row: row.submission_id,
    Section.UPCOMING: lambda row: row.assignment_id,
    Section.LIVE_CLASSES: lambda row: row.live_class_id,
    Section.CERTIFICATES: lambda row: row.certificate_id,
}


def select_row(table: QTableView, section: Section, key: str) -> bool:
    """Select and scroll to the row whose key is `key`; False when the table has none."""
    model = table.model()
    read = ROW_KEY.get(section)
    if read is None or not isinstance(model, RowTableModel):
        return False
    for number, row in enumerate(model.rows()):
        if read(row) == key:
            table.selectRow(number)
            table.scrollTo(model.index(number, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
            table.setFocus()
            return True
    return False
