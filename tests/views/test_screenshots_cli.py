"""`optilearn-desktop --demo --screenshots DIR` renders every tab of every child and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def test_screenshots_of_every_tab_for_every_child(tmp_path):
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "optilearn_desktop", "--demo", "--screenshots", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    files = sorted(out.glob("*.png"))
    assert len(files) == 1 + 3 * 6 + 2  # household; three children x six tabs; list, settings
    assert files[0].name == "0-household.png"
    assert {f.name for f in files} >= {"notifications.png", "notification-settings.png"}
    image = QImage(str(files[0]))
    assert image.width() >= 1000 and image.height() >= 600


def test_version_and_help_need_no_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    for flag in ("--version", "--help"):
        result = subprocess.run(
            [sys.executable, "-m", "optilearn_desktop", flag],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0 and "optilearn-desktop" in result.stdout
