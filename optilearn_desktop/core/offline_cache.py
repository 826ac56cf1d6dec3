"""The account's encrypted offline cache as the parent data uses it: our models in, our models
out, every call on one worker thread (the SQLite connection stays on the thread that opened it,
and disk and crypto work stay off the UI thread).

A cache problem is never the parent's problem: a failed read is a miss, a failed write is
logged and forgotten; the server remains the source of truth.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar, TypeVarTuple

from ..models.vocabulary import Section
from .offline_store import CacheError, OfflineStore

if TYPE_CHECKING:  # the models load on the UI thread (`load_saved`), never on the cache's
    from ..models.children import Child
    from ..models.overview import ChildOverview
    from .grade_history import GradeHistory

log = logging.getLogger(__name__)
T = TypeVar("T")
Ts = TypeVarTuple("Ts")
_FAILURES = (CacheError, OSError, ValueError)  # pydantic's ValidationError is a ValueError
_SECTIONS = frozenset(section.value for section in Section)


def decode_children(data: bytes) -> list[Child] | None:
    """A stored children list; None when it no longer parses (a miss)."""
    from ..models.children import ChildrenPayload

    try:
        return ChildrenPayload.model_validate_json(data).children
    except ValueError:  # pydantic's ValidationError
        return None


def encode_overview(overview: ChildOverview, updated_at: dict[Section, datetime]) -> bytes:
    """What `decode_overview` reads back: the wire form, the tabs' notes, the fetch times."""
    document = {
        "overview": overview.model_dump(
            mode="json", by_alias=True, exclude={"section_errors", "section_notes"}
        ),
        "notes": {section.value: list(note) for section, note in overview.section_notes.items()},
        "updatedAt": {section.value: at.isoformat() for section, at in updated_at.items()},
    }
    return json.dumps(document).encode()


def decode_overview(data: bytes) -> tuple[ChildOverview, dict[Section, datetime]] | None:
    """A stored overview and when each good section was fetched; None when it does not parse
    (a section that no longer parses is simply not known offline)."""
    from ..models.overview import ChildOverview, RowsLeftOut

    try:
        document = json.loads(data)
        overview = ChildOverview.from_wire(document["overview"])
        notes = {
            Section(name): RowsLeftOut(*(int(count) for count in note))
            for name, note in document.get("notes", {}).items()
            if name in _SECTIONS
            and isinstance(note, list)
            and len(note) == len(RowsLeftOut._fields)
        }
        # What the server's answer left out, as it was when saved (counts: worded when shown;
        # an older copy's English sentence is dropped, the next fetch says it again).
        if notes:
            overview = overview.model_copy(update={"section_notes": notes})
        updated = {
            Section(name): datetime.fromisoformat(at)
            for name, at in document["updatedAt"].items()
            if name in _SECTIONS
        }
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # JSONDecodeError and pydantic's ValidationError are ValueErrors
    return overview, {s: t for s, t in updated.items() if overview.section_ok(s)}


class Saved(NamedTuple):
    """What the cache knows of a parent's children: the list (fetched at `at`) and each
    child's overview with the fetch time of every good section."""

    children: list[Child]
    at: datetime
    overviews: dict[str, tuple[ChildOverview, dict[Section, datetime]]]


class OfflineCache:
    def __init__(self, store: OfflineStore, executor: ThreadPoolExecutor, path: Path) -> None:
        self._store = store
        self._executor = executor
        self.path = path
        self._read_ahead: Future[tuple[bytes, datetime] | None] | None = None

    @classmethod
    def open_blocking(cls, path: Path, key: bytes, *, read_ahead: bool = False) -> OfflineCache:
        """Open (or, when unreadable, rebuild) the cache at `path`; blocks, so call it from a
        worker thread. `read_ahead`: start reading the saved overview at once (`load_saved`)."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="offline-cache")
        try:
            store, rebuilt = executor.submit(OfflineStore.open_or_rebuild, path, key).result()
        except BaseException:
            executor.shutdown(wait=False)
            raise
        if rebuilt:
            log.warning("the offline cache was unreadable and has been started afresh")
        cache = cls(store, executor, path)
        if read_ahead:
            cache._read_ahead = executor.submit(store.get_children)
        return cache

    async def _run(self, fn: Callable[[*Ts], T], *args: *Ts) -> T:

        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def _quietly(self, what: str, fn: Callable[[*Ts], T], *args: *Ts) -> T | None:
        try:
            return await self._run(fn, *args)
        except _FAILURES as exc:
            log.warning("offline cache: %s failed (%s)", what, type(exc).__name__)
            return None

    # -- children ------------------------------------------------------------------------------

    async def save_children(self, children: list[Child], at: datetime) -> None:
        from ..models.children import ChildrenPayload

        data = ChildrenPayload(children=children).model_dump_json(by_alias=True).encode()
        await self._quietly("saving the children", self._store.put_children, data, at)

    async def load_children(self) -> tuple[list[Child], datetime] | None:
        found = await self._quietly("reading the children", self._store.get_children)
        if found is None:
            return None
        children = decode_children(found[0])
        return None if children is None else (children, found[1])

    async def load_saved(self) -> Saved | None:
        """The children and their overviews, parsed off the UI thread (the children's row read
        ahead by `open_blocking(read_ahead=True)`, if it did)."""
        # The models load here, on the UI thread, before the cache's thread parses with them:
        # two threads importing pydantic at once can fail (PySide6's import hook reads each
        # module imported after it, and pydantic's lazy attributes import while being read).
        from ..models import children, overview  # noqa: F401

        ahead, self._read_ahead = self._read_ahead, None
        try:
            found = await asyncio.wrap_future(ahead) if ahead else None
            return await self._run(self._read_saved, found)
        except _FAILURES as exc:
            log.warning("offline cache: reading the saved overview failed (%s)", type(exc).__name__)
            return None

    def _read_saved(self, found: tuple[bytes, datetime] | None) -> Saved | None:
        """`found`: the stored children when already read (else read here)."""
        found = found or self._store.get_children()
        children = None if found is None else decode_children(found[0])
        if found is None or children is None:
            return None
        overviews = {}
        for child in children:
            row = self._store.get_overview(child.contact_id)
            known = None if row is None else decode_overview(row[0])
            if known is not None:
                overviews[child.contact_id] = known
        return Saved(children, found[1], overviews)

    # -- overviews -----------------------------------------------------------------------------

    async def save_overview(
        self, child_id: str, overview: ChildOverview, updated_at: dict[Section, datetime]
    ) -> None:
        """Only good sections are ever stored: a broken one keeps its last good value."""
        newest = max(updated_at.values())
        data = encode_overview(overview, updated_at)
        await self._quietly("saving an overview", self._store.put_overview, child_id, data, newest)

    async def load_overview(
        self, child_id: str
    ) -> tuple[ChildOverview, dict[Section, datetime]] | None:
        found = await self._quietly("reading an overview", self._store.get_overview, child_id)
        return None if found is None else decode_overview(found[0])

    async def delete_child(self, child_id: str) -> None:
        """The child's overview, grade history and certificate PDFs."""
        await self._quietly("removing a child", self._store.delete_child, child_id)

    # -- grade history (core/grade_history.py) -------------------------------------------------

    async def save_history(self, child_id: str, history: GradeHistory) -> None:
        data = history.encode()
        await self._quietly("saving grade history", self._store.put_history, child_id, data)

    async def load_history(self, child_id: str) -> GradeHistory | None:
        """Read and parsed off the UI thread; None when there is none or it does not parse."""
        from .grade_history import GradeHistory  # imported here: the models load on the UI thread

        def read() -> GradeHistory | None:
            found = self._store.get_history(child_id)
            return None if found is None else GradeHistory.decode(found)

        return await self._quietly("reading grade history", read)

    # -- certificate PDFs ----------------------------------------------------------------------

    async def save_pdf(self, child_id: str, certificate_id: str, data: bytes) -> None:
        await self._quietly("saving a PDF", self._store.put_pdf, child_id, certificate_id, data)

    async def load_pdf(self, certificate_id: str) -> bytes | None:
        return await self._quietly("reading a PDF", self._store.get_pdf, certificate_id)

    # -- notifications already handed on ------------------------------------------------------

    async def mark_seen(self, ids: list[str]) -> None:
        await self._quietly("remembering notifications", self._store.mark_seen, ids)

    async def seen(self, ids: list[str]) -> set[str]:
        return await self._quietly("reading notifications", self._store.seen, ids) or set()

    async def get_meta(self, name: str) -> str | None:
        return await self._quietly("reading a setting", self._store.get_meta, name)

    async def put_meta(self, name: str, value: str) -> None:
        await self._quietly("saving a setting", self._store.put_meta, name, value)

    # -- lifetime ------------------------------------------------------------------------------

    # -- the first screen of saved data ----------------------------------------------------------
    # A marker file stands while saved data is first put on screen. If the process dies there
    # (a value the views could not paint), the next start finds it and drops the saved
    # overviews instead of dying again: the app always starts.

    @property
    def _showing_marker(self) -> Path:
        return self.path.with_name(self.path.name + ".showing")

    def mark_showing(self) -> None:
        with contextlib.suppress(OSError):
            self._showing_marker.touch(mode=0o600)

    def clear_showing(self) -> None:
        with contextlib.suppress(OSError):
            self._showing_marker.unlink(missing_ok=True)

    def died_while_showing(self) -> bool:
        return self._showing_marker.exists()

    async def close(self) -> None:
        # A quit before the marker's timer is not a death while painting (a quick look, or
        # the benchmarks' starts): the next start shows the saved data again.
        self.clear_showing()
        await self._quietly("closing", self._store.close)
        self._executor.shutdown(wait=True)  # idle by now; see Session.leave

    async def destroy(self) -> None:
        """Close and delete the file with its -wal/-shm siblings (sign-out)."""
        await self._quietly("closing", self._store.close)
        await self._run(OfflineStore.destroy, self.path)
        self.clear_showing()
        self._executor.shutdown(wait=True)
