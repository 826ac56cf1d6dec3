"""The wire words both stand-ins share, written from docs/api.md (never from the client's code).

The client parses with its own models; tests/reference/test_golden_wire.py holds the backend to the
golden files, so a name that drifts here fails a test.
"""

from __future__ import annotations

import math
from typing import Any

# GAP: the client names its institution on every call; a mismatch with the session is 403.
INSTITUTION_HEADER = "X-Institution-Slug"
# DOC: parent mode is `isContact: true` with this contact type.
PARENT_CONTACT_TYPE = "CONTACT_PARENT"
STUDENT_CONTACT_TYPE = "CONTACT_STUDENT"
# DOC: a parent-child link's relation.
RELATIONS = ("FATHER", "MOTHER", "GUARDIAN", "OTHER")


def ok(data: Any, meta: dict[str, int] | None = None) -> dict[str, Any]:
    """DOC success envelope; `meta` only on paginated answers."""
    body: dict[str, Any] = {"data": data, "error": None}
    if meta is not None:
        body["meta"] = meta
    return body


def fail(code: str, message: str, details: Any = None) -> dict[str, Any]:
    """DOC error envelope."""
    return {"data": None, "error": {"code": code, "message": message, "details": details}}


def page_meta(total: int, page: int, per_page: int) -> dict[str, int]:
    """DOC `meta` of a paginated answer."""
    return {
        "total": total,
        "page": page,
        "perPage": per_page,
        "totalPages": math.ceil(total / per_page),
    }
