"""About: the version, the OptiLearn server in use, and the licences of what ships inside (Qt
and PySide6 are LGPL: their notice and where to get their source, as the bundle's licences/
folder has them too)."""

from __future__ import annotations

import platform
from importlib.resources import files
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..core.wording import QT_TRANSLATE_NOOP, Context, arg
from .text import emphasize, plain_label

if TYPE_CHECKING:
    from .main_window import MainWindow

NOTICES = "THIRD-PARTY-NOTICES.txt"
LGPL_SUMMARY = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "This program uses Qt %1 and Qt for Python (PySide6 %2), (c) The Qt Company Ltd. "
    "and other contributors, under the GNU Lesser General Public License version 3. You may "
    "replace their libraries in the program's folder with your own builds. Their source code: "
    "https://download.qt.io/official_releases/qt/ and "
    "https://download.qt.io/official_releases/QtForPython/. The full notices and licence texts "
    "are below and in the licences folder inside the program's folder.",
)


def licence_text(name: str = NOTICES) -> str:
    """A licence file shipped with the package (also copied to the bundle's licences/)."""
    return (files("optilearn_desktop") / "resources" / "licences" / name).read_text("utf-8")


def _selectable(text: str, name: str) -> QLabel:
    # Addresses are for copying: the app opens only its school's server (core/links.py).
    label = plain_label(text, wrap=True)
    label.setObjectName(name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class AboutDialog(QDialog):
    def __init__(self, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(arg(self.tr("About %1"), APP_NAME))
        layout = QVBoxLayout(self)
        title = plain_label(f"{APP_NAME} {__version__}")
        title.setObjectName("about_version")
        emphasize(title, 1.3)
        layout.addWidget(title)
        layout.addWidget(
            plain_label(
                self.tr("Follow your children's courses, grades and classes at school."), wrap=True
            )
        )
        shown = server or self.tr("not chosen yet", "no server")
        self.server = _selectable(arg(self.tr("Server: %1"), shown), "about_server")
        layout.addWidget(self.server)
        built = f"Qt {qVersion()}, PySide6 {pyside_version}, Python {platform.python_version()}"
        layout.addWidget(_selectable(built, "about_components"))
        self.lgpl = _selectable(
            arg(self.tr(LGPL_SUMMARY), qVersion(), pyside_version), "about_lgpl"
        )
        layout.addWidget(self.lgpl)
        caption = plain_label(self.tr("&Licences of what ships inside:"))
        self.licences = QPlainTextEdit()
        self.licences.setObjectName("about_licences")
        self.licences.setReadOnly(True)
        self.licences.setPlainText(licence_text())
        self.licences.setAccessibleName(self.tr("Licences of what ships inside"))
        self.licences.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        caption.setBuddy(self.licences)
        layout.addWidget(caption)
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Qt has no Hindi for its standard buttons: the word is ours, in every language.
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)


class AboutAction(Context):
    """The translation context of the toolbar's About."""


def add_about_action(window: MainWindow) -> QAction:
    """The toolbar's About (F1), before the notification bell."""
    toolbar = window.toolbar
    action = QAction(window)
    action.setObjectName("about_action")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    toolbar.insertAction(toolbar.bell_action, action)
    toolbar.keep_named(
        action,
        lambda: AboutAction.tr("&About"),
        lambda: arg(AboutAction.tr("About %1: version, server and licences (F1)"), APP_NAME),
    )
    # Tab visits the bar left to right: About after Refresh, before the bell.
    QWidget.setTabOrder(
        toolbar.widgetForAction(toolbar.refresh_action), toolbar.widgetForAction(action)
    )
    action.triggered.connect(lambda: open_about(window))
    return action


def open_about(window: MainWindow) -> AboutDialog:
    """One About box at a time; opened with open(), never exec() (qasync)."""
    existing = window.findChild(AboutDialog, "about_dialog")
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    server = window.links.policy.base_url if window.links is not None else ""
    dialog = AboutDialog(server, parent=window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
