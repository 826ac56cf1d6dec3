"""The "save as" file dialog of the report and the calendar: opened, never exec()'d."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core.wording import Context


class SaveDialog(Context):
    """The translation context of the save dialog's own words."""


def _name_parts(dialog: QFileDialog) -> None:
    # Qt ships no Hindi for its own file dialog (used where the desktop offers none): the
    # words a parent needs to save a file are ours.
    label = QFileDialog.DialogLabel
    for part, text in (
        (label.LookIn, SaveDialog.tr("Look in:")),
        (label.FileName, SaveDialog.tr("File &name:")),
        (label.FileType, SaveDialog.tr("Files of type:")),
        (label.Accept, SaveDialog.tr("&Save")),
        (label.Reject, SaveDialog.tr("Cancel")),
    ):
        dialog.setLabelText(part, text)


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
    _name_parts(dialog)
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(chosen)
    dialog.open()  # never exec() under qasync
    return dialog
