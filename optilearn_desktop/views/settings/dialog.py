"""Notification settings: the server preferences of the parent keys (channels, frequency, locks)
and the options that only concern this computer (tray alerts, quiet hours, start in the tray).

The server part is all or nothing: Save sends one change with only what differs; a rejection or
a lost connection puts the controls back to the values last loaded from the server and says why.
Offline, the server part is read-only while the local options can still be saved. The dialog lays
out the two panels and wires the preferences service; the service talks to the server.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...core import language
from ...core.desktop_options import DesktopOptions
from ...core.preferences import PreferencesService, PreferencesState
from ...core.wording import arg
from ...models.notifications import ParentKey, Preference, PreferenceChange
from ..colors import accents
from ..text import plain_label
from .alert_row import PreferenceRow
from .local_panel import LocalPanel
from .server_panel import ServerPanel

if TYPE_CHECKING:
    from ...core.settings import LocalSettings

log = logging.getLogger(__name__)


class NotificationSettingsDialog(QDialog):
    preferences_saved = Signal(list)  # list[Preference], as the server answered the save
    options_saved = Signal(object)  # DesktopOptions, after they were written
    language_chosen = Signal(str)  # a code of core.language, saved and different from before

    def __init__(
        self,
        service: PreferencesService,
        settings: LocalSettings,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notification_settings_dialog")
        self.setWindowTitle(self.tr("Notification settings"))
        self.service = service
        self._settings = settings
        self._options_to_save: DesktopOptions | None = None
        # Work must not outlive the dialog (its slots also check it still exists).
        self.destroyed.connect(lambda *_: service.cancel())

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = plain_label(
            self.tr("Choose which alerts you get about your children and how they reach you."),
            wrap=True,
        )
        intro.setObjectName("settings_intro")
        layout.addWidget(intro)
        self.server_panel = ServerPanel(service)
        layout.addWidget(self.server_panel)
        self.local_panel = LocalPanel()
        layout.addWidget(self.local_panel)
        self.local_error_label = plain_label(wrap=True)
        self.local_error_label.setObjectName("local_save_error")
        self.local_error_label.setAccessibleName(self.tr("Saving problem on this computer"))
        self.local_error_label.hide()
        layout.addWidget(self.local_error_label)
        layout.addStretch(1)  # extra height goes above the buttons, not between the sections

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        # The word is ours, as Save's is, so that both buttons read alike in every language.
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        # The controls the parent (and outside checks) reach through the dialog.
        panel, local = self.server_panel, self.local_panel
        self.server_group = panel
        self.status_label, self.retry_button = panel.status_label, panel.retry_button
        self.offline_label, self.save_error_label = panel.offline_label, panel.save_error_label
        self.local_group, self.tray_checks = local, local.tray_checks
        self.quiet_check, self.quiet_start, self.quiet_end = (
            local.quiet_check,
            local.quiet_start,
            local.quiet_end,
        )
        self.start_in_tray, self.keep_running = local.start_in_tray, local.keep_running

        self.retry_button.clicked.connect(self.load)
        panel.edited.connect(self._refresh_state)
        self.quiet_check.toggled.connect(self._refresh_state)
        service.state_changed.connect(self._refresh_state)
        service.loaded.connect(self._show_preferences)
        service.saved.connect(self._save_succeeded)
        service.save_failed.connect(self._save_failed)
        local.show_options(DesktopOptions.load(settings))
        local.show_language(language.load_choice(settings))
        self.setMinimumWidth(560)
        self._restyle()
        self._refresh_state()

    # -- public ------------------------------------------------------------------------------

    @property
    def rows(self) -> dict[str, PreferenceRow]:
        return self.server_panel.rows

    @property
    def online(self) -> bool:
        return self.service.online

    @property
    def is_loading(self) -> bool:
        return self.service.state is PreferencesState.LOADING

    @property
    def is_saving(self) -> bool:
        return self.service.state is PreferencesState.SAVING

    @property
    def loaded_preferences(self) -> list[Preference] | None:
        """The values last loaded from (or saved to) the server."""
        return self.service.preferences

    @property
    def server_editable(self) -> bool:
        return self.service.editable

    def row(self, key: ParentKey | str) -> PreferenceRow:
        return self.server_panel.row(key)

    def set_online(self, online: bool) -> None:
        """Follow the session's connectivity. Going offline undoes unsaved server edits (they
        could not be saved); coming back loads the server values again if needed."""
        if not online and not self.is_saving and self.pending_changes():
            self.server_panel.show_loaded()
            self.server_panel.undone_offline = True
        elif online and not self.service.online:
            self.server_panel.undone_offline = False
        self.service.set_online(online)
        self._refresh_state()

    def pending_changes(self) -> list[PreferenceChange]:
        """The server changes Save would send now."""
        return self.server_panel.pending_changes()

    def options(self) -> DesktopOptions:
        return self.local_panel.options()

    def show_options(self, options: DesktopOptions) -> None:
        self.local_panel.show_options(options)

    def load(self) -> None:
        """(Re)load the server preferences; started by the first show."""
        self.save_error_label.hide()
        self.service.load()
        self._refresh_state()

    def save(self) -> None:
        if self.is_saving or not self.save_button.isEnabled():
            return
        self.save_error_label.hide()
        self.local_error_label.hide()
        options = self.options()
        changes = self.pending_changes() if self.server_editable else []
        if not changes:
            if self._write_options(options):
                self.accept()
            return
        self._options_to_save = options
        self.service.save(changes)  # the answer comes as saved or save_failed

    # -- Qt overrides ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.service.asked:
            QTimer.singleShot(0, self, lambda: self._grow_to_fit(shrink=True))
            self.load()

    def done(self, result: int) -> None:
        self.service.cancel()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()

    # -- answers from the service ------------------------------------------------------------

    def _show_preferences(self, prefs: list[Preference]) -> None:
        if shiboken6.isValid(self):
            self.server_panel.show_preferences(prefs)

    def _save_succeeded(self, prefs: list[Preference]) -> None:
        if not shiboken6.isValid(self):
            return
        self.server_panel.show_loaded()
        self._refresh_state()
        self.preferences_saved.emit(list(prefs))
        options, self._options_to_save = self._options_to_save, None
        if options is None or self._write_options(options):
            self.accept()
        else:
            self.local_error_label.setText(
                arg(
                    self.tr("Your notification settings were saved in your OptiLearn account. %1"),
                    self.local_error_label.text(),
                )
            )

    def _save_failed(self, state: PreferencesState) -> None:
        if not shiboken6.isValid(self):
            return
        self._options_to_save = None
        self.server_panel.show_save_failure(state)
        self._refresh_state()

    def _write_options(self, options: DesktopOptions) -> bool:
        try:
            options.save(self._settings)
        except OSError as exc:
            log.warning("desktop options not saved (%s)", type(exc).__name__)
            self.local_error_label.setText(
                arg(
                    self.tr("The options for this computer could not be saved: %1."),
                    exc.strerror or type(exc).__name__,
                )
            )
            self.local_error_label.show()
            return False
        self.options_saved.emit(options)
        chosen = self.local_panel.language_choice()
        if chosen != language.load_choice(self._settings):
            try:
                language.save_choice(self._settings, chosen)
            except OSError as exc:  # the options are saved; the language is used this run
                log.warning("language not saved (%s)", type(exc).__name__)
            self.language_chosen.emit(chosen)
        return True

    # -- presentation ------------------------------------------------------------------------

    def _restyle(self) -> None:
        self.local_error_label.setStyleSheet(f"color: {accents(self.palette()).failed.name()};")
        self.server_panel.restyle()

    def _grow_to_fit(self, shrink: bool = False) -> None:
        """A message or the rows appeared: grow (never shrink) so nothing is squeezed. Wrapped
        labels make the height depend on the width, which a top-level minimum size ignores; a
        language with longer words needs a wider row of controls than the minimum width."""
        layout = self.layout()
        if not self.isVisible() or layout is None:
            return
        layout.activate()
        width = max(self.width(), layout.totalMinimumSize().width())
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        height = needed if shrink else max(needed, self.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def _refresh_state(self, *_: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.server_panel.show_state()
        saving = self.is_saving
        self.local_panel.set_editable(not saving)
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))
        QTimer.singleShot(0, self, self._grow_to_fit)
        offline = not self.service.online or not self.service.reachable
        self.save_button.setToolTip(
            self.tr(
                "Save the options for this computer (the account settings cannot be changed "
                "while offline)"
            )
            if offline
            else self.tr("Save your notification settings")
        )
