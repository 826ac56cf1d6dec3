"""The household page against the reference backend: the first page with two or more children,
one click away with one; what needs attention across the children, each item opening its
child's tab at its row; the course detail view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from optilearn_desktop.core.attention import Concern
from optilearn_desktop.models.vocabulary import Section
from optilearn_desktop.views.course_detail import CourseDetail
from optilearn_desktop.views.household_card import ChildCard
from optilearn_desktop.views.main_window import MainWindow

from .conftest import overview_loaded


def settled(window: MainWindow) -> bool:
    return overview_loaded(window) and not window.tasks.is_running("household")


def selected_row(table) -> object | None:
    rows = table.selectionModel().selectedRows()
    return table.model().rows()[rows[0].row()] if rows else None


def test_two_or_more_children_open_on_the_household_page(signed_in, qtbot):
    window = signed_in("parent_three")
    nav = window.household
    assert nav is not None and nav.showing
    page = window.findChild(type(nav.page), "household_page")
    assert page is nav.page and page.isVisibleTo(window)
    assert window.offline_banner.parentWidget() is window.overview_view  # above it, as before
    qtbot.waitUntil(lambda: settled(window), timeout=15_000)
    cards = [c for c in page.findChildren(ChildCard) if c.isVisibleTo(window)]
    names = {c.name.text().split(" — ")[0] for c in cards}
    assert names == {"Ananya Sharma", "Aarav Sharma", "Vihaan Sharma"}
    assert all("Attendance this month" in c.figures.text() for c in cards)
    # A card opens its child's overview.
    aarav = next(c for c in cards if c.name.text().startswith("Aarav"))
    qtbot.mouseClick(aarav.open_button, Qt.MouseButton.LeftButton)
    assert not nav.showing and window.overview_view.child_pane.isVisibleTo(window)
    assert window.presenter.child(window.presenter.current_child).name == "Aarav Sharma"
    assert not nav.action.isChecked()
    nav.action.trigger()  # and back
    assert nav.showing and nav.action.isChecked()
    # Choosing the child "Viewing" already names opens that child's overview too.
    combo = window.switcher.combo
    combo.activated.emit(combo.currentIndex())
    assert not nav.showing and window.overview_view.child_pane.isVisibleTo(window)


def test_one_child_opens_on_the_overview_with_the_household_one_click_away(signed_in, qtbot):
    window = signed_in("parent_one")
    nav = window.household
    assert not nav.showing and window.overview_view.child_pane.isVisibleTo(window)
    assert nav.action.isEnabled()
    nav.action.trigger()
    assert nav.showing
    assert len([c for c in nav.page.findChildren(ChildCard) if c.isVisibleTo(window)]) == 1
    window.switcher.step(1)  # a single child: the switcher is a header, nothing happens
    nav.open_child(window.presenter.current_child)
    assert not nav.showing


def test_a_failed_quiz_and_an_absence_are_listed_under_the_right_child_and_open_their_rows(
    signed_in, demo, qtbot
):
    window = signed_in("parent_three")
    nav = window.household
    qtbot.waitUntil(lambda: settled(window), timeout=15_000)
    aarav, ananya = demo.student("Aarav Sharma"), demo.student("Ananya Sharma")
    graded = demo.grade(aarav["student_id"], 12, 50, title="Quiz: household test")
    missed = demo.absence(ananya["student_id"])
    window.refresh_action.trigger()  # F5
    assert nav.showing  # a refresh keeps the parent on the household page

    def listed() -> dict[Concern, object]:
        found = {}
        for item in nav.page.items():
            if item.row_key == graded["submissionId"]:
                found[Concern.FAILED_GRADE] = item
            if item.row_key == missed["liveClassId"]:
                found[Concern.MISSED_CLASS] = item
        return found

    qtbot.waitUntil(lambda: len(listed()) == 2, timeout=20_000)
    quiz, absence = listed()[Concern.FAILED_GRADE], listed()[Concern.MISSED_CLASS]
    assert (quiz.child_id, quiz.concern) == (aarav["contact_id"], Concern.FAILED_GRADE)
    assert "12/50 (24 %)" in quiz.why and "Quiz: household test" in quiz.what
    assert (absence.child_id, absence.concern) == (ananya["contact_id"], Concern.MISSED_CLASS)
    # Failed work outranks a missed class; the table says whose each item is.
    items = nav.page.items()
    assert items.index(quiz) < items.index(absence)
    table = nav.page.table
    row = items.index(quiz)
    assert table.model().index(row, 0).data() == "Aarav Sharma"
    aarav_card = next(c for c in nav.page.cards if c.child_id == aarav["contact_id"])
    assert "Quiz: household test" in aarav_card.items.text()

    # Enter on the quiz: Aarav's Grades tab, at the quiz's row.
    table.setCurrentIndex(table.model().index(row, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert not nav.showing
    assert window.presenter.current_child == aarav["contact_id"]
    assert window.tabs.currentWidget() is window.grades_page
    assert selected_row(window.grades_page.table).submission_id == graded["submissionId"]

    # Back, then the absence: Ananya's Live classes tab, at the missed class.
    nav.show_household()
    nav.open_item(absence)
    assert window.presenter.current_child == ananya["contact_id"]
    assert window.tabs.currentWidget() is window.live_page
    missed_row = selected_row(window.live_page.missed_table)
    assert missed_row is not None and missed_row.live_class_id == missed["liveClassId"]
    assert window.live_page.missed_table.isVisibleTo(window)


def test_a_tray_alert_on_the_household_page_opens_the_overview(signed_in, qtbot):
    window = signed_in("parent_three")
    nav = window.household
    current = window.presenter.current_child
    window.open_on(current, Section.GRADES)  # the same child: the switcher does not change
    assert not nav.showing and window.tabs.currentWidget() is window.grades_page


def test_sign_out_leaves_no_household_on_screen(signed_in, qtbot):
    window = signed_in("parent_three")
    nav = window.household
    qtbot.waitUntil(lambda: settled(window), timeout=15_000)
    assert nav.page.items()
    window.flow.sign_out()
    qtbot.waitUntil(lambda: window.session.client is None, timeout=15_000)
    qtbot.waitUntil(lambda: not nav.page.items(), timeout=5_000)
    assert not nav.page.cards and not nav.action.isEnabled() and not nav.showing


def test_course_details_from_the_grades_tab(signed_in, demo, qtbot):
    window = signed_in("parent_one")
    window.tabs.setCurrentWidget(window.grades_page)
    page = window.grades_page
    assert page.scope.note.isVisibleTo(window)  # no "Keep me signed in": no history
    assert not page.scope.all_seen.isVisibleTo(window)
    assert not page.scope.details.isEnabled()
    page.table.selectRow(0)
    assert page.scope.details.isEnabled()
    grade = selected_row(page.table)
    qtbot.mouseClick(page.scope.details, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "course_detail")
    assert isinstance(dialog, CourseDetail) and dialog.isVisible()
    assert all(g.course_id == grade.course_id for g in dialog.grades)
    assert grade in dialog.grades
    assert len(dialog.trend.values()) == len(dialog.grades)
    assert dialog.summary.text().startswith("Average ")
    assert "older grades are not kept" in dialog.source.text()
    dialog.reject()
    # From the Courses tab too, by Enter on a row.
    window.tabs.setCurrentWidget(window.courses_page)
    table = window.courses_page.table
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "course_detail") is not None)
    course = table.model().rows()[0]
    dialogs = [d for d in window.findChildren(CourseDetail) if d.isVisible()]
    assert dialogs and dialogs[-1].windowTitle().startswith(course.course_title)
