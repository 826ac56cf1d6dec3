"""The alerts saved in the parent's OptiLearn account: one row per key, the loading and offline
notes, Retry, and why the last save did not go through. It shows what the preferences service
says; it never talks to the server itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...core.preferences import PreferencesService, PreferencesState
from ...core.wording import QT_TRANSLATE_NOOP, arg, translate
from ...models.notifications import ParentKey, Preference, PreferenceChange
from ..colors import accents
from ..text import plain_label
from .alert_row import PreferenceRow

OFFLINE_TEXT = QT_TRANSLATE_NOOP(
    "ServerPanel",
    "You are offline: notification settings can be changed when OptiLearn is reachable. "
    "The options for this computer can still be saved.",
)
UNDONE_TEXT = QT_TRANSLATE_NOOP("ServerPanel", "Your unsaved changes to them were undone.")
UNREADABLE_TEXT = QT_TRANSLATE_NOOP(
    "ServerPanel",
    "The notification settings could not be loaded because of an unexpected problem. "
    "Please try again.",
)


def save_failure_text(state: PreferencesState, message: str | None) -> str:
    """What the parent reads after a save that did not go through."""
    if state is PreferencesState.OFFLINE:
        return translate(
            "ServerPanel",
            "Nothing was saved: OptiLearn could not be reached. The notification settings "
            "are back to the values saved in your account. Press Save again to keep the "
            "options for this computer.",
        )
    if message is not None:
        return arg(
            translate(
                "ServerPanel",
                "OptiLearn did not accept the change: %1\n"
                "Nothing was saved; the settings are back to the values saved in your account.",
            ),
            message,
        )
    return translate(
        "ServerPanel",
        "Nothing was saved because of an unexpected problem; the settings are back to "
        "the values saved in your account.",
    )


class ServerPanel(QGroupBox):
    edited = Signal()  # a row was switched on or off (what else is editable follows)

    def __init__(self, service: PreferencesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Saved in your OptiLearn account"))
        self.setObjectName("server_group")
        self._service = service
        self.undone_offline = False  # unsaved edits were undone when the app went offline
        self.rows: dict[str, PreferenceRow] = {}
        layout = self._layout = QVBoxLayout(self)
        status_row = QHBoxLayout()
        self.status_label = plain_label(wrap=True)
        self.status_label.setObjectName("server_status")
        self.status_label.setAccessibleName(self.tr("Notification settings status"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("retry_button")
        self.retry_button.setAccessibleName(self.tr("Retry loading the notification settings"))
        self.retry_button.setToolTip(self.tr("Load the notification settings from OptiLearn again"))
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        self.offline_label = plain_label(self.tr(OFFLINE_TEXT), wrap=True)
        self.offline_label.setObjectName("offline_explanation")
        self.offline_label.setAccessibleName(self.tr("Offline"))
        layout.addWidget(self.offline_label)
        self.rows_box, _ = self._new_rows_box()
        layout.addWidget(self.rows_box)
        self.save_error_label = plain_label(wrap=True)
        self.save_error_label.setObjectName("save_error")
        self.save_error_label.setAccessibleName(self.tr("Saving problem"))
        self.save_error_label.hide()
        layout.addWidget(self.save_error_label)

    @staticmethod
    def _new_rows_box() -> tuple[QWidget, QVBoxLayout]:
        box = QWidget()
        box.setObjectName("preference_rows")
        rows_layout = QVBoxLayout(box)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(6)
        return box, rows_layout

    def row(self, key: ParentKey | str) -> PreferenceRow:
        return self.rows[str(key)]

    def pending_changes(self) -> list[PreferenceChange]:
        """The server changes Save would send now."""
        if self._service.preferences is None:
            return []
        return [c for c in (row.change() for row in self.rows.values()) if c is not None]

    def show_preferences(self, prefs: list[Preference]) -> None:
        """One row per key, in the server's order, replacing the rows shown so far."""
        old = self.rows_box
        self.rows = {}
        box, rows_layout = self._new_rows_box()
        for index, pref in enumerate(prefs):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                rows_layout.addWidget(line)
            row = PreferenceRow.build(pref)
            row.enabled.toggled.connect(self.edited)
            self.rows[str(pref.key)] = row
            rows_layout.addWidget(row.frame)
        combos = [row.frequency for row in self.rows.values()]
        width = max((c.sizeHint().width() for c in combos), default=0)
        for combo in combos:  # one column of "How often" boxes, whatever their texts
            combo.setMinimumWidth(width)
        self._layout.replaceWidget(old, box)
        old.setParent(None)  # out of the tree now (findChild), deleted later
        old.deleteLater()
        self.rows_box = box
        self.undone_offline = False
        self.show_state()

    def show_loaded(self) -> None:
        """Put every control back to the values last loaded from the server."""
        by_key = {str(p.key): p for p in self._service.preferences or []}
        for key, row in self.rows.items():
            if key in by_key:
                row.show_values(by_key[key])

    def show_save_failure(self, state: PreferencesState) -> None:
        self.show_loaded()  # all or nothing: nothing of this attempt stays on screen
        self.save_error_label.setText(save_failure_text(state, self._service.message))
        self.save_error_label.show()
        self.show_state()

    def show_state(self) -> None:
        service = self._service
        state = service.state
        offline = not service.online or not service.reachable
        status = ""
        if state is PreferencesState.LOADING:
            status = self.tr("Loading…")
        elif state is PreferencesState.FAILED:
            status = (
                arg(self.tr("The notification settings could not be loaded: %1"), service.message)
                if service.message is not None
                else self.tr(UNREADABLE_TEXT)
            )
        elif service.preferences is None and not offline:
            status = self.tr("Loading…") if service.asked else ""
        elif service.preferences == []:
            status = self.tr("OptiLearn has no notification settings for this account.")
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        self._style_status()
        self.retry_button.setVisible(service.can_retry)
        offline_text = self.tr(OFFLINE_TEXT)
        if self.undone_offline:
            offline_text = arg(
                self.tr("%1 %2", "offline, then: unsaved changes undone"),
                offline_text,
                self.tr(UNDONE_TEXT),
            )
        self.offline_label.setText(offline_text)
        self.offline_label.setVisible(offline)
        self.rows_box.setVisible(bool(self.rows) and state is not PreferencesState.LOADING)
        for row in self.rows.values():
            row.set_editable(service.editable)

    def restyle(self) -> None:
        colours = accents(self.palette())
        self.save_error_label.setStyleSheet(f"color: {colours.failed.name()};")
        self.offline_label.setStyleSheet(f"color: {colours.warning.name()};")
        self._style_status()

    def _style_status(self) -> None:
        failed = self._service.state is PreferencesState.FAILED
        colour = accents(self.palette()).failed.name() if failed else None
        self.status_label.setStyleSheet(f"color: {colour};" if colour else "")
