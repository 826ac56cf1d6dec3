"""Help, about, first run: the About box, "Forgot password?", and what a new parent sees."""

from __future__ import annotations

import re

import httpx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from optilearn_desktop import __version__
from optilearn_desktop.core.tasks import TaskRunner
from optilearn_desktop.views.about_dialog import AboutDialog
from optilearn_desktop.views.sign_in_dialog import FORGOT_PASSWORD, SignInDialog
from optilearn_reference.common.institutions import by_slug


async def _never(*_args: object) -> object:
    raise AssertionError("no sign-in in this test")


def test_about_names_the_version_the_server_and_the_lgpl(make_window, demo, qtbot):
    window = make_window()
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.about_action.objectName() == "about_action"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(AboutDialog, "about_dialog")
    assert dialog is not None and dialog.isVisible()
    texts = "\n".join(label.text() for label in dialog.findChildren(type(dialog.server)))
    assert __version__ in texts
    assert demo.lms_url in dialog.server.text()
    assert "GNU Lesser General Public License version 3" in dialog.lgpl.text()
    assert "https://download.qt.io/official_releases/QtForPython/" in dialog.lgpl.text()
    licences = dialog.licences.toPlainText()
    assert "PySide6" in licences and "LGPL" in licences and "httpx" in licences
    for label in dialog.findChildren(type(dialog.server)):
        assert label.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()
    assert not dialog.isVisible()
    # From the toolbar's button too (Alt+A).
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(AboutDialog)))


def test_forgot_password_opens_the_schools_page_in_the_browser(
    make_window, demo, qtbot, opened_urls
):
    window = make_window()
    window.flow.start()
    dialog = window.flow.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.institution.setText("SVPMS")
    link = dialog.forgot
    assert link.isVisibleTo(dialog) and FORGOT_PASSWORD in link.text()
    word = link.fontMetrics().horizontalAdvance("Forgot")
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(word // 2, link.height() // 2))
    qtbot.waitUntil(lambda: len(opened_urls) == 1)
    assert opened_urls == [f"{demo.lms_url}/forgot-password?institution=svpms"]
    page = httpx.get(opened_urls[0], timeout=10)
    assert page.status_code == 200 and "Reset your password" in page.text
    assert by_slug("svpms").name in page.text  # the school the parent typed


def test_a_kiosk_names_the_office_instead_of_a_link(qapp, qtbot):
    opened: list[str] = []
    dialog = SignInDialog(_never, TaskRunner(), kiosk_timeout=120, forgot_password=opened.append)
    qtbot.addWidget(dialog)
    assert dialog.forgot.textFormat() == Qt.TextFormat.PlainText
    assert "<a" not in dialog.forgot.text() and "office" in dialog.forgot.text()
    assert not dialog.forgot.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse


def test_first_run_says_sign_in_and_a_sign_out_says_signed_out(signed_in, make_window, qtbot):
    fresh = make_window()
    fresh.show()
    qtbot.waitExposed(fresh)
    title = fresh.message_view.title
    assert title.text() == "Sign in" and fresh.stack.currentWidget() is fresh.message_view
    # Not clipped: the label is at least as tall as its font's line, descenders ("g") included.
    assert title.height() >= title.fontMetrics().height()
    assert title.height() >= title.sizeHint().height()
    window = signed_in("parent_one")
    window.flow.sign_out()
    assert window.message_view.title.text() == "Signed out"


def test_demo_households_read_as_people_not_keys(qapp, qtbot, demo):
    accounts = [a for a in demo.info["accounts"] if a.get("role") == "parent"]
    dialog = SignInDialog(_never, TaskRunner(), demo_accounts=accounts)
    qtbot.addWidget(dialog)
    picker = dialog.demo_picker
    lines = [picker.itemText(i) for i in range(1, picker.count())]
    assert len(lines) == len(accounts)
    assert "Rajesh Patel: shares a child, Kabir, with Sunita" in " ".join(lines)
    for line in lines:
        assert re.match(r"^[A-Z][a-z]+ [A-Z][a-z]+: [a-z]", line), line
        assert not re.search(r"_|\b[A-Z]{3,}\b|\b\d{3}\b", line), line  # keys, codes


def test_keep_signed_in_off_says_why_on_the_form(qapp, qtbot):
    why = "the demo school starts afresh every time"
    dialog = SignInDialog(_never, TaskRunner(), keep_option=False, keep_problem=why)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.keep.isEnabled()
    assert dialog.keep_note.isVisible() and why in dialog.keep_note.text()
    assert why in dialog.keep.accessibleDescription()
    focused = QApplication.focusWidget()
    assert focused is not dialog.keep_note
