"""CredentialStore against keyring backends: in-memory, failing, locked, forgetful."""

from __future__ import annotations

import base64
import logging

import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import InitError, KeyringLocked, NoKeyringError

from optilearn_desktop.core.credentials import (
    LOCKED,
    NO_SERVICE,
    AccountRef,
    CredentialStore,
    KeyringUnavailableError,
)

from .keyrings import ForgetfulKeyring, LockedOnReadKeyring, MemoryKeyring, RaisingKeyring

try:  # Linux only (keyring's Secret Service stack)
    from secretstorage.exceptions import SecretServiceNotAvailableException
except ImportError:  # pragma: no cover

    class SecretServiceNotAvailableException(Exception):  # type: ignore[no-redef]
        pass


TOKEN = "rt_9XkQ2mZpL7vB4nW8sT1yH6cJ3fD5gA0e"


class EmptyChainer(chainer.ChainerBackend):
    backends = ()  # type: ignore[assignment]


# --- AccountRef ----------------------------------------------------------------------------


def test_account_ref_is_normalised() -> None:
    ref = AccountRef(
        "HTTPS://LMS.Example.ORG:443/api/v1/", " NorthSide ", " Anna.Strauß@Example.org "
    )
    assert ref.server_url == "https://lms.example.org"
    assert ref.institution_slug == "northside"
    assert ref.email == "anna.strauss@example.org"
    assert ref.service == "OptiLearn Desktop (https://lms.example.org)"
    assert ref.username == "northside/anna.strauss@example.org"
    assert ref == AccountRef("https://lms.example.org", "northside", "anna.strauss@example.org")


def test_account_ref_keeps_a_non_default_port_and_ipv6() -> None:
    assert AccountRef("http://127.0.0.1:8123/x", "s", "e@x").server_url == "http://127.0.0.1:8123"
    assert AccountRef("http://[::1]:80", "s", "e@x").server_url == "http://[::1]"


@pytest.mark.parametrize(
    ("url", "slug", "email"),
    [
        ("ftp://lms.example.org", "s", "e@x"),
        ("lms.example.org", "s", "e@x"),
        ("https://h", "", "e"),
    ],
)
def test_account_ref_rejects_nonsense(url: str, slug: str, email: str) -> None:
    with pytest.raises(ValueError):
        AccountRef(url, slug, email)


def test_fingerprint_is_stable_and_opaque(ref: AccountRef) -> None:
    same = AccountRef("https://LMS.example.org/", "NORTHSIDE", "Anna.Parent@example.org")
    other = AccountRef("https://lms.example.org:8443", "northside", "anna.parent@example.org")
    assert ref.fingerprint() == same.fingerprint() != other.fingerprint()
    assert "anna" not in ref.fingerprint()


# --- round trips ---------------------------------------------------------------------------


def test_refresh_token_round_trip(memory_keyring: MemoryKeyring, ref: AccountRef) -> None:
    store = CredentialStore(memory_keyring)
    assert store.available
    assert store.load_refresh_token(ref) is None
    store.save_refresh_token(ref, TOKEN)
    assert store.load_refresh_token(ref) == TOKEN
    assert memory_keyring.items == {(ref.service, ref.username + "#refresh"): TOKEN}
    store.delete_refresh_token(ref)
    assert store.load_refresh_token(ref) is None
    store.delete_refresh_token(ref)  # deleting what is not there is fine


def test_cache_key_is_created_once_and_never_replaced(
    memory_keyring: MemoryKeyring, ref: AccountRef
) -> None:
    store = CredentialStore(memory_keyring)
    assert store.load_cache_key(ref) is None
    key = store.create_cache_key(ref)
    assert len(key) == 32
    stored = memory_keyring.items[(ref.service, ref.username + "#cache-key")]
    assert base64.b64decode(stored) == key
    assert store.load_cache_key(ref) == key
    assert store.create_cache_key(ref) == key  # a second create returns the same key
    assert CredentialStore(memory_keyring).load_cache_key(ref) == key


def test_accounts_do_not_share_secrets(memory_keyring: MemoryKeyring, ref: AccountRef) -> None:
    store = CredentialStore(memory_keyring)
    sibling = AccountRef(ref.server_url, ref.institution_slug, "other.parent@example.org")
    elsewhere = AccountRef("https://lms.other.example", ref.institution_slug, ref.email)
    store.save_refresh_token(ref, TOKEN)
    key = store.create_cache_key(ref)
    for other in (sibling, elsewhere):
        assert store.load_refresh_token(other) is None
        assert store.create_cache_key(other) != key
    store.delete_all(ref)
    assert store.load_refresh_token(ref) is None
    assert store.load_cache_key(ref) is None
    assert store.load_cache_key(sibling) is not None


def test_malformed_stored_key_reads_as_missing_and_is_replaced(
    memory_keyring: MemoryKeyring, ref: AccountRef
) -> None:
    memory_keyring.items[(ref.service, ref.username + "#cache-key")] = "not base64 at all!"
    store = CredentialStore(memory_keyring)
    assert store.load_cache_key(ref) is None
    assert len(store.create_cache_key(ref)) == 32


# --- an unusable keyring -------------------------------------------------------------------


def _every_call(store: CredentialStore, ref: AccountRef) -> list[object]:
    return [
        lambda: store.save_refresh_token(ref, TOKEN),
        lambda: store.load_refresh_token(ref),
        lambda: store.delete_refresh_token(ref),
        lambda: store.load_cache_key(ref),
        lambda: store.create_cache_key(ref),
        lambda: store.delete_all(ref),
    ]


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (fail.Keyring(), NO_SERVICE),
        (null.Keyring(), NO_SERVICE),
        (EmptyChainer(), NO_SERVICE),
        (RaisingKeyring(NoKeyringError("none")), NO_SERVICE),
        (RaisingKeyring(SecretServiceNotAvailableException("no bus")), NO_SERVICE),
        (RaisingKeyring(ConnectionRefusedError("dbus socket")), NO_SERVICE),
        (RaisingKeyring(KeyringLocked("Failed to unlock the collection!")), LOCKED),
        (RaisingKeyring(InitError("Failed to create the collection")), "could not be opened"),
    ],
    ids=["fail", "null", "empty-chainer", "no-keyring", "no-dbus", "socket", "locked", "init"],
)
def test_unusable_backend_raises_with_a_short_reason(backend, reason: str, ref: AccountRef) -> None:
    store = CredentialStore(backend)
    assert not store.available
    assert reason in (store.unavailable_reason or "")
    for call in _every_call(store, ref):
        with pytest.raises(KeyringUnavailableError) as caught:
            call()
        assert reason in caught.value.reason


def test_availability_is_probed_once(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    assert store.available and store.available and store.unavailable_reason is None
    assert memory_keyring.calls == ["get"]


def test_a_key_that_failed_to_load_is_never_overwritten(ref: AccountRef) -> None:
    backend = LockedOnReadKeyring()
    store = CredentialStore(backend)
    key = store.create_cache_key(ref)
    backend.locked = True
    writes_before = backend.calls.count("set")
    with pytest.raises(KeyringUnavailableError, match=LOCKED):
        store.load_cache_key(ref)
    # A caller that ignores the error and asks for a new key still cannot replace it.
    with pytest.raises(KeyringUnavailableError, match=LOCKED):
        store.create_cache_key(ref)
    assert backend.calls.count("set") == writes_before
    backend.locked = False
    assert store.load_cache_key(ref) == key


def test_a_keyring_that_drops_writes_is_reported(ref: AccountRef) -> None:
    with pytest.raises(KeyringUnavailableError, match="did not keep"):
        CredentialStore(ForgetfulKeyring()).create_cache_key(ref)


def test_secrets_never_reach_the_log(
    caplog: pytest.LogCaptureFixture, memory_keyring: MemoryKeyring, ref: AccountRef
) -> None:
    caplog.set_level(logging.DEBUG)
    store = CredentialStore(memory_keyring)
    store.save_refresh_token(ref, TOKEN)
    key = store.create_cache_key(ref)
    store.load_refresh_token(ref)
    locked = LockedOnReadKeyring()
    locked.items = dict(memory_keyring.items)
    locked.locked = True
    with pytest.raises(KeyringUnavailableError):
        CredentialStore(locked).load_refresh_token(ref)
    for secret in (TOKEN, base64.b64encode(key).decode(), key.hex()):
        assert secret not in caplog.text
