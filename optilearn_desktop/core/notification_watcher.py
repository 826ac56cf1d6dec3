"""Watches the parent's inbox: polls the unread count, fetches what is new, never loses or
repeats a notification.

- Polls `unread-count` every `interval` seconds (30 s, as the web header does); fetches the list
  when the count changes, and every `full_check_every` polls anyway (a new notification and one
  read elsewhere leave the count unchanged).
- What was already handed on is remembered by id (in the encrypted offline store when there is
  one, so across restarts too): nothing is shown twice.
- The first run of an account takes the inbox as it is as the starting point (no burst of old
  alerts); from then on everything that arrives, also while the app was closed or offline, is
  handed on once.
- Offline: no regular polling, only backed-off probes until the server answers again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..api.errors import ApiError, AuthExpiredError, OfflineError, ServerError
from .backoff import Backoff
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..api.client import OptiLearnClient
    from ..models.notifications import Notification
    from .offline_cache import OfflineCache

log = logging.getLogger(__name__)
BASELINE_META = "notifications-baseline"
MAX_PAGES = 10  # 1,000 notifications between two checks is more than any parent gets


class NotificationWatcher(QObject):
    arrived = Signal(object)  # list[Notification], oldest first, each exactly once
    unread_changed = Signal(int)
    connectivity_changed = Signal(bool)  # False while only probing
    session_ended = Signal()

    def __init__(
        self,
        client: OptiLearnClient,
        cache: OfflineCache | None,
        *,
        interval: float = 30.0,
        full_check_every: int = 10,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.cache = cache
        self.interval = interval
        self.full_check_every = full_check_every
        self.unread: int | None = None
        self.online = True
        self.requests = 0  # requests sent, for the idle benchmark
        self._backoff = backoff or Backoff()
        self._seen: set[str] = set()
        self._baseline: bool | None = None  # whether the first run's inbox was taken as seen
        self._stopped = False
        self._polls = 0
        self._tasks = TaskRunner()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)

    def start(self) -> None:
        self.poll_now()

    def stop(self) -> None:
        self._stopped = True  # a round that already finished must not schedule another
        self._timer.stop()
        self._tasks.cancel_all()

    def poll_now(self) -> None:
        """Check at once (also what Refresh and the reconnect path call)."""
        if self._stopped:
            return
        self._timer.stop()
        if not self._tasks.is_running("poll"):
            self._tasks.start("poll", self._poll(), on_result=self._polled, on_error=self._failed)

    # -- one round -----------------------------------------------------------------------------

    async def _poll(self) -> list[Notification]:
        self.requests += 1
        count = await self.client.unread_count()
        self._polls += 1
        changed = count != self.unread
        due = self._polls % self.full_check_every == 0
        first = self.unread is None
        self.unread = count
        if changed:
            self.unread_changed.emit(count)
        if not (first or changed or due):
            return []
        return await self._fetch_new()

    async def _fetch_new(self) -> list[Notification]:
        """Newest-first pages until one holds a notification already handed on."""
        baseline = await self._has_baseline()
        fresh: list[Notification] = []
        for page in range(1, MAX_PAGES + 1):
            self.requests += 1
            result = await self.client.notifications(page=page, limit=100)
            ids = [n.id for n in result.notifications]
            known = await self._known(ids)
            fresh += [n for n in result.notifications if n.id not in known]
            if known or len(result.notifications) < 100:
                break
        if fresh:
            await self._remember([n.id for n in fresh])
        if not baseline:
            await self._set_baseline()
            return []  # the inbox as found on the first run is the starting point
        return sorted(fresh, key=lambda n: n.created_at)

    # -- memory of what was handed on ----------------------------------------------------------

    async def _known(self, ids: list[str]) -> set[str]:
        known = self._seen & set(ids)
        if self.cache is not None and len(known) < len(ids):
            known |= await self.cache.seen([i for i in ids if i not in known])
        return known

    async def _remember(self, ids: list[str]) -> None:
        self._seen.update(ids)
        if self.cache is not None:
            await self.cache.mark_seen(ids)

    async def _has_baseline(self) -> bool:
        if self._baseline is None:  # read the store once, not on every check
            known = self.cache is not None and await self.cache.get_meta(BASELINE_META)
            self._baseline = bool(known)
        return self._baseline

    async def _set_baseline(self) -> None:
        self._baseline = True
        if self.cache is not None:
            await self.cache.put_meta(BASELINE_META, "1")

    # -- outcomes ------------------------------------------------------------------------------

    def _polled(self, fresh: list[Notification]) -> None:
        if self._stopped:
            return
        if not self.online:
            self.online = True
            self._backoff.reset()
            self.connectivity_changed.emit(True)
        if fresh:
            self.arrived.emit(fresh)
        self._timer.start(int(self.interval * 1000))

    def _failed(self, error: BaseException) -> None:
        if self._stopped:
            return
        if isinstance(error, AuthExpiredError):
            self.session_ended.emit()  # the window asks for the password; we stay quiet
            return
        if isinstance(error, OfflineError | ServerError):
            if self.online:
                self.online = False
                self.connectivity_changed.emit(False)
            self._timer.start(int(self._backoff.next_delay() * 1000))
            return
        if not isinstance(error, ApiError):
            log.error("notification check failed", exc_info=error)
        self._timer.start(int(self.interval * 1000))
