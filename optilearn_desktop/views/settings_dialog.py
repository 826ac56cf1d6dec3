"""Notification settings: the server preferences of the parent keys (channels, frequency, locks)
and the options that only concern this computer (tray alerts, quiet hours, start in the tray).

The server part is all or nothing: Save sends one PUT with only what changed; a rejection or a
lost connection puts the controls back to the values last loaded from the server and says why.
Offline, the server part is read-only while the local options can still be saved.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..api.errors import ApiError, OfflineError
from ..core.desktop_options import DesktopOptions
from ..models.base import label_of
from ..models.notifications import Channels, Frequency, ParentKey, Preference, PreferenceChange
from .colors import accents
from .text import plain_label

if TYPE_CHECKING:
    from ..api.client import OptiLearnClient
    from ..core.settings import LocalSettings
    from ..core.tasks import TaskRunner

log = logging.getLogger(__name__)

OFFLINE_TEXT = (
    "You are offline: notification settings can be changed when OptiLearn is reachable. "
    "The options for this computer can still be saved."
)
LOCKED_TEXT = "Always on: the school requires this alert."
UNKNOWN_KEY_TEXT = (
    "This version of OptiLearn Desktop cannot change this alert; use the OptiLearn website."
)
QUIET_HOURS_TEXT = "During quiet hours tray alerts are held, then shown together as one summary."
FREQUENCY_LABELS = {
    Frequency.IMMEDIATE: "Right away",
    Frequency.DAILY: "Once a day",
    Frequency.WEEKLY: "Once a week",
}
# The tray knows these four keys; the labels are ours so they show before (or without) a load.
TRAY_LABELS = {
    ParentKey.CHILD_GRADED: "Assignment graded",
    ParentKey.CHILD_LOW_GRADE: "Low grade alert",
    ParentKey.CHILD_ABSENT: "Missed live class",
    ParentKey.WEEKLY_DIGEST: "Weekly progress summary",
}


def object_slug(key: str) -> str:
    """objectName fragment for a wire key: 'PARENT_CHILD_GRADED' -> 'parent_child_graded'."""
    return re.sub(r"[^a-z0-9_]", "_", str(key).lower()) or "unknown"


def frequency_label(value: Frequency | str) -> str:
    return FREQUENCY_LABELS.get(value, label_of(value))  # type: ignore[call-overload]


def _to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


@dataclass
class PreferenceRow:
    """The widgets of one server key."""

    preference: Preference
    frame: QFrame
    title: QLabel
    description: QLabel
    note: QLabel
    enabled: QCheckBox
    email: QCheckBox
    push: QCheckBox
    in_app: QCheckBox
    frequency: QComboBox

    @property
    def known(self) -> bool:
        return isinstance(self.preference.key, ParentKey)

    @property
    def channels(self) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
        return (self.email, self.push, self.in_app)

    def controls(self) -> list[QWidget]:
        return [self.enabled, *self.channels, self.frequency]

    def show_values(self, pref: Preference) -> None:
        self.preference = pref
        self.enabled.setChecked(pref.enabled or pref.locked)
        self.email.setChecked(pref.channels.email)
        self.push.setChecked(pref.channels.push)
        self.in_app.setChecked(pref.channels.in_app)
        self.frequency.blockSignals(True)
        self.frequency.clear()
        options = list(dict.fromkeys([*pref.frequency_options, pref.frequency]))
        for option in options:
            self.frequency.addItem(frequency_label(option), str(option))
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(str(pref.frequency))))
        self.frequency.blockSignals(False)

    def change(self) -> PreferenceChange | None:
        """What differs from the loaded value, field by field (omitted fields keep theirs)."""
        pref = self.preference
        if not self.known:
            return None
        fields: dict[str, Any] = {}
        if pref.can_disable and self.enabled.isChecked() != pref.enabled:
            fields["enabled"] = self.enabled.isChecked()
        channels = Channels(
            email=self.email.isChecked(), push=self.push.isChecked(), in_app=self.in_app.isChecked()
        )
        if channels != pref.channels:
            fields["channels"] = channels
        frequency = self.frequency.currentData()
        if pref.can_change_frequency and frequency and frequency != str(pref.frequency):
            fields["frequency"] = frequency
        return PreferenceChange(key=str(pref.key), **fields) if fields else None


class NotificationSettingsDialog(QDialog):
    preferences_saved = Signal(list)  # list[Preference], as the server answered the PUT
    options_saved = Signal(object)  # DesktopOptions, after they were written

    def __init__(
        self,
        client: OptiLearnClient,
        settings: LocalSettings,
        tasks: TaskRunner,
        *,
        online: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notification_settings_dialog")
        self.setWindowTitle("Notification settings")
        self._client = client
        self._settings = settings
        self._tasks = tasks
        self._load_task_name = f"notification_settings.load.{id(self):x}"
        self._save_task_name = f"notification_settings.save.{id(self):x}"
        self._app_online = online
        self._reachable = True  # False after an OfflineError until a load succeeds
        self._loaded: list[Preference] | None = None
        self._load_error: str | None = None
        self._loading = False
        self._saving = False
        self._load_started = False
        self._undone_offline = False
        self.rows: dict[str, PreferenceRow] = {}
        own_tasks: list[Any] = []
        self._own_tasks = own_tasks
        # Tasks must not outlive the dialog (its callbacks also check it still exists).
        self.destroyed.connect(lambda *_: [t.cancel() for t in own_tasks if not t.done()])

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = plain_label(
            "Choose which alerts you get about your children and how they reach you.", wrap=True
        )
        intro.setObjectName("settings_intro")
        layout.addWidget(intro)

        # -- server part -------------------------------------------------------------------
        self.server_group = QGroupBox("Saved in your OptiLearn account")
        self.server_group.setObjectName("server_group")
        server_layout = QVBoxLayout(self.server_group)
        status_row = QHBoxLayout()
        self.status_label = plain_label(wrap=True)
        self.status_label.setObjectName("server_status")
        self.status_label.setAccessibleName("Notification settings status")
        self.retry_button = QPushButton("Retry")
        self.retry_button.setObjectName("retry_button")
        self.retry_button.setAccessibleName("Retry loading the notification settings")
        self.retry_button.setToolTip("Load the notification settings from OptiLearn again")
        self.retry_button.clicked.connect(self.load)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        server_layout.addLayout(status_row)
        self.offline_label = plain_label(OFFLINE_TEXT, wrap=True)
        self.offline_label.setObjectName("offline_explanation")
        self.offline_label.setAccessibleName("Offline")
        server_layout.addWidget(self.offline_label)
        self.rows_box = QWidget()
        self.rows_box.setObjectName("preference_rows")
        self._rows_layout = QVBoxLayout(self.rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        server_layout.addWidget(self.rows_box)
        self.save_error_label = plain_label(wrap=True)
        self.save_error_label.setObjectName("save_error")
        self.save_error_label.setAccessibleName("Saving problem")
        server_layout.addWidget(self.save_error_label)
        layout.addWidget(self.server_group)

        # -- this computer -----------------------------------------------------------------
        self.local_group = QGroupBox("On this computer")
        self.local_group.setObjectName("local_group")
        local_layout = QVBoxLayout(self.local_group)
        tray_intro = plain_label("Show a tray alert for:")
        tray_intro.setObjectName("tray_alerts_intro")
        local_layout.addWidget(tray_intro)
        tray_grid = QHBoxLayout()
        tray_columns = (QVBoxLayout(), QVBoxLayout())
        self.tray_checks: dict[str, QCheckBox] = {}
        for index, (key, text) in enumerate(TRAY_LABELS.items()):
            check = QCheckBox(text)
            check.setObjectName(f"tray_{object_slug(key)}")
            check.setAccessibleName(f"Tray alert: {text}")
            self.tray_checks[key.value] = check
            tray_columns[index % 2].addWidget(check)
        for column in tray_columns:
            tray_grid.addLayout(column)
        tray_grid.addStretch(1)
        local_layout.addLayout(tray_grid)

        quiet_row = QHBoxLayout()
        self.quiet_check = QCheckBox("Quiet hours from")
        self.quiet_check.setObjectName("quiet_hours_enabled")
        self.quiet_check.setAccessibleName("Quiet hours")
        self.quiet_start = QTimeEdit()
        self.quiet_start.setObjectName("quiet_hours_start")
        self.quiet_start.setAccessibleName("Quiet hours start")
        self.quiet_end = QTimeEdit()
        self.quiet_end.setObjectName("quiet_hours_end")
        self.quiet_end.setAccessibleName("Quiet hours end")
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
        until = plain_label("to")
        until.setObjectName("quiet_hours_to")
        quiet_row.addWidget(self.quiet_check)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(until)
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        local_layout.addLayout(quiet_row)
        quiet_note = plain_label(QUIET_HOURS_TEXT, wrap=True)
        quiet_note.setObjectName("quiet_hours_note")
        quiet_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        local_layout.addWidget(quiet_note)
        self.start_in_tray = QCheckBox("Start in the tray (open the window from the tray icon)")
        self.start_in_tray.setObjectName("start_in_tray")
        self.start_in_tray.setAccessibleName("Start in the tray")
        local_layout.addWidget(self.start_in_tray)
        self.keep_running = QCheckBox("Keep running in the tray when the window is closed")
        self.keep_running.setObjectName("keep_running_in_tray")
        self.keep_running.setAccessibleName("Keep running in the tray when the window is closed")
        local_layout.addWidget(self.keep_running)
        layout.addWidget(self.local_group)
        self.local_error_label = plain_label(wrap=True)
        self.local_error_label.setObjectName("local_save_error")
        self.local_error_label.setAccessibleName("Saving problem on this computer")
        layout.addWidget(self.local_error_label)
        layout.addStretch(1)  # extra height goes above the buttons, not between the sections

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setAccessibleName("Save")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.quiet_check.toggled.connect(self._refresh_state)
        self.show_options(DesktopOptions.load(settings))
        self.save_error_label.hide()
        self.local_error_label.hide()
        self.setMinimumWidth(560)
        self._restyle()
        self._refresh_state()

    # -- public ------------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self._app_online

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def is_saving(self) -> bool:
        return self._saving

    @property
    def loaded_preferences(self) -> list[Preference] | None:
        """The values last loaded from (or saved to) the server."""
        return self._loaded

    @property
    def server_editable(self) -> bool:
        return (
            self._app_online
            and self._reachable
            and self._loaded is not None
            and not self._loading
            and not self._saving
        )

    def row(self, key: ParentKey | str) -> PreferenceRow:
        return self.rows[str(key)]

    def set_online(self, online: bool) -> None:
        """Follow the session's connectivity. Going offline undoes unsaved server edits (they
        could not be saved); coming back loads the server values again if needed."""
        was_online, self._app_online = self._app_online, online
        if not online:
            if self._loading:
                self._tasks.cancel(self._load_task_name)
                self._loading = False
            if not self._saving and self.pending_changes():
                self._show_loaded()
                self._undone_offline = True
        elif not was_online:
            self._undone_offline = False
            if self._load_started and (self._loaded is None or not self._reachable):
                self.load()
                return
        self._refresh_state()

    def pending_changes(self) -> list[PreferenceChange]:
        """The server changes Save would send now."""
        if self._loaded is None:
            return []
        return [c for c in (row.change() for row in self.rows.values()) if c is not None]

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

    def load(self) -> None:
        """(Re)load the server preferences; started by the first show."""
        self._load_started = True
        if not self._app_online or self._saving:
            self._refresh_state()
            return
        self._loading = True
        self._load_error = None
        self.save_error_label.hide()
        self._refresh_state()
        task = self._tasks.start(
            self._load_task_name,
            self._client.preferences(),
            on_result=self._load_succeeded,
            on_error=self._load_failed,
        )
        self._track(task)

    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        self.save_error_label.hide()
        self.local_error_label.hide()
        options = self.options()
        changes = self.pending_changes() if self.server_editable else []
        if not changes:
            if self._write_options(options):
                self.accept()
            return
        if self._loading:  # pending changes imply a finished load; belt and braces
            self._tasks.cancel(self._load_task_name)
            self._loading = False
        self._saving = True
        self._refresh_state()
        task = self._tasks.start(
            self._save_task_name,
            self._client.update_preferences(changes),
            on_result=lambda prefs: self._save_succeeded(prefs, options),
            on_error=self._save_failed,
        )
        self._track(task)

    # -- Qt overrides ------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._load_started:
            QTimer.singleShot(0, self, lambda: self._grow_to_fit(shrink=True))
            self.load()

    def done(self, result: int) -> None:
        self._tasks.cancel(self._load_task_name)
        self._tasks.cancel(self._save_task_name)
        self._loading = self._saving = False
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()

    # -- loading -----------------------------------------------------------------------------

    def _track(self, task: Any) -> None:
        self._own_tasks[:] = [t for t in self._own_tasks if not t.done()]
        self._own_tasks.append(task)

    def _load_succeeded(self, prefs: list[Preference]) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        self._reachable = True
        self._load_error = None
        self._undone_offline = False
        self._loaded = list(prefs)
        self._build_rows(self._loaded)
        self._refresh_state()

    def _load_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        if isinstance(error, OfflineError):
            self._reachable = False
            self._load_error = None
        elif isinstance(error, ApiError):
            self._load_error = f"The notification settings could not be loaded: {error.message}"
        else:
            log.error("loading notification settings failed", exc_info=error)
            self._load_error = (
                "The notification settings could not be loaded because of an unexpected "
                "problem. Please try again."
            )
        self._refresh_state()

    def _build_rows(self, prefs: list[Preference]) -> None:
        old = self.rows_box
        self.rows = {}
        box = QWidget()
        box.setObjectName("preference_rows")
        rows_layout = QVBoxLayout(box)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(6)
        for index, pref in enumerate(prefs):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                rows_layout.addWidget(line)
            row = self._make_row(pref)
            self.rows[str(pref.key)] = row
            rows_layout.addWidget(row.frame)
        combos = [row.frequency for row in self.rows.values()]
        width = max((c.sizeHint().width() for c in combos), default=0)
        for combo in combos:  # one column of "How often" boxes, whatever their texts
            combo.setMinimumWidth(width)
        self.server_group.layout().replaceWidget(old, box)
        old.setParent(None)  # out of the tree now (findChild), deleted later
        old.deleteLater()
        self.rows_box = box

    def _make_row(self, pref: Preference) -> PreferenceRow:
        slug = object_slug(str(pref.key))
        name = pref.label or label_of(pref.key)
        frame = QFrame()
        frame.setObjectName(f"pref_{slug}")
        outer = QVBoxLayout(frame)
        outer.setContentsMargins(0, 2, 0, 2)
        outer.setSpacing(2)
        header = QHBoxLayout()
        title = plain_label(name, wrap=True)
        title.setObjectName(f"pref_{slug}_label")
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        enabled = QCheckBox("On")
        enabled.setObjectName(f"pref_{slug}_enabled")
        enabled.setAccessibleName(f"{name}: on")
        if pref.description:
            enabled.setAccessibleDescription(pref.description)
        header.addWidget(title, 1)
        header.addWidget(enabled, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        description = plain_label(pref.description, wrap=True)
        description.setObjectName(f"pref_{slug}_description")
        description.setVisible(bool(pref.description))
        outer.addWidget(description)
        note = plain_label(wrap=True)
        note.setObjectName(f"pref_{slug}_note")
        if not isinstance(pref.key, ParentKey):
            note.setText(UNKNOWN_KEY_TEXT)
        elif pref.locked:
            note.setText(LOCKED_TEXT)
            enabled.setToolTip(LOCKED_TEXT)
        note.setVisible(bool(note.text()))
        outer.addWidget(note)
        controls = QHBoxLayout()
        controls.setSpacing(12)
        send_by = plain_label("Send by:")
        send_by.setObjectName(f"pref_{slug}_send_by")
        controls.addWidget(send_by)
        email, push, in_app = QCheckBox("Email"), QCheckBox("Push"), QCheckBox("In-app")
        for check, part, spoken in (
            (email, "email", "email"),
            (push, "push", "push notification"),
            (in_app, "in_app", "in the app"),
        ):
            check.setObjectName(f"pref_{slug}_{part}")
            check.setAccessibleName(f"{name}: {spoken}")
            controls.addWidget(check)
        controls.addStretch(1)
        how_often = plain_label("How often:")
        how_often.setObjectName(f"pref_{slug}_how_often")
        frequency = QComboBox()
        frequency.setObjectName(f"pref_{slug}_frequency")
        frequency.setAccessibleName(f"{name}: how often")
        how_often.setBuddy(frequency)
        controls.addWidget(how_often)
        controls.addWidget(frequency)
        outer.addLayout(controls)
        row = PreferenceRow(
            pref, frame, title, description, note, enabled, email, push, in_app, frequency
        )
        row.show_values(pref)
        if not pref.can_change_frequency:
            frequency.setToolTip("The school sets how often this alert is sent.")
        enabled.toggled.connect(self._refresh_state)
        return row

    def _show_loaded(self) -> None:
        """Put every server control back to the values last loaded from the server."""
        by_key = {str(p.key): p for p in self._loaded or []}
        for key, row in self.rows.items():
            if key in by_key:
                row.show_values(by_key[key])

    # -- saving ------------------------------------------------------------------------------

    def _write_options(self, options: DesktopOptions) -> bool:
        try:
            options.save(self._settings)
        except OSError as exc:
            log.warning("desktop options not saved (%s)", type(exc).__name__)
            self._show_local_error(
                "The options for this computer could not be saved: "
                f"{exc.strerror or type(exc).__name__}."
            )
            return False
        self.options_saved.emit(options)
        return True

    def _save_succeeded(self, prefs: list[Preference], options: DesktopOptions) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self._loaded = list(prefs)
        self._show_loaded()
        self._refresh_state()
        self.preferences_saved.emit(list(prefs))
        if self._write_options(options):
            self.accept()
        else:
            self.local_error_label.setText(
                "Your notification settings were saved in your OptiLearn account. "
                + self.local_error_label.text()
            )

    def _save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self._show_loaded()  # all or nothing: nothing of this attempt stays on screen
        if isinstance(error, OfflineError):
            self._reachable = False
            text = (
                "Nothing was saved: OptiLearn could not be reached. The notification settings "
                "are back to the values saved in your account. Press Save again to keep the "
                "options for this computer."
            )
        elif isinstance(error, ApiError):
            text = (
                f"OptiLearn did not accept the change: {error.message.strip()}\n"
                "Nothing was saved; the settings are back to the values saved in your account."
            )
        else:
            log.error("saving notification settings failed", exc_info=error)
            text = (
                "Nothing was saved because of an unexpected problem; the settings are back to "
                "the values saved in your account."
            )
        self.save_error_label.setText(text)
        self.save_error_label.show()
        self._refresh_state()

    # -- presentation ------------------------------------------------------------------------

    def _show_local_error(self, text: str) -> None:
        self.local_error_label.setText(text)
        self.local_error_label.show()

    def _restyle(self) -> None:
        colours = accents(self.palette())
        failed = f"color: {colours.failed.name()};"
        self.save_error_label.setStyleSheet(failed)
        self.local_error_label.setStyleSheet(failed)
        self.offline_label.setStyleSheet(f"color: {colours.warning.name()};")
        self._style_status()

    def _style_status(self) -> None:
        colour = accents(self.palette()).failed.name() if self._load_error else None
        self.status_label.setStyleSheet(f"color: {colour};" if colour else "")

    def _grow_to_fit(self, shrink: bool = False) -> None:
        """A message or the rows appeared: grow (never shrink) so nothing is squeezed. Wrapped
        labels make the height depend on the width, which a top-level minimum size ignores."""
        layout = self.layout()
        if not self.isVisible() or layout is None:
            return
        layout.activate()
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height() or (shrink and needed < self.height()):
            self.resize(width, needed)

    def _refresh_state(self, *_: Any) -> None:
        offline = not self._app_online or not self._reachable
        if self._loading:
            status = "Loading…"
        elif self._load_error:
            status = self._load_error
        elif self._loaded is None and not offline:
            status = "Loading…" if self._load_started else ""
        elif self._loaded is not None and not self._loaded:
            status = "OptiLearn has no notification settings for this account."
        else:
            status = ""
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        self._style_status()
        self.retry_button.setVisible(
            self._app_online
            and not self._loading
            and not self._saving
            and (bool(self._load_error) or not self._reachable)
        )
        offline_text = OFFLINE_TEXT
        if self._undone_offline:
            offline_text += " Your unsaved changes to them were undone."
        self.offline_label.setText(offline_text)
        self.offline_label.setVisible(offline)
        self.rows_box.setVisible(bool(self.rows) and not self._loading)

        editable = self.server_editable
        for row in self.rows.values():
            row_editable = editable and row.known
            row.enabled.setEnabled(row_editable and row.preference.can_disable)
            switched_on = row.enabled.isChecked()
            for check in row.channels:
                check.setEnabled(row_editable and switched_on)
            row.frequency.setEnabled(
                row_editable
                and switched_on
                and row.preference.can_change_frequency
                and row.frequency.count() > 1
            )

        local = not self._saving
        for check in self.tray_checks.values():
            check.setEnabled(local)
        self.quiet_check.setEnabled(local)
        for edit in (self.quiet_start, self.quiet_end):
            edit.setEnabled(local and self.quiet_check.isChecked())
        self.start_in_tray.setEnabled(local)
        self.keep_running.setEnabled(local)
        self.save_button.setEnabled(not self._saving)
        self.save_button.setText("Saving…" if self._saving else "Save")
        QTimer.singleShot(0, self, self._grow_to_fit)
        self.save_button.setToolTip(
            "Save the options for this computer (the account settings cannot be changed "
            "while offline)"
            if offline
            else "Save your notification settings"
        )
