"""The parent window end to end on the reference backend."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
)

from optilearn_desktop.models.overview import Section
from optilearn_desktop.models.routes import CHILDREN
from optilearn_desktop.views.tab_pages import TAB_TITLES

from .conftest import fill_sign_in, overview_loaded


def table_texts(table: QTableView, column: int = 0) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_multi_child_parent_sees_switcher_with_primary_first(signed_in, demo, aio, make_client):
    window = signed_in("parent_three")
    children = aio(make_client("parent_three").children())
    combo = window.switcher.combo
    assert combo.isVisibleTo(window) and not window.switcher.header.isVisibleTo(window)
    assert combo.count() == 3
    assert children[0].is_primary and window.presenter.current_child == children[0].contact_id
    assert combo.currentIndex() == 0
    first = combo.itemText(0)
    assert children[0].name in first and children[0].class_name in first
    assert children[0].section in first
    assert window.switcher.caption.text().replace("&", "") == "Viewing:"


def test_single_child_gets_a_plain_header(signed_in):
    window = signed_in("parent_one")
    assert not window.switcher.combo.isVisibleTo(window)
    header = window.switcher.header
    assert header.isVisibleTo(window) and header.text()
    assert window.switcher.caption.isVisibleTo(window)


def test_every_tab_and_the_quick_stats_show_the_child(signed_in, aio, make_client):
    window = signed_in("parent_three")
    overview = aio(make_client("parent_three").overview(window.presenter.current_child))
    for page in window.pages:
        window.tabs.setCurrentWidget(page)  # tabs render when opened
        assert page.showing is page.content, page.objectName()
        assert page.age_label.text().startswith("Updated")
    assert table_texts(window.courses_page.table) == [c.course_title for c in overview.courses]
    grades = window.grades_page.table.model()
    first = overview.recent_grades[0]
    assert grades.index(0, 2).data() == f"{first.score:g}/{first.max_score:g}"
    assert grades.index(0, 4).data() in ("Passed", "Failed")
    assert len(table_texts(window.upcoming_page.table)) == len(overview.upcoming_assignments)
    game = overview.gamification
    assert window.stats.streak.value.text().startswith(str(game.current_streak))
    assert str(game.longest_streak) in window.stats.streak.sub.text()
    assert window.stats.courses.value.text() == str(len(overview.courses))
    assert f"Completed: {overview.courses_completed}" == window.stats.courses.sub.text()
    live = overview.live_classes
    assert window.stats.classes.value.text() == str(live.attended_this_month)
    assert f"Missed: {live.missed_this_month}" in window.stats.classes.sub.text()


def test_overview_is_read_only_by_construction(signed_in):
    window = signed_in("parent_three")
    assert len(window.pages) == 6  # every tab's page built (those not in view are built later)
    for table in window.findChildren(QTableView):
        assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        model = table.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                assert not model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
    editable = [e for e in window.findChildren(QLineEdit) if not e.isReadOnly()]
    assert [e for e in editable if e.isVisibleTo(window)] == []


FORBIDDEN = re.compile(r"submit|note|bookmark|leaderboard|catalog|forum", re.IGNORECASE)


def test_nothing_offers_parent_forbidden_features(signed_in):
    window = signed_in("parent_three")
    assert len(window.pages) == 6  # every tab's page built (those not in view are built later)
    texts = [b.text() for b in window.findChildren(QAbstractButton)]
    texts += [a.text() for a in window.findChildren(type(window.refresh_action))]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert not [t for t in texts if FORBIDDEN.search(t)]


def test_every_control_has_an_accessible_name(signed_in):
    window = signed_in("parent_three")
    controls = [
        w
        for kind in (QAbstractButton, QComboBox, QLineEdit, QTableView)
        for w in window.findChildren(kind)
        if w.isVisibleTo(window)
    ]
    assert controls
    unnamed = [
        w.objectName() or type(w).__name__
        for w in controls
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert unnamed == []


def test_keyboard_tabs_children_and_refresh(signed_in, demo, qtbot):
    window = signed_in("parent_three")
    with qtbot.waitActive(window):
        window.activateWindow()
    for number in range(6, 0, -1):
        qtbot.keyClick(window, str(number), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number - 1
    first = window.presenter.current_child
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.presenter.current_child != first and window.switcher.combo.currentIndex() == 1
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    demo.clear_requests()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(demo.requests(route=CHILDREN)) == 1, timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)


def test_switching_back_to_a_loaded_child_needs_no_request(signed_in, demo, qtbot):
    window = signed_in("parent_three")
    first = window.presenter.current_child
    window.switcher.step(1)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    demo.clear_requests()
    window.switcher.select(first)
    assert window.presenter.current_child == first
    assert window.courses_page.showing is window.courses_page.content
    assert demo.requests() == []


def test_a_late_answer_for_the_previous_child_never_shows(signed_in, demo, qtbot, aio, make_client):
    window = signed_in("parent_three")
    children = aio(make_client("parent_three").children())
    slow, fast = children[1], children[2]
    demo.add_fault(route=f"/api/parent/children/{slow.contact_id}/overview", latencyMs=1500)
    window.switcher.select(slow.contact_id)
    window.switcher.select(fast.contact_id)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    other = make_client("parent_three")
    expected = aio(other.overview(fast.contact_id))
    # Ask for the slow child ourselves: once our answer is back, the window's earlier (and
    # cancelled) request for that child has been answered too. Nothing on screen may change.
    aio(other.overview(slow.contact_id))
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=5000)
    assert window.presenter.current_child == fast.contact_id
    assert table_texts(window.courses_page.table) == [c.course_title for c in expected.courses]
    assert window.presenter.state_of_current().child.contact_id == fast.contact_id
    assert fast.name in window.windowTitle()


def test_one_broken_section_fails_alone_and_retry_recovers(signed_in, demo, qtbot):
    demo.add_fault(route="/api/parent/children/*/overview", corruptSection="recentGrades")
    window = signed_in("parent_one")
    grades = window.grades_page
    window.tabs.setCurrentWidget(grades)
    assert grades.showing is grades.error
    assert grades.error.button.isVisibleTo(grades)
    assert grades.error.title.text() == "Grades could not be loaded"
    assert grades.error.body.text()  # the reason, from the section's own parse error
    for page in window.pages:
        window.tabs.setCurrentWidget(page)
        if page is not grades:
            assert page.showing is page.content
    window.tabs.setCurrentWidget(grades)
    demo.clear_faults()
    qtbot.mouseClick(grades.error.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: grades.showing is grades.content, timeout=15_000)


def test_a_bad_row_is_left_out_and_the_tab_says_so(signed_in, demo, qtbot, aio):
    clean = signed_in("parent_one")
    clean.tabs.setCurrentWidget(clean.grades_page)
    expected = table_texts(clean.grades_page.table)
    assert expected
    demo.add_fault(route="/api/parent/children/*/overview", corruptRow="recentGrades")
    window = signed_in("parent_one")
    grades = window.grades_page
    window.tabs.setCurrentWidget(grades)
    assert grades.showing is grades.content  # the section stands
    assert table_texts(grades.table) == expected  # every good row, none of the bad one
    note = grades.warning_label.text()
    assert grades.warning_label.isVisibleTo(grades) and note.startswith("1 entry")


def test_a_failed_refresh_keeps_the_good_data_with_a_warning(signed_in, demo, qtbot):
    window = signed_in("parent_one")
    rows = table_texts(window.courses_page.table)
    demo.add_fault(route="/api/parent/children/*/overview", status=503, code="INTERNAL_ERROR")
    window.presenter.retry_overview()
    page = window.courses_page
    qtbot.waitUntil(lambda: page.warning_label.isVisibleTo(window), timeout=15_000)
    assert table_texts(page.table) == rows  # nothing blanked
    assert page.showing is page.content


def test_parent_with_no_child_gets_help_and_retry_finds_a_new_link(signed_in, demo, qtbot):
    window = signed_in("parent_none")
    assert window.stack.currentWidget() is window.no_children
    body = window.no_children.body.text()
    assert "school office" in body and "OptiCRM" in body and "parent contact" in body
    student = next(
        s for s in demo.info["students"] if not s["linked"] and s["institution_slug"] == "svpms"
    )
    demo.link(demo.account("parent_none")["contact_id"], student["contact_id"], is_primary=True)
    qtbot.mouseClick(window.no_children.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.presenter.current_child == student["contact_id"], timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    assert window.stack.currentWidget() is window.overview_view
    assert student["name"] in window.switcher.header.text()


def test_an_account_without_a_contact_says_what_to_ask_the_office(signed_in, qtbot):
    window = signed_in("parent_no_contact")
    assert window.stack.currentWidget() is window.message_view
    body = window.message_view.body.text()
    assert "school office" in body and "parent contact" in body and "contactId" not in body
    assert window.status_label.text() == ""  # no "Refreshing…" left behind


def test_refresh_drops_an_unlinked_child_and_moves_on(signed_in, demo, qtbot, aio, make_client):
    window = signed_in("parent_three")
    viewing = window.presenter.current_child
    demo.unlink(demo.account("parent_three")["contact_id"], viewing)
    window.presenter.refresh()
    qtbot.waitUntil(lambda: window.presenter.current_child not in (None, viewing), timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    assert window.switcher.combo.count() == 2
    assert window.presenter.data.state(viewing) is None  # its data is gone too


def test_a_newly_linked_child_appears_on_refresh(signed_in, demo, qtbot):
    window = signed_in("parent_one")
    student = next(
        s for s in demo.info["students"] if not s["linked"] and s["institution_slug"] == "svpms"
    )
    demo.link(demo.account("parent_one")["contact_id"], student["contact_id"])
    window.presenter.refresh()
    qtbot.waitUntil(lambda: window.switcher.combo.count() == 2, timeout=15_000)
    assert window.switcher.combo.isVisibleTo(window)


def test_sign_out_clears_every_view(signed_in, qtbot):
    window = signed_in("parent_three")
    window.flow.sign_out()
    assert window.presenter.data is None and window.switcher.combo.count() == 0
    for page in window.pages:
        assert page.model.rowCount() == 0
    assert window.user_label.text() == ""
    assert window.flow.dialog is not None
    shown = [label.text() for label in window.stats.findChildren(QLabel)]
    assert all(t in ("—", "") or not any(ch.isdigit() for ch in t) for t in shown)


def test_a_child_with_nothing_yet_gets_friendly_empty_states(signed_in, demo, qtbot):
    new = demo.student("Rohan Gupta")  # seeded brand new: no courses, grades or certificates
    demo.link(demo.account("parent_none")["contact_id"], new["contact_id"], is_primary=True)
    window = signed_in("parent_none")
    expected_empty = {
        Section.COURSES: "No courses yet",
        Section.GRADES: "No grades yet",
        Section.UPCOMING: "Nothing due",
        Section.CERTIFICATES: "No certificates yet",
    }
    for page in window.pages:
        window.tabs.setCurrentWidget(page)
        if page.section in expected_empty:
            assert page.showing is page.empty, page.objectName()
            assert page.empty.title.text() == expected_empty[page.section]
            assert "Rohan" in page.empty.body.text()
        else:  # the summaries still make sense with zeros
            assert page.showing is page.content
    assert window.live_page.no_upcoming.isVisibleTo(window.live_page)
    assert window.achievements_page.no_badges.isVisibleTo(window.achievements_page)
    assert window.stats.courses.value.text() == "0"


def test_tables_sort_on_the_value_not_the_text(signed_in, qtbot):
    window = signed_in("parent_three")
    window.switcher.step(2)  # the heavy child: 42 courses, many grades
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    window.tabs.setCurrentWidget(window.grades_page)
    table = window.grades_page.table
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # Percentage
    shown = [float(t.split()[0]) for t in table_texts(table, 3)]
    assert shown == sorted(shown, reverse=True) and len(shown) == 10
    window.tabs.setCurrentWidget(window.courses_page)
    courses = window.courses_page.table
    courses.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Progress: 5 % before 40 %
    progress = [int(t.split()[0]) for t in table_texts(courses, 2)]
    assert progress == sorted(progress)


def test_a_failing_server_is_not_called_offline(signed_in, demo, qtbot):
    window = signed_in("parent_three", backoff_base=0.01)
    demo.add_fault(route="/api/parent/children", status=503)
    window.presenter.refresh()
    banner = window.offline_banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(window), timeout=15_000)
    text = banner.label.text()
    assert "Offline" not in text and "server has a problem" in text and "503" in text
    assert banner.retry.isVisibleTo(window)


def test_offline_banner_keeps_the_data_and_retry_recovers(signed_in, demo, qtbot):
    window = signed_in("parent_three", backoff_base=0.01)
    rows = table_texts(window.courses_page.table)
    demo.add_fault(route="*", refuse=True)
    window.presenter.refresh()
    banner = window.offline_banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(window), timeout=15_000)
    assert banner.label.text().startswith("Offline:") and "Showing data from" in banner.label.text()
    assert table_texts(window.courses_page.table) == rows  # nothing blanked
    assert window.switcher.combo.count() == 3
    assert window.presenter.retry_timer.isActive()  # a background retry is scheduled
    demo.clear_faults()
    qtbot.mouseClick(banner.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisibleTo(window), timeout=15_000)
    assert not window.presenter.retry_timer.isActive()


def test_only_the_tab_in_view_is_built_before_the_first_overview(make_window, demo, qtbot):
    window = make_window()
    tabs = window.tabs
    built = [tabs.widget(i).objectName() for i in range(tabs.count())]
    assert built == ["courses_page", "", "", "", "", ""]  # the others hold placeholders
    assert window.upcoming_page is tabs.widget(2)  # asked for: built and in its tab
    assert [tabs.tabText(i) for i in range(tabs.count())] == list(TAB_TITLES)
    assert tabs.currentIndex() == 0
    fill_sign_in(qtbot, window, demo.account("parent_three"))
    # Once the first overview is painted the rest follow, one per turn of the event loop.
    qtbot.waitUntil(lambda: all(tabs.widget(i).objectName() for i in range(6)), timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    tabs.setCurrentIndex(1)  # a page built while hidden shows the child's state when opened
    grades = window.presenter.state_of_current().overview.recent_grades
    assert window.grades_page.table.model().rowCount() == len(grades)
    assert tabs.tabToolTip(1) == "Grades (Ctrl+2)"
