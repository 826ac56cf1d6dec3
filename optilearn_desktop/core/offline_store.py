"""The encrypted offline cache of one account: a SQLite file in the cache folder.

Every value is AES-256-GCM with a fresh 96-bit nonce and associated data naming its table and
row, so rows cannot be swapped; ids used as row keys are HMAC-SHA256 so they cannot be read
either. Two sub-keys (encryption, id hashing) come from the account's 32-byte key by HKDF.

Bytes/str in, bytes/str out: callers serialise their own models. Blocking: run in an executor.
A damaged file raises `CacheCorruptError` on open (`open_or_rebuild` turns that into a fresh
file); a row that does not decrypt is a miss and is deleted. Nothing here ever logs a value.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import sqlite3
import struct
import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .credentials import AccountRef

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
_NONCE = 12
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SCHEMA = """
CREATE TABLE info (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE kv (k BLOB PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE overviews (child BLOB PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE pdfs (cert BLOB PRIMARY KEY, child BLOB NOT NULL, v BLOB NOT NULL);
CREATE INDEX pdfs_by_child ON pdfs (child);
CREATE TABLE seen (id BLOB PRIMARY KEY);
"""
_TABLES = {"info", "kv", "overviews", "pdfs", "seen"}
_SIDE_FILES = ("-wal", "-shm", "-journal")


class CacheError(Exception):
    """The cache could not be used (disk full, locked by another process, ...)."""


class CacheCorruptError(CacheError):
    """The file is not a cache we can read: destroy it and start again."""


def cache_path(cache_dir: Path, ref: AccountRef) -> Path:
    """One file per account, named by a hash so the email is not in the file name."""
    return Path(cache_dir) / f"account-{ref.fingerprint()}.sqlite3"


def _wrap(exc: sqlite3.Error) -> CacheError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return CacheCorruptError(str(exc))
    return CacheError(str(exc))


class OfflineStore:
    def __init__(self, path: Path, key: bytes) -> None:
        """Open (or create) the cache at `path`. Raises `CacheCorruptError` for a damaged file
        or another schema, `CacheError` when SQLite cannot open it at all."""
        if len(key) != 32:
            raise ValueError("the cache key must be 32 bytes")
        self.path = Path(path)
        self._aead = AESGCM(_subkey(key, b"optilearn-desktop cache aes-256-gcm"))
        self._mac_key = _subkey(key, b"optilearn-desktop cache row ids")
        self._lock = threading.Lock()
        _create_private(self.path)
        try:
            # Callers hop between executor threads; `_lock` serialises access instead.
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _wrap(exc) from exc
        try:
            self._prepare()
        except sqlite3.Error as exc:
            self._db.close()
            raise _wrap(exc) from exc
        except CacheError:
            self._db.close()
            raise

    @classmethod
    def open_or_rebuild(cls, path: Path, key: bytes) -> tuple[OfflineStore, bool]:
        """Open the cache; a damaged one, or one written under another key, is deleted and
        replaced by an empty one (rebuilt=True). `CacheError` if even that fails."""
        store: OfflineStore | None = None
        try:
            store = cls(path, key)
            if store.key_matches():
                return store, False
            log.warning("Offline cache was written under another key; rebuilding it")
        except CacheCorruptError as exc:
            log.warning("Offline cache is damaged (%s); rebuilding it", exc)
        if store is not None:
            store.close()
        cls.destroy(path)
        return cls(path, key), True

    @classmethod
    def destroy(cls, path: Path) -> None:
        """Delete the cache file and SQLite's side files. Close the store first."""
        path = Path(path)
        for candidate in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
            candidate.unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> OfflineStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- children and overviews ----------------------------------------------------------
    def put_children(self, data: bytes, fetched_at: datetime) -> None:
        k = self._id("kv", "children")
        self._write(
            "INSERT OR REPLACE INTO kv VALUES (?, ?)", (k, self._seal(b"kv", k, data, fetched_at))
        )

    def get_children(self) -> tuple[bytes, datetime] | None:
        return self._read_kv("children")

    def put_overview(self, child_id: str, data: bytes, fetched_at: datetime) -> None:
        c = self._id("child", child_id)
        sealed = self._seal(b"overviews", c, data, fetched_at)
        self._write("INSERT OR REPLACE INTO overviews VALUES (?, ?)", (c, sealed))

    def get_overview(self, child_id: str) -> tuple[bytes, datetime] | None:
        c = self._id("child", child_id)
        row = self._one("SELECT v FROM overviews WHERE child = ?", (c,))
        if row is None:
            return None
        opened = self._open(b"overviews", c, row[0])
        if opened is None:
            self._write("DELETE FROM overviews WHERE child = ?", (c,))
        return opened

    def delete_child(self, child_id: str) -> None:
        """Forget a child: its overview, grade history and certificate PDFs, in one
        transaction."""
        c = self._id("child", child_id)
        with self._transaction() as db:
            db.execute("DELETE FROM overviews WHERE child = ?", (c,))
            db.execute("DELETE FROM pdfs WHERE child = ?", (c,))
            db.execute("DELETE FROM kv WHERE k = ?", (self._id("kv", _history(child_id)),))

    # --- grade history (one sealed document per child, in `kv`) -------------------------
    def put_history(self, child_id: str, data: bytes) -> None:
        k = self._id("kv", _history(child_id))
        self._write(
            "INSERT OR REPLACE INTO kv VALUES (?, ?)", (k, self._seal(b"kv", k, data, None))
        )

    def get_history(self, child_id: str) -> bytes | None:
        found = self._read_kv(_history(child_id))
        return None if found is None else found[0]

    # --- certificate PDFs ----------------------------------------------------------------
    def put_pdf(self, child_id: str, cert_id: str, data: bytes) -> None:
        c, cert = self._id("child", child_id), self._id("cert", cert_id)
        sealed = self._seal(b"pdfs", cert + c, data, None)
        self._write("INSERT OR REPLACE INTO pdfs VALUES (?, ?, ?)", (cert, c, sealed))

    def get_pdf(self, cert_id: str) -> bytes | None:
        cert = self._id("cert", cert_id)
        row = self._one("SELECT child, v FROM pdfs WHERE cert = ?", (cert,))
        if row is None:
            return None
        opened = self._open(b"pdfs", cert + row[0], row[1])
        if opened is None:
            self._write("DELETE FROM pdfs WHERE cert = ?", (cert,))
            return None
        return opened[0]

    # --- notifications -------------------------------------------------------------------
    def mark_seen(self, ids: Iterable[str]) -> None:
        rows = [(self._id("notification", i),) for i in ids]
        with self._transaction() as db:
            db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", rows)

    def seen(self, ids: Iterable[str]) -> set[str]:
        """Which of `ids` were marked seen."""
        by_mac = {self._id("notification", i): i for i in ids}
        if not by_mac:
            return set()
        found: set[str] = set()
        macs = list(by_mac)
        for start in range(0, len(macs), 500):  # stay below SQLite's parameter limit
            chunk = macs[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._all(f"SELECT id FROM seen WHERE id IN ({marks})", chunk)  # noqa: S608
            found.update(by_mac[row[0]] for row in rows)
        return found

    def get_notification_cursor(self) -> str | None:
        return self.get_meta("\0notification-cursor")

    def put_notification_cursor(self, cursor: str) -> None:
        self.put_meta("\0notification-cursor", cursor)

    # --- small key/value -----------------------------------------------------------------
    def get_meta(self, name: str) -> str | None:
        got = self._read_kv("meta:" + name)
        return None if got is None else got[0].decode("utf-8", errors="replace")

    def put_meta(self, name: str, value: str) -> None:
        k = self._id("kv", "meta:" + name)
        sealed = self._seal(b"kv", k, value.encode("utf-8"), None)
        self._write("INSERT OR REPLACE INTO kv VALUES (?, ?)", (k, sealed))

    def delete_meta(self, name: str) -> None:
        self._write("DELETE FROM kv WHERE k = ?", (self._id("kv", "meta:" + name),))

    def key_matches(self) -> bool:
        """False when the file was written under another key (every row would be a miss)."""
        row = self._one("SELECT value FROM info WHERE name = 'key-check'", ())
        return row is not None and hmac.compare_digest(row[0], self._id("info", "key-check"))

    # --- internals -----------------------------------------------------------------------
    def _prepare(self) -> None:
        db = self._db
        db.execute("PRAGMA busy_timeout = 5000")  # a second app instance may hold the lock
        version = db.execute("PRAGMA user_version").fetchone()[0]  # NOTADB shows here
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0 and not tables:
            db.execute("PRAGMA journal_mode = WAL")
            with self._transaction() as tx:
                # Re-read under the write lock: another process may have created it meanwhile.
                version = tx.execute("PRAGMA user_version").fetchone()[0]
                if version == 0:
                    for statement in filter(str.strip, _SCHEMA.split(";")):
                        tx.execute(statement)
                    check = self._id("info", "key-check")
                    tx.execute("INSERT INTO info VALUES ('key-check', ?)", (check,))
                    tx.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    version = SCHEMA_VERSION
                tables = _TABLES
        if version != SCHEMA_VERSION or not _TABLES.issubset(tables):
            raise CacheCorruptError(f"schema version {version}, expected {SCHEMA_VERSION}")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise CacheError(f"cannot use WAL journal (got {mode})")
        db.execute("PRAGMA synchronous = FULL")
        integrity = db.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            raise CacheCorruptError("integrity check failed")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise _wrap(exc) from exc

    def _write(self, sql: str, params: tuple[bytes, ...]) -> None:
        with self._transaction() as db:
            db.execute(sql, params)

    def _one(self, sql: str, params: tuple[bytes, ...]) -> tuple[bytes, ...] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def _all(self, sql: str, params: Iterable[bytes]) -> list[tuple[bytes, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise _wrap(exc) from exc

    def _read_kv(self, name: str) -> tuple[bytes, datetime] | None:
        k = self._id("kv", name)
        row = self._one("SELECT v FROM kv WHERE k = ?", (k,))
        if row is None:
            return None
        opened = self._open(b"kv", k, row[0])
        if opened is None:
            self._write("DELETE FROM kv WHERE k = ?", (k,))
        return opened

    def _id(self, kind: str, value: str) -> bytes:
        msg = kind.encode() + b"\0" + value.encode("utf-8")
        return hmac.new(self._mac_key, msg, hashlib.sha256).digest()

    def _seal(self, table: bytes, row: bytes, data: bytes, fetched_at: datetime | None) -> bytes:
        micros = 0 if fetched_at is None else _to_micros(fetched_at)
        nonce = os.urandom(_NONCE)
        plain = struct.pack(">q", micros) + bytes(data)
        return nonce + self._aead.encrypt(nonce, plain, table + b"\0" + row)

    def _open(self, table: bytes, row: bytes, sealed: bytes) -> tuple[bytes, datetime] | None:
        try:
            plain = self._aead.decrypt(sealed[:_NONCE], sealed[_NONCE:], table + b"\0" + row)
        except (InvalidTag, ValueError, TypeError):
            log.warning("An offline cache row did not decrypt; dropping it")
            return None
        (micros,) = struct.unpack(">q", plain[:8])
        return plain[8:], _EPOCH + timedelta(microseconds=micros)


def _history(child_id: str) -> str:
    return "history:" + child_id


def _subkey(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


def _to_micros(when: datetime) -> int:
    if when.tzinfo is None:
        raise ValueError("fetched_at must be timezone-aware")
    return (when - _EPOCH) // timedelta(microseconds=1)


def _create_private(path: Path) -> None:
    """Create the file 0600 before SQLite does (its -wal/-shm copy the main file's mode)."""
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
