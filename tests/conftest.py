"""Shared fixtures: Qt offscreen, one qasync loop for the whole session, the real reference
backend on 127.0.0.1 (reset to its seed before every test), signed-in clients."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import qasync
from hypothesis import HealthCheck, settings

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.core.event_loop import install_asyncgen_hooks
from optilearn_reference.process import DemoServer

# Property-based tests: a fixed seed and a bounded number of examples in every run (CI
# included); `HYPOTHESIS_PROFILE=release` runs many more before a release (docs/security.md).
_QT_FIXTURES = [HealthCheck.function_scoped_fixture]
settings.register_profile(
    "default",
    derandomize=True,
    max_examples=150,
    deadline=None,
    suppress_health_check=_QT_FIXTURES,
)
settings.register_profile(
    "release", max_examples=5000, deadline=None, suppress_health_check=_QT_FIXTURES
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

T = TypeVar("T")
Run = Callable[..., Any]


@pytest.fixture(scope="session", autouse=True)
def app_language(qapp) -> Any:
    """English, as the app installs it at start (its plural forms come from its catalogue);
    tests that switch language switch back through this object."""
    from optilearn_desktop.platform.translations import Translations

    translations = Translations()
    translations.apply("en")
    return translations


@pytest.fixture(scope="session")
def qasync_loop(qapp) -> Iterator[qasync.QEventLoop]:
    # One loop for the session; per-test loops break every later qtbot.wait* (architecture.md).
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    yield loop


@pytest.fixture
def aio(qasync_loop, qtbot) -> Iterator[Callable[[Coroutine[Any, Any, T]], T]]:
    """`aio(coro)` runs a coroutine on the session's qasync loop while Qt spins, and returns
    its result (or raises its exception). Leftover tasks are cancelled after the test."""

    def run(coro: Coroutine[Any, Any, T], timeout_ms: int = 30_000) -> T:
        task = qasync_loop.create_task(coro)
        qtbot.waitUntil(task.done, timeout=timeout_ms)
        return task.result()

    yield run
    leftovers = [t for t in asyncio.all_tasks(qasync_loop) if not t.done()]
    for task in leftovers:
        task.cancel()
    if leftovers:
        qtbot.waitUntil(lambda: all(t.done() for t in leftovers), timeout=5_000)


@pytest.fixture(scope="session")
def demo_session(tmp_path_factory) -> Iterator[DemoServer]:
    with DemoServer(data_dir=tmp_path_factory.mktemp("demo-data")) as server:
        yield server


@pytest.fixture
def demo(demo_session: DemoServer) -> DemoServer:
    """The reference backend, back at its seed with no faults and an empty request log."""
    demo_session.reset()
    demo_session.clear_faults()
    demo_session.clear_requests()
    return demo_session


@pytest.fixture
def make_client(demo: DemoServer, aio) -> Iterator[Callable[..., OptiLearnClient]]:
    """`make_client("parent_three")` -> a client signed in as that seeded account;
    `make_client(None)` -> a signed-out client. Config overrides go as keyword arguments."""
    clients: list[OptiLearnClient] = []

    def make(account_key: str | None = None, **config: Any) -> OptiLearnClient:
        client = OptiLearnClient(ClientConfig(base_url=demo.lms_url, **config))
        clients.append(client)
        if account_key is not None:
            account = demo.account(account_key)
            aio(client.sign_in(account["institution_slug"], account["email"], account["password"]))
        return client

    yield make
    for client in clients:
        aio(client.aclose())
