"""The signed-in parent: sign in (parents only), sign out, and the client of this session.

A fresh HTTP client is made for every sign-in, so nothing of one session (connections,
cookies, tokens) is carried into the next.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from .errors import NotAParentError

if TYPE_CHECKING:  # kept out of start-up: the window paints before httpx/pydantic load
    from ..api.client import OptiLearnClient
    from ..models.auth import SignedInUser

log = logging.getLogger(__name__)


class Session:
    def __init__(self, client_factory: Callable[[], OptiLearnClient]) -> None:
        self._client_factory = client_factory
        self.client: OptiLearnClient | None = None

    @property
    def user(self) -> SignedInUser | None:
        return self.client.user if self.client else None

    async def sign_in(self, institution_slug: str, email: str, password: str) -> SignedInUser:
        await self._drop_client()
        client = self._client_factory()
        try:
            user = await client.sign_in(institution_slug, email, password)
            if not user.is_parent:
                # Parent mode is the account's type (DOC); do not keep a session we cannot use.
                await client.sign_out()
                raise NotAParentError(code="NOT_A_PARENT")
        except BaseException:
            await client.aclose()
            raise
        self.client = client
        return user

    async def sign_out(self) -> None:
        """Revoke the server session when reachable and discard the client in every case."""
        client, self.client = self.client, None
        if client is not None:
            try:
                await client.sign_out()
            finally:
                await client.aclose()

    async def _drop_client(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            await client.aclose()
