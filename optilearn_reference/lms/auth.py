"""Who is calling: bearer token, institution header, parent mode, then OptiCRM children.

The order of checks is the documented one: 401 -> 403 TENANT_MISMATCH -> 403 FORBIDDEN ->
400 VALIDATION_ERROR -> 500 when OptiCRM fails.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from starlette.requests import Request

from optilearn_desktop.models.auth import SignedInUser
from optilearn_desktop.models.children import Child
from optilearn_desktop.models.routes import INSTITUTION_HEADER

from ..common.http_common import ApiError
from ..common.institutions import Institution, require_id
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

    def signed_in_user(self) -> SignedInUser:
        return signed_in_user(self.user)


def signed_in_user(user: sqlite3.Row) -> SignedInUser:
    institution = require_id(user["institution_id"])
    return SignedInUser(
        contact_id=user["contact_id"],
        name=user["name"],
        email=user["email"],
        is_contact=bool(user["is_contact"]),
        contact_type=user["contact_type"],
        institution_id=institution.id,
        institution_slug=institution.slug,
    )


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
    if not caller.signed_in_user().is_parent:
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
