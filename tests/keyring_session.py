"""A private D-Bus session with an unlocked gnome-keyring: the real Secret Service, for the
tests and benchmarks that need secrets to survive from one process to the next."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

TOOLS = ("dbus-run-session", "gnome-keyring-daemon")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
SKIP_REASON = f"needs {', '.join(MISSING)} (apt-get install dbus gnome-keyring)"
UNLOCK = "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null"


@contextmanager
def keyring_home(base: Mapping[str, str] | None = None) -> Iterator[tuple[Path, dict[str, str]]]:
    """A throw-away HOME and the environment to run in it. The folder sits directly under /tmp:
    gnome-keyring's control socket path must fit in 108 bytes."""
    with tempfile.TemporaryDirectory(prefix="olkr-", dir="/tmp") as folder:
        home = Path(folder)
        runtime = home / "run"
        runtime.mkdir(mode=0o700)
        source = os.environ if base is None else base
        env = {k: v for k, v in source.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
        env.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
        )
        yield home, env


def run_in_keyring_session(
    script: str, *args: str, env: Mapping[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    """`sh -c SCRIPT ARGS...` (ARGS as $0, $1, ...) once the keyring is unlocked."""
    return subprocess.run(
        [
            shutil.which("dbus-run-session") or "dbus-run-session",
            "--",
            "sh",
            "-c",
            f"{UNLOCK} && {script}",
            *args,
        ],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
