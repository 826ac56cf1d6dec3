"""One SQLite connection per app (stdlib sqlite3, WAL), used only from the event loop thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def open_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def recreate(conn: sqlite3.Connection, schema: str) -> None:
    """Drop every table and create `schema` again: how /admin/reset gets back to the seed."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    conn.execute("PRAGMA foreign_keys=OFF")
    for table in tables:
        if not table.startswith("sqlite_"):
            conn.execute(f'DROP TABLE IF EXISTS "{table}"')
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(schema)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """An explicit BEGIN/COMMIT (autocommit otherwise); nested use joins the outer one."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
