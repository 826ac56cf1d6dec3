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

from ..core.attention import ChildSummary, Concern, Gap, section_name
from ..core.formatting import absolute, counted, number, percent
from ..core.overview_words import class_and_section
from ..core.wording import QT_TRANSLATE_NOOP, Context, arg, translate
from .child_switcher import describe
from .colors import accents
from .retranslate import Retranslating
from .text import elide, emphasize, plain_label, plain_tooltip

if TYPE_CHECKING:
    from ..core.attention import AttentionItem


class CardWords(Context):
    """The translation context of this module's functions (plural texts need a `tr` call)."""


SHOWN_ITEMS = 3  # on the card; the "Needs attention" list has them all
LINE = 50  # characters a card's line shows of the school's texts (the rest is in a tooltip)
SHORTEST = 12  # characters of a school's text kept however long our words around it are


def fitted(parts: list[str], separator: str) -> list[str]:
    """`parts` joined by `separator` on a line while the line fits LINE, then a new line: our
    own words are never cut (a language that words them longer gets more lines)."""
    lines: list[str] = []
    for part in parts:
        if lines and len(lines[-1]) + len(separator) + len(part) <= LINE:
            lines[-1] += separator + part
        else:
            lines.append(part)
    return lines


def around(template: str, *values: str, school: int) -> str:
    """`template` filled, value number `school` (the school's text, 1-based) shortened so that
    the line fits LINE where our words leave room for it."""
    room = LINE - len(arg(template, *(v if i != school else "" for i, v in enumerate(values, 1))))
    shortened = [
        elide(v, max(room, SHORTEST)) if i == school else v for i, v in enumerate(values, 1)
    ]
    return arg(template, *shortened)


def figures_lines(summary: ChildSummary) -> list[str]:
    """ "Attendance this month: 80 % (4 of 5 classes)" and, below, "1,340 points · 12 courses
    in progress" (whichever the child's data has)."""
    attendance = []
    if summary.attended is not None and summary.missed is not None:
        held = summary.attended + summary.missed
        if held:
            attendance = [
                arg(CardWords.tr("Attendance this month: %1"), percent(summary.attendance_percent)),
                arg(
                    counted(lambda n: CardWords.tr("(%1 of %n class(es))", "", n), held),
                    number(summary.attended),
                ),
            ]
        else:
            attendance = [CardWords.tr("No class held this month")]
    rest = []
    if summary.points is not None:
        rest.append(counted(lambda n: CardWords.tr("%Ln point(s)", "", n), summary.points))
    if summary.courses_in_progress is not None:
        count = summary.courses_in_progress
        rest.append(counted(lambda n: CardWords.tr("%Ln course(s) in progress", "", n), count))
    return fitted(attendance, " ") + fitted(rest, " · ")


def gap_text(gap: Gap) -> str:
    name = section_name(gap.section)
    if gap.data_from is None:
        return around(CardWords.tr("%1: %2; not checked."), name, gap.reason, school=2)
    when = absolute(gap.data_from)
    return around(CardWords.tr("%1: %2; data from %3."), name, gap.reason, when, school=2)


# A word or two per kind on the card (the list beside it says why in full).
SHORT = {
    Concern.PAST_DUE: QT_TRANSLATE_NOOP("CardWords", "Past due"),
    Concern.FAILED_GRADE: QT_TRANSLATE_NOOP("CardWords", "Failed"),
    Concern.DUE_SOON: QT_TRANSLATE_NOOP("CardWords", "Due soon"),
    Concern.LOW_AVERAGE: QT_TRANSLATE_NOOP("CardWords", "Low average"),
    Concern.MISSED_CLASS: QT_TRANSLATE_NOOP("CardWords", "Missed class"),
    Concern.LOW_ATTENDANCE: QT_TRANSLATE_NOOP("CardWords", "Attendance"),
    Concern.CERTIFICATE_REVOKED: QT_TRANSLATE_NOOP("CardWords", "Revoked"),
    Concern.CERTIFICATE_EXPIRING: QT_TRANSLATE_NOOP("CardWords", "Expiring"),
}


def item_line(item: AttentionItem) -> str:
    kind = translate("CardWords", SHORT[item.concern])
    template = CardWords.tr("• %1: %2", "a kind of item, then what it is about")
    return around(template, kind, item.what, school=2)


def item_full(item: AttentionItem) -> str:
    return f"• {item.what} — {item.why}"


def _line_label(name: str) -> QLabel:
    """Lines of at most LINE characters, never wrapped (a wrapped label is measured again for
    every width: ten cards of them make the page slow to show); the card may cut a long line."""
    label = plain_label()
    label.setObjectName(name)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class ChildCard(Retranslating, QFrame):
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
        emphasize(self.name, 1.15)
        top.addWidget(self.name, 1)
        self.open_button = QPushButton()
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
        self.retranslate()

    def retranslate(self) -> None:
        # The rest is data-driven: the household page shows every card again (HouseholdNav).
        self.open_button.setText(self.tr("&Show"))

    def show_summary(self, summary: ChildSummary, now: datetime) -> None:
        child = summary.child
        self.child_id = child.contact_id
        self.name.setText(elide(child.name, LINE - 12))
        self.name.setToolTip(plain_tooltip(describe(child, limit=600)))
        self.open_button.setAccessibleName(arg(self.tr("Show %1"), child.name))
        self.open_button.setToolTip(arg(self.tr("Show %1's overview"), child.name))
        if not summary.loaded:
            figures = [self.tr("Loading…")] if not summary.gaps else []
        else:
            figures = figures_lines(summary) or [self.tr("No figures available.")]
        lines = [elide(class_and_section(child), LINE), *figures]
        self.figures.setText("\n".join(line for line in lines if line))
        items = summary.items
        if not summary.loaded:
            lines = []
        elif not items:
            lines = [self.tr("Nothing needs attention.")]
        else:
            lines = [item_line(i) for i in items[:SHOWN_ITEMS]]
            if len(items) > SHOWN_ITEMS:
                more = len(items) - SHOWN_ITEMS
                lines.append(self.tr("and %n more in the list", "", more))
        self.items.setText("\n".join(lines))
        full = "\n".join(item_full(i) for i in items)
        self.items.setToolTip(plain_tooltip(full) if full else "")
        self.items.setVisible(bool(lines))
        color = accents(self.palette()).warning.name()
        if color != self._gap_color:  # a style sheet costs a restyle: only when it changes
            self._gap_color = color
            self.gaps.setStyleSheet(f"color: {color};")
        gaps = [gap_text(g) for g in summary.gaps]
        self.gaps.setText("\n".join(gaps))
        self.gaps.setToolTip(plain_tooltip("\n".join(gaps)) if gaps else "")
        self.gaps.setVisible(bool(gaps))
        count = len(items)
        self.setAccessibleName(
            arg(self.tr("%1. %n item(s) needing attention", "", count), child.name)
            if count
            else child.name
        )
