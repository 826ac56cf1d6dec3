"""Small helpers shared by the reference-backend tests."""

from __future__ import annotations

from typing import Any

import httpx

from optilearn_reference.process import DemoServer


def sign_in(client: httpx.Client, server: DemoServer, key: str) -> dict[str, str]:
    """Log in as a seeded account; returns headers for authenticated calls."""
    account = server.account(key)
    response = client.post(
        "/api/v1/auth/login",
        json={
            "institutionSlug": account["institution_slug"],
            "email": account["email"],
            "password": account["password"],
        },
    )
    assert response.status_code == 200, response.text
    token = response.json()["data"]["accessToken"]
    return {"Authorization": f"Bearer {token}", "X-Institution-Slug": account["institution_slug"]}


def data(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] is None
    return body["data"]


def error_code(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["data"] is None
    return body["error"]["code"]
