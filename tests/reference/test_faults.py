"""Each fault kind is observable by a raw HTTP client; admin and /healthz are never faulted."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from optilearn_reference.process import DemoServer

from ._helpers import data, error_code, sign_in

CHILDREN = "/api/parent/children"


@pytest.fixture
def parent(lms: httpx.Client, srv: DemoServer) -> dict[str, str]:
    return sign_in(lms, srv, "parent_three")


def test_status_and_code_for_a_limited_number_of_times(
    lms: httpx.Client, srv: DemoServer, parent: dict[str, str]
) -> None:
    srv.add_fault(route=CHILDREN, method="GET", status=429, retry_after=2, times=2)
    first = lms.get(CHILDREN, headers=parent)
    assert error_code(first, 429) == "RATE_LIMITED"
    assert first.headers["retry-after"] == "2"
    srv.add_fault(route="/api/notifications*", status=503, code="MAINTENANCE", times=1)
    assert error_code(lms.get("/api/notifications", headers=parent), 503) == "MAINTENANCE"
    assert error_code(lms.get(CHILDREN, headers=parent), 429) == "RATE_LIMITED"
    assert data(lms.get(CHILDREN, headers=parent))["children"]
    # The method filter: a POST to the same glob is untouched.
    srv.add_fault(route="/api/v1/auth/*", method="GET", status=500)
    assert sign_in(lms, srv, "parent_one")
    statuses = [r["status"] for r in srv.requests(route=CHILDREN)]
    assert statuses == [429, 429, 200]
    rules = srv.faults()
    assert rules[0]["hits"] == 2 and rules[0]["times"] == 0


def test_latency(lms: httpx.Client, srv: DemoServer, parent: dict[str, str]) -> None:
    srv.add_fault(route=CHILDREN, latency_ms=600, times=1)
    started = time.monotonic()
    assert data(lms.get(CHILDREN, headers=parent))["children"]
    assert time.monotonic() - started >= 0.6
    with pytest.raises(httpx.ReadTimeout):
        srv.add_fault(route=CHILDREN, latency_ms=2000, times=1)
        lms.get(CHILDREN, headers=parent, timeout=0.3)


def test_malformed_json(lms: httpx.Client, srv: DemoServer, parent: dict[str, str]) -> None:
    srv.add_fault(route=CHILDREN, malformed_json=True, times=1)
    response = lms.get(CHILDREN, headers=parent)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_oversized_body_is_streamed_chunked(
    lms: httpx.Client, srv: DemoServer, parent: dict[str, str]
) -> None:
    size = 5 * 1024 * 1024 + 7
    srv.add_fault(route=CHILDREN, oversized_bytes=size, times=1)
    received = 0
    with lms.stream("GET", CHILDREN, headers=parent) as response:
        assert response.status_code == 200
        assert "content-length" not in response.headers
        for chunk in response.iter_raw():
            received += len(chunk)
    assert received == size
    # A client that gives up early does not hurt the server.
    srv.add_fault(route=CHILDREN, oversized_bytes=50 * 1024 * 1024, times=1)
    with lms.stream("GET", CHILDREN, headers=parent) as response:
        next(response.iter_raw())
    assert data(lms.get(CHILDREN, headers=parent))["children"]


def test_drop_closes_the_connection_mid_body(
    lms: httpx.Client, srv: DemoServer, parent: dict[str, str]
) -> None:
    srv.add_fault(route="/api/parent/children/*/overview", drop=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        lms.get("/api/parent/children/ct_1201/overview", headers=parent)
    assert data(lms.get("/api/parent/children/ct_1201/overview", headers=parent))
    assert "Traceback" not in srv.output()


def test_drip_sends_the_real_body_slowly(
    lms: httpx.Client, srv: DemoServer, parent: dict[str, str]
) -> None:
    plain = lms.get("/api/notifications/unread-count", headers=parent).content
    rate = 40
    srv.add_fault(route="/api/notifications/unread-count", drip_bytes_per_second=rate, times=1)
    started = time.monotonic()
    dripped = lms.get("/api/notifications/unread-count", headers=parent)
    elapsed = time.monotonic() - started
    assert dripped.content == plain
    assert elapsed >= len(plain) / rate * 0.8
    # A client that gives up (an overall deadline) hangs up; the server carries on.
    srv.add_fault(route=CHILDREN, drip_bytes_per_second=5, times=1)
    with lms.stream("GET", CHILDREN, headers=parent) as response:
        assert int(response.headers["content-length"]) > 100
        first = next(response.iter_raw())
        assert 0 < len(first) < 10
    assert data(lms.get(CHILDREN, headers=parent))["children"]


def test_corrupt_section(lms: httpx.Client, srv: DemoServer, parent: dict[str, str]) -> None:
    srv.add_fault(route="/api/parent/children/*/overview", corrupt_section="courses", times=1)
    srv.add_fault(route="/api/parent/children/*/overview", corrupt_section="liveClasses", times=1)
    first = data(lms.get("/api/parent/children/ct_1202/overview", headers=parent))
    assert isinstance(first["courses"], str)
    assert isinstance(first["recentGrades"], list)
    second = data(lms.get("/api/parent/children/ct_1202/overview", headers=parent))
    assert isinstance(second["liveClasses"], list)
    assert isinstance(second["courses"], list)


def test_admin_and_healthz_are_never_faulted_nor_admin_logged(
    lms: httpx.Client, srv: DemoServer
) -> None:
    srv.add_fault(route="*", status=500)
    srv.add_fault("crm", route="*", status=500)
    assert lms.get("/healthz").status_code == 200
    assert httpx.get(f"{srv.crm_url}/healthz", trust_env=False).status_code == 200
    assert srv.contacts()  # CRM admin still works
    assert error_code(lms.get("/api/notifications"), 500) == "INTERNAL_ERROR"
    paths = [r["path"] for r in srv.requests()]
    assert paths == ["/healthz", "/api/notifications"]
    srv.clear_faults()
    assert srv.faults() == [] and srv.faults("crm") == []
    srv.clear_requests()
    assert srv.requests() == []


def test_fault_rules_can_be_replaced_and_are_validated(srv: DemoServer) -> None:
    headers = {"X-Admin-Key": srv.admin_key}
    url = f"{srv.lms_url}/admin/faults"
    replaced = httpx.put(
        url,
        headers=headers,
        trust_env=False,
        json={"rules": [{"route": "/a"}, {"route": "/b", "status": 502}]},
    )
    assert [r["route"] for r in data(replaced)["rules"]] == ["/a", "/b"]
    bad = httpx.post(url, headers=headers, trust_env=False, json={"route": "/x", "bogus": 1})
    assert error_code(bad, 400) == "VALIDATION_ERROR"
    assert error_code(httpx.get(url, trust_env=False), 401) == "AUTH_REQUIRED"
