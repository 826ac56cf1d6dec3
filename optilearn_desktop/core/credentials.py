"""Secrets in the OS keyring: the refresh token and the offline cache key of each account.

Blocking (D-Bus, Keychain, Credential Locker): call from an executor, never the UI thread.
"Not there" (None) and "could not read" (`KeyringUnavailableError`) are kept apart so that a
key that merely failed to load is never replaced by a fresh one (which would orphan the cache).
Secrets are never logged, not even their length.
"""

from __future__ import annotations

import json
import logging
import threading
from functools import cache
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from .text_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # keyring is slow to import: it loads with the first keyring call
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

CACHE_KEY_BYTES = 32
_REFRESH = "#refresh"
_CACHE_KEY = "#cache-key"
_PROBE_SERVICE = "OptiLearn Desktop"
_PROBE_USER = "availability-probe"

# Reasons a parent may be shown: kept in English (the log's words), translated where shown
# (core/session.py, context "Keyring").
NO_SERVICE = QT_TRANSLATE_NOOP("Keyring", "No keyring service is running")
LOCKED = QT_TRANSLATE_NOOP("Keyring", "The keyring is locked")


def _os_error_types() -> tuple[type[BaseException], ...]:
    """Errors of the Secret Service stack (only importable on Linux)."""
    found: list[type[BaseException]] = []
    try:
        from secretstorage.exceptions import SecretStorageException

        found.append(SecretStorageException)
    except ImportError:
        pass
    try:
        from jeepney.wrappers import DBusErrorResponse

        found.append(DBusErrorResponse)
    except ImportError:
        pass
    return tuple(found)


@cache
def _backend_errors() -> tuple[type[BaseException], ...]:
    """What a backend may raise when the service is missing, locked or broken. RuntimeError
    and OSError cover D-Bus connection failures and backends that report "not viable" that
    way."""
    from keyring.errors import KeyringError

    return (KeyringError, OSError, RuntimeError, *_os_error_types())


class KeyringUnavailableError(Exception):
    """The keyring cannot be used now; `reason` is short and fit to show to a parent, in
    English as marked for translation (core/session.py words it in the language in use)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _reason(exc: BaseException) -> str:
    from keyring.errors import InitError, KeyringLocked, NoKeyringError, PasswordSetError

    name = type(exc).__name__
    if isinstance(exc, KeyringLocked) or name in ("LockedException", "PromptDismissedException"):
        return LOCKED
    if isinstance(exc, NoKeyringError | OSError) or name == "SecretServiceNotAvailableException":
        return NO_SERVICE
    if isinstance(exc, InitError):
        return QT_TRANSLATE_NOOP("Keyring", "The keyring could not be opened")
    if isinstance(exc, PasswordSetError):
        return QT_TRANSLATE_NOOP("Keyring", "The keyring refused to save")
    return QT_TRANSLATE_NOOP("Keyring", "The keyring is not working")


class _AccountFields(NamedTuple):
    server_url: str
    institution_slug: str
    email: str


class AccountRef(_AccountFields):
    """One signed-in identity: server origin + institution + email, normalised on creation."""

    __slots__ = ()

    def __new__(cls, server_url: str, institution_slug: str, email: str) -> AccountRef:
        slug = institution_slug.strip().lower()
        email = email.strip().casefold()
        if not slug or not email:
            raise ValueError("institution_slug and email must not be empty")
        return super().__new__(cls, _origin(server_url), slug, email)

    @property
    def service(self) -> str:
        return f"OptiLearn Desktop ({self.server_url})"

    @property
    def username(self) -> str:
        return f"{self.institution_slug}/{self.email}"

    def fingerprint(self) -> str:
        """A stable, opaque name for this account (file names must not show the email)."""
        import hashlib

        canonical = "\n".join((self.server_url, self.institution_slug, self.email))
        return hashlib.sha256(canonical.encode()).hexdigest()[:32]


_PENDING = "pending-revocations"


def _pending_service(server_url: str) -> str:
    return f"OptiLearn Desktop ({_origin(server_url)})"


def _origin(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = parts.hostname  # already lowercase, brackets stripped
    if scheme not in ("http", "https") or not host:
        raise ValueError(f"not an http(s) server URL: {url!r}")
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is None or (scheme, port) in (("http", 80), ("https", 443)):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def _unusable_backend(backend: KeyringBackend) -> bool:
    """Backends that can never hold a secret (keyring's fallbacks when nothing is installed)."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    if isinstance(backend, chainer.ChainerBackend):
        return not type(backend).backends  # nothing to chain: every call is a no-op
    return False


class CredentialStore:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._lock = threading.Lock()
        self._probed = False
        self._reason: str | None = None

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            # Lazy: choosing a backend can be slow (D-Bus); it runs in the caller's executor.
            from .keyring_choice import choose_backend

            self._backend = choose_backend()
        return self._backend

    @property
    def available(self) -> bool:
        """Probe once (a read of an unused entry) and remember the answer."""
        return self.unavailable_reason is None

    @property
    def unavailable_reason(self) -> str | None:
        with self._lock:
            if not self._probed:
                try:
                    self._call("get_password", _PROBE_SERVICE, _PROBE_USER)
                except KeyringUnavailableError as exc:
                    self._reason = exc.reason
                self._probed = True
            return self._reason

    # --- refresh token -------------------------------------------------------------------
    def save_refresh_token(self, ref: AccountRef, token: str) -> None:
        if not token:
            raise ValueError("empty refresh token")
        self._call("set_password", ref.service, ref.username + _REFRESH, token)

    def load_refresh_token(self, ref: AccountRef) -> str | None:
        return self._call("get_password", ref.service, ref.username + _REFRESH) or None

    def delete_refresh_token(self, ref: AccountRef) -> None:
        self._delete(ref.service, ref.username + _REFRESH)

    # --- cache key -----------------------------------------------------------------------
    def load_cache_key(self, ref: AccountRef) -> bytes | None:
        """The account's cache key; None only when none is stored (or what is stored is not a
        key at all). Raises `KeyringUnavailableError` when the keyring could not be read."""
        stored = self._call("get_password", ref.service, ref.username + _CACHE_KEY)
        return None if stored is None else _decode_key(stored)

    def create_cache_key(self, ref: AccountRef) -> bytes:
        """Create and store a new key, unless a valid one is already there (then return it).

        Call only after `load_cache_key` returned None. The re-read here makes "never overwrite
        a working key" hold even if two callers race or the keyring was unreadable a moment ago:
        a failed read raises before anything is written."""
        existing = self.load_cache_key(ref)
        if existing is not None:
            return existing
        import base64
        import secrets

        key = secrets.token_bytes(CACHE_KEY_BYTES)
        encoded = base64.b64encode(key).decode("ascii")
        self._call("set_password", ref.service, ref.username + _CACHE_KEY, encoded)
        # Some backends accept a write and drop it; a cache under a lost key is useless.
        if self.load_cache_key(ref) != key:
            raise KeyringUnavailableError(
                QT_TRANSLATE_NOOP("Keyring", "The keyring did not keep the cache key")
            )
        return key

    def delete_cache_key(self, ref: AccountRef) -> None:
        self._delete(ref.service, ref.username + _CACHE_KEY)

    # A sign-out the server did not hear: the refresh token waits here (never as a session
    # to resume) until a later start revokes it. One item per server: keyrings cannot list.
    def pending_revocations(self, server_url: str) -> list[str]:
        raw = self._call("get_password", _pending_service(server_url), _PENDING)
        try:
            tokens = json.loads(raw) if raw else []
        except ValueError:
            return []
        return [t for t in tokens if isinstance(t, str)] if isinstance(tokens, list) else []

    def set_pending_revocations(self, server_url: str, tokens: list[str]) -> None:
        if tokens:
            self._call("set_password", _pending_service(server_url), _PENDING, json.dumps(tokens))
        else:
            self._delete(_pending_service(server_url), _PENDING)

    def delete_all(self, ref: AccountRef) -> None:
        """Sign-out: both secrets gone (missing ones are fine)."""
        self.delete_refresh_token(ref)
        self.delete_cache_key(ref)

    # --- backend edge --------------------------------------------------------------------
    def _delete(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self._call("delete_password", service, username)
        except PasswordDeleteError:
            # Backends say "not there" this way; make sure that is what it was.
            if self._call("get_password", service, username) is not None:
                raise KeyringUnavailableError(
                    QT_TRANSLATE_NOOP("Keyring", "The keyring refused to delete")
                ) from None

    def _call(self, op: str, *args: str) -> str | None:
        backend = self.backend
        if _unusable_backend(backend):
            raise KeyringUnavailableError(NO_SERVICE)
        try:
            answer: str | None = getattr(backend, op)(*args)  # get_password's str, or None
            return answer
        except _backend_errors() as exc:
            from keyring.errors import PasswordDeleteError

            if isinstance(exc, PasswordDeleteError):
                raise  # usually "no such entry": `_delete` checks
            reason = _reason(exc)
            # The exception text never carries the secret (only service/username at most).
            log.warning("Keyring %s failed: %s (%s)", op, reason, type(exc).__name__)
            raise KeyringUnavailableError(reason) from exc


def _decode_key(stored: str) -> bytes | None:
    import base64
    import binascii

    try:
        key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != CACHE_KEY_BYTES:
        # Garbage cannot decrypt anything, so replacing it loses nothing.
        log.warning("The stored cache key is malformed; a new one will be created")
        return None
    return key
