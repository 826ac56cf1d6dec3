"""Fixtures for testing the reference backend itself (real HTTP on 127.0.0.1, no mocks)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from optilearn_reference.process import DemoServer


@pytest.fixture(scope="session")
def demo_server_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    """One server for the session; its data dir is known so tests can cross-check SQLite."""
    data_dir = tmp_path_factory.mktemp("demo-data")
    with DemoServer(data_dir=data_dir) as server:
        yield server


@pytest.fixture
def srv(demo_server_only: DemoServer) -> DemoServer:
    """The session server, back at the seed with no faults and an empty request log."""
    demo_server_only.reset()
    demo_server_only.clear_faults()
    demo_server_only.clear_requests()
    return demo_server_only


@pytest.fixture
def lms(srv: DemoServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=srv.lms_url, trust_env=False, timeout=30) as client:
        yield client


@pytest.fixture
def lms_db(srv: DemoServer) -> Iterator[sqlite3.Connection]:
    """Read-only view of the OptiLearn stand-in's SQLite, for independent expectations."""
    assert srv.data_dir is not None
    path = Path(srv.data_dir) / "optilearn.sqlite3"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()
