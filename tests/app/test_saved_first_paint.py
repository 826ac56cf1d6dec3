"""A remembered parent's window paints the saved overview first: read from the real Secret
Service (gnome-keyring in a private D-Bus session) and the encrypted cache while Qt starts,
before any request is answered, even when the server is slow."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ..keyring_session import MISSING, SKIP_REASON, keyring_home, run_in_keyring_session
from .session_steps import add_fault, first_run

HERE = Path(__file__).parent
pytestmark = pytest.mark.skipif(bool(MISSING), reason=SKIP_REASON)


def test_the_first_paint_is_the_saved_overview_before_a_slow_server_answers(demo, tmp_path):
    account = demo.account("parent_three")
    with keyring_home() as (home, env):
        env.update(OPTILEARN_DESKTOP_HOME=str(home / "app"), QT_QPA_PLATFORM="offscreen")
        script = (
            f"{first_run(demo.lms_url, account)} && "
            f"{add_fault(demo, route='*', latencyMs=2000)} && "
            f'"$0" {HERE / "saved_first_paint_probe.py"} {demo.lms_url}'
        )
        result = run_in_keyring_session(script, sys.executable, env=env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("PROBE "))
    report = json.loads(line[len("PROBE ") :])
    first = report["first_paint"]
    assert first["on_overview"] and first["titles"], "the first paint shows the saved courses"
    assert first["age"].startswith("Updated")  # saved data says how old it is
    assert not first["client"], "painted before the session even resumed"
    # The shortcut read the Secret Service directly; keyring and httpx load after the paint,
    # and so do pydantic and the models: the first paint shows plain records of the rows.
    assert not first["keyring_loaded"] and not first["httpx_loaded"]
    assert not first["pydantic_loaded"] and first["overview_type"] == "OverviewRecord"
    # Right after it (before the slow server answers) the models hold the same rows.
    adopted = report["adopted"]
    assert adopted["overview_type"] == "ChildOverview" and not adopted["answered"]
    assert adopted["titles"] == first["titles"]
    assert report["answered"]["titles"] == first["titles"]  # the server agrees afterwards
