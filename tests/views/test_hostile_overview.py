"""No value a server can send within the contract's JSON types crashes the app: every payload
is parsed, rendered into every tab and the quick stats, and painted, headless."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings

from optilearn_desktop.core.parent_data import ChildState
from optilearn_desktop.models.children import Child
from optilearn_desktop.models.overview import ChildOverview, Section
from optilearn_desktop.views.pages.achievements import AchievementsPage
from optilearn_desktop.views.pages.certificates import CertificatesPage
from optilearn_desktop.views.pages.courses import CoursesPage
from optilearn_desktop.views.pages.grades import GradesPage
from optilearn_desktop.views.pages.live_classes import LiveClassesPage
from optilearn_desktop.views.pages.upcoming import UpcomingPage
from optilearn_desktop.views.stat_cards import QuickStats

from ..strategies.overview_payloads import OVERVIEW

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
PAGES = (CoursesPage, GradesPage, UpcomingPage, LiveClassesPage, AchievementsPage, CertificatesPage)


@settings(max_examples=60)
@given(payload=OVERVIEW)
def test_any_overview_renders_into_every_tab_and_the_stats(qapp, payload):
    overview = ChildOverview.from_wire(payload)
    state = ChildState(Child(contact_id="ct_hypothesis", name="Hypothesis"), overview)
    state.updated_at = dict.fromkeys(Section, NOW)
    state.section_errors = dict(overview.section_errors)
    stats = QuickStats()
    stats.resize(1200, 120)
    stats.show_state(state)
    stats.grab()  # painting is where a bad number used to kill the process
    for page_type in PAGES:
        page = page_type()
        page.resize(1200, 600)
        page.show_state(state, NOW)
        page.grab()
        page.deleteLater()
    stats.deleteLater()
