"""Live classes tab: attended and missed this month, attendance %, the next 5 registered, and
which classes were missed (when the server lists them)."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QTableView, QVBoxLayout, QWidget

from ...core.formatting import absolute, counted, month_name, number, percent, relative
from ...core.parent_data import ChildState
from ...core.wording import QT_TRANSLATE_NOOP, arg
from ...models.vocabulary import Section
from ..stat_cards import StatTile
from ..table_model import Column, RowTableModel, make_table
from ..text import plain_label
from .base import OverviewPage
from .rows_or_note import RowsOrNote

if TYPE_CHECKING:
    from ...models.overview import LiveClass, LiveClassSummary


class Columns(IntEnum):
    TITLE = 0
    COURSE = 1
    STARTS_IN = 2
    STARTS_AT = 3
    LENGTH = 4


class MissedColumns(IntEnum):
    TITLE = 0
    COURSE = 1
    HELD = 2


class LiveClassesPage(OverviewPage):
    section = Section.LIVE_CLASSES
    tab_title = QT_TRANSLATE_NOOP("OverviewView", "Live classes")

    def __init__(self, parent: QWidget | None = None) -> None:
        self._now: datetime | None = None
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        tiles = QHBoxLayout()
        self.attended = StatTile("live_attended")
        self.missed = StatTile("live_missed")
        self.rate = StatTile("live_rate")
        for tile in (self.attended, self.missed, self.rate):
            tiles.addWidget(tile)
        layout.addLayout(tiles)
        self.upcoming_title = plain_label()
        font = self.upcoming_title.font()
        font.setBold(True)
        self.upcoming_title.setFont(font)
        layout.addWidget(self.upcoming_title)
        columns: list[Column[LiveClass]] = [
            *self._class_and_course(),
            Column(
                lambda: self.tr("Starts"),
                lambda c: relative(c.starts_at, self._now) if self._now else "",
                sort_key=lambda c: c.starts_at.timestamp(),
            ),
            Column(
                lambda: self.tr("Date and time"),
                lambda c: absolute(c.starts_at),
                sort_key=lambda c: c.starts_at.timestamp(),
            ),
            Column(lambda: self.tr("Length"), self._length, align_right=True),
        ]
        self.model: RowTableModel[LiveClass] = RowTableModel(columns)
        self.table = make_table(self.model, Columns, "live_classes_table")
        self.rows = RowsOrNote(layout, self.table, "live_no_upcoming")
        self.no_upcoming = self.rows.note
        self.missed_title = plain_label()  # worded in retranslate
        self.missed_title.setFont(font)
        layout.addWidget(self.missed_title)
        missed_columns: list[Column[LiveClass]] = [
            *self._class_and_course(),
            Column(
                lambda: self.tr("Held"),
                lambda c: absolute(c.starts_at),
                sort_key=lambda c: c.starts_at,
            ),
        ]
        self.missed_model: RowTableModel[LiveClass] = RowTableModel(missed_columns)
        self.missed_table = make_table(self.missed_model, MissedColumns, "missed_classes_table")
        layout.addWidget(self.missed_table, 1)
        super().__init__("live_classes_page", content, parent)
        self.model.setParent(self)
        self.missed_model.setParent(self)

    def retranslate(self) -> None:
        self.attended.set_caption(self.tr("Attended this month"))
        self.missed.set_caption(self.tr("Missed this month"))
        self.rate.set_caption(self.tr("Attendance"))
        self.upcoming_title.setText(self.tr("Next live classes"))
        self.missed_title.setText(self.tr("Missed this month"))
        self.missed_table.setAccessibleName(self.tr("Missed classes list"))
        self.missed_model.retranslate()  # the base class does the main table's
        super().retranslate()

    def _length(self, item: LiveClass) -> str:
        if item.ends_at is None:
            return "—"
        minutes = round((item.ends_at - item.starts_at).total_seconds() / 60)
        return counted(lambda n: self.tr("%n min", "", n), minutes)

    def fill(
        self, value: LiveClassSummary, state: ChildState, now: datetime
    ) -> tuple[str, str] | None:
        self._now = now
        classes = (
            arg(self.tr("classes in %1"), month_name(value.month))
            if value.month
            else self.tr("classes this month")
        )
        self.attended.set_values(number(value.attended_this_month), classes)
        self.missed.set_values(number(value.missed_this_month), classes)
        held = value.attended_this_month + value.missed_this_month
        self.rate.set_values(
            percent(value.attendance_percent),
            self.tr("No class held yet this month")
            if held == 0
            else counted(lambda n: self.tr("of %n class(es) held", "", n), held),
        )
        self.model.set_rows(value.upcoming)
        missed = value.missed_classes or []  # None: the server does not list them
        self.rows.show(
            bool(value.upcoming),
            arg(
                self.tr(
                    "No live class is scheduled yet. The classes %1 registers for appear here "
                    "with their date, time and length."
                ),
                state.child.name,
            ),
            take_room=not missed,
        )
        self.missed_model.set_rows(missed)
        self.missed_title.setVisible(bool(missed))
        self.missed_table.setVisible(bool(missed))
        return None

    def _class_and_course(self) -> list[Column[LiveClass]]:
        """The first two columns of both tables: the class, stretched, and its course."""
        return [
            Column(lambda: self.tr("Class"), lambda c: c.title, stretch=True),
            Column(lambda: self.tr("Course"), lambda c: c.course_title),
        ]

    def row_tables(self) -> list[QTableView]:
        return [self.missed_table, self.table]

    def clear(self) -> None:
        self.model.set_rows([])
        self.rows.clear()
        self.missed_model.set_rows([])
        for tile in (self.attended, self.missed, self.rate):
            tile.set_values("—", "")
