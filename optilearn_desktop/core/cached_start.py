"""The remembered parent's saved overview, read while Qt starts.

`main()` starts `prefetch` before it imports Qt (in a child process, see saved_start.py, or on
the session's keyring thread): the settings file, the two secrets and the decrypted cache rows
are ready by the time the window is built, so the saved overview can be the window's first
paint. The child process also parses the rows and sends both (`to_bytes`). The UI thread turns
them into plain records for the first paint (core/saved_records.py: pydantic is not loaded
yet), then, right after it, parses the rows with the models exactly as the cache parses them.
Anything unexpected is a miss: the normal resume, which runs afterwards in every case, then
decides.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .credentials import AccountRef

if TYPE_CHECKING:  # the read's own modules: not loaded where only its answer is decoded
    from .app_dirs import AppDirs
    from .clock import Clock
    from .credentials import CredentialStore
    from .parent_data import ParentData
    from .settings import LocalSettings

log = logging.getLogger(__name__)

CHILDREN_KEY = ""  # the children list's place in `CachedStart.documents` (never a contact id)
PIPE_FORMAT = 1  # `to_bytes`'s layout: a parent and a child from different versions disagree


class CachedStart(NamedTuple):  # not a dataclass: dataclasses is not loaded before the paint
    account: AccountRef
    name: str  # the parent, as remembered
    children: tuple[bytes, datetime]
    overviews: dict[str, tuple[bytes, datetime]]  # contact id -> sealed row, opened
    # The same rows parsed (JSON documents), when the start-up read's child process parsed
    # them: the first paint then needs neither the json module nor the parsing.
    documents: dict[str, Any] | None = None  # CHILDREN_KEY or contact id -> document

    def __repr__(self) -> str:  # the rows are children's data: never in a log or traceback
        return f"CachedStart({len(self.overviews)} saved overviews)"

    def to_bytes(self) -> bytes:
        """For the pipe from the start-up read's child process (saved_start.py): the opened
        rows, each also parsed, with the account and the times. Never written anywhere else.

        marshal, not JSON: the parent reads it with no import and ~6x faster than json reads
        the same rows. marshal trusts its input; this input is our own child process's, over
        a private pipe, from the same interpreter (marshal's format is per Python version)."""
        import json
        import marshal

        rows = {k: (v, at.isoformat()) for k, (v, at) in self.overviews.items()}
        documents = {key: json.loads(row) for key, row in self._rows().items()}
        return marshal.dumps(
            (
                PIPE_FORMAT,
                tuple(self.account),
                self.name,
                (self.children[0], self.children[1].isoformat()),
                rows,
                documents,
            )
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> CachedStart | None:
        """The other end of `to_bytes`; None for anything else (a miss)."""
        import marshal

        try:
            form, account, name, (children, at), rows, documents = marshal.loads(data)  # noqa: S302 - our child process, see to_bytes
            if form != PIPE_FORMAT or type(documents) is not dict:
                return None
            return cls(
                AccountRef(*account),
                str(name),
                (bytes(children), datetime.fromisoformat(at)),
                {str(k): (bytes(v), datetime.fromisoformat(t)) for k, (v, t) in rows.items()},
                documents,
            )
        except (ValueError, KeyError, TypeError, AttributeError, EOFError):
            return None

    def parent_data(self, clock: Clock) -> ParentData | None:
        """For the first paint, on the UI thread, without pydantic: the rows as records of
        core/saved_records.py (a row that is not exactly what the models write is a miss); None
        when no child is known."""
        from . import saved_records

        if self.documents is None:  # read on a thread (one CPU): parse the rows here
            return self._data(
                clock, saved_records.decode_children, saved_records.decode_overview, self._rows()
            )
        return self._data(
            clock, saved_records.children_from, saved_records.overview_from, self.documents
        )

    def validated_data(self, clock: Clock) -> ParentData | None:
        """The same rows parsed by the models, as `ParentData.load_cached` parses the cache (a
        row that no longer parses is a miss); None when no child is known."""
        from .offline_cache import decode_children, decode_overview

        return self._data(clock, decode_children, decode_overview, self._rows())

    def _rows(self) -> dict[str, bytes]:
        """The stored rows by place: CHILDREN_KEY, then each child's contact id."""
        return {CHILDREN_KEY: self.children[0]} | {k: v for k, (v, _) in self.overviews.items()}

    def _data(
        self,
        clock: Clock,
        children_of: Callable[[Any], list[Any] | None],
        overview_of: Callable[[Any], tuple[Any, Any] | None],
        rows: dict[str, Any],
    ) -> ParentData | None:
        """`children_of` and `overview_of` read `rows` (as stored, or parsed: `documents`)."""
        from .parent_data import ParentData

        children = children_of(rows.get(CHILDREN_KEY))
        if not children:
            return None
        overviews = {}
        for child in children:
            row = rows.get(child.contact_id)
            known = None if row is None else overview_of(row)
            if known is not None:
                overviews[child.contact_id] = known
        data = ParentData(None, clock)  # type: ignore[arg-type] # the client comes on resume
        data.remember(children, overviews, self.children[1])
        return data


def prefetch(
    server_url: str,
    store: CredentialStore,
    dirs: AppDirs | None = None,
    settings: LocalSettings | None = None,
) -> CachedStart | None:
    """The remembered parent's saved overview, or None. Blocking: run it on the thread that
    makes every keyring call (see `Session`'s keyring executor). `settings`: the app's one
    instance when the caller has read it already."""
    from .app_dirs import AppDirs
    from .settings import LocalSettings

    dirs = dirs or AppDirs.default()
    try:
        return _read(server_url, dirs, store, settings or LocalSettings(dirs.config))
    except Exception as exc:  # a start-up shortcut must never stop the start
        log.warning("reading the saved overview early failed (%s)", type(exc).__name__)
        return None


def _read(
    server_url: str, dirs: AppDirs, store: CredentialStore, settings: LocalSettings
) -> CachedStart | None:
    remembered = settings.remembered
    if remembered is None:
        return None
    account = AccountRef(server_url, remembered.institution_slug, remembered.email)
    if account.server_url != remembered.server_url:  # remembered for another server
        return None
    path = _existing_cache(dirs.cache, account)
    if path is None:
        return None
    secrets = store.read_for_start(account)
    if secrets is None or secrets[0] is None or secrets[1] is None:
        return None
    from .offline_store import CacheError, OfflineStore

    try:
        with OfflineStore(path, secrets[1]) as cache:
            if not cache.key_matches():
                return None
            children = cache.get_children()
            if children is None:
                return None
            overviews = {}
            for child_id in _child_ids(children[0]):
                found = cache.get_overview(child_id)
                if found is not None:
                    overviews[child_id] = found
    except CacheError:
        return None  # damaged or busy: the normal path rebuilds or retries
    return CachedStart(account, remembered.name, children, overviews)


def _existing_cache(cache_dir: Path, account: AccountRef) -> Path | None:
    from .offline_store import cache_path

    path = cache_path(cache_dir, account)
    return path if path.is_file() else None  # never create one here


def _child_ids(children: bytes) -> list[str]:
    import json

    document = json.loads(children)
    return [
        str(c["contactId"])
        for c in document.get("children", [])
        if isinstance(c, dict) and "contactId" in c
    ]
