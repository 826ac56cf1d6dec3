"""`--screenshots DIR` with a remembered session and an unreachable server renders the cached
overview with the offline banner: two real runs of the app, the real Secret Service (gnome-keyring
in a private D-Bus session) holding the refresh token and the cache key between them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

FIRST_RUN = Path(__file__).with_name("remembered_first_run.py")
MISSING = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(t) is None]
pytestmark = pytest.mark.skipif(
    bool(MISSING), reason=f"needs {', '.join(MISSING)} (apt-get install dbus gnome-keyring)"
)


def test_offline_screenshots_from_the_remembered_session(demo, tmp_path):
    account = demo.account("parent_three")
    shots = tmp_path / "shots"
    # gnome-keyring's socket path must stay short: a private runtime dir under /tmp.
    with tempfile.TemporaryDirectory(prefix="olss-", dir="/tmp") as home:
        runtime = Path(home, "run")
        runtime.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEY"))}
        env.update(
            HOME=home,
            XDG_RUNTIME_DIR=str(runtime),
            XDG_DATA_HOME=f"{home}/xdg-data",
            OPTILEARN_DESKTOP_HOME=f"{home}/app",
            QT_QPA_PLATFORM="offscreen",
        )
        refuse = (
            f"curl -sf -X POST -H 'X-Admin-Key: {demo.admin_key}' -H 'Content-Type: "
            f'application/json\' -d \'{{"route": "*", "refuse": true}}\' '
            f"{demo.lms_url}/admin/faults >/dev/null"
        )
        script = (
            "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
            f'"$0" {FIRST_RUN} {demo.lms_url} {account["institution_slug"]} '
            f"{account['email']} {account['password']} && {refuse} && "
            f'"$0" -m optilearn_desktop --server {demo.lms_url} --screenshots {shots}'
        )
        result = subprocess.run(
            [shutil.which("dbus-run-session") or "", "--", "sh", "-c", script, sys.executable],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr[-4000:]
        assert "cached 3 children" in result.stdout
        assert "offline" in result.stdout.lower()
        app_files = [p.name for p in Path(home, "app").rglob("*") if p.is_file()]
    files = sorted(shots.glob("*.png"))
    assert len(files) == 3 * 6
    assert QImage(str(files[0])).width() >= 1000
    assert any(name.endswith(".sqlite3") for name in app_files)  # the encrypted cache
    # The second run reached the server only to be refused: everything came from the cache.
    second_run = [r for r in demo.requests() if r.get("fault")]
    assert second_run and all(r["path"] != "/admin/faults" for r in second_run)
