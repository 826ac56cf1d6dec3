"""The household page: one compact card per child and, across all of them, what needs
attention, most urgent first. An item opens its child's tab at the row it is about."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.attention import AttentionItem, Concern
from ...core.formatting import absolute, number, relative
from ...core.wording import arg
from ..colors import accents
from ..household_card import ChildCard
from ..retranslate import Retranslating
from ..section_page import panel_in
from ..table_model import Column, RowTableModel, make_table
from ..text import emphasize, plain_label

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from ...core.attention import Household

CARDS_WIDTH, CARDS_MIN_WIDTH = 400, 240
_SERIOUS = {Concern.PAST_DUE, Concern.FAILED_GRADE, Concern.LOW_AVERAGE}


class Columns(IntEnum):
    CHILD = 0
    WHAT = 1
    WHY = 2
    WHEN = 3


class HouseholdPage(Retranslating, QWidget):
    child_requested = Signal(str)  # contact id: open that child's overview
    item_requested = Signal(object)  # AttentionItem: open its child's tab at its row
    retranslated = Signal()  # the language changed: the cards and items must be made again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("household_page")
        self._now: datetime | None = None
        column = self.column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        title = self.title = plain_label()
        emphasize(title, 1.25)
        top.addWidget(title)
        top.addStretch(1)
        self.age_label = plain_label()
        self.age_label.setObjectName("household_age")
        top.addWidget(self.age_label)
        column.addLayout(top)
        body = QHBoxLayout()
        column.addLayout(body, 1)
        self.cards_area = QScrollArea()
        self.cards_area.setObjectName("household_cards")
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        # Narrower on a small screen: a kiosk's full screen must not grow past it.
        self.cards_area.setMinimumWidth(CARDS_MIN_WIDTH)
        self.cards_area.setMaximumWidth(CARDS_WIDTH)
        self.cards_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self.cards_column = QVBoxLayout(holder)
        self.cards_column.setContentsMargins(0, 0, 6, 0)
        self.cards_column.addStretch(1)
        self.cards_area.setWidget(holder)
        body.addWidget(self.cards_area, 1)
        right = QVBoxLayout()
        self.attention_title = plain_label()
        self.attention_title.setObjectName("attention_title")
        self.attention_title.setFont(title.font())
        right.addWidget(self.attention_title)
        self.model: RowTableModel[AttentionItem] = RowTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, Columns, "attention_table")
        self.table.activated.connect(self._activated)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.empty = panel_in(self.stack, "attention_empty")
        right.addWidget(self.stack, 1)
        body.addLayout(right, 2)
        self.cards: list[ChildCard] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Household"))
        self.title.setText(self.tr("Your household"))
        self.table.setAccessibleName(self.tr("Needs attention list"))
        self.table.setToolTip(self.tr("Enter or double-click: open the child's tab at this row"))
        self._title_count()
        self.model.retranslate()
        self.retranslated.emit()

    def _title_count(self) -> None:
        count = self.model.rowCount()
        self.attention_title.setText(
            arg(self.tr("Needs attention (%1)"), number(count))
            if count
            else self.tr("Needs attention")
        )

    def _columns(self) -> list[Column[AttentionItem]]:
        def color(item: AttentionItem) -> QColor:
            colors = accents(self.palette())
            return colors.failed if item.concern in _SERIOUS else colors.warning

        return [
            Column(lambda: self.tr("Child"), lambda i: i.child_name),
            Column(lambda: self.tr("What"), lambda i: i.what, stretch=True),
            Column(lambda: self.tr("Why"), lambda i: i.why, color=color),
            Column(
                lambda: self.tr("When"),
                lambda i: relative(i.when, self._now) if self._now and i.when else "",
                sort_key=lambda i: i.when.timestamp() if i.when else None,
                tooltip=lambda i: absolute(i.when),
            ),
        ]

    def show_household(self, household: Household, now: datetime, loading: bool) -> None:
        self._now = now
        self._cards_for(len(household.children))
        for card, summary in zip(self.cards, household.children, strict=True):
            card.show_summary(summary, now)
        self.model.set_rows(household.items)
        count = len(household.items)
        self._title_count()
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            known = any(s.loaded for s in household.children)
            self.empty.show_message(
                self.tr("Nothing needs your attention") if known else self.tr("Loading…"),
                self.tr(
                    "No failed grade, low average, work due soon, missed class or expiring "
                    "certificate in what the school sent."
                )
                if known
                else "",
            )
            self.stack.setCurrentWidget(self.empty)
        self.age_label.setText(self.tr("Loading the children…") if loading else "")

    def clear(self) -> None:
        self.model.set_rows([])
        self._cards_for(0)

    def items(self) -> list[AttentionItem]:
        return self.model.rows()

    def _cards_for(self, count: int) -> None:
        """Reuse the cards there are: a refresh rebuilds nothing."""
        while len(self.cards) < count:
            card = ChildCard()
            card.open_requested.connect(self.child_requested)
            self.cards_column.insertWidget(len(self.cards), card)
            card.show()  # now: a layout shows a widget it takes only once events are processed
            self.cards.append(card)
        while len(self.cards) > count:
            card = self.cards.pop()
            card.setParent(None)  # out of the window's widgets at once (a kiosk's wipe)
            card.deleteLater()

    def _activated(self, index: QModelIndex) -> None:
        rows = self.model.rows()
        if 0 <= index.row() < len(rows):
            self.item_requested.emit(rows[index.row()])
