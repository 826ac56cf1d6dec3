"""The selected child's overview: the offline banner and the alert strip, the four quick stats
and six read-only tabs. The visible tab renders at once, the others when they are opened (a
switch between loaded children costs one table, not six).

Only the visible tab's page is built with the view; the others are built once the first
overview is painted (one per turn of the event loop), or at once when they are asked for (a
tab opened, a shortcut, `view.grades_page`). Until then a tab holds an empty placeholder.
Below the banners, the household page (views/household_nav.py) can take the place of the
stats and tabs."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ..core.wording import arg
from ..models.vocabulary import Section
from .after_paint import after_paint
from .alert_banner import AlertBanner
from .offline_banner import OfflineBanner
from .retranslate import Retranslating
from .stat_cards import QuickStats
from .tab_pages import PAGES, TabPages

if TYPE_CHECKING:
    from ..core.clock import Clock
    from ..core.parent_data import ChildState
    from .pages.base import OverviewPage
    from .pages.certificates import CertificatesPage


class OverviewView(Retranslating, TabPages, QWidget):
    retry_requested = Signal()  # a tab's Retry
    open_pdf_requested = Signal(object)  # Certificate
    verify_requested = Signal(object)  # Certificate
    page_built = Signal(object)  # OverviewPage, once, when it is built

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.setObjectName("overview_view")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(12, 10, 12, 8)
        self.offline_banner = OfflineBanner()
        self.column.addWidget(self.offline_banner)
        self.alert_banner = AlertBanner()
        self.column.addWidget(self.alert_banner)
        self.body = QStackedWidget()  # the child's stats and tabs, or the household page
        self.column.addWidget(self.body, 1)
        self.child_pane = QWidget()
        self.child_pane.setObjectName("child_pane")
        pane = QVBoxLayout(self.child_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.child_pane)
        self.stats = QuickStats()
        pane.addWidget(self.stats)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("overview_tabs")
        self.tabs.setDocumentMode(True)
        for _ in PAGES:
            self.tabs.addTab(QWidget(), "")  # titled in `retranslate`
        pane.addWidget(self.tabs, 1)
        self._built: list[OverviewPage | None] = [None] * len(PAGES)
        self._kiosk = False
        self._state: ChildState | None = None
        self._dirty: set[OverviewPage] = set()  # pages not yet showing the current state
        self._rest_due = False  # the pages not in view are to be built after a paint
        self.page(self.tabs.currentIndex())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(self.tr("Child overview"))
        for index in range(len(PAGES)):
            self._title_tab(index)
        if self._state is not None:
            self.stats.show_state(self._state)
            current = self._current_page()
            self._dirty = {page for page in self._built if page not in (None, current)}
            if current is not None:
                current.show_state(self._state, self.clock())

    def _title_tab(self, index: int) -> None:
        title = QCoreApplication.translate("OverviewView", PAGES[index][1])
        self.tabs.setTabText(index, title)
        self.tabs.setTabToolTip(index, arg(self.tr("%1 (Ctrl+%2)"), title, index + 1))

    def page(self, index: int) -> OverviewPage:
        """The page of tab `index`, built (and put in its tab) if it was not yet."""
        built = self._built[index]
        if built is not None:
            return built
        section, title, module, name = PAGES[index]
        page: OverviewPage = getattr(
            importlib.import_module(f".pages.{module}", __package__), name
        )()
        self._built[index] = page
        page.retry_requested.connect(self.retry_requested)
        if section is Section.CERTIFICATES:
            certificates = cast("CertificatesPage", page)
            certificates.open_pdf_requested.connect(self.open_pdf_requested)
            certificates.verify_requested.connect(self.verify_requested)
            if self._kiosk:
                certificates.set_kiosk()
        current, placeholder = self.tabs.currentIndex(), self.tabs.widget(index)
        self.tabs.blockSignals(True)  # the same tab stays current: nothing to tell
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, title)
        self._title_tab(index)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        if self._state is None:
            page.show_loading()
        else:  # shown when its tab is opened (`_tab_changed`)
            self._dirty.add(page)
        self.page_built.emit(page)
        return page

    def built_pages(self) -> list[OverviewPage]:
        return [page for page in self._built if page is not None]

    def tab_view(self) -> OverviewView:
        return self

    def set_kiosk(self) -> None:
        """A shared computer: certificates are listed, never opened."""
        self._kiosk = True
        if self._built[-1] is not None:
            self.certificates_page.set_kiosk()

    def show_state(self, state: ChildState | None) -> None:
        """A child's state (None: nothing known yet, every tab says "Loading…")."""
        if state is None:
            self.show_loading()
            return
        self._state = state
        self.stats.show_state(state)
        current = self._current_page()
        self._dirty = {page for page in self._built if page is not None and page is not current}
        if current is not None:
            current.show_state(state, self.clock())
        if not self._rest_due and None in self._built:
            self._rest_due = True
            after_paint(self, self._build_rest)

    def show_loading(self) -> None:
        """Nobody's data on screen: empty stats, every tab "Loading…"."""
        self._state = None
        self._dirty.clear()
        self.stats.clear()
        for page in self._built:
            if page is not None:
                page.forget()
                page.show_loading()

    def refresh_ages(self) -> None:
        now = self.clock()
        for page in self._built:
            if page is not None:
                page.refresh_age(now)

    def page_for(self, section: object) -> OverviewPage | None:
        index = next((i for i, spec in enumerate(PAGES) if spec[0] == section), None)
        return None if index is None else self.page(index)

    def _build_rest(self) -> None:
        """One page not in view per turn of the event loop, so that input stays answered."""
        index = next((i for i, page in enumerate(self._built) if page is None), None)
        if index is not None:
            self.page(index)
            QTimer.singleShot(0, self, self._build_rest)  # not once the view is gone

    def show_row(self, section: object, key: str | None) -> bool:
        """The tab of `section`, at the row `key` is about (views/row_keys.py) when it shows
        one; False when only the tab could be opened."""
        page = self.page_for(section)
        if page is None:
            return False
        self.tabs.setCurrentWidget(page)  # renders it first when it was not up to date
        return key is not None and page.show_row(key)

    def _current_page(self) -> OverviewPage | None:
        index = self.tabs.currentIndex()
        return self._built[index] if 0 <= index < len(PAGES) else None

    def _tab_changed(self, index: int) -> None:
        if not 0 <= index < len(PAGES):
            return
        page = self.page(index)
        if page in self._dirty and self._state is not None:
            self._dirty.discard(page)
            page.show_state(self._state, self.clock())
