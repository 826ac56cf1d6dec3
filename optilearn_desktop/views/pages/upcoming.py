"""Upcoming tab: the next 5 assignments of active enrollments, due time relative and absolute."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...core.formatting import absolute, relative, score
from ...core.parent_data import ChildState
from ...core.wording import QT_TRANSLATE_NOOP, arg
from ...models.vocabulary import Section
from ..colors import accents
from ..table_model import Column, RowTableModel, make_table
from .base import OverviewPage

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from ...models.overview import UpcomingAssignment

SOON_SECONDS = 48 * 3600


class Columns(IntEnum):
    TITLE = 0
    COURSE = 1
    DUE_IN = 2
    DUE_AT = 3
    MAX = 4


class UpcomingPage(OverviewPage):
    section = Section.UPCOMING
    tab_title = QT_TRANSLATE_NOOP("OverviewView", "Upcoming")

    def __init__(self, parent: QWidget | None = None) -> None:
        self._now: datetime | None = None

        def soon(item: UpcomingAssignment) -> bool:
            return bool(self._now and (item.due_at - self._now).total_seconds() < SOON_SECONDS)

        def due_color(item: UpcomingAssignment) -> QColor | None:
            return accents(self.palette()).warning if soon(item) else None

        def due_text(item: UpcomingAssignment) -> str:
            # Said in words as well as in colour: colour alone reaches neither a screen reader
            # nor a parent who cannot tell the warning colour apart.
            if not self._now:
                return ""
            when = relative(item.due_at, self._now)
            return arg(self.tr("%1 · due soon"), when) if soon(item) else when

        columns: list[Column[UpcomingAssignment]] = [
            Column(lambda: self.tr("Assignment"), lambda a: a.title, stretch=True),
            Column(lambda: self.tr("Course"), lambda a: a.course_title),
            Column(
                lambda: self.tr("Due"),
                due_text,
                sort_key=lambda a: a.due_at.timestamp(),
                color=due_color,
                tooltip=lambda a: arg(self.tr("%1 (%2)"), due_text(a), absolute(a.due_at)),
            ),
            Column(
                lambda: self.tr("Due date"),
                lambda a: absolute(a.due_at),
                sort_key=lambda a: a.due_at.timestamp(),
            ),
            Column(
                lambda: self.tr("Points"),
                lambda a: "—" if a.max_score is None else score(a.max_score),
                sort_key=lambda a: a.max_score,
                align_right=True,
            ),
        ]
        self.model: RowTableModel[UpcomingAssignment] = RowTableModel(columns)
        self.table = make_table(self.model, Columns, "upcoming_table")
        super().__init__("upcoming_page", self.table, parent)
        self.model.setParent(self)

    def fill(
        self, value: list[UpcomingAssignment], state: ChildState, now: datetime
    ) -> tuple[str, str] | None:
        self._now = now
        self.model.set_rows(value)
        if not value:
            return (
                self.tr("Nothing due"),
                arg(self.tr("%1 has no upcoming assignments."), state.child.name),
            )
        return None

    def clear(self) -> None:
        self.model.set_rows([])
