"""Issue 17, notifications and settings: the settings from the window (Ctrl+,), the list and the
tray; alerts that load the child again and select the row they are about; several alerts that
never open the wrong child; a locked key that keeps in-app; a notification list worth reading.
Real window, real watcher and services against the reference backend; the tray is a recording
double (the OS edge)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from optilearn_desktop.core.inbox import PAGE_SIZE, InboxService
from optilearn_desktop.core.notification_alerts import Alert
from optilearn_desktop.core.preferences import PreferencesState
from optilearn_desktop.core.settings import LocalSettings
from optilearn_desktop.models.notifications import Channels, ParentKey, PreferenceChange
from optilearn_desktop.views.main_window import MainWindow
from optilearn_desktop.views.notification_centre import SIZE_KEY, Columns, NotificationCentre

from .conftest import overview_loaded
from .tray_app import Home, TrayDouble, messages

ABSENT = ParentKey.CHILD_ABSENT
PREFS_ROUTE = "/api/notifications/preferences"


def overview_route(child_id: str) -> str:
    return f"/api/parent/children/{child_id}/overview"


def settings_open(window: MainWindow) -> bool:
    dialog = window.settings_dialog
    return dialog is not None and dialog.isVisible() and not dialog.is_loading


def close_settings(qtbot, window: MainWindow) -> None:
    dialog = window.settings_dialog
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def selected_row(window: MainWindow, page) -> object | None:
    rows = page.table.selectionModel().selectedRows()
    return page.model.rows()[rows[0].row()] if rows else None


def wait_graded_row_selected(qtbot, window: MainWindow, submission_id: str) -> None:
    """Until the child's overview is loaded again with that submission selected in Grades."""

    def selected() -> bool:
        row = selected_row(window, window.grades_page)
        return overview_loaded(window) and getattr(row, "submission_id", None) == submission_id

    qtbot.waitUntil(selected, timeout=15_000)


# -- settings from everywhere ------------------------------------------------------------------


def test_settings_open_from_the_window_the_list_and_the_tray(open_app, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_three", tray=TrayDouble(available=False))
    action = window.settings_action
    assert action.objectName() == "settings_action"
    assert action.shortcut().toString() == "Ctrl+,"
    assert action.isEnabled() and window.toolbar.widgetForAction(action).isVisible()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: settings_open(window), timeout=15_000)
    first = window.settings_dialog
    assert first.objectName() == "notification_settings_dialog"
    action.trigger()  # a second Ctrl+, raises the open one
    assert window.settings_dialog is first
    close_settings(qtbot, window)

    window.open_notification_centre()
    centre = window.notification_centre
    assert centre.settings_button.objectName() == "notification_settings_button"
    qtbot.mouseClick(centre.settings_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings_open(window), timeout=15_000)
    assert window.settings_dialog is not first
    close_settings(qtbot, window)

    entry = next(a for a in window.tray.menu.actions() if a.text() == "Notification settings…")
    entry.trigger()
    qtbot.waitUntil(lambda: settings_open(window), timeout=15_000)
    close_settings(qtbot, window)


def test_settings_action_is_off_while_signed_out(open_app, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_one")
    window.flow.sign_out()
    qtbot.waitUntil(lambda: not window.sign_out_action.isEnabled(), timeout=15_000)
    assert not window.settings_action.isEnabled()
    window.settings_action.trigger()
    assert window.settings_dialog is None


# -- a locked key ------------------------------------------------------------------------------


def test_a_locked_key_keeps_in_app_in_the_dialog_and_the_service(
    open_app, demo, qtbot, tmp_path, aio, make_client
):
    # The server stores "no channel" for the locked key (and delivers it in the app anyway).
    other = make_client("parent_one")
    off = Channels(email=False, push=False, in_app=False)
    aio(other.update_preferences([PreferenceChange(key=ABSENT, channels=off)]))
    window = open_app(Home(tmp_path / "p"), "parent_one")
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: settings_open(window), timeout=15_000)
    dialog = window.settings_dialog
    row = dialog.row(ABSENT)
    assert row.enabled.isChecked() and not row.enabled.isEnabled()
    assert row.in_app.isChecked() and not row.in_app.isEnabled()
    assert "always" in row.in_app.text().lower() and "in the app" in row.note.text()
    assert dialog.pending_changes() == []  # showing it on is not a change

    row.email.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = {str(p.key): p for p in aio(other.preferences())}[ABSENT]
    assert saved.channels == Channels(email=True, push=False, in_app=True)

    window.settings_action.trigger()
    qtbot.waitUntil(lambda: settings_open(window), timeout=15_000)
    service = window.settings_dialog.service
    demo.clear_requests()
    assert not service.save([PreferenceChange(key=ABSENT, channels=off)])
    assert service.state is PreferencesState.REJECTED
    assert "in the app" in (service.message or "")
    assert demo.requests(route=PREFS_ROUTE) == []  # refused here, nothing sent
    close_settings(qtbot, window)


# -- alerts load the child again and select their row -----------------------------------------


def test_a_new_notification_reloads_the_child_on_screen_and_outdates_the_others(
    open_app, demo, qtbot, tmp_path
):
    window = open_app(Home(tmp_path / "p"), "parent_three")
    first, second = window.presenter.data.children[:2]
    window.switcher.select(second.contact_id)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    window.switcher.select(first.contact_id)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    window.tabs.setCurrentWidget(window.grades_page)
    demo.clear_requests()

    demo.grade(first.student_id, score=71, title="Fresh on screen")  # fresh data, on screen
    qtbot.waitUntil(
        lambda: any(
            g.assignment_title == "Fresh on screen" for g in window.grades_page.model.rows()
        ),
        timeout=15_000,
    )
    assert len(demo.requests(route=overview_route(first.contact_id))) == 1

    demo.grade(second.student_id, score=64, title="While another child was shown")
    qtbot.waitUntil(lambda: len(messages(window)) == 2, timeout=15_000)
    assert demo.requests(route=overview_route(second.contact_id)) == []  # not shown: later
    window.switcher.select(second.contact_id)  # loaded a minute ago, yet asked again
    qtbot.waitUntil(
        lambda: len(demo.requests(route=overview_route(second.contact_id))) == 1, timeout=15_000
    )
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    titles = [g.assignment_title for g in window.grades_page.model.rows()]
    assert "While another child was shown" in titles


def test_clicking_an_alert_opens_its_child_and_selects_the_graded_row(
    open_app, demo, qtbot, tmp_path
):
    window = open_app(Home(tmp_path / "p"), "parent_three")
    other = window.presenter.data.children[-1]
    assert window.presenter.current_child != other.contact_id
    submission = demo.grade(other.student_id, score=48, title="The graded one")["submissionId"]
    qtbot.waitUntil(lambda: len(messages(window)) == 1, timeout=15_000)
    window.tray.backend.message_clicked.emit()
    assert window.presenter.current_child == other.contact_id
    assert window.tabs.currentWidget() is window.grades_page
    wait_graded_row_selected(qtbot, window, submission)

    # On screen and fresh: the click still loads it again, and selects the new row.
    demo.clear_requests()
    again = demo.grade(other.student_id, score=90, title="Graded while on screen")
    qtbot.waitUntil(lambda: len(messages(window)) == 2, timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    window.tabs.setCurrentWidget(window.courses_page)
    window.tray.backend.message_clicked.emit()
    wait_graded_row_selected(qtbot, window, again["submissionId"])
    assert len(demo.requests(route=overview_route(other.contact_id))) >= 2  # arrival + click


def test_an_absence_alert_opens_live_classes_at_the_missed_class(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_three")
    child = window.presenter.data.children[1]
    absent = demo.absence(child.student_id)  # a class held an hour ago: in "Missed this month"
    qtbot.waitUntil(lambda: len(messages(window)) == 1, timeout=15_000)
    window.live_page.table.selectRow(0)
    window.tray.backend.message_clicked.emit()
    assert window.tabs.currentWidget() is window.live_page
    assert window.presenter.current_child == child.contact_id
    missed = window.live_page.missed_table

    def missed_selected() -> str | None:
        rows = missed.selectionModel().selectedRows()
        return window.live_page.missed_model.rows()[rows[0].row()].live_class_id if rows else None

    qtbot.waitUntil(
        lambda: overview_loaded(window) and missed_selected() is not None, timeout=15_000
    )
    assert missed_selected() == absent["liveClassId"]
    assert selected_row(window, window.live_page) is None  # not a row of the next classes


def test_the_list_says_why_from_the_childs_data(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_three")
    child = window.presenter.data.children[0]
    demo.grade(child.student_id, score=12, max_score=50, title="Quiz explained")
    qtbot.waitUntil(lambda: len(messages(window)) == 1, timeout=15_000)

    def graded_loaded() -> bool:  # the new notification loads the child again
        state = window.presenter.data.state(child.contact_id)
        grades = state.overview.recent_grades if state is not None else []
        return any(g.assignment_title == "Quiz explained" for g in grades or [])

    qtbot.waitUntil(graded_loaded, timeout=15_000)
    window.open_notification_centre()
    centre = window.notification_centre
    qtbot.waitUntil(lambda: centre.model.rowCount() >= 1, timeout=15_000)
    number = next(i for i, n in enumerate(centre.model.rows()) if n.key == ParentKey.CHILD_GRADED)
    centre.table.selectRow(number)
    why = centre.detail.why
    assert why.objectName() == "notification_detail_why" and why.isVisibleTo(centre)
    assert "Quiz explained" in why.text() and "12/50" in why.text() and "24 %" in why.text()
    assert "pass mark" in why.text()


# -- several alerts ----------------------------------------------------------------------------


def test_two_tray_messages_open_the_list_never_another_child(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_three")
    shown = window.presenter.current_child
    demo.digest("svpms")  # one digest per child
    qtbot.waitUntil(lambda: len(messages(window)) == 3, timeout=15_000)
    window.tray.backend.message_clicked.emit()  # which of the three? the desktop cannot say
    assert window.presenter.current_child == shown
    centre = window.notification_centre
    assert centre is not None and centre.isVisible()
    window.tray.backend.message_clicked.emit()  # clicked again from the daemon's history
    assert window.presenter.current_child == shown

    other = next(c for c in window.presenter.data.children if c.contact_id != shown)
    demo.absence(other.student_id)
    qtbot.waitUntil(lambda: len(messages(window)) == 4, timeout=15_000)
    window.tray.backend.message_clicked.emit()  # one message out: that one
    assert window.presenter.current_child == other.contact_id


def test_the_strip_counts_lists_and_opens_each_alerts_own_child(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_three", tray=TrayDouble(available=False))
    children = window.presenter.data.children
    graded, absent = children[1], children[2]
    demo.grade(graded.student_id, score=55, title="Strip quiz")
    demo.absence(absent.student_id)
    banner = window.alert_banner
    qtbot.waitUntil(lambda: len(banner.alerts) == 2, timeout=15_000)
    assert banner.isVisibleTo(window) and banner.list.isVisibleTo(window)
    assert banner.label.text().startswith("2 new notifications")
    assert banner.model.rowCount() == 2 and banner.dismiss_button.text() == "Dismiss all"

    row = next(i for i, a in enumerate(banner.alerts) if a.child_id == graded.contact_id)
    banner.select(row)
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert window.presenter.current_child == graded.contact_id
    assert window.tabs.currentWidget() is window.grades_page
    assert len(banner.alerts) == 1 and not banner.list.isVisibleTo(window)
    assert banner.alerts[0].child_id == absent.contact_id
    assert "missed" in banner.label.text()

    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert window.presenter.current_child == absent.contact_id
    assert window.tabs.currentWidget() is window.live_page
    assert not banner.isVisibleTo(window)

    # A summary of quiet hours about several children names none: the list, not a child.
    banner.show_alert(Alert("2 notifications during quiet hours", "", None, None, ("a", "b")))
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert window.presenter.current_child == absent.contact_id
    assert window.notification_centre is not None and window.notification_centre.isVisible()


def test_the_strip_says_why_once_the_childs_data_is_fresh(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_three", tray=TrayDouble(available=False))
    child = window.presenter.data.children[0]
    window.switcher.select(child.contact_id)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    demo.grade(child.student_id, score=12, max_score=50, title="Strip why quiz")
    banner = window.alert_banner
    qtbot.waitUntil(lambda: len(banner.alerts) == 1, timeout=15_000)
    # The new notification loads the child on screen again; the strip then says why.
    qtbot.waitUntil(lambda: "Strip why quiz" in banner.label.text(), timeout=15_000)
    qtbot.waitUntil(lambda: "pass mark" in banner.label.text(), timeout=15_000)
    why = banner.model.item(0).toolTip()
    assert "Strip why quiz" in why and "12/50" in why and "under the pass mark" in why


# -- the notification list ---------------------------------------------------------------------


def test_the_list_pages_filters_shows_in_full_and_remembers_its_size(
    open_app, demo, qtbot, tmp_path
):
    home = Home(tmp_path / "p")
    window = open_app(home, "parent_three")
    for _ in range(PAGE_SIZE // 3 + 1):  # three children: three digests a run
        demo.digest("svpms")
    window.open_notification_centre()
    centre = window.notification_centre
    qtbot.waitUntil(lambda: centre.inbox.page is not None, timeout=15_000)
    qtbot.waitUntil(lambda: centre.inbox.page.total > PAGE_SIZE, timeout=15_000)
    centre.reload()
    qtbot.waitUntil(lambda: centre.model.rowCount() == PAGE_SIZE, timeout=15_000)
    total = centre.inbox.page.total
    assert (
        centre.load_more_button.isEnabled() and f"{PAGE_SIZE} of {total}" in centre.summary.text()
    )
    qtbot.mouseClick(centre.load_more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: centre.model.rowCount() == total, timeout=15_000)
    ids = [n.id for n in centre.model.rows()]
    assert len(set(ids)) == total and not centre.load_more_button.isEnabled()

    # Unread in words, not only in colour.
    statuses = {centre.model.index(r, Columns.STATUS).data() for r in range(total)}
    assert "Unread" in statuses

    # A child filter.
    child = window.presenter.data.children[1]
    centre.child_filter.setCurrentIndex(centre.child_filter.findData(child.contact_id))
    rows = centre.model.rows()
    assert rows and all(n.child_contact_id == child.contact_id for n in rows)
    assert len(rows) == sum(
        n.child_contact_id == child.contact_id for n in centre.inbox.page.notifications
    )
    assert child.name in centre.summary.text()

    # The whole message, wrapped, in the detail pane.
    centre.table.selectRow(0)
    assert centre.detail.message.text() == rows[0].message
    assert centre.detail.message.wordWrap() and "Unread" in centre.detail.meta.text()

    # Resizable, and remembers its size.
    assert centre.isSizeGripEnabled() and centre.maximumWidth() > 2000
    centre.resize(730, 530)
    centre.close()
    assert LocalSettings(home.root / "config").get(SIZE_KEY) == [730, 530]
    again = NotificationCentre(
        InboxService(window.session.client, window.tasks),
        settings=LocalSettings(home.root / "config"),
    )
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (730, 530)


def test_enter_and_double_click_open_the_child_and_tab(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_three")
    children = window.presenter.data.children
    graded, absent = children[2], children[1]
    submission = demo.grade(graded.student_id, score=66, title="Opened from the list")
    demo.absence(absent.student_id)
    qtbot.waitUntil(lambda: len(messages(window)) == 2, timeout=15_000)
    window.open_notification_centre()
    centre = window.notification_centre
    qtbot.waitUntil(lambda: centre.model.rowCount() >= 2 and centre.unread >= 2, timeout=15_000)

    def row_about(key: ParentKey) -> int:
        return next(i for i, n in enumerate(centre.model.rows()) if n.key == key)

    number = row_about(ParentKey.CHILD_GRADED)
    centre.table.setFocus()
    centre.table.selectRow(number)
    qtbot.keyClick(centre.table, Qt.Key.Key_Return)
    assert window.presenter.current_child == graded.contact_id
    assert window.tabs.currentWidget() is window.grades_page
    wait_graded_row_selected(qtbot, window, submission["submissionId"])
    assert centre.isVisible()  # Enter opened the notification, no button of the list
    qtbot.waitUntil(
        lambda: centre.inbox.page is not None and not centre.inbox.marking, timeout=15_000
    )
    qtbot.waitUntil(
        lambda: centre.model.rows()[row_about(ParentKey.CHILD_GRADED)].is_read, timeout=15_000
    )

    number = row_about(ParentKey.CHILD_ABSENT)
    rect = centre.table.visualRect(centre.model.index(number, Columns.TITLE))
    viewport = centre.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert window.presenter.current_child == absent.contact_id
    assert window.tabs.currentWidget() is window.live_page
