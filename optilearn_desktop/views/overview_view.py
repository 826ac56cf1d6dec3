"""The selected child's overview: the offline banner and the alert strip, the four quick stats
and six read-only tabs. The visible tab renders at once, the others when they are opened (a
switch between loaded children costs one table, not six). Below the banners, the household
page (views/household_nav.py) can take the place of the stats and tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from .alert_banner import AlertBanner
from .offline_banner import OfflineBanner
from .pages.achievements import AchievementsPage
from .pages.certificates import CertificatesPage
from .pages.courses import CoursesPage
from .pages.grades import GradesPage
from .pages.live_classes import LiveClassesPage
from .pages.upcoming import UpcomingPage
from .stat_cards import QuickStats

if TYPE_CHECKING:
    from ..core.clock import Clock
    from ..core.parent_data import ChildState
    from .pages.base import OverviewPage

# The tabs in order; each is also its page's `tab_title` (a test checks).
TAB_TITLES = ("Courses", "Grades", "Upcoming", "Live classes", "Achievements", "Certificates")


class OverviewView(QWidget):
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
        self.tabs.setAccessibleName("Child overview")
        self.tabs.setDocumentMode(True)
        self.courses_page = CoursesPage()
        self.grades_page = GradesPage()
        self.upcoming_page = UpcomingPage()
        self.live_page = LiveClassesPage()
        self.achievements_page = AchievementsPage()
        self.certificates_page = CertificatesPage()
        self.pages: list[OverviewPage] = [
            self.courses_page,
            self.grades_page,
            self.upcoming_page,
            self.live_page,
            self.achievements_page,
            self.certificates_page,
        ]
        for index, page in enumerate(self.pages):
            self.tabs.addTab(page, page.tab_title)
            self.tabs.setTabToolTip(index, f"{page.tab_title} (Ctrl+{index + 1})")
        pane.addWidget(self.tabs, 1)
        self._state: ChildState | None = None
        self._dirty: set[OverviewPage] = set()  # pages not yet showing the current state
        self.tabs.currentChanged.connect(self._tab_changed)

    def show_state(self, state: ChildState | None) -> None:
        """A child's state (None: nothing known yet, every tab says "Loading…")."""
        if state is None:
            self.show_loading()
            return
        self._state = state
        self.stats.show_state(state)
        current = self._current_page()
        self._dirty = {page for page in self.pages if page is not current}
        if current is not None:
            current.show_state(state, self.clock())

    def show_loading(self) -> None:
        """Nobody's data on screen: empty stats, every tab "Loading…"."""
        self._state = None
        self._dirty.clear()
        self.stats.clear()
        for page in self.pages:
            page.clear()
            page.show_loading()

    def refresh_ages(self) -> None:
        now = self.clock()
        for page in self.pages:
            page.refresh_age(now)

    def page_for(self, section: object) -> OverviewPage | None:
        return next((p for p in self.pages if p.section == section), None)

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
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def _tab_changed(self, _index: int) -> None:
        page = self._current_page()
        if page is not None and page in self._dirty and self._state is not None:
            self._dirty.discard(page)
            page.show_state(self._state, self.clock())
