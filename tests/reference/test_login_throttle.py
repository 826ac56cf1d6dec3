"""Sign-in throttling (per account and per address) and the request-body limit."""

from __future__ import annotations

import time

import httpx

from optilearn_reference.common.http_common import MAX_BODY_BYTES
from optilearn_reference.lms.throttle import ACCOUNT_FAILURES, ADDRESS_FAILURES, WINDOW_SECONDS
from optilearn_reference.process import DemoServer

from ._helpers import error_code

LOGIN = "/api/v1/auth/login"


def _attempt(lms: httpx.Client, email: str, password: str) -> httpx.Response:
    return lms.post(LOGIN, json={"institutionSlug": "svpms", "email": email, "password": password})


def test_an_account_is_throttled_after_repeated_failures(lms: httpx.Client, srv: DemoServer):
    account = srv.account("parent_one")
    for _ in range(ACCOUNT_FAILURES):
        assert error_code(_attempt(lms, account["email"], "wrong"), 401) == "AUTH_REQUIRED"
    # Now even the right password waits: guessing cannot go on at full speed.
    refused = _attempt(lms, account["email"].upper(), account["password"])
    assert error_code(refused, 429) == "RATE_LIMITED"
    wait = int(refused.headers["Retry-After"])
    assert 0 < wait <= WINDOW_SECONDS
    assert refused.json()["error"]["details"]["retryAfterSeconds"] == wait
    # Another parent is not held up by it.
    other = srv.account("parent_three")
    assert _attempt(lms, other["email"], other["password"]).status_code == 200
    srv.reset()  # the admin reset clears the counts with the rest of the state
    assert _attempt(lms, account["email"], account["password"]).status_code == 200


def test_a_success_clears_the_account_count(lms: httpx.Client, srv: DemoServer):
    account = srv.account("parent_one")
    for _ in range(2):
        for _ in range(ACCOUNT_FAILURES - 1):
            assert _attempt(lms, account["email"], "wrong").status_code == 401
        assert _attempt(lms, account["email"], account["password"]).status_code == 200


def test_one_address_trying_many_accounts_is_throttled(lms: httpx.Client, srv: DemoServer):
    for n in range(ADDRESS_FAILURES):
        assert _attempt(lms, f"guess{n}@example.com", "wrong").status_code == 401
    account = srv.account("parent_three")
    refused = _attempt(lms, account["email"], account["password"])
    assert error_code(refused, 429) == "RATE_LIMITED" and "Retry-After" in refused.headers


def test_an_oversized_body_is_refused_unread(lms: httpx.Client):
    huge = b'{"email": "' + b"a" * (20 * 1024 * 1024) + b'"}'
    began = time.monotonic()
    answer = lms.post(LOGIN, content=huge, headers={"Content-Type": "application/json"})
    assert error_code(answer, 413) == "PAYLOAD_TOO_LARGE"
    assert answer.json()["error"]["details"]["limit"] == MAX_BODY_BYTES

    def chunks():  # no Content-Length: the server counts as it reads
        yield b'{"email": "'
        for _ in range(64):
            yield b"a" * 65536
        yield b'"}'

    streamed = lms.post(LOGIN, content=chunks(), headers={"Content-Type": "application/json"})
    assert error_code(streamed, 413) == "PAYLOAD_TOO_LARGE"
    assert time.monotonic() - began < 30
