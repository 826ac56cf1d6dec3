"""A computer where a parent chose "Keep me signed in" and one child's overview was cached:
the data the start-up prefetch reads (shared by its core and window tests)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from optilearn_desktop.core.app_dirs import AppDirs
from optilearn_desktop.core.credentials import AccountRef, CredentialStore
from optilearn_desktop.core.offline_store import OfflineStore, cache_path
from optilearn_desktop.core.settings import LocalSettings, RememberedAccount

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


def save_parent(dirs: AppDirs, store: CredentialStore, updated_at: dict[str, str]) -> AccountRef:
    """Remember the parent, keep the token and cache key, seal the children and overview."""
    ref = AccountRef(SERVER, "northside", "anna.parent@example.org")
    LocalSettings(dirs.config).remember(
        RememberedAccount(ref.server_url, ref.institution_slug, ref.email, "Anna Parent")
    )
    store.save_refresh_token(ref, "rt_token")
    key = store.create_cache_key(ref)
    with OfflineStore(cache_path(dirs.cache, ref), key) as cache:
        cache.put_children(json.dumps(CHILDREN).encode(), AT)
        document = {"overview": OVERVIEW, "updatedAt": updated_at}
        cache.put_overview("ct_1", json.dumps(document).encode(), AT)
    return ref
