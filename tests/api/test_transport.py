"""Bytes on the wire: deadline, size cap, retries for GETs only, typed errors, TLS."""

from __future__ import annotations

import socket
import time
import tracemalloc

import pytest

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.api.errors import (
    AuthExpiredError,
    NotFoundError,
    OfflineError,
    ProtocolError,
    ResponseTooLargeError,
    ServerError,
)
from optilearn_desktop.api.transport import USER_AGENT
from optilearn_desktop.models.routes import CHILDREN, LOGIN, MARK_READ, PREFERENCES

MiB = 1024 * 1024


def test_a_drip_feeding_server_is_cut_off_by_the_deadline(make_client, demo, aio):
    client = make_client("parent_three", deadline=2.0, read_timeout=5.0)
    # Each byte arrives well within the read timeout, so only the overall deadline can stop it.
    demo.add_fault(route=CHILDREN, dripBytesPerSecond=20)
    started = time.monotonic()
    with pytest.raises(OfflineError):
        aio(client.children())
    assert time.monotonic() - started < 4.0


def test_an_oversized_body_is_refused_with_bounded_memory(make_client, demo, aio):
    client = make_client("parent_three", max_json_bytes=1 * MiB)
    demo.add_fault(route=CHILDREN, oversizedBytes=50 * MiB)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError):
            aio(client.children())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MiB  # far below the 50 MiB the server offered


def test_a_get_is_retried_after_a_5xx(make_client, demo, aio):
    client = make_client("parent_three")
    demo.add_fault(route=CHILDREN, status=503, code="INTERNAL_ERROR", times=1)
    demo.clear_requests()
    assert len(aio(client.children())) == 3
    assert [r["status"] for r in demo.requests(route=CHILDREN)] == [503, 200]


def test_a_get_is_retried_after_a_dropped_connection(make_client, demo, aio):
    client = make_client("parent_three")
    demo.add_fault(route=CHILDREN, drop=True, times=1)
    demo.clear_requests()
    assert len(aio(client.children())) == 3
    assert len(demo.requests(route=CHILDREN)) == 2


def test_a_get_cut_off_by_closing_the_client_is_not_retried(make_client, demo, aio, caplog):
    """Quitting closes the client under a request on its way: that is no outage to retry."""
    import asyncio

    client = make_client("parent_three", backoff_base=0.5)
    demo.add_fault(route=CHILDREN, times=1, latencyMs=3000)

    async def quit_mid_request() -> None:
        request = asyncio.ensure_future(client.children())
        while demo.faults()[0]["times"]:  # until the server holds the request
            await asyncio.sleep(0.02)
        await client.aclose()
        with pytest.raises(OfflineError):
            await request

    caplog.set_level("INFO", logger="optilearn_desktop.api.transport")
    aio(quit_mid_request())
    assert not [r for r in caplog.records if r.getMessage().startswith("retrying")]


def test_get_retries_stop_after_the_configured_attempts(make_client, demo, aio):
    client = make_client("parent_three", get_attempts=3, backoff_base=0.01)
    demo.add_fault(route=CHILDREN, status=500, code="INTERNAL_ERROR")
    demo.clear_requests()
    with pytest.raises(ServerError) as caught:
        aio(client.children())
    assert caught.value.code == "INTERNAL_ERROR" and caught.value.status == 500
    assert len(demo.requests(route=CHILDREN)) == 3


def test_retry_after_on_429_is_honoured(make_client, demo, aio):
    client = make_client("parent_three", backoff_base=0.0)
    demo.add_fault(route=CHILDREN, status=429, code="RATE_LIMITED", times=1, retryAfter=1)
    demo.clear_requests()
    started = time.monotonic()
    assert aio(client.children())
    assert time.monotonic() - started >= 0.9
    assert len(demo.requests(route=CHILDREN)) == 2


@pytest.mark.parametrize(
    ("method_route", "call"),
    [
        (("PATCH", MARK_READ), lambda c: c.mark_read(all=True)),
        (("PUT", PREFERENCES), lambda c: c.update_preferences([])),
        (("POST", LOGIN), None),
    ],
)
def test_writes_are_never_retried(make_client, demo, aio, method_route, call):
    method, route = method_route
    client = make_client("parent_three") if call else make_client()
    demo.add_fault(route=route, method=method, status=503, code="INTERNAL_ERROR")
    demo.clear_requests()
    account = demo.account("parent_three")
    coro = (
        call(client)
        if call
        else client.sign_in(account["institution_slug"], account["email"], account["password"])
    )
    with pytest.raises(ServerError):
        aio(coro)
    assert len([r for r in demo.requests(route=route) if r["method"] == method]) == 1


def test_a_dropped_write_is_reported_offline_and_not_repeated(make_client, demo, aio):
    client = make_client("parent_three")
    demo.add_fault(route=MARK_READ, drop=True)
    demo.clear_requests()
    with pytest.raises(OfflineError):
        aio(client.mark_read(all=True))
    assert len(demo.requests(route=MARK_READ)) == 1


def test_malformed_json_is_a_protocol_error(make_client, demo, aio):
    client = make_client("parent_three")
    demo.add_fault(route=CHILDREN, malformedJson=True)
    with pytest.raises(ProtocolError):
        aio(client.children())


def test_json_nested_past_the_parser_depth_is_a_protocol_error(make_client, demo, aio):
    client = make_client("parent_three")
    demo.add_fault(route="/api/parent/children/*/overview", nestedJsonDepth=200_000)
    with pytest.raises(ProtocolError) as caught:  # not a RecursionError
        aio(client.overview("ct_any"))
    assert "could not read" in caught.value.message


def test_error_envelopes_become_typed_errors_with_the_server_words(make_client, demo, aio):
    client = make_client("parent_three")
    demo.add_fault(route=CHILDREN, status=404, code="NOT_FOUND")
    with pytest.raises(NotFoundError) as caught:
        aio(client.children())
    assert caught.value.code == "NOT_FOUND" and caught.value.status == 404
    demo.clear_faults()
    demo.add_fault(route=CHILDREN, status=401, code="AUTH_REQUIRED")
    with pytest.raises(AuthExpiredError):
        aio(client.children())  # 401, one refresh, 401 again: the session is over


def test_connection_refused_is_offline(aio, qtbot):
    with socket.socket() as sock:  # a port that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = OptiLearnClient(ClientConfig(base_url=f"http://127.0.0.1:{port}", backoff_base=0.01))
    try:
        with pytest.raises(OfflineError):
            aio(client.sign_in("svpms", "a@b.c", "x"))
    finally:
        aio(client.aclose())


def test_requests_carry_a_versioned_user_agent(make_client, demo, aio):
    aio(make_client("parent_one").children())
    assert any(r.get("userAgent") == USER_AGENT for r in demo.requests(route=CHILDREN))


@pytest.mark.parametrize(
    "url",
    [
        "http://learn.example.org",
        "ftp://127.0.0.1",
        "https://user:pw@learn.example.org",
        "https://learn.example.org/?q=1",
        "not a url",
    ],
)
def test_unsafe_server_urls_are_refused(url):
    with pytest.raises(ValueError):
        ClientConfig(base_url=url)
