"""Stat tiles: a caption, a big value and a sub-line. The four quick stats above the tabs
(DOC: streak/longest, points/badges, attended/missed this month, courses/completed)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..core.formatting import counted, number, percent
from ..core.parent_data import ChildState
from ..core.wording import arg
from ..models.vocabulary import Section
from .retranslate import Retranslating
from .text import emphasize, plain_label


class StatTile(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.caption = plain_label()
        self.value = plain_label("—")
        self.value.setObjectName(f"{name}_value")
        emphasize(self.value, 1.8)
        self.sub = plain_label("")
        self.sub.setObjectName(f"{name}_sub")
        for label in (self.caption, self.sub):  # longer in other languages: wrapped, not cut
            label.setWordWrap(True)
        for label in (self.caption, self.value, self.sub):
            layout.addWidget(label)
        self.set_values("—", "")

    def set_caption(self, caption: str) -> None:
        self.caption.setText(caption)
        self.set_values(self.value.text(), self.sub.text())

    def set_values(self, value: str, sub: str) -> None:
        self.value.setText(value)
        self.sub.setText(sub)
        spoken = arg(self.tr("%1: %2. %3"), self.caption.text(), value, sub)
        self.setAccessibleName(spoken.strip())


class QuickStats(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_stats")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.streak = StatTile("stat_streak")
        self.points = StatTile("stat_points")
        self.classes = StatTile("stat_classes")
        self.courses = StatTile("stat_courses")
        for tile in self.tiles:
            layout.addWidget(tile)
        self.retranslate()

    def retranslate(self) -> None:
        self.streak.set_caption(self.tr("Current streak"))
        self.points.set_caption(self.tr("Total points"))
        self.classes.set_caption(self.tr("Classes attended this month"))
        self.courses.set_caption(self.tr("Courses"))

    @property
    def tiles(self) -> tuple[StatTile, ...]:
        return (self.streak, self.points, self.classes, self.courses)

    def clear(self) -> None:
        for tile in self.tiles:
            tile.set_values("—", "")

    def show_state(self, state: ChildState) -> None:
        o = state.overview
        game = o.gamification
        if game is not None:
            self.streak.set_values(
                counted(lambda n: self.tr("%n day(s)", "", n), game.current_streak),
                arg(self.tr("Longest: %1"), number(game.longest_streak)),
            )
            self.points.set_values(
                number(game.total_points),
                counted(lambda n: self.tr("%n badge(s)", "", n), len(game.badges)),
            )
        live = o.live_classes
        if live is not None:
            self.classes.set_values(
                number(live.attended_this_month),
                arg(
                    self.tr("Missed: %1 · Attendance %2"),
                    number(live.missed_this_month),
                    percent(live.attendance_percent),
                ),
            )
        if o.courses is not None:
            self.courses.set_values(
                number(len(o.courses)),
                arg(self.tr("Completed: %1"), number(o.courses_completed or 0)),
            )
        for section, tile in (
            (Section.ACHIEVEMENTS, self.streak),
            (Section.ACHIEVEMENTS, self.points),
            (Section.LIVE_CLASSES, self.classes),
            (Section.COURSES, self.courses),
        ):
            if not state.has(section):
                tile.set_values("—", self.tr("Not available"))
