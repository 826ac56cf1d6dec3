"""`--screenshots DIR` with a remembered session and an unreachable server renders the cached
overview with the offline banner: two real runs of the app, the real Secret Service (gnome-keyring
in a private D-Bus session) holding the refresh token and the cache key between them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from ..keyring_session import MISSING, SKIP_REASON
from .session_steps import offline_second_run

pytestmark = pytest.mark.skipif(bool(MISSING), reason=SKIP_REASON)


def test_offline_screenshots_from_the_remembered_session(demo, tmp_path):
    account = demo.account("parent_three")
    shots = tmp_path / "shots"
    result, app_files = offline_second_run(demo, account, "--screenshots", str(shots))
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    assert "cached 3 children" in result.stdout
    assert "offline" in result.stdout.lower()
    files = sorted(shots.glob("*.png"))
    assert len(files) == 1 + 3 * 6 + 2  # household; three children x six tabs; list, settings
    assert files[0].name == "0-household.png"
    assert {f.name for f in files} >= {"notifications.png", "notification-settings.png"}
    assert QImage(str(files[0])).width() >= 1000
    assert any(name.endswith(".sqlite3") for name in app_files)  # the encrypted cache
    # The second run reached the server only to be refused: everything came from the cache.
    second_run = [r for r in demo.requests() if r.get("fault")]
    assert second_run and all(r["path"] != "/admin/faults" for r in second_run)
