"""The parent's children and each child's overview, as the window shows them.

Good data is never blanked: a failed refresh keeps the last good value of every section and
records why it could not be refreshed; a section that breaks alone fails alone. A child that the
server no longer links (unlinked in OptiCRM, or refused with 403/404) is dropped with its data.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from ..api.errors import ApiError, ForbiddenError, NotFoundError, OfflineError, ServerError
from ..models.vocabulary import SECTION_FIELD, Section
from .clock import Clock, utc_now
from .errors import ChildGoneError

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..api.client import OptiLearnClient
    from ..models.children import Child
    from ..models.overview import Certificate, ChildOverview
    from .grade_history import GradeHistory
    from .offline_cache import OfflineCache


def _empty_overview() -> ChildOverview:
    from ..models.overview import ChildOverview

    return ChildOverview()


class ChildState:
    def __init__(self, child: Child, overview: ChildOverview | None = None) -> None:
        self.child = child
        self.overview: ChildOverview = _empty_overview() if overview is None else overview
        self.updated_at: dict[Section, datetime] = {}
        self.section_errors: dict[Section, str] = {}
        self.last_error: ApiError | None = None  # the whole overview call failed last time
        self.history: GradeHistory | None = None  # grades kept on this computer (cache only)

    def __repr__(self) -> str:  # names only: an overview is a child's data
        return f"ChildState(child={self.child.contact_id!r}, sections={len(self.updated_at)})"

    def has(self, section: Section) -> bool:
        return self.overview.section_value(section) is not None

    def older_than(self, now: datetime, age: timedelta) -> bool:
        """Nothing loaded yet, or its oldest section was loaded more than `age` before `now`."""
        return not self.updated_at or now - min(self.updated_at.values()) > age


class ChildrenChange(NamedTuple):
    added: list[Child]
    removed: list[Child]


class ParentData:
    def __init__(
        self, client: OptiLearnClient, clock: Clock = utc_now, cache: OfflineCache | None = None
    ) -> None:
        self.client = client
        self.cache = cache
        self._clock = clock
        self.children: list[Child] = []
        self.children_updated_at: datetime | None = None
        self._states: dict[str, ChildState] = {}

    def state(self, child_id: str) -> ChildState | None:
        return self._states.get(child_id)

    def child(self, child_id: str) -> Child | None:
        return next((c for c in self.children if c.contact_id == child_id), None)

    async def refresh_children(self) -> ChildrenChange:
        """Ask the server for the linked children (never cached as fresh)."""
        fresh = await self.client.children()
        old = {c.contact_id: c for c in self.children}
        new_ids = {c.contact_id for c in fresh}
        change = ChildrenChange(
            added=[c for c in fresh if c.contact_id not in old],
            removed=[c for c in self.children if c.contact_id not in new_ids],
        )
        self.children = fresh
        self.children_updated_at = self._clock()
        for gone in change.removed:
            await self._drop(gone.contact_id)
        for child in fresh:
            state = self._states.get(child.contact_id)
            if state is not None:
                state.child = child  # class, section or primary flag may have changed
        if self.cache is not None:
            await self.cache.save_children(fresh, self.children_updated_at)
        return change

    async def load_cached(self) -> bool:
        """Fill in what the offline cache knows (before any network call); True if anything.
        The children list from the cache is never taken as fresh: a refresh always follows."""
        if self.cache is None:
            return False
        if self.cache.died_while_showing():
            # Only the children list is read: the overviews that may have caused it are not.
            known = await self.cache.load_children()
            for child in known[0] if known else []:
                await self.cache.delete_child(child.contact_id)
            self.cache.clear_showing()
            # Said once it is done (with a child's grade history, dropping takes a moment).
            log.warning("the app ended while showing the saved overviews; they are dropped")
            return False
        saved = await self.cache.load_saved()
        if saved is None:
            return False
        self.remember(saved.children, saved.overviews, saved.at)
        return True

    async def refresh_overview(self, child_id: str) -> ChildState:
        """Fetch one child's overview and merge it over what is known.

        Raises ChildGoneError (after dropping the child) on 403/404; other API errors are kept
        on the state, with the last good data, and raised for the caller to report."""
        child = self.child(child_id)
        if child is None:
            raise ChildGoneError()
        state = self._states.setdefault(child_id, ChildState(child=child))
        try:
            fresh = await self.client.overview(child_id)
        except (NotFoundError, ForbiddenError) as exc:
            await self._drop(child_id)
            raise ChildGoneError(status=exc.status, code=exc.code) from exc
        except ApiError as exc:
            state.last_error = exc
            raise
        self._merge(state, fresh)
        if self.cache is not None and state.updated_at:
            await self.cache.save_overview(child_id, state.overview, state.updated_at)
            await self._keep_grades(child_id, state)
        return state

    async def load_histories(self) -> None:
        """Read each child's kept grades from the cache (those not in memory yet)."""
        for child in list(self.children):
            state = self._states.get(child.contact_id)
            if self.cache is None or state is None or state.history is not None:
                continue
            kept = await self.cache.load_history(child.contact_id)
            if state.history is None and kept is not None:
                state.history = kept

    async def _keep_grades(self, child_id: str, state: ChildState) -> None:
        """Add the overview's grades to the child's history in the cache."""
        from .grade_history import GradeHistory

        assert self.cache is not None  # noqa: S101 - only called with a cache
        created = False
        if state.history is None:
            kept = await self.cache.load_history(child_id)
            if state.history is None:  # not read meanwhile by load_histories
                created = kept is None
                state.history = kept or GradeHistory(since=self._clock())
        if state.history.merge(state.overview.recent_grades or []) or created:
            await self.cache.save_history(child_id, state.history)

    async def certificate_pdf(self, child_id: str, certificate: Certificate) -> bytes:
        """The certificate's PDF from the server (kept, encrypted, for later), or, when the
        server cannot be reached, the copy kept the last time it was opened."""
        try:
            data = await self.client.certificate_pdf(certificate)
        except (OfflineError, ServerError):
            kept = await self.cache.load_pdf(certificate.certificate_id) if self.cache else None
            if kept is None:
                raise
            return kept
        if self.cache is not None:
            await self.cache.save_pdf(child_id, certificate.certificate_id, data)
        return data

    async def _drop(self, child_id: str) -> None:
        """A child no longer linked: gone from the switcher, from memory and from disk."""
        self.forget(child_id)
        if self.cache is not None:
            await self.cache.delete_child(child_id)

    def remember(
        self,
        children: list[Child],
        overviews: dict[str, tuple[ChildOverview, dict[Section, datetime]]],
        at: datetime,
    ) -> None:
        """Adopt children (fetched at `at`) and overviews (each section with the time it was
        fetched) known from elsewhere: the cache, a benchmark. The next refresh revalidates."""
        self.children, self.children_updated_at = list(children), at
        for child in children:
            known = overviews.get(child.contact_id)
            if known is None:
                continue
            overview, updated_at = known
            state = self._states.get(child.contact_id)
            if state is None:
                state = ChildState(child=child)
                self._states[child.contact_id] = state
            self._merge(state, overview, at=at)
            state.updated_at = dict(updated_at)

    def forget(self, child_id: str) -> None:
        self._states.pop(child_id, None)
        self.children = [c for c in self.children if c.contact_id != child_id]

    def clear(self) -> None:
        self.children = []
        self.children_updated_at = None
        self._states.clear()

    def _merge(self, state: ChildState, fresh: ChildOverview, at: datetime | None = None) -> None:
        now = at or self._clock()
        updates: dict[str, Any] = {}
        notes = dict(state.overview.section_notes)
        for section in Section:
            if fresh.section_ok(section):
                updates[SECTION_FIELD[section]] = fresh.section_value(section)
                notes.pop(section, None)
                if section in fresh.section_notes:  # the note goes with the rows it is about
                    notes[section] = fresh.section_notes[section]
                state.updated_at[section] = now
                state.section_errors.pop(section, None)
            else:  # keep the last good value of this section, say why it is not fresh
                state.section_errors[section] = fresh.section_errors[section]
        updates["section_notes"] = notes
        state.overview = state.overview.model_copy(update=updates)
        state.last_error = None
