from __future__ import annotations

import pytest

from optilearn_desktop.core.credentials import AccountRef

from .keyrings import MemoryKeyring


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def ref() -> AccountRef:
    return AccountRef("https://lms.example.org", "northside", "anna.parent@example.org")
