"""Which keyring backend the app uses: the platform's own unless the user configured keyring
(its environment variable or its config file), in which case keyring's discovery decides."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from optilearn_desktop.core.credentials import CredentialStore
from optilearn_desktop.core.keyring_choice import (
    BACKEND_ENV,
    choose_backend,
    native_backend,
    user_configured,
)

from .keyrings import MemoryKeyring


@pytest.fixture
def keyring_config(tmp_path, monkeypatch) -> Iterator[object]:
    """keyring's config folder (XDG_CONFIG_HOME on Linux) in a temporary home, and a fake
    backend as keyring's current one (the OS edge), restored afterwards."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "config"))  # keyring's root on Windows
    monkeypatch.delenv(BACKEND_ENV, raising=False)
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_nothing_configured(keyring_config) -> None:
    assert not user_configured({})


def test_the_environment_variable_is_a_configuration(keyring_config) -> None:
    assert user_configured({BACKEND_ENV: "keyring.backends.null.Keyring"})
    assert not user_configured({BACKEND_ENV: "  "})


def test_keyrings_config_file_is_a_configuration(keyring_config) -> None:
    from keyring.util.platform_ import config_root

    config_root().mkdir(parents=True)
    (config_root() / "keyringrc.cfg").write_text("[backend]\ndefault-keyring=x.Keyring\n")
    assert user_configured({})


def test_a_configured_keyring_is_discovered_by_keyring(keyring_config) -> None:
    # Discovery returns keyring's current backend: the fake the "user" configured.
    assert choose_backend({BACKEND_ENV: "tests.core.keyrings.MemoryKeyring"}) is keyring_config


def test_a_platform_without_a_native_backend_uses_keyrings_discovery(keyring_config) -> None:
    assert native_backend("plan9") is None
    assert choose_backend({}, platform="plan9") is keyring_config


def test_an_unreachable_secret_service_is_not_chosen(keyring_config, monkeypatch) -> None:
    pytest.importorskip("secretstorage")
    # The OS edge: a session bus address where nothing listens.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/olkr-bus")
    assert native_backend("linux") is None
    assert choose_backend({}, platform="linux") is keyring_config


def test_the_store_asks_the_choice(keyring_config, monkeypatch) -> None:
    monkeypatch.setenv(BACKEND_ENV, "tests.core.keyrings.MemoryKeyring")
    assert CredentialStore().backend is keyring_config
