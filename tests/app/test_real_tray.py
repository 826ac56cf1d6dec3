"""The tray for real: Xvfb, a session bus with a StatusNotifierWatcher and dunst. Qt's tray
turns an alert into an org.freedesktop.Notifications.Notify call, which dunst displays."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("real_tray_probe.py")
TOOLS = (
    "xvfb-run",
    "dbus-run-session",
    "dbus-monitor",
    "status-notifier-watcher",
    "dunst",
    "dunstctl",
)
MISSING = [t for t in TOOLS if shutil.which(t) is None]
pytestmark = pytest.mark.skipif(
    bool(MISSING),
    reason=f"needs {', '.join(MISSING)} (apt-get install xvfb xauth dbus dunst "
    "haskell-status-notifier-item-utils)",
)

SESSION = """
dbus-monitor "interface='org.freedesktop.Notifications',member='Notify'" > "$1" 2>&1 &
dunst >/dev/null 2>&1 &
for i in $(seq 1 50); do dunstctl count displayed >/dev/null 2>&1 && break; sleep 0.1; done
status-notifier-watcher >/dev/null 2>&1 &
"$2" "$3" || exit $?
echo "displayed=$(dunstctl count displayed)"
"""


def test_an_alert_reaches_the_desktop_notification_service(tmp_path):
    calls = tmp_path / "notify.log"
    env_cmd = [
        shutil.which("xvfb-run") or "",
        "-a",
        "dbus-run-session",
        "--",
        "sh",
        "-c",
        SESSION,
        "session",
        str(calls),
        sys.executable,
        str(PROBE),
    ]
    result = subprocess.run(
        env_cmd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb"},
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "available=True" in result.stdout
    assert "displayed=1" in result.stdout
    log = calls.read_text()
    assert '"Ananya Sharma: assignment graded"' in log
    # The daemon reads the body as markup: escaped, the school's text is shown as sent.
    assert '"Quiz 4 &lt;b&gt;42/50&lt;/b&gt; &amp;amp; more"' in log
