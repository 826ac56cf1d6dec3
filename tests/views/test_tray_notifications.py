"""Tray alerts for the four parent keys, end to end: events made through the reference backend's
admin API, the real watcher, dispatcher and window; the tray itself is a recording double (the
OS edge; the real tray is exercised under Xvfb in tests/app/test_real_tray.py)."""

from __future__ import annotations

from datetime import time

import shiboken6
from PySide6.QtCore import QObject

from optilearn_desktop.core.desktop_options import DesktopOptions
from optilearn_desktop.models.notifications import ParentKey, PreferenceChange
from optilearn_desktop.models.overview import Section
from optilearn_desktop.views.notification_centre import Columns

from .tray_app import Home, TrayDouble, messages, polls_after


def test_a_grade_alerts_each_linked_parent_exactly_once(open_app, demo, qtbot, tmp_path):
    a = open_app(Home(tmp_path / "a"), "parent_shared_a")
    b = open_app(Home(tmp_path / "b"), "parent_shared_b")
    child = a.presenter.data.children[0]
    demo.grade(child.student_id, score=91, title="Fractions quiz")
    for window in (a, b):
        qtbot.waitUntil(lambda w=window: len(messages(w)) == 1, timeout=15_000)
        title, body = messages(window)[0]
        assert child.name.split()[0] in title and "Fractions quiz" in body
    polls_after(qtbot, a)
    polls_after(qtbot, b)
    assert len(messages(a)) == len(messages(b)) == 1  # never twice


def test_a_disabled_key_gives_no_alert(open_app, demo, qtbot, tmp_path, aio, make_client):
    b_client = make_client("parent_shared_b")
    aio(b_client.update_preferences([PreferenceChange(key=ParentKey.CHILD_GRADED, enabled=False)]))
    a = open_app(Home(tmp_path / "a"), "parent_shared_a")
    b = open_app(Home(tmp_path / "b"), "parent_shared_b")
    demo.grade(a.presenter.data.children[0].student_id, score=90)
    qtbot.waitUntil(lambda: len(messages(a)) == 1, timeout=15_000)
    polls_after(qtbot, b)
    assert messages(b) == []


def test_a_key_switched_off_on_this_computer_gives_no_alert(open_app, demo, qtbot, tmp_path):
    home = Home(tmp_path / "a")
    DesktopOptions().with_tray_alert(ParentKey.CHILD_GRADED, False).save(home.settings)
    window = open_app(home, "parent_shared_a")
    demo.grade(window.presenter.data.children[0].student_id, score=90)
    polls_after(qtbot, window, extra=6)
    assert messages(window) == []
    assert window.watcher.unread >= 1  # it is in the inbox, only the tray stays quiet


def test_two_children_give_two_weekly_digests(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "g"), "parent_greenwood")
    demo.digest("greenwood")
    qtbot.waitUntil(lambda: len(messages(window)) == 2, timeout=15_000)
    names = {c.name.split()[0] for c in window.presenter.data.children}
    assert {next(n for n in names if n in title) for title, _ in messages(window)} == names


def test_clicking_an_alert_opens_that_child_on_the_right_tab(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_three")
    other = window.presenter.data.children[-1]
    assert window.presenter.current_child != other.contact_id
    demo.absence(other.student_id)
    qtbot.waitUntil(lambda: len(messages(window)) == 1, timeout=15_000)
    window.hide()
    window.tray.backend.message_clicked.emit()
    assert window.isVisible()
    assert window.presenter.current_child == other.contact_id
    assert window.tabs.currentWidget().section is Section.LIVE_CLASSES


def test_no_duplicate_after_a_restart_and_nothing_lost_while_closed(
    open_app, demo, qtbot, tmp_path
):
    home = Home(tmp_path / "p")
    window = open_app(home, "parent_one")
    child = window.presenter.data.children[0]
    demo.grade(child.student_id, score=80, title="Before the restart")
    qtbot.waitUntil(lambda: len(messages(window)) == 1, timeout=15_000)
    window._quitting = True
    window.close()
    qtbot.waitUntil(lambda: True, timeout=10)
    import asyncio  # noqa: F401 - the session leaves through the test loop below

    window.session.keep_signed_in = True
    demo.grade(child.student_id, score=70, title="While the app was closed")
    again = open_app(home)  # resumed from the keyring: no password
    qtbot.waitUntil(lambda: len(messages(again)) == 1, timeout=15_000)
    polls_after(qtbot, again)
    assert [b for _, b in messages(again)] == [messages(again)[0][1]]
    assert "While the app was closed" in messages(again)[0][1]


def test_notifications_made_while_offline_arrive_after_reconnecting(
    open_app, demo, qtbot, tmp_path
):
    window = open_app(Home(tmp_path / "p"), "parent_one")
    demo.add_fault(route="*", refuse=True)
    qtbot.waitUntil(lambda: not window.watcher.online, timeout=15_000)
    demo.grade(window.presenter.data.children[0].student_id, score=75, title="Graded offline")
    polls_after(qtbot, window, extra=0)
    assert messages(window) == []
    demo.clear_faults()
    window.watcher.poll_now()
    qtbot.waitUntil(lambda: len(messages(window)) == 1, timeout=15_000)
    assert "Graded offline" in messages(window)[0][1]


def test_without_a_tray_the_alert_shows_in_the_window(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_one", tray=TrayDouble(available=False))
    demo.grade(window.presenter.data.children[0].student_id, score=75, title="In-app please")
    banner = window.alert_banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(window), timeout=15_000)
    assert "In-app please" in banner.label.text()
    assert window.tray.backend.messages == []


def test_quiet_hours_hold_alerts_then_sum_them_up(open_app, demo, qtbot, tmp_path):
    home = Home(tmp_path / "p")
    always_quiet = DesktopOptions(
        quiet_hours_enabled=True, quiet_start=time(0, 0), quiet_end=time(23, 59)
    )
    always_quiet.save(home.settings)
    window = open_app(home, "parent_three")
    demo.grade(window.presenter.data.children[0].student_id, score=88)
    demo.absence(window.presenter.data.children[1].student_id)
    qtbot.waitUntil(lambda: len(window.dispatcher.held) == 2, timeout=15_000)
    assert messages(window) == []
    DesktopOptions().save(home.settings)  # quiet hours over
    window.release_held_alerts()
    assert len(messages(window)) == 1
    assert messages(window)[0][0] == "2 notifications during quiet hours"


def test_tray_text_is_the_school_text_on_one_line(open_app, demo, qtbot, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_one")
    title = '<b>bold</b>\u202e<img src="x">\nnext'
    demo.grade(window.presenter.data.children[0].student_id, score=5, title=title)
    qtbot.waitUntil(lambda: len(messages(window)) >= 1, timeout=15_000)
    text = " ".join(t + " " + b for t, b in messages(window))
    assert '<b>bold</b><img src="x"> next' in text  # as sent (the backend escapes markup)
    assert "\u202e" not in text and "\n" not in text


def test_notification_centre_lists_and_marks_read(open_app, demo, qtbot, tmp_path, aio):
    window = open_app(Home(tmp_path / "p"), "parent_three")
    demo.digest("svpms")
    qtbot.waitUntil(lambda: window.watcher.unread >= 3, timeout=15_000)
    window.open_notification_centre()
    centre = window.notification_centre
    qtbot.waitUntil(lambda: centre.model.rowCount() >= 3, timeout=15_000)
    child = Columns.CHILD
    children = {centre.model.index(r, child).data() for r in range(centre.model.rowCount())}
    assert {c.name for c in window.presenter.data.children} <= children
    before = centre.unread
    centre.table.selectRow(0)
    qtbot.waitUntil(lambda: centre.mark_button.isEnabled(), timeout=5_000)
    centre.mark_button.click()
    # A reload for the digest that just arrived may end before the mark-read does.
    qtbot.waitUntil(
        lambda: centre.unread == before - 1 and centre.mark_all_button.isEnabled(), timeout=15_000
    )
    centre.mark_all_button.click()
    qtbot.waitUntil(lambda: centre.unread == 0, timeout=15_000)
    assert aio(window.session.client.unread_count()) == 0
    assert window.bell.accessibleName() == "Notifications, none unread"


def test_tray_menu_has_the_documented_entries(open_app, tmp_path):
    window = open_app(Home(tmp_path / "p"), "parent_three")
    texts = [a.text() for a in window.tray.menu.actions() if a.text()]
    assert texts[0] == "Open OptiLearn Desktop"
    assert texts[-4:] == ["Refresh", "Notification settings…", "Sign out", "Quit"]
    assert len(texts) == 4 + 1 + len(window.presenter.data.children)  # one entry per child


def test_closing_the_window_keeps_alerts_coming_by_choice(open_app, demo, qtbot, tmp_path):
    home = Home(tmp_path / "p")
    window = open_app(home, "parent_one")
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.close()  # kept running in the tray (the default where there is a tray)
    assert not window.isVisible() and closed == [] and window.watcher is not None
    demo.grade(window.presenter.data.children[0].student_id, score=77, title="While hidden")
    qtbot.waitUntil(lambda: len(messages(window)) == 1, timeout=15_000)
    DesktopOptions(keep_running_in_tray=False).save(home.settings)
    window.show()
    window.close()  # the parent chose: closing the window quits
    assert closed == [True]


def test_the_parentless_tray_menu_goes_with_its_controller(qtbot):
    """A tray icon's menu has no parent widget; it must not outlive the window's controller
    (holding the children's names in its entries)."""
    from optilearn_desktop.views.tray import TrayController

    owner = QObject()
    menu = TrayController(TrayDouble(), owner).menu
    assert menu.parent() is None
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(menu), timeout=2_000)
