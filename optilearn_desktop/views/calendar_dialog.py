"""The "Add to calendar…" dialog: which children (all by default), then the .ics file's name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from ..core.household_export import CALENDAR_FILE
from ..models.children import Child
from .child_switcher import describe
from .save_dialog import open_save_dialog
from .text import plain_label

EXPLAIN = (
    "One calendar file with the upcoming assignments (at their due time) and the next live "
    "classes of the children you choose. Open it with your calendar app to add them; adding a "
    "newer file later updates these events instead of repeating them."
)


class CalendarDialog(QDialog):
    chosen = Signal(list, str)  # the children's contact ids, the file to write

    def __init__(self, children: list[Child], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_dialog")
        self.setWindowTitle("Add to calendar")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        text = plain_label(EXPLAIN)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.boxes: dict[str, QCheckBox] = {}
        for child in children:
            box = QCheckBox(describe(child))
            box.setObjectName(f"calendar_child_{len(self.boxes) + 1}")
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.boxes[child.contact_id] = box
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Save…")
        self.buttons.accepted.connect(self.ask_file)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file_dialog: QFileDialog | None = None

    @property
    def child_ids(self) -> list[str]:
        return [child_id for child_id, box in self.boxes.items() if box.isChecked()]

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.child_ids))

    def ask_file(self) -> None:
        self.file_dialog = open_save_dialog(
            self,
            "Save the calendar file",
            "calendar_file_dialog",
            file_type="Calendar files",
            suffix="ics",
            suggested=CALENDAR_FILE,
            chosen=self._file_chosen,
        )

    def _file_chosen(self, path: str) -> None:
        self.chosen.emit(self.child_ids, path)
        self.accept()
