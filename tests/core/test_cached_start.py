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


def _fields(data) -> list[object]:
    """Every child's record and every overview record, attribute by attribute."""

    def plain(value: object) -> object:
        if isinstance(value, list):
            return [plain(v) for v in value]
        if hasattr(value, "FIELDS"):
            return {name: plain(getattr(value, name)) for name, *_ in value.FIELDS}
        return value

    states = [data.state(c.contact_id) for c in data.children]
    return [plain(data.children), [plain(s.overview) for s in states], data.children_updated_at]


def test_the_pipe_answer_paints_exactly_what_the_rows_would(machine):
    """The start-up read's child process sends the rows parsed (marshal): the first paint's
    records are the same as when the rows are parsed here, and the models see the rows."""
    from optilearn_desktop.core.cached_start import CachedStart

    dirs, store, _ = machine
    cached = prefetch(SERVER, store, dirs)
    assert cached is not None and cached.documents is None
    sent = CachedStart.from_bytes(cached.to_bytes())
    assert sent is not None and sent.documents is not None
    assert (sent.account, sent.name, sent.children, sent.overviews) == cached[:4]
    assert _fields(sent.parent_data(lambda: AT)) == _fields(cached.parent_data(lambda: AT))
    validated = sent.validated_data(lambda: AT)
    assert validated is not None
    assert [c.course_title for c in validated.state("ct_1").overview.courses] == ["Algebra"]


def test_a_damaged_or_foreign_pipe_answer_is_a_miss(machine):
    import json
    import marshal

    from optilearn_desktop.core.cached_start import CachedStart

    dirs, store, _ = machine
    good = prefetch(SERVER, store, dirs).to_bytes()
    form, *rest = marshal.loads(good)  # noqa: S302 - our own answer, to damage it
    answers = [
        b"",
        good[: len(good) // 2],  # cut short
        b"\x00" * 64,
        json.dumps({"account": ["x"]}).encode(),  # another version's JSON answer
        marshal.dumps((form + 1, *rest)),  # another version's layout
        marshal.dumps((form, *rest[:-1], ["not", "a", "dict"])),
        marshal.dumps((form, ("ftp://x", "s", "e"), *rest[1:])),  # not a server URL
        marshal.dumps([1, 2, 3]),
    ]
    for answer in answers:
        assert CachedStart.from_bytes(answer) is None, answer[:40]
