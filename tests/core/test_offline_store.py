"""OfflineStore on real SQLite files: round trips, encryption at rest, tampering, corruption."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from optilearn_desktop.core.credentials import AccountRef
from optilearn_desktop.core.offline_store import (
    CacheCorruptError,
    OfflineStore,
    cache_path,
)

CHILD_NAME = "Zanele Okonkwo-Marsh"
CHILD_ID = "child-8f3a2b71"
OTHER_ID = "child-0c9d4e15"
CERT_ID = "cert-77e1aa09"
NOTE_ID = "notif-5b2c9d33"
FETCHED = datetime(2025, 3, 4, 14, 2, 7, 123456, tzinfo=UTC)


def children_json() -> bytes:
    return json.dumps([{"id": CHILD_ID, "name": CHILD_NAME, "class": "7B Kestrel"}]).encode()


def overview_json(child_id: str, seq: int = 0) -> bytes:
    return json.dumps(
        {"child": child_id, "name": CHILD_NAME, "math": "B+ excellent progress", "seq": seq}
    ).encode()


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def path(tmp_path: Path, ref: AccountRef) -> Path:
    return cache_path(tmp_path / "cache", ref)


@pytest.fixture
def store(path: Path, key: bytes):
    with OfflineStore(path, key) as opened:
        yield opened


def fill(store: OfflineStore) -> None:
    store.put_children(children_json(), FETCHED)
    store.put_overview(CHILD_ID, overview_json(CHILD_ID), FETCHED)
    store.put_overview(OTHER_ID, overview_json(OTHER_ID), FETCHED + timedelta(hours=1))
    store.put_pdf(CHILD_ID, CERT_ID, b"%PDF-1.7 " + CHILD_NAME.encode())
    store.put_pdf(OTHER_ID, "cert-other", b"%PDF-1.7 other")
    store.mark_seen([NOTE_ID, "notif-2"])
    store.put_notification_cursor("cursor-" + NOTE_ID)
    store.put_meta("last_child", CHILD_ID)


def raw(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(path) as db:
        rows = db.execute(sql, params).fetchall()
    db.close()
    return rows


def test_file_name_does_not_show_the_account(path: Path) -> None:
    assert path.name.startswith("account-") and "anna" not in path.name
    assert "northside" not in path.name


def test_round_trip_of_every_kind_survives_reopening(path: Path, key: bytes) -> None:
    with OfflineStore(path, key) as store:
        assert store.get_children() is None
        assert store.get_overview(CHILD_ID) is None
        assert store.get_pdf(CERT_ID) is None
        assert store.seen([NOTE_ID]) == set()
        assert store.get_notification_cursor() is None
        assert store.get_meta("last_child") is None
        fill(store)
    with OfflineStore(path, key) as store:
        assert store.get_children() == (children_json(), FETCHED)
        assert store.get_overview(CHILD_ID) == (overview_json(CHILD_ID), FETCHED)
        assert store.get_overview(OTHER_ID) == (
            overview_json(OTHER_ID),
            FETCHED + timedelta(hours=1),
        )
        assert store.get_pdf(CERT_ID) == b"%PDF-1.7 " + CHILD_NAME.encode()
        assert store.seen([NOTE_ID, "notif-2", "notif-3"]) == {NOTE_ID, "notif-2"}
        assert store.get_notification_cursor() == "cursor-" + NOTE_ID
        assert store.get_meta("last_child") == CHILD_ID
        store.put_overview(CHILD_ID, overview_json(CHILD_ID, seq=2), FETCHED)  # replaces
        assert store.get_overview(CHILD_ID) == (overview_json(CHILD_ID, seq=2), FETCHED)
        store.delete_meta("last_child")
        assert store.get_meta("last_child") is None


def test_fetched_at_keeps_its_instant_across_time_zones(store: OfflineStore) -> None:
    local = FETCHED.astimezone(__import__("datetime").timezone(timedelta(hours=-5)))
    store.put_children(b"[]", local)
    assert store.get_children() == (b"[]", FETCHED)
    with pytest.raises(ValueError, match="timezone"):
        store.put_children(b"[]", datetime(2025, 1, 1))


def test_seen_handles_more_ids_than_one_query_takes(store: OfflineStore) -> None:
    ids = [f"n-{i}" for i in range(1_300)]
    store.mark_seen(ids[::2])
    store.mark_seen(ids[::2])  # marking twice is harmless
    assert store.seen(ids) == set(ids[::2])
    assert store.seen([]) == set()


def test_delete_child_purges_its_overview_and_pdfs_only(store: OfflineStore) -> None:
    fill(store)
    store.delete_child(CHILD_ID)
    assert store.get_overview(CHILD_ID) is None
    assert store.get_pdf(CERT_ID) is None
    assert store.get_overview(OTHER_ID) is not None
    assert store.get_pdf("cert-other") == b"%PDF-1.7 other"


def test_nothing_is_readable_in_the_files(path: Path, key: bytes) -> None:
    secrets = [
        CHILD_NAME,
        CHILD_ID,
        OTHER_ID,
        CERT_ID,
        NOTE_ID,
        "7B Kestrel",
        "excellent progress",
        "%PDF",
        "last_child",
    ]
    store = OfflineStore(path, key)
    fill(store)

    def hits() -> list[str]:
        found = []
        for file in path.parent.iterdir():  # the db and its -wal/-shm while open
            blob = file.read_bytes()
            found += [f"{file.name}: {s}" for s in secrets if s.encode() in blob]
        return found

    assert path.with_name(path.name + "-wal").exists()
    assert hits() == []
    store.close()  # checkpoints the WAL into the main file
    assert hits() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_files_are_private(path: Path, store: OfflineStore) -> None:
    fill(store)
    for file in path.parent.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def test_tampered_ciphertext_is_a_miss_and_is_dropped(path: Path, store: OfflineStore) -> None:
    fill(store)
    (blob,) = raw(path, "SELECT v FROM kv WHERE length(v) > 40 ORDER BY length(v) DESC LIMIT 1")[0]
    flipped = bytearray(blob)
    flipped[-20] ^= 0x01
    raw(path, "UPDATE kv SET v = ? WHERE v = ?", (bytes(flipped), blob))
    raw(path, "UPDATE overviews SET v = substr(v, 1, 10)")  # truncated rows too
    assert store.get_children() is None
    assert store.get_overview(CHILD_ID) is None
    assert raw(path, "SELECT count(*) FROM overviews") == [(1,)]  # dropped on read
    assert store.get_overview(OTHER_ID) is None
    assert raw(path, "SELECT count(*) FROM overviews") == [(0,)]
    assert store.get_pdf(CERT_ID) is not None  # untouched rows still read


def test_rows_cannot_be_swapped(path: Path, store: OfflineStore) -> None:
    fill(store)
    # Copy the first child's overview over the second's, and move the first PDF to the other
    # child (PDFs are inserted in that order by fill()).
    (first, _), (_, second_child) = raw(path, "SELECT cert, child FROM pdfs ORDER BY rowid")
    raw(path, "UPDATE pdfs SET child = ? WHERE cert = ?", (second_child, first))
    overviews = raw(path, "SELECT child, v FROM overviews")
    raw(path, "UPDATE overviews SET v = ? WHERE child = ?", (overviews[0][1], overviews[1][0]))
    got = [store.get_overview(CHILD_ID), store.get_overview(OTHER_ID)]
    assert got.count(None) == 1
    assert store.get_pdf(CERT_ID) is None
    assert store.get_pdf("cert-other") == b"%PDF-1.7 other"


def test_wrong_key_reads_as_misses(path: Path, key: bytes) -> None:
    with OfflineStore(path, key) as store:
        fill(store)
    with OfflineStore(path, os.urandom(32)) as wrong:
        assert not wrong.key_matches()
        assert wrong.get_children() is None
        assert wrong.get_overview(CHILD_ID) is None
        assert wrong.get_pdf(CERT_ID) is None
        assert wrong.seen([NOTE_ID]) == set()
        assert wrong.get_notification_cursor() is None


def test_open_or_rebuild_replaces_a_cache_written_under_another_key(path: Path, key: bytes) -> None:
    with OfflineStore(path, key) as store:
        fill(store)
    other = os.urandom(32)
    store, rebuilt = OfflineStore.open_or_rebuild(path, other)
    with store:
        assert rebuilt and store.key_matches() and store.get_children() is None
    store, rebuilt = OfflineStore.open_or_rebuild(path, other)
    store.close()
    assert not rebuilt


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _bad_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(b"not sqlite at all" + data[17:])


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _schema_mismatch(path: Path) -> None:
    raw(path, "PRAGMA user_version = 99")


def _foreign_database(path: Path) -> None:
    OfflineStore.destroy(path)
    raw(path, "CREATE TABLE something_else (x)")


@pytest.mark.parametrize(
    "damage", [_garbage, _bad_header, _truncated, _schema_mismatch, _foreign_database]
)
def test_a_damaged_file_is_rebuilt(path: Path, key: bytes, damage) -> None:
    with OfflineStore(path, key) as store:
        fill(store)
        for i in range(40):  # enough pages that a cut lands inside the data
            store.put_pdf(CHILD_ID, f"cert-{i}", os.urandom(8_000))
    damage(path)
    with pytest.raises(CacheCorruptError):
        OfflineStore(path, key)
    store, rebuilt = OfflineStore.open_or_rebuild(path, key)
    with store:
        assert rebuilt
        assert store.get_children() is None
        store.put_children(children_json(), FETCHED)
        assert store.get_children() == (children_json(), FETCHED)


def test_an_empty_file_is_a_new_cache(path: Path, key: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.touch()
    store, rebuilt = OfflineStore.open_or_rebuild(path, key)
    with store:
        assert not rebuilt and store.key_matches()


def test_destroy_leaves_no_file(path: Path, key: bytes) -> None:
    store = OfflineStore(path, key)
    fill(store)
    assert {p.name for p in path.parent.iterdir()} >= {path.name, path.name + "-wal"}
    store.close()
    path.with_name(path.name + "-journal").write_bytes(b"left by a rollback journal")
    path.with_name(path.name + "-shm").write_bytes(b"x")
    OfflineStore.destroy(path)
    assert list(path.parent.iterdir()) == []
    OfflineStore.destroy(path)  # nothing there: fine


def test_writes_from_executor_threads(store: OfflineStore) -> None:
    with ThreadPoolExecutor(4) as pool:
        list(
            pool.map(
                lambda i: store.put_overview(f"c{i}", overview_json(f"c{i}", i), FETCHED), range(40)
            )
        )
    assert all(
        store.get_overview(f"c{i}") == (overview_json(f"c{i}", i), FETCHED) for i in range(40)
    )


def test_a_short_key_is_refused(path: Path) -> None:
    with pytest.raises(ValueError):
        OfflineStore(path, b"short")
