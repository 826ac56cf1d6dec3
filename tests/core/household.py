"""A parent's household as the app holds it (the real client, signed in against the reference
backend, every child's overview loaded through the core services), and PDF text to compare."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime

from optilearn_desktop.core.clock import utc_now
from optilearn_desktop.core.household_export import known_states, load_household
from optilearn_desktop.core.parent_data import ChildState, ParentData


def household_loader(make_client, aio) -> Callable[..., tuple[ParentData, list[ChildState]]]:
    """`load("parent_three")` -> the parent's data and every child's state, loaded."""

    def load(key: str, now: datetime | None = None) -> tuple[ParentData, list[ChildState]]:
        data = ParentData(make_client(key))
        aio(data.refresh_children())
        ids = aio(load_household(data, now or utc_now()))
        return data, known_states(data, ids)

    return load


def words(text: str) -> str:
    """PDF text as one line of single-spaced words (extractors put tabs between words), its
    ligatures ("ﬁ") spelled out."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
