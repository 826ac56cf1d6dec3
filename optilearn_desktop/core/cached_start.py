"""The remembered parent's saved overview, read while Qt starts.

`main()` submits `prefetch` to the session's keyring thread before it imports Qt: the settings
file, the two secrets and the decrypted cache rows are ready by the time the window is built,
so the saved overview can be the window's first paint. Bytes only: the UI thread decodes them
into plain records for the first paint (core/saved_records.py: pydantic is not loaded yet),
then, right after it, with the models exactly as the cache parses them. Anything unexpected
is a miss: the normal resume, which runs afterwards in every case, then decides.
"""

from __future__ import annotations

import json
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


class CachedStart(NamedTuple):  # not a dataclass: dataclasses is not loaded before the paint
    account: AccountRef
    name: str  # the parent, as remembered
    children: tuple[bytes, datetime]
    overviews: dict[str, tuple[bytes, datetime]]  # contact id -> sealed row, opened

    def __repr__(self) -> str:  # the rows are children's data: never in a log or traceback
        return f"CachedStart({len(self.overviews)} saved overviews)"

    def to_bytes(self) -> bytes:
        """For the pipe from the start-up read's child process (saved_start.py): the opened
        rows as they are, with the account and the times. Never written anywhere else."""
        rows = {k: [v.decode("utf-8"), at.isoformat()] for k, (v, at) in self.overviews.items()}
        return json.dumps(
            {
                "account": [
                    self.account.server_url,
                    self.account.institution_slug,
                    self.account.email,
                ],
                "name": self.name,
                "children": [self.children[0].decode("utf-8"), self.children[1].isoformat()],
                "overviews": rows,
            }
        ).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> CachedStart | None:
        """The other end of `to_bytes`; None for anything else (a miss)."""
        try:
            document = json.loads(data)
            children, at = document["children"]
            return cls(
                AccountRef(*document["account"]),
                str(document["name"]),
                (children.encode("utf-8"), datetime.fromisoformat(at)),
                {
                    str(k): (v.encode("utf-8"), datetime.fromisoformat(t))
                    for k, (v, t) in document["overviews"].items()
                },
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def parent_data(self, clock: Clock) -> ParentData | None:
        """For the first paint, on the UI thread, without pydantic: the rows as records of
        core/saved_records.py (a row that is not exactly what the models write is a miss); None
        when no child is known."""
        from . import saved_records

        return self._data(clock, saved_records.decode_children, saved_records.decode_overview)

    def validated_data(self, clock: Clock) -> ParentData | None:
        """The same rows parsed by the models, as `ParentData.load_cached` parses the cache (a
        row that no longer parses is a miss); None when no child is known."""
        from .offline_cache import decode_children, decode_overview

        return self._data(clock, decode_children, decode_overview)

    def _data(
        self,
        clock: Clock,
        children_of: Callable[[bytes], list[Any] | None],
        overview_of: Callable[[bytes], tuple[Any, Any] | None],
    ) -> ParentData | None:
        from .parent_data import ParentData

        children = children_of(self.children[0])
        if not children:
            return None
        overviews = {}
        for child in children:
            row = self.overviews.get(child.contact_id)
            known = None if row is None else overview_of(row[0])
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
    document = json.loads(children)
    return [
        str(c["contactId"])
        for c in document.get("children", [])
        if isinstance(c, dict) and "contactId" in c
    ]
