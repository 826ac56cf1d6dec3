"""The sign-in dialog explains every failure inline, in a parent's words, and never crashes."""

from __future__ import annotations

import socket

import pytest

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.compose import build_window
from optilearn_desktop.core.links import LinkPolicy
from optilearn_desktop.core.session import Session
from optilearn_desktop.views.link_opener import LinkOpener

from .conftest import fill_sign_in


def error_after_sign_in(qtbot, window, account, **overrides) -> str:
    fill_sign_in(qtbot, window, account, **overrides)
    dialog = window.flow.dialog
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=15_000)
    assert window.flow.dialog is dialog and dialog.isVisible()  # still asking, no crash
    assert dialog.submit.isEnabled() and dialog.password.isEnabled()
    return dialog.error_label.text()


def test_wrong_password(make_window, demo, qtbot):
    text = error_after_sign_in(qtbot, make_window(), demo.account("parent_one"), password="nope")
    assert "email or password is not correct" in text


@pytest.mark.parametrize("key", ["student", "staff"])
def test_account_that_is_not_a_parent_is_told_what_the_office_must_do(
    make_window, demo, qtbot, key
):
    window = make_window()
    text = error_after_sign_in(qtbot, window, demo.account(key))
    assert "not set up as a parent" in text and "OptiCRM" in text and "school office" in text
    assert window.session.client is None  # no half-open session is kept


def test_unknown_institution(make_window, demo, qtbot):
    text = error_after_sign_in(
        qtbot, make_window(), demo.account("parent_one"), institution_slug="nowhere-high"
    )
    assert "nowhere-high" in text and "institution code" in text


def test_unreachable_server(qtbot, aio, demo):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    config = ClientConfig(base_url=url, backoff_base=0.01)
    window = build_window(
        Session(lambda **kw: OptiLearnClient(config, **kw)),
        LinkOpener(LinkPolicy(url), lambda _u: True),
    )
    qtbot.addWidget(window)
    text = error_after_sign_in(qtbot, window, demo.account("parent_one"))
    assert "cannot be reached" in text


def test_sign_in_button_waits_for_every_field(make_window, qtbot):
    window = make_window()
    window.flow.start()
    dialog = window.flow.dialog
    assert not dialog.submit.isEnabled()
    dialog.institution.setText("svpms")
    dialog.email.setText("a@b.c")
    assert not dialog.submit.isEnabled()
    dialog.password.setText("x")
    assert dialog.submit.isEnabled()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password


@pytest.mark.parametrize("kiosk_timeout", [120.0, None], ids=["kiosk", "home"])
def test_cleared_form_cannot_be_undone_back_to_the_previous_parent(
    qtbot, qasync_loop, demo, kiosk_timeout
):
    from PySide6.QtCore import Qt

    from optilearn_desktop.core.tasks import TaskRunner
    from optilearn_desktop.views.sign_in_dialog import SignInDialog

    config = ClientConfig(base_url=demo.lms_url)
    session = Session(lambda **kw: OptiLearnClient(config, **kw))
    tasks = TaskRunner()
    dialog = SignInDialog(session.sign_in, tasks, kiosk_timeout=kiosk_timeout)
    qtbot.addWidget(dialog)
    dialog.show()
    typed = {dialog.institution: "svpms", dialog.email: "previous.parent@example.com"}
    for edit, text in typed.items():
        qtbot.keyClicks(edit, text)  # typed keys are what Ctrl+Z undoes
    qtbot.keyClicks(dialog.password, "secret-of-the-previous-parent")
    assert dialog.email.isUndoAvailable()

    dialog.clear_form()  # Escape and the idle clear at a kiosk both come here

    for edit in (dialog.institution, dialog.email, dialog.password):
        assert edit.text() == "" and not edit.isUndoAvailable()
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        edit.undo()  # the context menu's Undo
        assert edit.text() == ""
    tasks.cancel_all()


def test_too_many_attempts_says_when_to_try_again(make_window, demo, qtbot):
    window = make_window()
    account = demo.account("parent_one")
    for _ in range(5):
        assert "not correct" in error_after_sign_in(qtbot, window, account, password="nope")
        window.flow.dialog.error_label.hide()
    text = error_after_sign_in(qtbot, window, account)  # the right password, too soon
    assert text == "Too many sign-in attempts. Try again in 15 minutes."
