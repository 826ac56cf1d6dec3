"""One child on the household page: name, class, this month's figures, what needs attention
and which of the child's data is missing or old."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.attention import SECTION_NAMES, ChildSummary, Concern, Gap
from ..core.formatting import absolute, number, percent
from .child_switcher import describe
from .colors import accents
from .text import elide, plain_label, plain_tooltip

if TYPE_CHECKING:
    from ..core.attention import AttentionItem

SHOWN_ITEMS = 3  # on the card; the "Needs attention" list has them all
LINE = 50  # characters a card's line shows (the rest is in its tooltip)


def figures_text(summary: ChildSummary) -> str:
    """ "Attendance this month: 80 % (4 of 5 classes)" and, below, "1,340 points · 12 courses
    in progress" (whichever the child's data has)."""
    attendance = ""
    if summary.attended is not None and summary.missed is not None:
        held = summary.attended + summary.missed
        rate = percent(summary.attendance_percent) if held else "no class held yet"
        detail = f" ({summary.attended} of {held} classes)" if held else ""
        attendance = f"Attendance this month: {rate}{detail}"
    rest = []
    if summary.points is not None:
        rest.append(f"{number(summary.points)} points")
    if summary.courses_in_progress is not None:
        count = summary.courses_in_progress
        rest.append(f"{number(count)} course{'s' if count != 1 else ''} in progress")
    return "\n".join(line for line in (attendance, " · ".join(rest)) if line)


def gap_text(gap: Gap) -> str:
    name = SECTION_NAMES[gap.section]
    if gap.data_from is None:
        return f"{name}: {gap.reason}; not checked."
    return f"{name}: {gap.reason}; data from {absolute(gap.data_from)}."


# A word or two per kind on the card (the list beside it says why in full).
SHORT = {
    Concern.PAST_DUE: "Past due",
    Concern.FAILED_GRADE: "Failed",
    Concern.DUE_SOON: "Due soon",
    Concern.LOW_AVERAGE: "Low average",
    Concern.MISSED_CLASS: "Missed class",
    Concern.LOW_ATTENDANCE: "Attendance",
    Concern.CERTIFICATE_REVOKED: "Revoked",
    Concern.CERTIFICATE_EXPIRING: "Expiring",
}


def item_line(item: AttentionItem) -> str:
    return f"• {SHORT[item.concern]}: {item.what}"


def item_full(item: AttentionItem) -> str:
    return f"• {item.what} — {item.why}"


def _line_label(name: str) -> QLabel:
    """Lines of at most LINE characters, never wrapped (a wrapped label is measured again for
    every width: ten cards of them make the page slow to show); the card may cut a long line."""
    label = plain_label()
    label.setObjectName(name)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


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
        self.name = _line_label("child_card_name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.name.setFont(font)
        top.addWidget(self.name, 1)
        self.open_button = QPushButton("&Show")
        self.open_button.setObjectName("child_card_open")
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.child_id))
        top.addWidget(self.open_button)
        column.addLayout(top)
        self.figures = _line_label("child_card_figures")
        column.addWidget(self.figures)
        self.items = _line_label("child_card_items")
        column.addWidget(self.items)
        self.gaps = _line_label("child_card_gaps")
        column.addWidget(self.gaps)
        self._gap_color = ""

    def show_summary(self, summary: ChildSummary, now: datetime) -> None:
        child = summary.child
        self.child_id = child.contact_id
        self.name.setText(elide(child.name, LINE - 12))
        self.name.setToolTip(plain_tooltip(describe(child, limit=600)))
        self.open_button.setAccessibleName(f"Show {child.name}")
        self.open_button.setToolTip(f"Show {child.name}'s overview")
        if not summary.loaded:
            figures = "Loading…" if not summary.gaps else ""
        else:
            figures = figures_text(summary) or "No figures available."
        lines = [child.class_and_section, *figures.split("\n")]
        self.figures.setText("\n".join(elide(line, LINE) for line in lines if line))
        items = summary.items
        if not summary.loaded:
            lines = []
        elif not items:
            lines = ["Nothing needs attention."]
        else:
            lines = [item_line(i) for i in items[:SHOWN_ITEMS]]
            if len(items) > SHOWN_ITEMS:
                lines.append(f"and {len(items) - SHOWN_ITEMS} more in the list")
        self.items.setText("\n".join(elide(line, LINE) for line in lines))
        full = "\n".join(item_full(i) for i in items)
        self.items.setToolTip(plain_tooltip(full) if full else "")
        self.items.setVisible(bool(lines))
        color = accents(self.palette()).warning.name()
        if color != self._gap_color:  # a style sheet costs a restyle: only when it changes
            self._gap_color = color
            self.gaps.setStyleSheet(f"color: {color};")
        gaps = [gap_text(g) for g in summary.gaps]
        self.gaps.setText("\n".join(elide(line, LINE) for line in gaps))
        self.gaps.setToolTip(plain_tooltip("\n".join(gaps)) if gaps else "")
        self.gaps.setVisible(bool(gaps))
        count = len(items)
        needs = f"{count} item{'s' if count != 1 else ''} need attention" if count else ""
        self.setAccessibleName(f"{child.name}. {needs}".strip(". "))
