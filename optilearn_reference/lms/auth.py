"""Who is calling: bearer token, institution header, parent mode, then OptiCRM children.

The order of checks is the documented one: 401 -> 403 TENANT_MISMATCH -> 403 FORBIDDEN ->
400 VALIDATION_ERROR -> 500 when OptiCRM fails.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from ..common.http_common import ApiError
from ..common.institutions import Institution, require_id
from ..common.wire import INSTITUTION_HEADER, PARENT_CONTACT_TYPE
from ..crm.wire import Child
from .crm_client import CrmUnavailable
from .sessions import user_for_access


@dataclass(frozen=True)
class Caller:
    user: sqlite3.Row
    institution: Institution

    @property
    def user_id(self) -> str:
        return self.user["user_id"]

    @property
    def role(self) -> str:
        return self.user["role"]

    @property
    def is_parent(self) -> bool:
        """DOC: parent mode is decided by the account type; there is no toggle."""
        contact_type = (self.user["contact_type"] or "").upper()
        return bool(self.user["is_contact"]) and contact_type == PARENT_CONTACT_TYPE


def signed_in_user(user: sqlite3.Row) -> dict[str, Any]:
    """GAP: the `user` object of the sign-in answer and of `GET /api/v1/auth/me`."""
    institution = require_id(user["institution_id"])
    return {
        "contactId": user["contact_id"],
        "name": user["name"],
        "email": user["email"],
        "isContact": bool(user["is_contact"]),
        "contactType": user["contact_type"],
        "institutionId": institution.id,
        "institutionSlug": institution.slug,
    }


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def authenticate(request: Request) -> Caller:
    token = bearer_token(request)
    user = user_for_access(request.app.state.conn, token) if token else None
    if user is None:
        raise ApiError(401, "AUTH_REQUIRED", "Sign in required")
    institution = require_id(user["institution_id"])
    slug = request.headers.get(INSTITUTION_HEADER)
    if slug is not None and slug.strip().lower() != institution.slug:
        raise ApiError(403, "TENANT_MISMATCH", "This session belongs to another institution")
    return Caller(user, institution)


def authenticate_parent(request: Request) -> Caller:
    caller = authenticate(request)
    if not caller.is_parent:
        raise ApiError(403, "FORBIDDEN", "Parent access only")
    if not caller.user["contact_id"]:
        raise ApiError(400, "VALIDATION_ERROR", "This account has no contactId")
    return caller


async def linked_children(request: Request, caller: Caller) -> list[Child]:
    """The parent's children, asked from OptiCRM on every call (never cached)."""
    try:
        return await request.app.state.crm.parent_children(
            caller.institution.slug, caller.user["contact_id"]
        )
    except CrmUnavailable as exc:
        raise ApiError(500, "INTERNAL_ERROR", "The school records service is unavailable") from exc


async def linked_child(request: Request, caller: Caller, child_id: str) -> Child:
    for child in await linked_children(request, caller):
        if child.contact_id == child_id:
            return child
    raise ApiError(404, "NOT_FOUND", "No such child linked to this parent")
