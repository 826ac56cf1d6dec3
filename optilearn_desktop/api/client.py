"""The OptiLearn client: one method per endpoint the desktop uses (docs/api.md).

Holds the session's tokens, refreshes them once, silently, when a call answers 401, and reports
every token change through `on_tokens` so the session layer can store them (or forget them).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ValidationError

from ..models import routes
from ..models.auth import AuthTokens, LoginRequest, RefreshRequest, SignedInUser
from ..models.children import Child, ChildrenPayload, primary_first
from ..models.notifications import (
    MarkReadRequest,
    MarkReadResult,
    NotificationPage,
    Preference,
    PreferenceChange,
    PreferencesPayload,
    PreferencesUpdate,
    UnreadCount,
)
from ..models.overview import Certificate, ChildOverview
from .answer import RawResponse, decode_envelope
from .config import ClientConfig, same_origin
from .errors import (
    QT_TRANSLATE_NOOP,
    ApiError,
    AuthExpiredError,
    InvalidCredentialsError,
    NotFoundError,
    OfflineError,
    ProtocolError,
    ServerError,
    UnknownInstitutionError,
)
from .request import Request

if TYPE_CHECKING:
    from .transport import HttpTransport

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)
TokensListener = Callable[[AuthTokens | None], None]


# Marked at import, so that core.wording knows them as ours before any is raised.
NO_USER = QT_TRANSLATE_NOOP("ApiError", "OptiLearn did not say who signed in.")
UNREADABLE_OVERVIEW = QT_TRANSLATE_NOOP(
    "ApiError", "OptiLearn sent an overview this app could not read."
)
FOREIGN_CERTIFICATE = QT_TRANSLATE_NOOP(
    "ApiError", "The certificate link does not point to your OptiLearn server."
)
NOT_A_PDF = QT_TRANSLATE_NOOP("ApiError", "The certificate file is not a PDF.")


def _parse(model: type[M], data: object, what: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        # The parent reads the general message; what it was, and why, are for the log.
        raise ProtocolError(details=f"{what}: {exc}"[:2000]) from None


class OptiLearnClient:
    def __init__(
        self,
        config: ClientConfig,
        *,
        tokens: AuthTokens | None = None,
        institution_slug: str = "",
        on_tokens: TokensListener | None = None,
        transport: HttpTransport | None = None,
    ) -> None:
        self.config = config
        self._closed = False
        if transport is not None:
            self.__dict__["_transport"] = transport  # the cached_property's value
        self._tokens = tokens
        self._slug = tokens.user.institution_slug if tokens and tokens.user else institution_slug
        self._on_tokens = on_tokens
        self._refresh_lock = asyncio.Lock()
        self._rotation: asyncio.Task[AuthTokens] | None = None
        # Large overviews are decoded on a thread of the client's own, ended with the client
        # (a thread of the event loop's default executor would outlive it).
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="overview-reader")

    # -- session state -------------------------------------------------------------------------

    @property
    def tokens(self) -> AuthTokens | None:
        return self._tokens

    @property
    def user(self) -> SignedInUser | None:
        return self._tokens.user if self._tokens else None

    @property
    def institution_slug(self) -> str:
        return self._slug

    def _set_tokens(self, tokens: AuthTokens | None) -> None:
        self._tokens = tokens
        if self._on_tokens is not None:
            self._on_tokens(tokens)

    @cached_property
    def _transport(self) -> HttpTransport:
        # Made (and httpx loaded) for the first request: a resumed session's saved overview
        # is painted before it.
        if self._closed:
            raise RuntimeError("the client is closed")
        from .transport import HttpTransport

        return HttpTransport(self.config)

    def _made_transport(self) -> HttpTransport | None:
        return self.__dict__.get("_transport")

    async def aclose(self) -> None:
        self._reader.shutdown(wait=False, cancel_futures=True)
        self._closed = True
        transport = self._made_transport()
        if transport is not None:
            await transport.aclose()

    @property
    def is_closed(self) -> bool:
        """Closed: its connections and cookies are gone (a kiosk checks this on sign-out)."""
        transport = self._made_transport()
        return self._closed if transport is None else transport.is_closed

    # -- auth ----------------------------------------------------------------------------------

    async def sign_in(self, institution_slug: str, email: str, password: str) -> SignedInUser:
        slug = institution_slug.strip().lower()
        body = LoginRequest(institution_slug=slug, email=email.strip(), password=password)
        try:
            data = await self._data(
                Request("POST", routes.LOGIN, json=body.to_wire(), authed=False, slug=slug)
            )
        except AuthExpiredError as exc:
            raise InvalidCredentialsError(status=exc.status, code=exc.code) from None
        except NotFoundError as exc:
            raise UnknownInstitutionError(status=exc.status, code=exc.code) from None
        tokens = _parse(AuthTokens, data, "a sign-in answer")
        if tokens.user is None:
            raise ProtocolError(NO_USER)
        self._slug = tokens.user.institution_slug or slug
        self._set_tokens(tokens)
        return tokens.user

    async def refresh(self) -> AuthTokens:
        """Rotate the tokens. On 401 the session is over: tokens are dropped, the user kept out.

        The rotation runs to its end even when the caller is cancelled (a quit, a sign-out, a
        child switch): the server has spent the old refresh token the moment it got it, and
        would end the whole session if it came back. `settle` waits for it."""
        if self._rotation is None or self._rotation.done():
            self._rotation = asyncio.ensure_future(self._rotate())
            self._rotation.add_done_callback(_retrieved)
        return await asyncio.shield(self._rotation)

    async def settle(self) -> None:
        """Wait for a token rotation still on its way (before the session stores the tokens
        and quits). Its failure is the caller's concern, not the quit's."""
        rotation = self._rotation
        if rotation is not None and not rotation.done():
            await asyncio.wait([rotation])

    async def _rotate(self) -> AuthTokens:
        current = self._tokens
        if current is None:
            raise AuthExpiredError()
        body = RefreshRequest(refresh_token=current.refresh_token).to_wire()
        try:
            data = await self._data(Request("POST", routes.REFRESH, json=body, authed=False))
        except AuthExpiredError:
            self._set_tokens(None)
            raise
        tokens = _parse(AuthTokens, data, "a token refresh")
        if tokens.user is None:  # the user does not change on refresh; keep what we know
            tokens = tokens.model_copy(update={"user": current.user})
        self._set_tokens(tokens)
        return tokens

    async def sign_out(self) -> bool:
        """Revoke the server session when reachable; local tokens are dropped in every case.
        False when the server could not be reached (the caller may try the revocation again
        later); True when it answered, or when there was nothing to revoke."""
        tokens = self._tokens
        self._set_tokens(None)
        if tokens is None:
            return True
        # The refresh token alone revokes the session (docs/api.md): right after a remembered
        # start there is no access token yet, and an empty bearer header cannot be sent.
        bearer = {"Authorization": f"Bearer {tokens.access_token}"} if tokens.access_token else {}
        try:
            await self._data(
                Request(
                    "POST",
                    routes.LOGOUT,
                    json=RefreshRequest(refresh_token=tokens.refresh_token).to_wire(),
                    headers=bearer,
                    authed=False,  # the tokens are already dropped: never refresh them here
                )
            )
        except (OfflineError, ServerError) as exc:
            log.warning(
                "server sign-out not reached (%s); local session removed", type(exc).__name__
            )
            return False
        except ApiError as exc:
            log.warning("server sign-out failed (%s); local session removed", type(exc).__name__)
        return True

    async def me(self) -> SignedInUser:
        return _parse(SignedInUser, await self._data(Request("GET", routes.ME)), "the account")

    # -- parent --------------------------------------------------------------------------------

    async def children(self) -> list[Child]:
        """The linked children, primary first. Never from a cache: OptiCRM links change."""
        no_cache = {"Cache-Control": "no-store", "Pragma": "no-cache"}
        data = await self._data(Request("GET", routes.CHILDREN, headers=no_cache))
        return primary_first(_parse(ChildrenPayload, data, "the children list").children)

    async def overview(self, child_contact_id: str) -> ChildOverview:
        answer = await self._send(Request("GET", routes.overview(child_contact_id)))

        def read() -> ChildOverview:
            return ChildOverview.from_wire(decode_envelope(answer).data)

        try:
            # A large answer takes a while to decode and validate: off the UI's thread.
            return await asyncio.get_running_loop().run_in_executor(self._reader, read)
        except ValueError as exc:
            raise ProtocolError(UNREADABLE_OVERVIEW) from exc

    async def certificate_pdf(self, certificate: Certificate | str) -> bytes:
        """The certificate's PDF. Fetched only from the API's own origin (the bearer token must
        not travel to any other host) and only if it really is a PDF."""
        url = certificate.pdf_url if isinstance(certificate, Certificate) else certificate
        if not same_origin(url, self.config.base_url):
            raise ProtocolError(FOREIGN_CERTIFICATE)
        response = await self._send(Request("GET", url, max_bytes=self.config.max_file_bytes))
        if response.status >= 300:
            decode_envelope(response)  # raises the typed error
        if not response.content.startswith(b"%PDF-"):
            raise ProtocolError(NOT_A_PDF)
        return response.content

    # -- notifications -------------------------------------------------------------------------

    async def notifications(
        self,
        page: int = 1,
        limit: int = 25,
        *,
        unread_only: bool = False,
        category: str | None = None,
    ) -> NotificationPage:
        params: dict[str, str | int] = {
            "page": max(1, page),
            "limit": max(1, min(limit, routes.NOTIFICATIONS_MAX_LIMIT)),
            "unreadOnly": "true" if unread_only else "false",
        }
        if category:
            params["category"] = category
        data = await self._data(Request("GET", routes.NOTIFICATIONS, params=params))
        return _parse(NotificationPage, data, "the notifications")

    async def unread_count(self) -> int:
        data = await self._data(Request("GET", routes.UNREAD_COUNT))
        return _parse(UnreadCount, data, "the unread count").count

    async def mark_read(self, ids: list[str] | None = None, *, all: bool = False) -> int:
        if not all and not ids:
            return 0
        body = MarkReadRequest(all=True) if all else MarkReadRequest(ids=list(ids or []))
        wire = body.model_dump(by_alias=True, exclude_none=True)
        data = await self._data(Request("PATCH", routes.MARK_READ, json=wire))
        return _parse(MarkReadResult, data, "the mark-read answer").updated

    async def preferences(self) -> list[Preference]:
        data = await self._data(Request("GET", routes.PREFERENCES))
        return _parse(PreferencesPayload, data, "the notification settings").preferences

    async def update_preferences(self, changes: list[PreferenceChange]) -> list[Preference]:
        body = PreferencesUpdate(preferences=changes).model_dump(
            mode="json", by_alias=True, exclude_none=True
        )
        method = routes.PREFERENCES_UPDATE_METHOD
        data = await self._data(Request(method, routes.PREFERENCES, json=body))
        return _parse(PreferencesPayload, data, "the notification settings").preferences

    # -- plumbing ------------------------------------------------------------------------------

    def _base_headers(self, slug: str | None = None) -> dict[str, str]:
        slug = slug if slug is not None else self._slug
        return {routes.INSTITUTION_HEADER: slug} if slug else {}

    async def _data(self, request: Request) -> object:
        """The `data` of the answer's envelope, or the typed error the answer stands for."""
        return decode_envelope(await self._send(request)).data

    async def _send(self, request: Request) -> RawResponse:
        """Send with the institution header and, when authed, the bearer token: on 401 refresh
        once and send again (the server refused the first request before acting on it, so even
        a PATCH is safe to repeat)."""
        headers = {**self._base_headers(request.slug), **request.headers}
        if not request.authed:
            return await self._transport.send(replace(request, headers=headers))
        refreshed = False
        while True:
            tokens = self._tokens
            if tokens is None:
                raise AuthExpiredError()
            if not tokens.access_token and not refreshed:
                # A resumed session holds only its refresh token: get an access token first.
                await self._refresh_once(tokens)
                refreshed = True
                continue
            bearer = {**headers, "Authorization": f"Bearer {tokens.access_token}"}
            response = await self._transport.send(replace(request, headers=bearer))
            if response.status != 401 or refreshed:
                return response
            await self._refresh_once(tokens)
            refreshed = True

    async def _refresh_once(self, stale: AuthTokens) -> None:
        # Single flight: when several calls hit 401 together, the first refreshes and the others
        # reuse its result instead of spending (and so revoking) the rotated refresh token.
        async with self._refresh_lock:
            if self._tokens is not stale and self._tokens is not None:
                return
            await self.refresh()


def _retrieved(task: asyncio.Task[object]) -> None:
    # Whoever awaited the rotation may have been cancelled: its error is not lost, it is read
    # here so that asyncio does not report it as never retrieved (401 and offline are normal).
    if not task.cancelled():
        task.exception()
