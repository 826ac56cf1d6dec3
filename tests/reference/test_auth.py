"""Bearer sign-in: errors, rotation, reuse detection, sign-out, admin expiry."""

from __future__ import annotations

import httpx

from optilearn_reference.process import DemoServer

from ._helpers import data, error_code


def _login(lms: httpx.Client, srv: DemoServer, key: str) -> dict:
    account = srv.account(key)
    return data(
        lms.post(
            "/api/v1/auth/login",
            json={
                "institutionSlug": account["institution_slug"],
                "email": account["email"].upper(),
                "password": account["password"],
            },
        )
    )


def test_login_errors(lms: httpx.Client, srv: DemoServer) -> None:
    account = srv.account("parent_one")
    login = "/api/v1/auth/login"
    assert error_code(lms.post(login, json={"email": account["email"]}), 400) == (
        "VALIDATION_ERROR"
    )
    body = {"institutionSlug": "nowhere", "email": account["email"], "password": "x"}
    assert error_code(lms.post(login, json=body), 404) == "NOT_FOUND"
    body = {"institutionSlug": "svpms", "email": account["email"], "password": "wrong"}
    assert error_code(lms.post(login, json=body), 401) == "AUTH_REQUIRED"
    body = {"institutionSlug": "svpms", "email": "nobody@example.com", "password": "wrong"}
    assert error_code(lms.post(login, json=body), 401) == "AUTH_REQUIRED"
    # Same e-mail, other institution: not that account.
    body = {
        "institutionSlug": "greenwood",
        "email": account["email"],
        "password": account["password"],
    }
    assert error_code(lms.post(login, json=body), 401) == "AUTH_REQUIRED"
    assert error_code(lms.post(login, content=b"{nope"), 400) == "VALIDATION_ERROR"


def test_login_me_and_user_shapes(lms: httpx.Client, srv: DemoServer) -> None:
    tokens = _login(lms, srv, "parent_three")
    assert tokens["expiresIn"] == 900
    assert tokens["user"] == {
        "contactId": "ct_1101",
        "name": "Priya Sharma",
        "email": "priya.sharma@example.com",
        "isContact": True,
        "contactType": "CONTACT_PARENT",
        "institutionId": "inst_svpms",
        "institutionSlug": "svpms",
    }
    me = data(
        lms.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {tokens['accessToken']}"})
    )
    assert me == tokens["user"]
    staff = _login(lms, srv, "staff")["user"]
    assert staff["isContact"] is False and staff["contactId"] is None


def test_refresh_rotates_and_reuse_revokes_the_session(lms: httpx.Client, srv: DemoServer) -> None:
    first = _login(lms, srv, "parent_one")
    second = data(lms.post("/api/v1/auth/refresh", json={"refreshToken": first["refreshToken"]}))
    assert second["refreshToken"] != first["refreshToken"]
    assert second["accessToken"] != first["accessToken"]
    old_access = {"Authorization": f"Bearer {first['accessToken']}"}
    assert error_code(lms.get("/api/v1/auth/me", headers=old_access), 401) == "AUTH_REQUIRED"
    new_access = {"Authorization": f"Bearer {second['accessToken']}"}
    assert data(lms.get("/api/v1/auth/me", headers=new_access))
    # Replaying the rotated token revokes the whole session.
    replay = lms.post("/api/v1/auth/refresh", json={"refreshToken": first["refreshToken"]})
    assert error_code(replay, 401) == "AUTH_REQUIRED"
    assert error_code(lms.get("/api/v1/auth/me", headers=new_access), 401) == "AUTH_REQUIRED"
    latest = lms.post("/api/v1/auth/refresh", json={"refreshToken": second["refreshToken"]})
    assert error_code(latest, 401) == "AUTH_REQUIRED"


def test_expire_sessions_then_refresh(lms: httpx.Client, srv: DemoServer) -> None:
    one = _login(lms, srv, "parent_one")
    three = _login(lms, srv, "parent_three")
    assert srv.expire_sessions(srv.account("parent_one")["email"]) == 1
    assert (
        error_code(
            lms.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {one['accessToken']}"}),
            401,
        )
        == "AUTH_REQUIRED"
    )
    assert data(
        lms.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {three['accessToken']}"})
    )
    renewed = data(lms.post("/api/v1/auth/refresh", json={"refreshToken": one["refreshToken"]}))
    assert data(
        lms.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {renewed['accessToken']}"})
    )
    assert srv.expire_sessions() >= 2


def test_logout_never_fails(lms: httpx.Client, srv: DemoServer) -> None:
    tokens = _login(lms, srv, "parent_one")
    headers = {"Authorization": f"Bearer {tokens['accessToken']}"}
    assert data(lms.post("/api/v1/auth/logout", headers=headers)) == {"signedOut": True}
    assert error_code(lms.get("/api/v1/auth/me", headers=headers), 401) == "AUTH_REQUIRED"
    refresh = lms.post("/api/v1/auth/refresh", json={"refreshToken": tokens["refreshToken"]})
    assert error_code(refresh, 401) == "AUTH_REQUIRED"
    assert data(lms.post("/api/v1/auth/logout", headers=headers)) == {"signedOut": False}
    assert data(lms.post("/api/v1/auth/logout")) == {"signedOut": False}
    other = _login(lms, srv, "parent_three")
    by_refresh = lms.post("/api/v1/auth/logout", json={"refreshToken": other["refreshToken"]})
    assert data(by_refresh) == {"signedOut": True}
