"""One child on the household page: name, class, this month's figures, what needs attention
and which of the child's data is missing or old."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..core.attention import SECTION_NAMES, ChildSummary, Gap
from .child_switcher import describe
from .colors import accents
from .formatting import absolute, number, percent
from .text import elide, plain_label

if TYPE_CHECKING:
    from ..core.attention import AttentionItem

SHOWN_ITEMS = 3  # on the card; the "Needs attention" list has them all


def figures_text(summary: ChildSummary) -> str:
    """ "Attendance 80 % (4 of 5 classes) · 1,340 points · 12 courses in progress"."""
    parts = []
    if summary.attended is not None and summary.missed is not None:
        held = summary.attended + summary.missed
        rate = percent(summary.attendance_percent) if held else "no class held yet"
        detail = f" ({summary.attended} of {held} classes)" if held else ""
        parts.append(f"Attendance this month: {rate}{detail}")
    if summary.points is not None:
        parts.append(f"{number(summary.points)} points")
    if summary.courses_in_progress is not None:
        count = summary.courses_in_progress
        parts.append(f"{number(count)} course{'s' if count != 1 else ''} in progress")
    return " · ".join(parts)


def gap_text(gap: Gap) -> str:
    name = SECTION_NAMES[gap.section]
    if gap.data_from is None:
        return f"{name}: {gap.reason}; not checked."
    return f"{name}: {gap.reason}; data from {absolute(gap.data_from)}."


def item_line(item: AttentionItem) -> str:
    return elide(f"• {item.what} — {item.why}", 140)


class ChildCard(QFrame):
    open_requested = Signal(str)  # contact id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("child_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.child_id = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(4)
        top = QHBoxLayout()
        self.name = plain_label(wrap=True)
        self.name.setObjectName("child_card_name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.name.setFont(font)
        top.addWidget(self.name, 1)
        self.open_button = QPushButton("Open")
        self.open_button.setObjectName("child_card_open")
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.child_id))
        top.addWidget(self.open_button)
        column.addLayout(top)
        self.figures = plain_label(wrap=True)
        self.figures.setObjectName("child_card_figures")
        column.addWidget(self.figures)
        self.items = plain_label(wrap=True)
        self.items.setObjectName("child_card_items")
        column.addWidget(self.items)
        self.gaps = plain_label(wrap=True)
        self.gaps.setObjectName("child_card_gaps")
        column.addWidget(self.gaps)

    def show_summary(self, summary: ChildSummary, now: datetime) -> None:
        child = summary.child
        self.child_id = child.contact_id
        self.name.setText(describe(child))
        self.open_button.setAccessibleName(f"Open {child.name}")
        self.open_button.setToolTip(f"Open {child.name}'s overview")
        if not summary.loaded:
            self.figures.setText("Loading…" if not summary.gaps else "")
        else:
            self.figures.setText(figures_text(summary) or "No figures available.")
        items = summary.items
        if not summary.loaded:
            lines = []
        elif not items:
            lines = ["Nothing needs attention."]
        else:
            lines = [item_line(i) for i in items[:SHOWN_ITEMS]]
            if len(items) > SHOWN_ITEMS:
                lines.append(f"and {len(items) - SHOWN_ITEMS} more below")
        self.items.setText("\n".join(lines))
        self.items.setVisible(bool(lines))
        color = accents(self.palette()).warning.name()
        self.gaps.setStyleSheet(f"color: {color};")
        self.gaps.setText("\n".join(gap_text(g) for g in summary.gaps))
        self.gaps.setVisible(bool(summary.gaps))
        count = len(items)
        needs = f"{count} item{'s' if count != 1 else ''} need attention" if count else ""
        self.setAccessibleName(f"{child.name}. {needs}".strip(". "))
