"""What the window shows of the signed-in parent's children, and when it asks the server again.

The presenter owns the loading (children, then the selected child's overview), the saved
overview of the encrypted cache, revalidation of a child whose data is older than
REVALIDATE_AFTER, the offline state with its backoff retries, and certificate downloads. The
window connects to its signals and renders; it never calls the API client.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..api.errors import (
    ApiError,
    AuthExpiredError,
    OfflineError,
    RateLimitedError,
    RejectedError,
    ServerError,
)
from .backoff import Backoff
from .clock import Clock, utc_now
from .errors import ChildGoneError
from .parent_data import ChildState, ParentData
from .wording import ErrorWords, Phrase

if TYPE_CHECKING:
    from ..api.client import OptiLearnClient
    from ..models.children import Child
    from ..models.overview import Certificate
    from .offline_cache import OfflineCache
    from .tasks import TaskRunner

log = logging.getLogger(__name__)
REVALIDATE_AFTER = timedelta(minutes=5)  # switching back to a child older than this refetches
CHILD_GONE = Phrase.translate("OverviewPresenter", "A child is no longer linked to your account.")
SHOWN_SAFELY_MS = 3000  # saved data on screen this long has been painted
NO_CONTACT = Phrase.translate(
    "OverviewPresenter",
    "Your account is not connected to a parent contact in the school's records, so OptiLearn "
    "cannot tell which children are yours. Please ask the school office to link your account "
    "to your parent contact in OptiCRM, then choose Retry.",
)


class OverviewPresenter(QObject):
    children_changed = Signal(list, str)  # the children (primary first), the one to show
    no_children = Signal()  # the parent has no linked child (yet)
    children_failed = Signal(object)  # nothing known, the children could not be loaded: why
    child_selected = Signal(str)  # contact id now being viewed
    overview_ready = Signal(str)  # contact id whose state (`state`) is to be rendered
    status_changed = Signal(object)  # a line for the status bar (a Phrase; "" clears it)
    refresh_started = Signal()  # the server is asked again (first: after the saved data)
    offline_since = Signal(object, object, int)  # why (Phrase), data from, retry in s
    online = Signal()
    session_expired = Signal()
    certificate_ready = Signal(bytes, str)  # the PDF, a file name for it

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        clock: Clock = utc_now,
        backoff: Callable[[], Backoff] = Backoff,
        after_render: Callable[[Callable[[], None]], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`after_render(fn)`: call `fn` once what was just rendered is painted (the window
        knows when; by default at once)."""
        super().__init__(parent)
        self.tasks = tasks
        self.clock = clock
        self._after_render = after_render or (lambda fn: fn())
        self.data: ParentData | None = None
        self.current_child: str | None = None
        self._outdated: set[str] = set()  # children loaded again when next shown
        self.server_answered = False  # a refresh of the children has succeeded this session
        self._account: object = None
        self._backoff = backoff()
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.refresh)

    # -- a session begins and ends -------------------------------------------------------------

    def begin(self, client: OptiLearnClient, cache: OfflineCache | None, account: object) -> None:
        """A parent signed in (or resumed): what the cache knows first, then the server. The
        same parent signing in again after a session ended keeps what is on screen."""
        same_parent = self.data is not None and self._account == account
        if same_parent and self.data is not None:
            self.data.client = client
            self.data.cache = cache
        else:
            self.data = ParentData(client, self.clock, cache=cache)
        self._account = account
        self.server_answered = same_parent and self.server_answered
        if same_parent or cache is None:
            self.refresh()
            return
        self.tasks.start(
            "restore",
            self.data.load_cached(),
            on_result=self._restored,
            on_error=lambda _e: self.refresh(),
        )

    def end(self) -> None:
        """Nobody's data any more (signed out)."""
        self.data = None
        self._account = None
        self.current_child = None
        self._outdated.clear()
        self.server_answered = False
        self.go_online()

    def _restored(self, found: bool) -> None:
        if found and self.data is not None and self.data.children:
            # The saved data first, with its age on every panel, before the network answers.
            cache = self.data.cache
            if cache is not None:  # cleared once the first frames are safely painted
                cache.mark_showing()
                QTimer.singleShot(SHOWN_SAFELY_MS, cache.clear_showing)
            first = self.data.children[0].contact_id
            self.children_changed.emit(self.data.children, first)
            self.show_child(first)
            self.tasks.cancel("overview")  # the refresh below reloads the children first
            # The server once the saved data is painted: the first request's work (loading
            # httpx, the TLS context) would hold that frame back.
            self._after_render(self.refresh)
            return
        self.refresh()

    # -- children ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """F5: re-read the children (links change in OptiCRM), then the current child."""
        if self.data is None:
            return
        self.status_changed.emit(Phrase.translate("OverviewPresenter", "Refreshing…"))
        self.refresh_started.emit()
        self.tasks.start(
            "children",
            self.data.refresh_children(),
            on_result=lambda _change: self._children_loaded(),
            on_error=self._children_failed,
        )

    def _children_loaded(self) -> None:
        if self.data is None:
            return
        children = self.data.children
        self.server_answered = True
        self.status_changed.emit("")
        self.go_online()
        if not children:
            self.current_child = None
            self.no_children.emit()
            return
        ids = [c.contact_id for c in children]
        previous = self.current_child
        target = previous if previous in ids else ids[0]  # primary first
        if previous is not None and previous not in ids:
            self.status_changed.emit(CHILD_GONE)
        self.children_changed.emit(children, target)
        self.show_child(target, force=True)

    def _children_failed(self, error: BaseException) -> None:
        if isinstance(error, AuthExpiredError):
            self.session_expired.emit()
            return
        if not isinstance(error, ApiError):
            log.error("loading the children failed", exc_info=error)
        message: Phrase | ErrorWords = ErrorWords(error)
        if isinstance(error, RejectedError) and error.code == "VALIDATION_ERROR":
            message = NO_CONTACT  # DOC: a session without a contactId is refused this way
        self.status_changed.emit("")  # no longer refreshing, whatever comes next
        if isinstance(error, OfflineError | ServerError):
            self._go_offline(error)
        if self.data is not None and self.data.children:
            if not isinstance(error, OfflineError | ServerError):
                self.status_changed.emit(
                    Phrase.translate("OverviewPresenter", "Could not refresh: %1").filled(message)
                )
            if self.current_child:
                self.overview_ready.emit(self.current_child)  # what is known, with its age
            return
        self.children_failed.emit(message)

    # -- one child's overview ------------------------------------------------------------------

    def child(self, child_id: str) -> Child | None:
        return self.data.child(child_id) if self.data is not None else None

    def state(self, child_id: str | None) -> ChildState | None:
        return self.data.state(child_id) if self.data is not None and child_id else None

    def state_of_current(self) -> ChildState | None:
        return self.state(self.current_child)

    def show_child(self, child_id: str, *, force: bool = False) -> None:
        """Switch to a child: what is known at once, then a load when it is old or `force`."""
        if self.data is None:
            return
        switching = child_id != self.current_child
        self.current_child = child_id
        if switching:
            self.child_selected.emit(child_id)
        state = self.data.state(child_id)
        self.overview_ready.emit(child_id)
        stale = (
            child_id in self._outdated
            or state is None
            or state.older_than(self.clock(), REVALIDATE_AFTER)
        )
        if force or stale:
            self._load_overview(child_id)
        elif switching:
            self.tasks.cancel("overview")  # never let the previous child's answer land

    def outdate(self, child_ids: list[str]) -> None:
        """Something happened to these children (a notification named them): the child on
        screen loads again now, the others when next shown, however fresh their data is."""
        self._outdated.update(child_ids)
        if self.current_child in self._outdated and self.data is not None:
            self._load_overview(self.current_child)

    def retry_overview(self) -> None:
        if self.current_child is not None:
            self._load_overview(self.current_child)

    def _load_overview(self, child_id: str) -> None:
        assert self.data is not None  # noqa: S101
        self._outdated.discard(child_id)
        self.tasks.start(
            "overview",
            self.data.refresh_overview(child_id),
            on_result=lambda _state: self._overview_loaded(child_id),
            on_error=lambda error: self._overview_failed(child_id, error),
        )

    def _overview_loaded(self, child_id: str) -> None:
        self.go_online()
        if child_id == self.current_child:  # a late answer for another child is ignored
            self.overview_ready.emit(child_id)

    def _overview_failed(self, child_id: str, error: BaseException) -> None:
        if isinstance(error, AuthExpiredError):
            self.session_expired.emit()
            return
        if isinstance(error, ChildGoneError):
            self.status_changed.emit(CHILD_GONE)
            self.refresh()
            return
        if not isinstance(error, ApiError):
            log.error("overview load failed", exc_info=error)
        elif isinstance(error, OfflineError | ServerError):
            self._go_offline(error)
        if child_id == self.current_child:
            self.overview_ready.emit(child_id)

    # -- offline -------------------------------------------------------------------------------

    def _go_offline(self, error: ApiError) -> None:
        """Say since when the data is old, and try again later, less and less often."""
        if isinstance(error, OfflineError):
            reason = Phrase.translate(
                "OverviewPresenter", "Offline: OptiLearn cannot be reached right now."
            )
        elif isinstance(error, RateLimitedError):
            reason = Phrase.translate(
                "OverviewPresenter",
                "The school's OptiLearn server asked this computer to wait a little.",
            )
        elif error.status:  # reachable, but failing: not the parent's connection
            reason = Phrase.translate(
                "OverviewPresenter",
                "The school's OptiLearn server has a problem right now (error %1).",
            ).filled(error.status)
        else:
            reason = Phrase.translate(
                "OverviewPresenter", "The school's OptiLearn server has a problem right now."
            )
        delay = self._backoff.next_delay()
        self.retry_timer.start(int(delay * 1000))
        state = self.state_of_current()
        times = list(state.updated_at.values()) if state else []
        data_from: datetime | None = (
            min(times) if times else (self.data.children_updated_at if self.data else None)
        )
        self.offline_since.emit(reason, data_from, round(delay))

    def go_online(self) -> None:
        self._backoff.reset()
        self.retry_timer.stop()
        self.online.emit()

    # -- certificates --------------------------------------------------------------------------

    def fetch_certificate(self, certificate: Certificate) -> None:
        """The current child's certificate PDF (`certificate_ready`), from the server or, when
        it cannot be reached, the copy kept the last time."""
        if self.data is None or self.current_child is None:
            return
        self.status_changed.emit(Phrase.translate("OverviewPresenter", "Opening the certificate…"))
        self.tasks.start(
            "certificate",
            self.data.certificate_pdf(self.current_child, certificate),
            on_result=lambda data: self.certificate_ready.emit(
                data, f"certificate-{certificate.certificate_id}"
            ),
            on_error=lambda e: self.status_changed.emit(
                Phrase.translate(
                    "OverviewPresenter", "The certificate could not be downloaded: %1"
                ).filled(ErrorWords(e))
            ),
        )
