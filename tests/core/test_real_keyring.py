"""CredentialStore against the real Secret Service: gnome-keyring in a private D-Bus session.

Needs `dbus-run-session` and `gnome-keyring-daemon` (Debian: dbus, gnome-keyring) plus the
secretstorage/jeepney wheels that keyring pulls in on Linux. Skipped, with the reason, elsewhere.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("secret_service_check.py")
MISSING = [
    tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None
]

pytestmark = [
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"real Secret Service test needs {', '.join(MISSING)} "
        "(apt-get install dbus gnome-keyring)",
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("secretstorage") is None,
        reason="real Secret Service test needs the secretstorage package",
    ),
]


def test_round_trip_lock_and_delete_through_gnome_keyring() -> None:
    # A short private runtime dir: gnome-keyring's control socket path must fit in 108 bytes.
    with tempfile.TemporaryDirectory(prefix="olkr-", dir="/tmp") as home:
        runtime = Path(home, "run")
        runtime.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
        env.update(
            HOME=home,
            XDG_DATA_HOME=f"{home}/data",
            XDG_CONFIG_HOME=f"{home}/config",
            XDG_RUNTIME_DIR=str(runtime),
        )
        inner = (
            "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
            ' && exec "$0" "$1"'
        )
        result = subprocess.run(
            [
                shutil.which("dbus-run-session") or "dbus-run-session",
                "--",
                "sh",
                "-c",
                inner,
                sys.executable,
                str(SCRIPT),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["priority"] > 0 and found["available"] is True
    assert found["token_loaded"] and found["token_reloaded"] and found["key_loaded"]
    assert found["usernames"] == [
        "northside/anna.parent@example.org#cache-key",
        "northside/anna.parent@example.org#refresh",
    ]
    assert found["locked"] == found["create_while_locked"] == "The keyring is locked"
    assert found["locked_probe"] == "The keyring is locked"
    assert found["unlocked_again"] and found["key_survived_lock"]
    assert found["after_delete"] == [None, None]
    assert "rt_real_secret_service" not in result.stderr  # nothing logged the token
