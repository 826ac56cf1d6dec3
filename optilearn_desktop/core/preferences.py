"""The parent's notification preferences on the server: loading them, checking a change against
the rules the server sent (locked keys stay on, in the app at least; frequency only where
offered), saving it all or
nothing, and what the settings dialog should show when offline or when the server says no.

The dialog only reads `state`, `preferences` and `message` and listens to the signals; it never
sees the API client or an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..api.errors import ApiError, OfflineError
from ..models.notifications import Preference, PreferenceChange
from .wording import arg, message_of

if TYPE_CHECKING:
    from ..api.client import OptiLearnClient
    from .tasks import TaskRunner

log = logging.getLogger(__name__)


class PreferencesState(Enum):
    IDLE = auto()  # nothing asked for yet
    LOADING = auto()
    READY = auto()  # loaded (or saved) and editable
    SAVING = auto()
    OFFLINE = auto()  # the app is offline or the server could not be reached
    REJECTED = auto()  # the last save was refused; `message` is the server's reason
    FAILED = auto()  # the last load failed for another reason; `message` says why


EDITABLE = frozenset({PreferencesState.READY, PreferencesState.REJECTED})


class PreferencesService(QObject):
    state_changed = Signal(object)  # PreferencesState
    loaded = Signal(list)  # list[Preference], as the server sent them
    saved = Signal(list)  # list[Preference], as the server answered the save
    save_failed = Signal(object)  # the PreferencesState the failed save left (OFFLINE, REJECTED)

    def __init__(
        self,
        client: OptiLearnClient,
        tasks: TaskRunner,
        *,
        online: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self._tasks = tasks
        self._online = online
        self._asked = False  # load() was called at least once
        self._reachable = True  # False after an OfflineError until a load succeeds
        self._state = PreferencesState.IDLE if online else PreferencesState.OFFLINE
        self._preferences: list[Preference] | None = None
        self._message: str | None = None
        self._load_task = f"preferences.load.{id(self):x}"
        self._save_task = f"preferences.save.{id(self):x}"

    # -- what the view reads -------------------------------------------------------------------

    @property
    def state(self) -> PreferencesState:
        return self._state

    @property
    def preferences(self) -> list[Preference] | None:
        """The values last loaded from (or saved to) the server; None before the first load."""
        return self._preferences

    @property
    def message(self) -> str | None:
        """Why the last load failed or the last save was refused (None: unexpected problem)."""
        return self._message

    @property
    def online(self) -> bool:
        """The app's connectivity, as the notification watcher last reported it."""
        return self._online

    @property
    def reachable(self) -> bool:
        """False after the server could not be reached, until a load succeeds."""
        return self._reachable

    @property
    def asked(self) -> bool:
        return self._asked

    @property
    def editable(self) -> bool:
        return self._online and self._state in EDITABLE

    @property
    def can_retry(self) -> bool:
        return self._online and self._state in (PreferencesState.OFFLINE, PreferencesState.FAILED)

    # -- commands ------------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)load from the server; offline it only records that the view asked."""
        self._asked = True
        if self._state is PreferencesState.SAVING:
            return
        if not self._online:
            self._set_state(PreferencesState.OFFLINE)
            return
        self._message = None
        self._set_state(PreferencesState.LOADING)
        self._tasks.start(
            self._load_task,
            self.client.preferences(),
            on_result=self._load_succeeded,
            on_error=self._load_failed,
        )

    def set_online(self, online: bool) -> None:
        """Follow the app's connectivity: offline stops a load; back online loads again when
        the last values are missing or the server was unreachable."""
        was_online, self._online = self._online, online
        if not online:
            self._tasks.cancel(self._load_task)
            if self._state is not PreferencesState.SAVING:  # a save still reports its end
                self._set_state(PreferencesState.OFFLINE)
        elif not was_online and self._state is PreferencesState.OFFLINE:
            if self._asked and (self._preferences is None or not self._reachable):
                self.load()
            else:
                self._set_state(self._settled())

    def check(self, changes: Sequence[PreferenceChange]) -> str | None:
        """Why the server would refuse `changes` under the rules it sent, or None."""
        by_key = {str(p.key): p for p in self._preferences or []}
        for change in changes:
            pref = by_key.get(change.key)
            if pref is None:
                return arg(self.tr("%1 is not a notification of this account."), change.key)
            name = pref.label or change.key
            if change.enabled is False and pref.locked:
                return arg(self.tr("%1 cannot be turned off: the school requires it."), name)
            if change.channels is not None and not change.channels.in_app and pref.locked:
                # The server delivers a locked key in the app whatever the channels say.
                return arg(
                    self.tr("%1 always reaches you in the app: the school requires it."), name
                )
            if change.frequency is not None and change.frequency != str(pref.frequency):
                offered = {str(f) for f in pref.frequency_options}
                if not pref.can_change_frequency or change.frequency not in offered:
                    return arg(self.tr("%1 cannot be sent %2."), name, change.frequency.lower())
        return None

    def save(self, changes: Sequence[PreferenceChange]) -> bool:
        """Send `changes` in one request; False (nothing sent) when not editable or empty.
        A change that breaks the rules is refused here, as the server would."""
        if not changes or not self.editable:
            return False
        problem = self.check(changes)
        if problem is not None:
            self._message = problem
            self._set_state(PreferencesState.REJECTED)
            self.save_failed.emit(PreferencesState.REJECTED)
            return False
        self._message = None
        self._set_state(PreferencesState.SAVING)
        self._tasks.start(
            self._save_task,
            self.client.update_preferences(list(changes)),
            on_result=self._save_succeeded,
            on_error=self._save_failed,
        )
        return True

    def cancel(self) -> None:
        """Stop a load or a save because the view is closing: the state goes back to what is
        known without a signal, since the listener may be half destroyed."""
        self._tasks.cancel(self._load_task)
        self._tasks.cancel(self._save_task)
        if self._state in (PreferencesState.LOADING, PreferencesState.SAVING):
            self._state = self._settled()

    # -- results -------------------------------------------------------------------------------

    def _load_succeeded(self, prefs: list[Preference]) -> None:
        self._reachable = True
        self._message = None
        self._preferences = list(prefs)
        self.loaded.emit(list(prefs))
        self._set_state(self._settled())

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, OfflineError):
            self._reachable = False
            self._message = None
            self._set_state(PreferencesState.OFFLINE)
            return
        if isinstance(error, ApiError):
            self._message = message_of(error)
        else:
            log.error("loading notification settings failed", exc_info=error)
            self._message = None
        self._set_state(PreferencesState.FAILED)

    def _save_succeeded(self, prefs: list[Preference]) -> None:
        self._preferences = list(prefs)
        self._set_state(self._settled())
        self.saved.emit(list(prefs))

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, OfflineError):
            self._reachable = False
            self._message = None
            state = PreferencesState.OFFLINE
        else:
            if isinstance(error, ApiError):
                self._message = message_of(error).strip()
            else:
                log.error("saving notification settings failed", exc_info=error)
                self._message = None
            state = PreferencesState.REJECTED
        self._set_state(state)
        self.save_failed.emit(state)

    # -- state ---------------------------------------------------------------------------------

    def _settled(self) -> PreferencesState:
        if not self._online or not self._reachable:
            return PreferencesState.OFFLINE
        return PreferencesState.READY if self._preferences is not None else PreferencesState.IDLE

    def _set_state(self, state: PreferencesState) -> None:
        changed = state is not self._state
        self._state = state
        if changed or state is PreferencesState.REJECTED:  # a new refusal carries a new message
            self.state_changed.emit(state)
