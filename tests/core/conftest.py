from __future__ import annotations

import pytest

from optilearn_desktop.core.credentials import AccountRef

from .household import household_loader
from .keyrings import MemoryKeyring


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def ref() -> AccountRef:
    return AccountRef("https://lms.example.org", "northside", "anna.parent@example.org")


@pytest.fixture
def household(make_client, aio):
    """`household("parent_three")` -> the parent's data and every child's state, loaded."""
    return household_loader(make_client, aio)
