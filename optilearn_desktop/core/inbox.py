"""The parent's notification inbox behind the notification list: the newest notifications, a page
at a time ("load more", the server's `page`/`limit` paging), the unread count, mark read and mark
all read. Failures become a state and a message for the view, never an exception."""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from enum import Enum, auto
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..api.errors import ApiError
from ..models.notifications import NotificationPage
from .wording import message_of

if TYPE_CHECKING:
    from ..api.client import OptiLearnClient
    from .tasks import TaskRunner

log = logging.getLogger(__name__)

LOAD_TASK = "notification_centre"
WRITE_TASK = "notification_write"
PAGE_SIZE = 50


class InboxState(Enum):
    IDLE = auto()  # nothing loaded yet
    LOADING = auto()
    READY = auto()
    MARKING = auto()  # a mark-read is on its way; the page reloads after it
    FAILED = auto()  # the last load or mark-read failed; `message` says why


class InboxService(QObject):
    state_changed = Signal(object)  # InboxState
    page_loaded = Signal(object)  # NotificationPage: everything loaded so far, newest first
    unread_changed = Signal(int)
    failed = Signal(object)  # str | None: the server's message, None for an unexpected problem

    def __init__(
        self,
        client: OptiLearnClient,
        tasks: TaskRunner,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self._tasks = tasks
        self._page_size = page_size
        self._state = InboxState.IDLE
        self._page: NotificationPage | None = None
        self._pages = 0  # how many pages `page` holds
        self._wanted = 1  # how many pages the list asked for ("load more" adds one)
        self._unread = 0
        self._message: str | None = None

    @property
    def state(self) -> InboxState:
        return self._state

    @property
    def page(self) -> NotificationPage | None:
        return self._page

    @property
    def has_more(self) -> bool:
        """Whether the server holds older notifications than those loaded."""
        page = self._page
        return page is not None and len(page.notifications) < page.total

    @property
    def unread(self) -> int:
        return self._unread

    @property
    def message(self) -> str | None:
        return self._message

    @property
    def marking(self) -> bool:
        return self._tasks.is_running(WRITE_TASK)

    # -- commands ------------------------------------------------------------------------------

    def load(self) -> None:
        """Load the newest notifications again, as many pages as are loaded (at least one); a
        newer load replaces one still on its way."""
        self._start_load(1, self._wanted)

    def load_more(self) -> None:
        """Add the next page of older notifications (a reload on its way takes it along)."""
        if not self.has_more:
            return
        self._wanted = self._pages + 1
        if self._tasks.is_running(LOAD_TASK):
            self._start_load(1, self._wanted)
        else:
            self._start_load(self._wanted, 1)

    def _start_load(self, first: int, count: int) -> None:
        if not self.marking:
            self._set_state(InboxState.LOADING)
        self._tasks.start(
            LOAD_TASK,
            self._fetch(first, count),
            on_result=self._loaded,
            on_error=self._failed,
        )

    async def _fetch(self, first: int, count: int) -> tuple[int, NotificationPage]:
        """Pages `first`..`first + count - 1`, merged over what is kept from earlier pages."""
        kept = list(self._page.notifications) if self._page is not None and first > 1 else []
        last: NotificationPage | None = None
        number = first
        for number in range(first, first + count):
            last = await self.client.notifications(page=number, limit=self._page_size)
            kept += last.notifications
            if len(last.notifications) < self._page_size:
                break
        assert last is not None  # noqa: S101 - count >= 1
        # A notification that arrived meanwhile shifts the pages: each id is listed once.
        seen: set[str] = set()
        unique = []
        for notification in kept:
            if notification.id not in seen:
                seen.add(notification.id)
                unique.append(notification)
        merged = last.model_copy(update={"notifications": unique})
        return number, merged

    def refresh_unread(self) -> None:
        """Only the unread count (cheaper than a page)."""
        self._tasks.start(
            "notification_unread",
            self.client.unread_count(),
            on_result=self._set_unread,
            on_error=self._failed,
        )

    def mark_read(self, ids: list[str]) -> None:
        if ids:
            self._mark(self.client.mark_read(ids))

    def mark_all_read(self) -> None:
        self._mark(self.client.mark_read(all=True))

    def cancel(self) -> None:
        for name in (LOAD_TASK, WRITE_TASK, "notification_unread"):
            self._tasks.cancel(name)

    # -- results -------------------------------------------------------------------------------

    def _mark(self, call: Coroutine[Any, Any, int]) -> None:
        self._set_state(InboxState.MARKING)
        self._tasks.start(
            WRITE_TASK,
            call,
            on_result=lambda _count: self.load(),
            on_error=self._failed,
        )

    def _loaded(self, result: tuple[int, NotificationPage]) -> None:
        self._pages, page = result
        self._page = page
        self._message = None
        # A load that ends while a mark-read is on its way: the reload after the mark follows.
        self._set_state(InboxState.MARKING if self.marking else InboxState.READY)
        self.page_loaded.emit(page)
        self._set_unread(page.unread_count)

    def _set_unread(self, count: int) -> None:
        self._unread = count
        self.unread_changed.emit(count)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ApiError):
            self._message = message_of(error)
        else:
            log.error("notification inbox call failed", exc_info=error)
            self._message = None
        self._set_state(InboxState.FAILED)
        self.failed.emit(self._message)

    def _set_state(self, state: InboxState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)
