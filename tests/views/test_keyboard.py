"""Keyboard alone: Tab reaches every action, Sign out has a key, buttons and labels carry
Alt+letter mnemonics, and every form field has a label that is its buddy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from optilearn_desktop.views.window_toolbar import SIGN_OUT_KEYS

from .conftest import overview_loaded


def tab_chain(qtbot, start: QWidget, presses: int = 80) -> list[QWidget]:
    """The widgets real Tab key presses visit, from `start`, until the chain comes back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited = [start]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            break
        visited.append(focused)
    return visited


def test_tab_reaches_every_action_of_the_window(signed_in, qtbot):
    window = signed_in("parent_three")
    qtbot.waitUntil(window.bell.isEnabled, timeout=15_000)  # once the inbox has answered
    with qtbot.waitActive(window):
        window.activateWindow()
    toolbar = window.toolbar
    actions = [a for a in toolbar.actions() if a.isVisible() and a.isEnabled()]
    buttons = {
        toolbar.widgetForAction(a)
        for a in actions
        if isinstance(toolbar.widgetForAction(a), QToolButton)
    }
    names = {b.objectName() or b.accessibleName() for b in buttons}
    assert {"Refresh", "About", "Sign out"} <= names and window.bell in buttons
    # Three children: the household page comes first, its attention list within reach.
    assert window.household is not None and window.household.showing
    chain = tab_chain(qtbot, window.switcher.combo)
    assert window.findChild(QWidget, "attention_table") in chain
    assert [b.accessibleName() for b in buttons if b not in chain] == []
    window.household.show_overview()
    for page in (window.courses_page, window.certificates_page):
        window.tabs.setCurrentWidget(page)
        chain = tab_chain(qtbot, window.switcher.combo)
        missing = [b.accessibleName() for b in buttons if b not in chain]
        assert missing == []
        assert window.tabs.tabBar() in chain and page.table in chain
    assert window.certificates_page.open_button in chain
    assert window.certificates_page.verify_button in chain


def test_sign_out_has_a_shortcut(signed_in, qtbot):
    window = signed_in("parent_three")
    with qtbot.waitActive(window):
        window.activateWindow()
    assert SIGN_OUT_KEYS in window.sign_out_action.toolTip()
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.session.client is None and window.flow.dialog is not None)


def test_window_buttons_carry_mnemonics(signed_in, qtbot):
    window = signed_in("parent_three")
    window.tabs.setCurrentWidget(window.certificates_page)
    buttons = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisibleTo(window) and b.text() and b.parent() is not window.tabs.tabBar()
    ]
    assert buttons
    without = [b.text() for b in buttons if "&" not in b.text()]
    assert without == []
    assert "&" in window.switcher.caption.text()
    assert window.switcher.caption.buddy() is window.switcher.combo
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.switcher.combo
    window.tabs.setCurrentWidget(window.courses_page)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Refresh
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)


def test_every_sign_in_field_has_a_mnemonic_label_as_its_buddy(make_window, qtbot):
    window = make_window()
    window.flow.start()
    dialog = window.flow.dialog
    form = dialog.findChild(QFormLayout)
    fields = [w for w in dialog.findChildren(QLineEdit) if w.isVisibleTo(dialog)]
    assert len(fields) == 3
    letters = []
    for field in fields:
        label = form.labelForField(field)
        assert isinstance(label, QLabel) and label.buddy() is field
        text = label.text()
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    letters += [b.text()[b.text().index("&") + 1].lower() for b in buttons]
    assert len(letters) == len(set(letters)), letters  # each Alt+letter does one thing
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.password
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.email
