"""The start-up prefetch of a remembered parent's saved overview: found, or a clean miss."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from optilearn_desktop.core.app_dirs import AppDirs
from optilearn_desktop.core.cached_start import prefetch
from optilearn_desktop.core.credentials import AccountRef, CredentialStore
from optilearn_desktop.core.offline_store import OfflineStore, cache_path
from optilearn_desktop.core.settings import LocalSettings, RememberedAccount

from .keyrings import LockedOnReadKeyring

SERVER = "https://lms.example.org"
AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
CHILDREN = {"children": [{"contactId": "ct_1", "name": "Ananya", "isPrimary": True}]}
OVERVIEW = {
    "child": {"contactId": "ct_1", "name": "Ananya"},
    "courses": [{"enrollmentId": "e1", "courseId": "c1", "courseTitle": "Algebra"}],
    "recentGrades": [],
    "upcomingAssignments": [],
    "liveClasses": {},
    "gamification": {"currentStreak": 4},
    "certificates": [],
}


@pytest.fixture
def machine(tmp_path) -> tuple[AppDirs, CredentialStore, LockedOnReadKeyring]:
    """A computer where a parent chose "Keep me signed in" and the overview was cached."""
    dirs = AppDirs.under(tmp_path).ensure()
    keyring = LockedOnReadKeyring()
    store = CredentialStore(keyring)
    ref = AccountRef(SERVER, "northside", "anna.parent@example.org")
    LocalSettings(dirs.config).remember(
        RememberedAccount(ref.server_url, ref.institution_slug, ref.email, "Anna Parent")
    )
    store.save_refresh_token(ref, "rt_token")
    key = store.create_cache_key(ref)
    with OfflineStore(cache_path(dirs.cache, ref), key) as cache:
        cache.put_children(json.dumps(CHILDREN).encode(), AT)
        document = {"overview": OVERVIEW, "updatedAt": {"courses": AT.isoformat()}}
        cache.put_overview("ct_1", json.dumps(document).encode(), AT)
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
