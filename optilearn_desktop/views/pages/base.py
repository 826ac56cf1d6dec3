"""What every tab page does with a child's state: pick its section, show data, empty or error."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QTableView, QWidget

from ...core.formatting import absolute
from ...core.parent_data import ChildState
from ...models.vocabulary import Section
from ..row_keys import select_row
from ..section_page import SectionPage
from ..table_model import RowTableModel


class OverviewPage(SectionPage):
    section: Section
    tab_title: str
    table: QTableView
    model: RowTableModel[Any]

    def __init__(self, name: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(name, content, parent)
        self.setAccessibleName(self.tab_title)

    def show_state(self, state: ChildState, now: datetime) -> None:
        value = state.overview.section_value(self.section)
        error = state.section_errors.get(self.section)
        updated = state.updated_at.get(self.section)
        if value is None:
            if error or state.last_error is not None:
                reason = error or (state.last_error.message if state.last_error else "")
                self.show_error(f"{self.tab_title} could not be loaded", reason)
            else:
                self.show_loading()
            return
        self.set_age(updated, now)
        warnings = []
        if error:
            warnings.append(f"Could not refresh ({error}); showing data from {absolute(updated)}.")
        elif state.last_error is not None:
            warnings.append(f"{state.last_error.message} Showing data from {absolute(updated)}.")
        if note := state.overview.section_notes.get(self.section):
            warnings.append(note)  # rows the server sent that this tab does not show
        self.set_warning(" ".join(warnings) or None)
        empty = self.fill(value, state, now)
        if empty is None:
            self.show_content()
        else:
            self.show_empty(*empty)

    def fill(self, value: Any, state: ChildState, now: datetime) -> tuple[str, str] | None:
        """Show `value`; return (title, text) for the empty state instead when there is none."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget every row (sign-out, or switching to a child with nothing loaded yet)."""
        raise NotImplementedError

    def row_tables(self) -> list[QTableView]:
        """The tables whose rows an item can be about (views/row_keys.py)."""
        return [self.table]

    def show_row(self, key: str) -> bool:
        """Select the row `key` is about; False when no table of this tab shows it."""
        return any(select_row(table, self.section, key) for table in self.row_tables())
