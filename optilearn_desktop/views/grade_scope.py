"""Above the Grades table: which grades it shows, honestly labelled. "Recent (from school)" is
the server's last 10; "All seen on this computer since <date>" adds the grade history kept in
the encrypted cache, when there is one. And the course detail button (course_detail.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QRadioButton, QWidget

from ..core.formatting import date_only
from ..core.grade_history import GradeHistory
from ..core.wording import arg
from .retranslate import Retranslating
from .text import plain_label


class CourseButton(Retranslating, QPushButton):
    """ "Course details…" for a tab's selected row (Enter or a double-click do the same)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Course details…"))
        self.setAccessibleName(self.tr("Course details"))
        self.setToolTip(
            self.tr("Grades seen, average and trend of the selected row's course (Enter)")
        )


def course_button(name: str) -> QPushButton:
    button = CourseButton()
    button.setObjectName(name)
    button.setEnabled(False)
    return button


class GradeScope(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grades_scope")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        self.recent = QRadioButton()
        self.recent.setObjectName("grades_recent")
        self.all_seen = QRadioButton()
        self.all_seen.setObjectName("grades_all_seen")
        self._since: str | None = None  # the date the kept history starts, shown
        self.recent.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.recent, self.all_seen):
            group.addButton(button)
            row.addWidget(button)
        group.buttonToggled.connect(self._toggled)
        self.note = plain_label(wrap=True)
        self.note.setObjectName("grades_history_note")
        row.addWidget(self.note, 1)
        self.details = course_button("grades_course_detail")
        row.addWidget(self.details)
        self.retranslate()

    def retranslate(self) -> None:
        self.recent.setText(self.tr("Recent (from school)"))
        self.recent.setToolTip(self.tr("The latest grades the school's server sends"))
        since = self._since
        self.all_seen.setText(
            arg(self.tr("All seen on this computer since %1"), since)
            if since
            else self.tr("All seen on this computer")
        )
        self.all_seen.setToolTip(self.tr("Every grade this computer has seen of this child"))
        self.note.setText(
            self.tr(
                "Older grades are not kept on this computer: that needs “Keep me signed in”, "
                "and never happens on a shared computer."
            )
        )

    def _toggled(self, _button: QRadioButton, on: bool) -> None:
        if on:  # once per choice: the button turned off toggles too
            self.changed.emit()

    @property
    def showing_all(self) -> bool:
        return self.all_seen.isChecked() and self.all_seen.isEnabled()

    def set_history(self, history: GradeHistory | None) -> None:
        """What this child has kept: the "since" date, or why nothing is."""
        kept = history is not None
        self._since = date_only(history.since) if history is not None else None
        self.retranslate()
        self.all_seen.setEnabled(kept)
        self.all_seen.setVisible(kept)
        self.note.setVisible(not kept)
        if not kept and self.all_seen.isChecked():
            self.recent.setChecked(True)

    def show_all(self) -> None:
        if self.all_seen.isEnabled():
            self.all_seen.setChecked(True)
