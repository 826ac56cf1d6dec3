"""Achievements tab: current and longest streak, total points, badges."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...core.formatting import absolute, counted, date_only, number
from ...core.parent_data import ChildState
from ...core.wording import QT_TRANSLATE_NOOP, arg
from ...models.vocabulary import Section
from ..stat_cards import StatTile
from ..table_model import Column, RowTableModel, make_table
from ..text import plain_label
from .base import OverviewPage
from .rows_or_note import RowsOrNote

if TYPE_CHECKING:
    from ...models.overview import Badge, Gamification


class Columns(IntEnum):
    NAME = 0
    DESCRIPTION = 1
    EARNED = 2


class AchievementsPage(OverviewPage):
    section = Section.ACHIEVEMENTS
    tab_title = QT_TRANSLATE_NOOP("OverviewView", "Achievements")

    def __init__(self, parent: QWidget | None = None) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        tiles = QHBoxLayout()
        self.current = StatTile("ach_current")
        self.longest = StatTile("ach_longest")
        self.points = StatTile("ach_points")
        for tile in (self.current, self.longest, self.points):
            tiles.addWidget(tile)
        layout.addLayout(tiles)
        self.badges_title = title = plain_label()
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        columns: list[Column[Badge]] = [
            Column(lambda: self.tr("Badge"), lambda b: b.name, bold=True),
            Column(lambda: self.tr("What it is for"), lambda b: b.description, stretch=True),
            Column(
                lambda: self.tr("Earned"),
                lambda b: date_only(b.earned_at),
                sort_key=lambda b: b.earned_at.timestamp() if b.earned_at else None,
                tooltip=lambda b: absolute(b.earned_at),
            ),
        ]
        self.model: RowTableModel[Badge] = RowTableModel(columns)
        self.table = make_table(self.model, Columns, "badges_table")
        self.rows = RowsOrNote(layout, self.table, "achievements_no_badges")
        self.no_badges = self.rows.note
        super().__init__("achievements_page", content, parent)
        self.model.setParent(self)

    def retranslate(self) -> None:
        self.current.set_caption(self.tr("Current streak"))
        self.longest.set_caption(self.tr("Longest streak"))
        self.points.set_caption(self.tr("Total points"))
        self.badges_title.setText(self.tr("Badges"))
        super().retranslate()

    def fill(self, value: Gamification, state: ChildState, now: datetime) -> tuple[str, str] | None:
        def days(count: int) -> str:
            return counted(lambda n: self.tr("%n day(s)", "", n), count)

        self.current.set_values(days(value.current_streak), self.tr("in a row"))
        self.longest.set_values(days(value.longest_streak), self.tr("best so far"))
        self.points.set_values(
            number(value.total_points),
            counted(lambda n: self.tr("%n badge(s)", "", n), len(value.badges)),
        )
        self.model.set_rows(value.badges)
        self.rows.show(
            bool(value.badges),
            arg(
                self.tr(
                    "No badges earned yet. Badges reward things like a streak of learning days "
                    "or high quiz scores; each one %1 earns is listed here with the date it was "
                    "earned."
                ),
                state.child.name,
            ),
        )
        return None

    def clear(self) -> None:
        self.model.set_rows([])
        self.rows.clear()
        for tile in (self.current, self.longest, self.points):
            tile.set_values("—", "")
