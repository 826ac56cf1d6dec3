"""The "Add to calendar…" dialog: which children (all by default), then the .ics file's name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.household_export import CALENDAR_FILE
from ..core.wording import QT_TRANSLATE_NOOP
from ..models.children import Child
from .child_switcher import describe
from .fit_height import grow_to_fit
from .retranslate import Retranslating
from .save_dialog import open_save_dialog
from .text import plain_label

EXPLAIN = QT_TRANSLATE_NOOP(
    "CalendarDialog",
    "One calendar file with the upcoming assignments (at their due time) and the next live "
    "classes of the children you choose. Open it with your calendar app to add them; adding a "
    "newer file later updates these events instead of repeating them.",
)


class CalendarDialog(Retranslating, QDialog):
    chosen = Signal(list, str)  # the children's contact ids, the file to write

    def __init__(self, children: list[Child], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.explain = plain_label(wrap=True)
        self.explain.setObjectName("calendar_explain")
        # A width in characters: the dialog reads the same in every language and font size.
        self.explain.setMinimumWidth(self.explain.fontMetrics().averageCharWidth() * 64)
        layout.addWidget(self.explain)
        self._named: list[tuple[Child, QCheckBox]] = []  # each box and the child it names
        self.boxes: dict[str, QCheckBox] = {}
        for child in children:
            box = QCheckBox()
            box.setObjectName(f"calendar_child_{len(self.boxes) + 1}")
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.boxes[child.contact_id] = box
            self._named.append((child, box))
            layout.addWidget(box)
        # Buttons of ours in the box's roles, not its standard ones: on a change of language the
        # box would put Qt's own words back over ours ("Save…" says a file dialog follows).
        self.buttons = QDialogButtonBox()
        self.save_button = self._button("calendar_save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self._button("calendar_cancel", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.ask_file)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file_dialog: QFileDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add to calendar"))
        self.explain.setText(self.tr(EXPLAIN))
        for child, box in self._named:
            box.setText(describe(child))  # "Section %1" is ours
        self.save_button.setText(self.tr("Save…"))
        self.cancel_button.setText(self.tr("Cancel"))
        grow_to_fit(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # the screen may have made it narrower than its text wanted

    def _button(self, name: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        self.buttons.addButton(button, role)
        return button

    @property
    def child_ids(self) -> list[str]:
        return [child_id for child_id, box in self.boxes.items() if box.isChecked()]

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.child_ids))

    def ask_file(self) -> None:
        self.file_dialog = open_save_dialog(
            self,
            self.tr("Save the calendar file"),
            "calendar_file_dialog",
            file_type=self.tr("Calendar files"),
            suffix="ics",
            suggested=CALENDAR_FILE,
            chosen=self._file_chosen,
        )

    def _file_chosen(self, path: str) -> None:
        self.chosen.emit(self.child_ids, path)
        self.accept()
