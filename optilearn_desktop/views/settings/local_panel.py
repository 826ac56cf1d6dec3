"""The options kept on this computer only: which alerts reach the tray, quiet hours, start in the
tray and keep running when the window is closed. They can be saved even offline."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import language
from ...core.desktop_options import DesktopOptions
from ...core.wording import QT_TRANSLATE_NOOP, arg, pieces, translate
from ...models.notifications import ParentKey
from ..text import plain_label
from .alert_row import object_slug

# The tray knows these four keys; the labels are ours so they show before (or without) a load.
TRAY_LABELS = {
    ParentKey.CHILD_GRADED: QT_TRANSLATE_NOOP("LocalPanel", "Assignment graded"),
    ParentKey.CHILD_LOW_GRADE: QT_TRANSLATE_NOOP("LocalPanel", "Low grade alert"),
    ParentKey.CHILD_ABSENT: QT_TRANSLATE_NOOP("LocalPanel", "Missed live class"),
    ParentKey.WEEKLY_DIGEST: QT_TRANSLATE_NOOP("LocalPanel", "Weekly progress summary"),
}


def _to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class LocalPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("On this computer"))
        self.setObjectName("local_group")
        layout = QVBoxLayout(self)
        tray_intro = plain_label(self.tr("Show a tray alert for:"))
        tray_intro.setObjectName("tray_alerts_intro")
        layout.addWidget(tray_intro)
        tray_grid = QHBoxLayout()
        tray_columns = (QVBoxLayout(), QVBoxLayout())
        self.tray_checks: dict[str, QCheckBox] = {}
        for index, (key, english) in enumerate(TRAY_LABELS.items()):
            text = translate("LocalPanel", english)
            check = QCheckBox(text)
            check.setObjectName(f"tray_{object_slug(key)}")
            check.setAccessibleName(arg(self.tr("Tray alert: %1"), text))
            self.tray_checks[key.value] = check
            tray_columns[index % 2].addWidget(check)
        for column in tray_columns:
            tray_grid.addLayout(column)
        tray_grid.addStretch(1)
        layout.addLayout(tray_grid)

        quiet_row = QHBoxLayout()
        self.quiet_check = QCheckBox()
        self.quiet_check.setObjectName("quiet_hours_enabled")
        self.quiet_check.setAccessibleName(self.tr("Quiet hours"))
        self.quiet_start = QTimeEdit()
        self.quiet_start.setObjectName("quiet_hours_start")
        self.quiet_start.setAccessibleName(self.tr("Quiet hours start"))
        self.quiet_end = QTimeEdit()
        self.quiet_end.setObjectName("quiet_hours_end")
        self.quiet_end.setAccessibleName(self.tr("Quiet hours end"))
        for edit in (self.quiet_start, self.quiet_end):
            # A time reads hours first in every script; in a right-to-left layout Qt would
            # show 21:00 as 00:21 (set before the format, which Qt reads in this direction).
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("HH:mm")
        self.quiet_to = plain_label()
        self.quiet_to.setObjectName("quiet_hours_to")
        self.quiet_after = plain_label()
        self.quiet_after.setObjectName("quiet_hours_after")
        self._word_quiet_hours()
        for widget in (
            self.quiet_check,
            self.quiet_start,
            self.quiet_to,
            self.quiet_end,
            self.quiet_after,
        ):
            quiet_row.addWidget(widget)
        quiet_row.addStretch(1)
        layout.addLayout(quiet_row)
        quiet_note = plain_label(
            self.tr("During quiet hours tray alerts are held, then shown together as one summary."),
            wrap=True,
        )
        quiet_note.setObjectName("quiet_hours_note")
        quiet_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(quiet_note)
        self.start_in_tray = QCheckBox(
            self.tr("Start in the tray (open the window from the tray icon)")
        )
        self.start_in_tray.setObjectName("start_in_tray")
        self.start_in_tray.setAccessibleName(self.tr("Start in the tray"))
        layout.addWidget(self.start_in_tray)
        keep_running = self.tr("Keep running in the tray when the window is closed")
        self.keep_running = QCheckBox(keep_running)
        self.keep_running.setObjectName("keep_running_in_tray")
        self.keep_running.setAccessibleName(keep_running)
        layout.addWidget(self.keep_running)
        layout.addLayout(self._language_row())

    def _word_quiet_hours(self) -> None:
        """The sentence around the two time boxes, in the language's own word order."""
        english = ["Quiet hours from", "to", ""]
        sentence = self.tr(
            "Quiet hours from %1 to %2", "around widgets: %1 is the start time, %2 the end"
        )
        words = pieces(sentence, 2) or english
        self.quiet_check.setText(words[0])
        self.quiet_to.setText(words[1])
        self.quiet_after.setText(words[2])
        self.quiet_after.setVisible(bool(words[2]))

    def _language_row(self) -> QHBoxLayout:
        """System default, then each language named in itself."""
        row = QHBoxLayout()
        self.language_caption = plain_label()
        self.language_caption.setObjectName("language_caption")
        self.language = QComboBox()
        self.language.setObjectName("language_choice")
        self.language.addItem("", language.SYSTEM)
        for code, name in language.ENDONYMS.items():
            self.language.addItem(name, code)
        self.language_caption.setBuddy(self.language)
        row.addWidget(self.language_caption)
        row.addWidget(self.language)
        row.addStretch(1)
        self.name_language_row()
        return row

    def name_language_row(self) -> None:
        self.language_caption.setText(self.tr("&Language:"))
        self.language.setItemText(0, self.tr("System default"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("The language of this app on this computer"))

    def language_choice(self) -> str:
        return str(self.language.currentData())

    def show_language(self, code: str) -> None:
        index = self.language.findData(code)
        self.language.setCurrentIndex(max(0, index))

    def options(self) -> DesktopOptions:
        """The local options as the controls show them."""
        off = frozenset(key for key, check in self.tray_checks.items() if not check.isChecked())
        return DesktopOptions(
            tray_alerts_off=off,
            quiet_hours_enabled=self.quiet_check.isChecked(),
            quiet_start=_from_qtime(self.quiet_start.time()),
            quiet_end=_from_qtime(self.quiet_end.time()),
            start_in_tray=self.start_in_tray.isChecked(),
            keep_running_in_tray=self.keep_running.isChecked(),
        )

    def show_options(self, options: DesktopOptions) -> None:
        for key, check in self.tray_checks.items():
            check.setChecked(options.tray_alert(key))
        self.quiet_check.setChecked(options.quiet_hours_enabled)
        self.quiet_start.setTime(_to_qtime(options.quiet_start))
        self.quiet_end.setTime(_to_qtime(options.quiet_end))
        self.start_in_tray.setChecked(options.start_in_tray)
        self.keep_running.setChecked(options.keep_running_in_tray)

    def set_editable(self, editable: bool) -> None:
        """Everything but the quiet-hours times, which follow their own check box too."""
        for check in (*self.tray_checks.values(), self.quiet_check):
            check.setEnabled(editable)
        for edit in (self.quiet_start, self.quiet_end):
            edit.setEnabled(editable and self.quiet_check.isChecked())
        self.start_in_tray.setEnabled(editable)
        self.keep_running.setEnabled(editable)
        self.language.setEnabled(editable)
