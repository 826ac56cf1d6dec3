"""Whether a machine-wide kiosk policy can apply to this run, found cheaply: a look at the
documented policy locations (see kiosk_policy.py) before that module and its imports load.

It may answer "maybe" where no policy exists (then kiosk_policy.py decides), never "no" where
one does: every location `kiosk_policy.policy_paths()` reads is among the ones looked at here,
and a location that cannot be looked at (permissions) counts as a policy that may be there.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

POLICY_FILENAME = "policy.toml"
POLICY_ENV = "OPTILEARN_DESKTOP_POLICY"
SITE_DIR_NAME = "OptiLearnDesktop"  # app_dirs.APP_NAME, the folder under a site config dir
XDG_DEFAULT = "/etc/xdg"
# Platforms whose site config folders are not the XDG ones: kiosk_policy.py always looks there.
NOT_XDG = ("win32", "cygwin", "darwin", "android", "ios", "emscripten", "wasi")


def candidate_paths(environ: Mapping[str, str]) -> list[str]:
    """The XDG policy locations: the built-in one, then each absolute `$XDG_CONFIG_DIRS` entry."""
    entries = environ.get("XDG_CONFIG_DIRS", "").split(os.pathsep)
    folders = [XDG_DEFAULT, *(entry for entry in entries if os.path.isabs(entry))]
    return [os.path.join(folder, SITE_DIR_NAME, POLICY_FILENAME) for folder in folders]


def policy_may_apply(
    kiosk_flag: bool, environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> bool:
    """False only when neither `--kiosk` nor any policy file can make this run a kiosk."""
    environ = os.environ if environ is None else environ
    if kiosk_flag or environ.get(POLICY_ENV, "").strip() or platform.startswith(NOT_XDG):
        return True
    if environ.get("ANDROID_DATA") and environ.get("ANDROID_ROOT"):  # platformdirs' Android
        return True
    return any(_may_exist(path) for path in candidate_paths(environ))


def _may_exist(path: str) -> bool:
    try:
        os.lstat(path)  # lstat: a dangling link or a folder is something for IT to hear about
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:  # cannot be looked at: kiosk_policy.py reads it and fails closed
        return True
    return True
