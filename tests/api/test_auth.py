"""Sign-in, refresh, sign-out through our client against the reference backend."""

from __future__ import annotations

import asyncio

import pytest

from optilearn_desktop.api.errors import (
    AuthExpiredError,
    ForbiddenError,
    InvalidCredentialsError,
    RejectedError,
    UnknownInstitutionError,
)
from optilearn_desktop.models.routes import REFRESH


def sign_in(aio, client, account, **overrides):
    creds = {**account, **overrides}
    return aio(client.sign_in(creds["institution_slug"], creds["email"], creds["password"]))


def test_parent_signs_in_and_each_token_change_is_reported(make_client, demo, aio):
    account = demo.account("parent_three")
    client = make_client()
    seen = []
    client._on_tokens = seen.append
    user = sign_in(aio, client, account, institution_slug=account["institution_slug"].upper())
    assert user.is_parent and user.contact_id == account["contact_id"]
    assert user.institution_slug == account["institution_slug"]  # slug is case-insensitive
    assert client.tokens is not None and client.tokens.expires_in > 0
    assert seen == [client.tokens]


@pytest.mark.parametrize("key", ["student", "staff"])
def test_non_parent_accounts_sign_in_but_are_not_parents(make_client, demo, aio, key):
    user = sign_in(aio, make_client(), demo.account(key))
    assert not user.is_parent


def test_wrong_password_and_unknown_email_read_the_same(make_client, demo, aio):
    account = demo.account("parent_one")
    with pytest.raises(InvalidCredentialsError) as wrong:
        sign_in(aio, make_client(), account, password="not-the-password")
    with pytest.raises(InvalidCredentialsError) as unknown:
        sign_in(aio, make_client(), account, email="nobody@nowhere.example")
    assert wrong.value.status == unknown.value.status == 401
    assert wrong.value.message == unknown.value.message


def test_unknown_institution_is_its_own_error(make_client, demo, aio):
    with pytest.raises(UnknownInstitutionError) as caught:
        sign_in(aio, make_client(), demo.account("parent_one"), institution_slug="no-such-school")
    assert caught.value.status == 404


def test_missing_field_is_a_validation_error(make_client, demo, aio):
    with pytest.raises(RejectedError) as caught:
        sign_in(aio, make_client(), demo.account("parent_one"), email="")
    assert caught.value.code == "VALIDATION_ERROR"


def test_refresh_rotates_and_the_old_refresh_token_stops_working(make_client, demo, aio):
    client = make_client("parent_one")
    before = client.tokens
    after = aio(client.refresh())
    assert after.refresh_token != before.refresh_token
    assert after.access_token != before.access_token
    assert after.user == before.user  # who is signed in does not change
    # Reusing the rotated-out refresh token is refused (and revokes the session).
    stale = make_client()
    stale._tokens = before
    with pytest.raises(AuthExpiredError):
        aio(stale.refresh())
    assert stale.tokens is None


def test_expired_access_token_is_refreshed_once_silently(make_client, demo, aio):
    client = make_client("parent_three")
    old = client.tokens
    demo.expire_sessions()
    demo.clear_requests()
    children = aio(client.children())
    assert children
    assert client.tokens is not None and client.tokens.access_token != old.access_token
    assert len(demo.requests(route=REFRESH)) == 1


def test_concurrent_calls_after_expiry_share_one_refresh(make_client, demo, aio):
    client = make_client("parent_three")
    demo.expire_sessions()
    demo.clear_requests()

    async def three_at_once():
        return await asyncio.gather(client.children(), client.unread_count(), client.preferences())

    children, count, prefs = aio(three_at_once())
    assert children and count >= 0 and prefs
    assert len(demo.requests(route=REFRESH)) == 1


def test_sign_out_revokes_the_server_session(make_client, demo, aio):
    client = make_client("parent_one")
    tokens = client.tokens
    aio(client.sign_out())
    assert client.tokens is None
    # The same tokens, replayed by someone who kept a copy, no longer open anything.
    replay = make_client()
    replay._tokens = tokens
    with pytest.raises(AuthExpiredError):
        aio(replay.children())
    with pytest.raises(AuthExpiredError):
        aio(make_client().children())  # never signed in: no request is even attempted


def test_sign_out_offline_still_forgets_the_session_locally(make_client, demo, aio):
    client = make_client("parent_one")
    demo.add_fault(route="/api/v1/auth/logout", drop=True)
    aio(client.sign_out())
    assert client.tokens is None


def test_me_returns_the_signed_in_parent(make_client, demo, aio):
    client = make_client("parent_shared_a")
    me = aio(client.me())
    assert me.contact_id == demo.account("parent_shared_a")["contact_id"]


def test_institution_mismatch_is_refused(make_client, demo, aio):
    client = make_client("parent_one")
    client._slug = "greenwood"  # a session of svpms naming another school
    with pytest.raises(ForbiddenError) as caught:
        aio(client.children())
    assert caught.value.code == "TENANT_MISMATCH"


def test_a_throttled_sign_in_carries_when_to_try_again(make_client, demo, aio):
    from optilearn_desktop.api.errors import RateLimitedError

    account = demo.account("parent_one")
    client = make_client(None)
    for _ in range(5):
        with pytest.raises(InvalidCredentialsError):
            aio(client.sign_in(account["institution_slug"], account["email"], "wrong"))
    with pytest.raises(RateLimitedError) as caught:
        aio(client.sign_in(account["institution_slug"], account["email"], account["password"]))
    assert caught.value.retry_after is not None and 840 < caught.value.retry_after <= 900


def test_sign_out_with_only_a_refresh_token_revokes_it(make_client, demo, aio):
    """Right after a remembered start the client holds a refresh token and no access token."""
    from optilearn_desktop.api.client import OptiLearnClient
    from optilearn_desktop.api.config import ClientConfig
    from optilearn_desktop.models.auth import AuthTokens

    signed_in = make_client("parent_one")
    refresh_token = signed_in.tokens.refresh_token
    resumed = OptiLearnClient(
        ClientConfig(base_url=demo.lms_url),
        tokens=AuthTokens(access_token="", refresh_token=refresh_token, user=signed_in.user),
    )
    try:
        aio(resumed.sign_out())
        assert resumed.tokens is None
        assert demo.requests(route="/api/v1/auth/logout")[-1]["status"] == 200
        replay = OptiLearnClient(
            ClientConfig(base_url=demo.lms_url),
            tokens=AuthTokens(access_token="", refresh_token=refresh_token, user=signed_in.user),
        )
        with pytest.raises(AuthExpiredError):  # the refresh token no longer opens anything
            aio(replay.refresh())
        aio(replay.aclose())
    finally:
        aio(resumed.aclose())
