"""What every tab page does with a child's state: pick its section, show data, empty or error."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView, QWidget

from ...core.formatting import absolute
from ...core.overview_words import rows_note, section_problem
from ...core.parent_data import ChildState
from ...core.wording import arg, message_of
from ...models.vocabulary import Section
from ..row_keys import select_row
from ..section_page import SectionPage
from ..table_model import RowTableModel


class OverviewPage(SectionPage):
    section: Section
    tab_title: str  # in English, as the source of its translation (QT_TRANSLATE_NOOP)
    table: QTableView
    model: RowTableModel[Any]

    def __init__(self, name: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(name, content, parent)
        self._state: tuple[ChildState, datetime] | None = None
        self.retranslate()

    def title(self) -> str:
        """The tab's name in the language in use."""
        return QCoreApplication.translate("OverviewView", self.tab_title)

    def retranslate(self) -> None:
        self.setAccessibleName(self.title())
        self.table.setAccessibleName(arg(self.tr("%1 list"), self.title()))
        self.model.retranslate()
        # The words that come with the data are said again by OverviewView.retranslate: at
        # once for the tab in view, when opened for the others (they may hold an older child).
        if self._state is None and self._updated_at is None and self.showing is self._empty:
            self.show_loading()

    def show_state(self, state: ChildState, now: datetime) -> None:
        self._state = (state, now)
        value = state.overview.section_value(self.section)
        problem = state.section_errors.get(self.section)
        error = section_problem(problem) if problem else None
        updated = state.updated_at.get(self.section)
        if value is None:
            if error or state.last_error is not None:
                reason = error or (message_of(state.last_error) if state.last_error else "")
                self.show_error(arg(self.tr("%1 could not be loaded"), self.title()), reason)
            else:
                self.show_loading()
            return
        self.set_age(updated, now)
        warnings = []
        if error:
            warnings.append(
                arg(
                    self.tr("Could not refresh (%1); showing data from %2."),
                    error,
                    absolute(updated),
                )
            )
        elif state.last_error is not None:
            warnings.append(
                arg(
                    self.tr("%1 Showing data from %2."),
                    message_of(state.last_error),
                    absolute(updated),
                )
            )
        if note := state.overview.section_notes.get(self.section):
            warnings.append(rows_note(note))  # rows the server sent that this tab does not show
        self.set_warning(" ".join(warnings) or None)
        empty = self.fill(value, state, now)
        if empty is None:
            self.show_content()
        else:
            self.show_empty(*empty)

    def fill(self, value: Any, state: ChildState, now: datetime) -> tuple[str, str] | None:
        """Show `value`; return (title, text) for the empty state instead when there is none."""
        raise NotImplementedError

    def forget(self) -> None:
        """Nobody's data: no rows, and nothing to render again on a change of language."""
        self._state = None
        self.clear()

    def clear(self) -> None:
        """Forget every row (sign-out, or switching to a child with nothing loaded yet)."""
        raise NotImplementedError

    def row_tables(self) -> list[QTableView]:
        """The tables whose rows an item can be about (views/row_keys.py)."""
        return [self.table]

    def show_row(self, key: str) -> bool:
        """Select the row `key` is about; False when no table of this tab shows it."""
        return any(select_row(table, self.section, key) for table in self.row_tables())
