"""The toolbar's "Viewing" switcher: name, class and section; a plain header for one child."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from ..core.outgoing_text import one_line
from ..core.overview_words import class_and_section
from ..core.wording import arg
from .retranslate import Retranslating
from .text import plain_label, plain_tooltip

if TYPE_CHECKING:
    from ..models.children import Child


def describe(child: Child, limit: int = 100) -> str:
    """Name, class and section on one line, elided: it also goes to the window title and the
    tray menu, where a 100,000-character name from a broken server would take the screen."""
    detail = class_and_section(child)
    return one_line(f"{child.name} — {detail}" if detail else child.name, limit)


class ChildSwitcher(Retranslating, QWidget):
    child_selected = Signal(str)  # contact id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("child_switcher")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.caption = plain_label()
        self.combo = QComboBox()
        self.combo.setObjectName("child_combo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(18)
        self.header = plain_label()
        self.header.setObjectName("child_header")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.caption.setBuddy(self.combo)  # Alt+V opens the choice of child
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        layout.addWidget(self.header)
        self._ids: list[str] = []
        self.combo.currentIndexChanged.connect(self._changed)
        self.set_children([], None)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("&Viewing:"))
        self.combo.setAccessibleName(self.tr("Viewing child"))
        self.combo.setToolTip(self.tr("Choose which child to view (Ctrl+Tab for the next one)"))
        shown = self.header.text()  # the only child's line, when there is one
        self.header.setAccessibleName(arg(self.tr("Viewing %1"), shown) if shown else "")

    @property
    def current_id(self) -> str | None:
        index = self.combo.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def set_children(self, children: list[Child], selected: str | None) -> None:
        """Replace the list (primary first, as given) without emitting for the same child."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self._ids = [c.contact_id for c in children]
        for child in children:
            self.combo.addItem(describe(child))
            self.combo.setItemData(
                self.combo.count() - 1,
                plain_tooltip(describe(child, limit=600)),
                Qt.ItemDataRole.ToolTipRole,
            )
        if selected in self._ids:
            self.combo.setCurrentIndex(self._ids.index(selected))
        self.combo.blockSignals(False)
        single = len(children) == 1
        self.combo.setVisible(len(children) > 1)
        self.header.setVisible(single)
        self.caption.setVisible(bool(children))
        self.header.setText(describe(children[0]) if single else "")
        self.retranslate()

    def select(self, child_id: str) -> None:
        if child_id in self._ids:
            self.combo.setCurrentIndex(self._ids.index(child_id))

    def step(self, delta: int) -> None:
        if len(self._ids) > 1:
            self.combo.setCurrentIndex((self.combo.currentIndex() + delta) % len(self._ids))

    def _changed(self, index: int) -> None:
        if 0 <= index < len(self._ids):
            self.child_selected.emit(self._ids[index])
