"""Keyring backends for tests: the operating-system edge, replaced where no real one runs.

Priority -1 keeps them out of keyring's own discovery (its chainer takes priority > 0 only).
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


class LockedOnReadKeyring(MemoryKeyring):
    """Holds secrets but cannot read them while `locked` (a dismissed unlock prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")
        return super().get_password(service, username)


class LockedKeyring(LockedOnReadKeyring):
    """Locked for writes as well: a keyring the desktop locked mid-session (screen lock)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")
        super().set_password(service, username, password)


class RaisingKeyring(MemoryKeyring):
    """Every call raises `error` (D-Bus gone, service crashed, ...)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class ForgetfulKeyring(MemoryKeyring):
    """Accepts writes and keeps nothing."""

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
