"""Getting to and from the household page, and the course detail view, in the window.

The household page is the first page when two or more children are linked, and one click
away (the Household action, Ctrl+H) with one. Choosing a child (the switcher, a card, an item)
shows that child's overview; an item opens its tab at its row. Course details open from the
Courses and Grades tabs (the button, Enter or a double-click on a row).
"""

from __future__ import annotations

import time
import weakref
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from .. import APP_NAME
from ..core.household import HouseholdService
from ..core.wording import arg
from ..models.vocabulary import Section

FRESH_FOR = 30.0  # seconds a rendered page's relative times ("in 2 hours") stay true enough

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton, QTableView

    from ..core.attention import AttentionItem
    from ..models.children import Child
    from .main_window import MainWindow
    from .pages.base import OverviewPage
    from .pages.courses import CoursesPage
    from .pages.grades import GradesPage
    from .pages.household import HouseholdPage


class HouseholdNav(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        presenter = window.presenter
        self.service = HouseholdService(presenter, parent=self)
        self._page: HouseholdPage | None = None
        # The session (its ParentData, never kept alive from here) whose children were shown.
        self._session: weakref.ref[object] | None = None
        self._on_page = False
        self._dirty = True
        self._rendered_at: float | None = None  # monotonic seconds
        action = self.action = QAction(window.toolbar)
        action.setObjectName("household_action")
        action.setShortcut(QKeySequence("Ctrl+H"))
        action.setCheckable(True)
        action.setEnabled(False)
        action.triggered.connect(self._toggled)
        window.toolbar.insertAction(window.refresh_action, action)
        window.toolbar.keep_named(  # its button's text keeps the "&" for Alt+H
            action,
            lambda: self.tr("&Household"),
            lambda: self.tr("All your children and what needs attention (Ctrl+H)"),
        )
        # After the window's own slots: it shows the overview, this may show the household.
        presenter.children_changed.connect(self._children_shown)
        presenter.no_children.connect(self._no_children)
        window.switcher.child_selected.connect(lambda _child_id: self.show_overview())
        # Choosing the child already named in "Viewing" also leaves the household page.
        window.switcher.combo.activated.connect(lambda _index: self.show_overview())
        window.stack.currentChanged.connect(self._stack_changed)
        window.overview_view.body.currentChanged.connect(self._stack_changed)
        self.service.changed.connect(self._changed)
        self._course_details(window)

    @property
    def page(self) -> HouseholdPage:
        """Built on first use: a parent of one child may never open it."""
        if self._page is None:
            from .pages.household import HouseholdPage

            self._page = HouseholdPage()
            self._page.child_requested.connect(self.open_child)
            self._page.item_requested.connect(self.open_item)
            self._page.retranslated.connect(self._language_changed)
            self.window.overview_view.body.addWidget(self._page)
        return self._page

    @property
    def showing(self) -> bool:
        """On screen: in the overview, below its banners (the offline state, a kiosk's idle
        prompt), in place of the child's stats and tabs."""
        window = self.window
        return (
            self._page is not None
            and window.stack.currentWidget() is window.overview_view
            and window.overview_view.body.currentWidget() is self._page
        )

    def show_household(self) -> None:
        self._on_page = True
        window = self.window
        page = self.page
        # Shown first, then filled: a visible table measures only the rows in view.
        window.overview_view.body.setCurrentWidget(page)
        window.stack.setCurrentWidget(window.overview_view)
        page.column.activate()
        stale = self._rendered_at is None or time.monotonic() - self._rendered_at > FRESH_FOR
        if self._dirty or stale:  # else what it shows is still true, its times too
            self.render()
        self._title()

    def _title(self) -> None:
        self.window.setWindowTitle(arg(self.tr("Household · %1"), APP_NAME))

    def show_overview(self) -> None:
        self._on_page = False
        if self.showing:
            window = self.window
            window.overview_view.body.setCurrentWidget(window.overview_view.child_pane)
            window.title_for_child(window.switcher.current_id or "")

    def open_child(self, child_id: str) -> None:
        self.window.open_on(child_id, None)
        self.show_overview()

    def open_item(self, item: AttentionItem) -> None:
        """The item's child, its tab, its row."""
        self.open_child(item.child_id)
        self.window.overview_view.show_row(item.section, item.row_key)

    def render(self) -> None:
        self.page.show_household(
            self.service.summary(), self.window.clock(), loading=self.service.loading
        )
        self._dirty, self._rendered_at = False, time.monotonic()

    def _changed(self) -> None:
        self._dirty = True
        if self.showing:
            self.render()

    def _language_changed(self) -> None:
        """The items are core's sentences: made again in the new language (the window, told
        first, has named the child in the title meanwhile)."""
        self._changed()
        if self.showing:
            self._title()

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.show_household()
        else:
            self.show_overview()

    def _children_shown(self, children: list[Child], _selected: str) -> None:
        self.action.setEnabled(True)
        data = self.window.presenter.data
        first = self._session is None or self._session() is not data
        self._session = weakref.ref(data) if data is not None else None
        if (first and len(children) >= 2) or (not first and self._on_page):
            self.show_household()

    def _no_children(self) -> None:
        self.action.setEnabled(False)
        self._on_page = False

    def _stack_changed(self, _index: int) -> None:
        self.action.setChecked(self.showing)
        view = self.window.overview_view
        if self.window.stack.currentWidget() is not view:
            self.action.setEnabled(False)  # signed out, or a message: no household to show
            self._on_page = False
            self._session = None
            view.body.setCurrentWidget(view.child_pane)
            self._dirty = True
            if self._page is not None:
                self._page.clear()

    # -- course details -------------------------------------------------------------------------

    def _course_details(self, window: MainWindow) -> None:
        """Courses and Grades open a course's details, once their tabs are built."""
        view = window.overview_view
        view.page_built.connect(self._page_built)
        for page in view.built_pages():
            self._page_built(page)

    def _page_built(self, page: OverviewPage) -> None:
        if page.section is Section.COURSES:
            self._watch(page.table, cast("CoursesPage", page).details)
        elif page.section is Section.GRADES:
            self._watch(page.table, cast("GradesPage", page).scope.details)

    def _watch(self, table: QTableView, button: QPushButton) -> None:
        def selected_row() -> int:
            rows = table.selectionModel().selectedRows()
            return rows[0].row() if rows else -1

        def update() -> None:
            button.setEnabled(selected_row() >= 0)

        table.selectionModel().selectionChanged.connect(update)
        table.model().modelReset.connect(update)
        table.activated.connect(lambda index: self.open_course(table, index.row()))
        button.clicked.connect(lambda: self.open_course(table, selected_row()))

    def open_course(self, table: QTableView, row_number: int) -> Any:
        """The course of that row of the Courses or Grades tab, for the child on screen."""
        from .course_detail import CourseDetail
        from .table_model import RowTableModel

        state = self.window.presenter.state_of_current()
        model = table.model()
        if state is None or not isinstance(model, RowTableModel):
            return None
        rows = model.rows()
        if not 0 <= row_number < len(rows):
            return None
        row = rows[row_number]
        dialog = CourseDetail(state, row.course_id, row.course_title, parent=self.window)
        dialog.open()  # never exec() under qasync
        return dialog


def attach_household(window: MainWindow) -> HouseholdNav:
    nav = HouseholdNav(window)
    window.household = nav
    return nav
