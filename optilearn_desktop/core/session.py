"""The signed-in parent: sign in (parents only), stay signed in, resume, sign out.

Tokens live only in the OS keyring, keyed per server, institution and account; a missing or
locked keyring means the session works in memory only, which the parent is told once. The
account's offline cache is opened here because its key lives in the keyring too. A fresh HTTP
client is made for every sign-in, so nothing of one session is carried into the next.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar, TypeVarTuple

from .errors import NotAParentError
from .text_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # httpx and pydantic load when they are first needed
    from ..api.client import OptiLearnClient
    from ..models.auth import AuthTokens, SignedInUser
    from .credentials import AccountRef, CredentialStore
    from .offline_cache import OfflineCache
    from .settings import LocalSettings, RememberedAccount

log = logging.getLogger(__name__)
ClientFactory = Callable[..., "OptiLearnClient"]
T = TypeVar("T")
Ts = TypeVarTuple("Ts")


class _Remembered(NamedTuple):
    """What the keyring thread found for the remembered parent."""

    remembered: RememberedAccount
    account: AccountRef
    token: str
    cache: OfflineCache | None
    problem: str | None  # why the cache could not be opened, if so


# Why nothing can be remembered: kept in English, as the keyring's own reasons are
# (core/credentials.py), and translated when shown, in the language in use then.
KEYRING_LOCKED = QT_TRANSLATE_NOOP(
    "Keyring",
    "The keyring is locked, so your sign-in cannot be kept for next time. Unlock it (or sign "
    "in to your computer's keyring) to stay signed in; the app keeps working meanwhile.",
)
NOT_READ = QT_TRANSLATE_NOOP("Keyring", "The keyring could not be read")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Keyring", "The keyring could not be written")
# Why remembering is off on this computer (compose.py passes one of these).
SHARED_COMPUTER = QT_TRANSLATE_NOOP("Session", "this is a shared computer")
DEMO_SCHOOL = QT_TRANSLATE_NOOP("Session", "the demo school starts afresh every time")


def _said(context: str, text: str) -> str:
    """`text` in the language in use; Qt (core.wording) is loaded only once something is
    shown, so that the remembered sign-in is read while Qt still loads."""
    from .wording import translate

    return translate(context, text)


class Session:
    def __init__(
        self,
        client_factory: ClientFactory,
        *,
        server_url: str = "",
        credentials: CredentialStore | None = None,
        settings: LocalSettings | None = None,
        cache_dir: Path | None = None,
        remember_off_reason: str | None = None,
    ) -> None:
        self._client_factory = client_factory
        self._remember_off_reason = remember_off_reason
        self.server_url = server_url
        self._credentials = credentials
        self._settings = settings
        self._cache_dir = cache_dir
        self.client: OptiLearnClient | None = None
        self._revoking: asyncio.Future[None] | None = None
        self._unsaved_token: str | None = None  # rotated, not yet in the keyring
        # Told when the keyring refuses a rotated token (locked): the parent should unlock it.
        self.keyring_trouble: Callable[[object], None] | None = None  # words, said when shown
        self.account: AccountRef | None = None
        self.cache: OfflineCache | None = None
        self.keep_signed_in = False
        self.keyring_problem: str | None = None  # why nothing can be remembered, if so
        # Keyring calls can block on D-Bus; one thread keeps their order (rotations!).
        self._keyring = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")
        self._pending: set[asyncio.Future[None]] = set()
        self._resume_read: Future[_Remembered | None] | None = None

    @property
    def user(self) -> SignedInUser | None:
        return self.client.user if self.client else None

    @property
    def keyring_notice(self) -> str | None:
        """Why nothing is remembered, when remembering was wanted (not for the demo school),
        in the language in use."""
        problem = self.keyring_problem if self._credentials is not None else None
        return _said("Keyring", problem) if problem else None

    @property
    def why_not_remembered(self) -> str | None:
        """For the sign-in dialog: why "Keep me signed in" is not offered, if it is not, in
        the language in use."""
        if self.keyring_problem:
            return _said("Keyring", self.keyring_problem)
        off = None if self.can_remember else self._remember_off_reason
        return _said("Session", off) if off else None

    @property
    def can_remember(self) -> bool:
        return self._credentials is not None and self.keyring_problem is None

    async def _in_keyring(self, fn: Callable[[*Ts], T], *args: *Ts) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._keyring, fn, *args)

    async def probe_keyring(self) -> None:
        """Find out once whether secrets can be kept (off the UI thread); a reason found
        earlier (resuming) stays."""
        credentials = self._credentials
        if credentials is None:
            return  # remembering is off (the demo school): nothing to probe
        reason = await self._in_keyring(lambda: credentials.unavailable_reason)
        self.keyring_problem = self.keyring_problem or reason

    # -- signing in ----------------------------------------------------------------------------

    async def sign_in(
        self, institution_slug: str, email: str, password: str, keep_signed_in: bool = False
    ) -> SignedInUser:
        client = self._client_factory(on_tokens=self._tokens_changed)
        self.server_url = self.server_url or client.config.base_url
        try:
            user = await client.sign_in(institution_slug, email, password)
            if not user.is_parent:
                # Parent mode is the account's type (DOC); do not keep a session we cannot use.
                await client.sign_out()
                raise NotAParentError(code="NOT_A_PARENT")
        except BaseException:
            await client.aclose()
            raise
        account = self._account_for(user.institution_slug or institution_slug, user.email or email)
        if self.account is not None and account != self.account:
            await self._close_cache()
        await self._drop_client()
        self.client, self.account = client, account
        self.keep_signed_in = keep_signed_in and self.can_remember
        await self._remember(user)
        await self._open_cache()
        return user

    def start_resume(self) -> None:
        """Begin reading the remembered sign-in on the keyring thread (the keyring, then the
        encrypted cache and its saved overview), so that it runs while the window is built;
        `resume` finishes it. Needs no event loop."""
        if self._resume_read is None:
            self._resume_read = self._keyring.submit(self._read_remembered)

    async def resume(self) -> SignedInUser | None:
        """The remembered parent, signed in again from the keyring's refresh token. No network
        call: the first request refreshes the access token (one silent refresh), so the cached
        overview can be shown before the server answers, or when it does not answer at all."""
        # The models load here, on the UI thread, while the keyring thread waits on the Secret
        # Service; no other thread loads them (see OfflineCache.load_saved).
        from ..models import overview  # noqa: F401 - the saved overview's, parsed next
        from ..models.auth import AuthTokens, SignedInUser

        self.start_resume()
        assert self._resume_read is not None  # noqa: S101 - started just above
        read, self._resume_read = self._resume_read, None
        try:
            found = await asyncio.wrap_future(read)
        except Exception as exc:  # KeyringUnavailableError and backend errors alike
            self.keyring_problem = getattr(exc, "reason", NOT_READ)
            return None
        if found is None:
            return None
        remembered = found.remembered
        user = SignedInUser(
            name=remembered.name,
            email=remembered.email,
            is_contact=True,
            contact_type="CONTACT_PARENT",
            institution_slug=remembered.institution_slug,
        )
        await self._drop_client()
        self.client = self._client_factory(
            tokens=AuthTokens(access_token="", refresh_token=found.token, user=user),
            on_tokens=self._tokens_changed,
        )
        self.account, self.keep_signed_in = found.account, True
        self.cache = found.cache
        if found.problem is not None:
            self.keyring_problem = found.problem
        return user

    def _read_remembered(self) -> _Remembered | None:
        """On the keyring thread: the remembered account's refresh token and its cache."""
        remembered = self._settings.remembered if self._settings else None
        store = self._credentials
        if remembered is None or store is None or store.unavailable_reason is not None:
            return None
        account = self._account_for(remembered.institution_slug, remembered.email)
        if account.server_url != remembered.server_url:  # remembered for another server
            return None
        token = store.load_refresh_token(account)
        if not token:
            return None
        cache, problem = None, None
        if self._cache_dir is not None:
            try:
                cache = self._open_cache_blocking(account, read_ahead=True)
            except Exception as exc:
                problem = getattr(exc, "reason", NOT_READ)
        return _Remembered(remembered, account, token, cache, problem)

    # -- signing out ---------------------------------------------------------------------------

    async def sign_out(self) -> None:
        """Revoke the server session when reachable, then forget everything of this account:
        tokens and cache key in the keyring, the cache files, the remembered account."""
        client, self.client = self.client, None
        account, self.account = self.account, None
        self.keep_signed_in = False
        unheard = client.tokens.refresh_token if client and client.tokens else None
        try:
            if client is not None and await client.sign_out():
                unheard = None
        finally:
            if client is not None:
                await client.aclose()
            if unheard is not None:  # the server did not hear it: a later start revokes it
                await self._keep_for_revocation(unheard)
            await self._flush()
            if self.cache is not None:
                cache, self.cache = self.cache, None
                await cache.destroy()
            if account is not None and self._credentials is not None:
                await self._forget_secrets(account)
            if self._settings is not None and self._settings.remembered is not None:
                self._settings.remember(None)

    def start_revocations(self) -> None:
        """At start, before any other request: revoke, in the background, the sessions of
        sign-outs the server did not hear (the saved overview never waits for the network)."""
        if self._revoking is None:
            self._revoking = asyncio.ensure_future(self.retry_revocations())

    async def retry_revocations(self) -> None:
        """Those the server still does not hear wait for the next start."""
        store = self._credentials
        if store is None:
            return
        try:
            waiting = await self._in_keyring(store.pending_revocations, self.server_url)
        except Exception as exc:  # a locked or missing keyring: nothing to retry now
            log.info("pending revocations not read (%s)", type(exc).__name__)
            return
        if not waiting:
            return
        from ..models.auth import AuthTokens

        unheard = []
        for token in waiting:
            client = self._client_factory(tokens=AuthTokens(access_token="", refresh_token=token))
            try:
                if not await client.sign_out():
                    unheard.append(token)
            finally:
                await client.aclose()
        await self._in_keyring(store.set_pending_revocations, self.server_url, unheard)

    async def _keep_for_revocation(self, token: str) -> None:
        store = self._credentials
        if store is None:
            return
        try:
            waiting = await self._in_keyring(store.pending_revocations, self.server_url)
            await self._in_keyring(
                store.set_pending_revocations, self.server_url, [*waiting, token]
            )
        except Exception as exc:  # the local sign-out goes on regardless
            log.warning("a revocation could not be kept for later (%s)", type(exc).__name__)

    async def leave(self) -> None:
        """Quit: keep a 'stay signed in' session for next time, otherwise sign out fully."""
        if self._revoking is not None:
            await asyncio.wait([self._revoking])
        if self.client is not None:  # a rotation under way: its new token must be kept
            await self.client.settle()
        if self.keep_signed_in:
            await self._flush()
            await self._save_unsaved_token()
            await self._close_cache()
            await self._drop_client()
        else:
            await self.sign_out()
        # Joined, not abandoned: Qt adopted these threads when they woke the loop, and an
        # adopted thread still running at exit is reported as an error.
        self._keyring.shutdown(wait=True)

    # -- internals -----------------------------------------------------------------------------

    def _account_for(self, slug: str, email: str) -> AccountRef:
        from .credentials import AccountRef

        return AccountRef(self.server_url, slug, email)

    def _tokens_changed(self, tokens: AuthTokens | None) -> None:
        """Called by the client on every rotation: the keyring follows (in order, off-thread)."""
        account = self.account
        if account is None or self._credentials is None or not self.keep_signed_in:
            return
        store = self._credentials
        if tokens is None:
            self._unsaved_token = None
            job = lambda: store.delete_refresh_token(account)  # noqa: E731
        else:
            self._unsaved_token = tokens.refresh_token  # until the keyring has taken it
            job = lambda: store.save_refresh_token(account, tokens.refresh_token)  # noqa: E731
        future = asyncio.get_running_loop().run_in_executor(self._keyring, job)
        self._pending.add(future)
        future.add_done_callback(lambda done: self._job_done(done, tokens))

    def _job_done(self, future: asyncio.Future[None], tokens: AuthTokens | None) -> None:
        self._pending.discard(future)
        failed = future.cancelled() or future.exception() is not None
        if failed:
            log.warning("keyring update failed (%s)", type(future.exception()).__name__)
            # The server has already spent the old token: the new one stays in memory (the
            # session goes on) and is saved again at the next rotation or at quit.
            if tokens is not None and self.keyring_trouble is not None:
                from .wording import Phrase  # Qt is loaded: the window is up

                self.keyring_trouble(Phrase("Keyring", KEYRING_LOCKED))
        elif tokens is not None and self._unsaved_token == tokens.refresh_token:
            self._unsaved_token = None

    async def _save_unsaved_token(self) -> None:
        """At quit: a rotated token the keyring refused earlier (locked then) gets one more try."""
        token, account, store = self._unsaved_token, self.account, self._credentials
        if token is None or account is None or store is None or not self.keep_signed_in:
            return
        try:
            await self._in_keyring(store.save_refresh_token, account, token)
            self._unsaved_token = None
        except Exception as exc:
            log.warning("the rotated sign-in could not be kept (%s)", type(exc).__name__)

    async def _flush(self) -> None:
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)

    async def _remember(self, user: SignedInUser) -> None:
        from .settings import RememberedAccount

        assert self.account is not None and self.client is not None  # noqa: S101
        if self._settings is None:
            return
        if self.keep_signed_in and self.client.tokens is not None:
            assert self._credentials is not None  # noqa: S101  # kept only with a keyring
            try:
                await self._in_keyring(
                    self._credentials.save_refresh_token,
                    self.account,
                    self.client.tokens.refresh_token,
                )
            except Exception as exc:
                self.keyring_problem = getattr(exc, "reason", NOT_WRITTEN)
                self.keep_signed_in = False
                return
            self._settings.remember(
                RememberedAccount(
                    self.account.server_url,
                    self.account.institution_slug,
                    user.email or self.account.email,
                    user.name,
                )
            )
        elif self._settings.remembered is not None:
            # Not kept this time: forget any older "stay signed in" of this computer's user.
            old = self._settings.remembered
            self._settings.remember(None)
            if self._credentials is not None and self.can_remember:
                stale = self._account_for(old.institution_slug, old.email)
                if stale != self.account:
                    await self._forget_secrets(stale)
                else:
                    await self._in_keyring(self._credentials.delete_refresh_token, stale)

    async def _forget_secrets(self, account: AccountRef) -> None:
        from .offline_store import OfflineStore, cache_path

        assert self._credentials is not None  # noqa: S101  # callers check it
        try:
            await self._in_keyring(self._credentials.delete_all, account)
        except Exception as exc:
            log.warning("could not remove the keyring entries (%s)", type(exc).__name__)
        if self._cache_dir is not None:
            await self._in_keyring(OfflineStore.destroy, cache_path(self._cache_dir, account))

    async def _open_cache(self) -> None:
        """The encrypted cache needs a key from the keyring; without one, memory only. It is
        kept only for a parent who asked to stay signed in: otherwise nothing is written."""
        if self.cache is not None or self._cache_dir is None or self.account is None:
            return
        if not self.can_remember or not self.keep_signed_in:
            return
        try:
            self.cache = await self._in_keyring(self._open_cache_blocking, self.account)
        except Exception as exc:
            self.keyring_problem = getattr(exc, "reason", NOT_READ)

    def _open_cache_blocking(
        self, account: AccountRef, *, read_ahead: bool = False
    ) -> OfflineCache:
        """On the keyring thread: the account's cache key (made on first use), then the cache.
        A key that failed to LOAD raises, and is never replaced by a fresh one."""
        from .offline_cache import OfflineCache
        from .offline_store import cache_path

        store = self._credentials
        assert store is not None and self._cache_dir is not None  # noqa: S101
        key = store.load_cache_key(account)
        if key is None:  # none stored yet
            key = store.create_cache_key(account)
        return OfflineCache.open_blocking(
            cache_path(self._cache_dir, account), key, read_ahead=read_ahead
        )

    async def _close_cache(self) -> None:
        if self.cache is not None:
            cache, self.cache = self.cache, None
            await cache.close()

    async def _drop_client(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            await client.aclose()
