"""The start-up prefetch of a remembered parent's saved overview: found, or a clean miss."""

from __future__ import annotations

import pytest

from optilearn_desktop.core.app_dirs import AppDirs
from optilearn_desktop.core.cached_start import prefetch
from optilearn_desktop.core.credentials import CredentialStore

from .keyrings import LockedOnReadKeyring
from .saved_parent import AT, SERVER, save_parent


@pytest.fixture
def machine(tmp_path) -> tuple[AppDirs, CredentialStore, LockedOnReadKeyring]:
    """A computer where a parent chose "Keep me signed in" and the overview was cached."""
    dirs = AppDirs.under(tmp_path).ensure()
    keyring = LockedOnReadKeyring()
    store = CredentialStore(keyring)
    save_parent(dirs, store, {"courses": AT.isoformat()})
    return dirs, store, keyring


def test_the_saved_overview_is_read_and_parsed_as_the_cache_parses_it(machine):
    dirs, store, _ = machine
    cached = prefetch(SERVER, store, dirs)
    assert cached is not None and cached.name == "Anna Parent"
    data = cached.parent_data(lambda: AT)
    assert data is not None and [c.contact_id for c in data.children] == ["ct_1"]
    state = data.state("ct_1")
    assert [c.course_title for c in state.overview.courses] == ["Algebra"]
    assert data.children_updated_at == AT


def test_a_corrupt_cache_a_locked_keyring_or_another_server_is_a_miss(machine):
    dirs, store, keyring = machine
    assert prefetch("https://other.example.org", store, dirs) is None
    keyring.locked = True
    assert prefetch(SERVER, store, dirs) is None
    keyring.locked = False
    for file in dirs.cache.glob("*.sqlite3"):
        file.write_bytes(b"this is not a database" * 100)
    assert prefetch(SERVER, store, dirs) is None
    assert list(dirs.cache.glob("*.sqlite3")), "left for the normal path to rebuild"
