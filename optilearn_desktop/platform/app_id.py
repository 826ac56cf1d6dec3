"""The app's identity to the operating system: Windows' AppUserModelID and console."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

APP_USER_MODEL_ID = "OptiLearn.Desktop"
APP_ID = "optilearn-desktop"


def set_windows_app_user_model_id(app_id: str = APP_USER_MODEL_ID) -> bool:
    """Give the process an explicit AppUserModelID (Windows only; True when it was set).

    Must run before the first window is created. Without it, Windows groups the app under
    python.exe/the bootloader and toast notifications show no (or the wrong) app name.
    """
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        result = ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id)
    except (AttributeError, OSError):
        log.warning("could not set the AppUserModelID", exc_info=True)
        return False
    return result == 0  # S_OK


def attach_parent_console() -> None:
    """Windows windowed (console=False) builds have no stdout: attach to the console of the
    shell that started us, if any, so `--version`, `--help` and `--self-test` print there.
    No-op elsewhere or when stdout already works."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return  # started from Explorer: nothing to print to
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = sys.stdout
