"""The row an opened alert is about (the graded assignment, the missed class), selected in its
tab: at once if the tab lists it, and again each time the tab's rows are replaced (the reload the
alert started), until the parent picks another child, tab or row. A row the tab does not list
leaves the tab without a selection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

if TYPE_CHECKING:
    from .pages.base import OverviewPage


class RowPicker(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._page: OverviewPage | None = None
        self._row: str | None = None  # the row's key (views/row_keys.py)
        self._selecting = False
        self._watched: set[int] = set()  # pages whose tables are watched (built on demand)
        tabs.currentChanged.connect(lambda _index: self.forget())

    def _watch(self, page: OverviewPage) -> None:
        """Follow a page's reloads and the parent's own picks, from the first time it is wanted
        (tabs are built later than the window)."""
        if id(page) in self._watched:
            return
        self._watched.add(id(page))
        for table in page.row_tables():
            table.model().modelReset.connect(lambda p=page: self._rows_replaced(p))
            table.selectionModel().selectionChanged.connect(
                lambda *_args, p=page: self._selection_changed(p)
            )

    def want(self, page: OverviewPage | None, row: str | None) -> None:
        """Select `row` in `page` now and after each reload (None: no selection there)."""
        self._page, self._row = page, row
        if page is not None:
            self._watch(page)
            self._apply(page)

    def forget(self) -> None:
        self._page, self._row = None, None

    def _rows_replaced(self, page: OverviewPage) -> None:
        if page is self._page:
            self._apply(page)

    def _selection_changed(self, page: OverviewPage) -> None:
        chosen = any(t.selectionModel().hasSelection() for t in page.row_tables())
        if page is self._page and not self._selecting and chosen:
            self.forget()  # the parent chose another row

    def _apply(self, page: OverviewPage) -> None:
        """The page's own row lookup (views/row_keys.py), so an alert and the household page
        find a row the same way, in whichever of the tab's tables lists it."""
        self._selecting = True
        try:
            for table in page.row_tables():
                table.clearSelection()
            if self._row is not None:
                page.show_row(self._row)
        finally:
            self._selecting = False
