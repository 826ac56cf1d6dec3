"""The "save as" file dialog of the report and the calendar: opened, never exec()'d. Where the
desktop has no dialog of its own, Qt's speaks the app's language (Hindi through the app's
qt_extra_hi supplement, platform/translations.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def open_save_dialog(
    parent: QWidget,
    title: str,
    name: str,
    *,
    file_type: str,
    suffix: str,
    suggested: str,
    chosen: Callable[[str], None],
) -> QFileDialog:
    """A window-modal save dialog for `file_type` files (`*.suffix`), `suggested` filled in;
    `chosen` gets the path the user accepts."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(f"{file_type} (*.{suffix})")
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(chosen)
    dialog.open()  # never exec() under qasync
    return dialog
