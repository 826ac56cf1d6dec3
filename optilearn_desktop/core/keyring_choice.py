"""Which keyring backend holds the app's secrets: the platform's own (Secret Service, Windows
Credential Locker, macOS Keychain) unless the user configured keyring otherwise.

keyring's own discovery (`keyring.get_keyring()`) imports and probes every backend that any
installed package registers; the platform's backend, checked for viability the way keyring
checks it, is what that discovery picks on a usual desktop. A user who set
`PYTHON_KEYRING_BACKEND` or wrote a `keyringrc.cfg` gets keyring's discovery, which honours both.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)
BACKEND_ENV = "PYTHON_KEYRING_BACKEND"
CONFIG_FILE = "keyringrc.cfg"
NATIVE_BACKENDS = {  # sys.platform prefix -> (module, class), as keyring names them
    "linux": ("keyring.backends.SecretService", "Keyring"),
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
}


def user_configured(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the user chose a backend: the environment variable or keyring's config file."""
    if (os.environ if environ is None else environ).get(BACKEND_ENV, "").strip():
        return True
    from keyring.util.platform_ import config_root

    return os.path.exists(os.path.join(config_root(), CONFIG_FILE))


def native_backend(platform: str = sys.platform) -> KeyringBackend | None:
    """The platform's own backend when it is viable here (its service runs), else None."""
    import importlib

    for prefix, (module_name, class_name) in NATIVE_BACKENDS.items():
        if not platform.startswith(prefix):
            continue
        try:
            backend_class = getattr(importlib.import_module(module_name), class_name)
            # keyring's own test: `priority` raises when the backend cannot work here.
            if backend_class.priority < 1:
                return None
            backend: KeyringBackend = backend_class()
        except Exception as exc:  # any failure means "use keyring's discovery"
            log.info("the platform keyring is not usable here (%s)", type(exc).__name__)
            return None
        return backend
    return None


def choose_backend(
    environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> KeyringBackend:
    """The backend for the app's secrets (blocking: call off the UI thread)."""
    if not user_configured(environ):
        backend = native_backend(platform)
        if backend is not None:
            return backend
    import keyring

    return keyring.get_keyring()
