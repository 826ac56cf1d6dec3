"""Bearer sign-in (GAP, our choice: see docs/api.md) and the signed-in user."""

from __future__ import annotations

from .base import WireModel

PARENT_CONTACT_TYPE = "CONTACT_PARENT"


class LoginRequest(WireModel):
    institution_slug: str
    email: str
    password: str


class RefreshRequest(WireModel):
    refresh_token: str


class SignedInUser(WireModel):
    contact_id: str | None = None
    name: str = ""
    email: str = ""
    is_contact: bool = False
    contact_type: str | None = None
    institution_id: str = ""
    institution_slug: str = ""

    @property
    def is_parent(self) -> bool:
        """Parent mode is decided by the account type (DOC); there is no toggle."""
        return self.is_contact and (self.contact_type or "").upper() == PARENT_CONTACT_TYPE


class AuthTokens(WireModel):
    access_token: str
    refresh_token: str
    expires_in: int = 900
    user: SignedInUser | None = None
