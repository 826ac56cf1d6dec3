"""The overview's tabs by name: which page each tab holds, and attributes that build a page
when it is first asked for (`view.courses_page`, `window.grades_page`). Light on purpose: the
window's first frame imports it, the pages load later."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from ..core.wording import QT_TRANSLATE_NOOP
from ..models.vocabulary import Section

if TYPE_CHECKING:
    from .overview_view import OverviewView
    from .pages.achievements import AchievementsPage
    from .pages.base import OverviewPage
    from .pages.certificates import CertificatesPage
    from .pages.courses import CoursesPage
    from .pages.grades import GradesPage
    from .pages.live_classes import LiveClassesPage
    from .pages.upcoming import UpcomingPage

# The tabs in order: the section, the title (also the page's `tab_title`, the English source of
# its translation), the page's module in views/pages and its class.
PAGES = (
    (
        Section.COURSES,
        QT_TRANSLATE_NOOP("OverviewView", "Courses"),
        "courses",
        "CoursesPage",
    ),
    (
        Section.GRADES,
        QT_TRANSLATE_NOOP("OverviewView", "Grades"),
        "grades",
        "GradesPage",
    ),
    (
        Section.UPCOMING,
        QT_TRANSLATE_NOOP("OverviewView", "Upcoming"),
        "upcoming",
        "UpcomingPage",
    ),
    (
        Section.LIVE_CLASSES,
        QT_TRANSLATE_NOOP("OverviewView", "Live classes"),
        "live_classes",
        "LiveClassesPage",
    ),
    (
        Section.ACHIEVEMENTS,
        QT_TRANSLATE_NOOP("OverviewView", "Achievements"),
        "achievements",
        "AchievementsPage",
    ),
    (
        Section.CERTIFICATES,
        QT_TRANSLATE_NOOP("OverviewView", "Certificates"),
        "certificates",
        "CertificatesPage",
    ),
)
TAB_TITLES = tuple(title for _, title, _, _ in PAGES)
P = TypeVar("P", bound="OverviewPage")


class PageOf(Generic[P]):
    """A tab's page as an attribute (`courses_page`), built when first asked for; on a window,
    the page of its `overview_view`."""

    def __init__(self, section: Section) -> None:
        self.section = section

    @overload
    def __get__(self, owner: None, kind: type) -> PageOf[P]: ...
    @overload
    def __get__(self, owner: object, kind: type) -> P: ...
    def __get__(self, owner: object, kind: type) -> Any:
        if owner is None:
            return self
        return cast("TabPages", owner).tab_view().page_for(self.section)


class TabPages:
    """The overview's pages by name, for the view and for the window that shows it."""

    courses_page: PageOf[CoursesPage] = PageOf(Section.COURSES)
    grades_page: PageOf[GradesPage] = PageOf(Section.GRADES)
    upcoming_page: PageOf[UpcomingPage] = PageOf(Section.UPCOMING)
    live_page: PageOf[LiveClassesPage] = PageOf(Section.LIVE_CLASSES)
    achievements_page: PageOf[AchievementsPage] = PageOf(Section.ACHIEVEMENTS)
    certificates_page: PageOf[CertificatesPage] = PageOf(Section.CERTIFICATES)

    overview_view: OverviewView  # on a window: the view that holds the tabs

    def tab_view(self) -> OverviewView:
        """The view that holds the tabs: the window's `overview_view` (the view: itself)."""
        return self.overview_view

    @property
    def pages(self) -> list[OverviewPage]:
        """Every tab's page, in order (each built if it was not yet)."""
        view = self.tab_view()
        return [view.page(index) for index in range(len(PAGES))]
