"""Stat tiles: a caption, a big value and a sub-line. The four quick stats above the tabs
(DOC: streak/longest, points/badges, attended/missed this month, courses/completed)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..core.formatting import number, percent
from ..core.parent_data import ChildState
from ..models.vocabulary import Section
from .text import plain_label


class StatTile(QFrame):
    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.caption = plain_label(caption)
        self.value = plain_label("—")
        self.value.setObjectName(f"{name}_value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.sub = plain_label("")
        self.sub.setObjectName(f"{name}_sub")
        for label in (self.caption, self.value, self.sub):
            layout.addWidget(label)
        self._caption = caption
        self.set_values("—", "")

    def set_values(self, value: str, sub: str) -> None:
        self.value.setText(value)
        self.sub.setText(sub)
        self.setAccessibleName(f"{self._caption}: {value}. {sub}".strip())


class QuickStats(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_stats")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.streak = StatTile("stat_streak", "Current streak")
        self.points = StatTile("stat_points", "Total points")
        self.classes = StatTile("stat_classes", "Classes attended this month")
        self.courses = StatTile("stat_courses", "Courses")
        for tile in self.tiles:
            layout.addWidget(tile)

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
            days = "day" if game.current_streak == 1 else "days"
            self.streak.set_values(
                f"{number(game.current_streak)} {days}", f"Longest: {number(game.longest_streak)}"
            )
            badges = len(game.badges)
            self.points.set_values(
                number(game.total_points), f"{badges} badge{'s' if badges != 1 else ''}"
            )
        live = o.live_classes
        if live is not None:
            self.classes.set_values(
                number(live.attended_this_month),
                f"Missed: {live.missed_this_month} · Attendance {percent(live.attendance_percent)}",
            )
        if o.courses is not None:
            self.courses.set_values(number(len(o.courses)), f"Completed: {o.courses_completed}")
        for section, tile in (
            (Section.ACHIEVEMENTS, self.streak),
            (Section.ACHIEVEMENTS, self.points),
            (Section.LIVE_CLASSES, self.classes),
            (Section.COURSES, self.courses),
        ):
            if not state.has(section):
                tile.set_values("—", "Not available")
