"""Before the first paint, with `os` alone: is there a kiosk policy or a settings file to read?

`kiosk_policy` and `settings` (TOML, platformdirs, dataclasses, tempfile) cost 10-15 ms to
import, a tenth of the window's first-paint budget, on every start. On Linux their folders are
plain paths (/etc/xdg and $XDG_CONFIG_DIRS; $XDG_CONFIG_HOME or ~/.config), so a missing file
is found here and the real loaders run only when there is something to load. On Windows and
macOS the folders come from the shell (ProgramData, Homebrew), so the loaders always run.
The tests check these paths against `kiosk_policy.policy_paths()` and `AppDirs.default()`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

APP_FOLDER = "OptiLearnDesktop"
FILE_NAME = "policy.toml"
POLICY_ENV = "OPTILEARN_DESKTOP_POLICY"
HOME_ENV = "OPTILEARN_DESKTOP_HOME"
SETTINGS_FILE = "settings.json"


def linux_candidates(environ: Mapping[str, str]) -> list[str]:
    dirs = ["/etc/xdg", *environ.get("XDG_CONFIG_DIRS", "").split(os.pathsep)]
    return [os.path.join(d, APP_FOLDER, FILE_NAME) for d in dirs if d and os.path.isabs(d)]


def policy_may_apply(kiosk_flag: bool, environ: Mapping[str, str] | None = None) -> bool:
    """False only when kiosk mode is certainly off: no `--kiosk`, no test hook, and on Linux
    no policy file in any machine-wide location."""
    environ = os.environ if environ is None else environ
    if kiosk_flag or environ.get(POLICY_ENV, "").strip():
        return True
    if not sys.platform.startswith("linux"):
        return True  # shell-defined locations: let the real loader look
    return any(os.path.lexists(path) for path in linux_candidates(environ))


def linux_settings_file(environ: Mapping[str, str]) -> str:
    home = environ.get(HOME_ENV, "").strip()
    if home:
        return os.path.join(os.path.expanduser(home), "config", SETTINGS_FILE)
    config = environ.get("XDG_CONFIG_HOME", "").strip()
    if not os.path.isabs(config):  # platformdirs ignores an empty or relative value too
        config = os.path.expanduser("~/.config")
    return os.path.join(config, APP_FOLDER, SETTINGS_FILE)


def settings_may_exist(environ: Mapping[str, str] | None = None) -> bool:
    """False only when, on Linux, the app has certainly never saved settings (so nobody is
    remembered and there is nothing to read before the first paint)."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return True
    return os.path.lexists(linux_settings_file(environ))
