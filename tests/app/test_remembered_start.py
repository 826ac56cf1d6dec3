"""A remembered parent's window shows the saved overview at once: read from the real Secret
Service (gnome-keyring in a private D-Bus session) and the encrypted cache, before the server
answers, even when the server is slow."""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import pytest

from ..keyring_session import MISSING, SKIP_REASON, keyring_home, run_in_keyring_session
from .session_steps import add_fault, first_run

HERE = Path(__file__).parent
pytestmark = pytest.mark.skipif(bool(MISSING), reason=SKIP_REASON)


def test_the_saved_overview_is_shown_before_a_slow_server_answers(demo, tmp_path):
    account = demo.account("parent_three")
    with keyring_home() as (home, env):
        env.update(
            OPTILEARN_DESKTOP_HOME=str(home / "app"),
            QT_QPA_PLATFORM="offscreen",
            OPTILEARN_DESKTOP_TRACE_START=repr(time.time()),
        )
        script = (
            f"{first_run(demo.lms_url, account)} && "
            f"{add_fault(demo, route='*', latencyMs=2000)} && "
            f'"$0" {HERE / "remembered_start_probe.py"} {demo.lms_url}'
        )
        result = run_in_keyring_session(script, sys.executable, env=env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("PROBE "))
    report = json.loads(line[len("PROBE ") :])
    first = report["first"]
    assert first["titles"], "the saved courses are on screen"
    assert first["age"].startswith("Updated")  # saved data says how old it is
    assert first["refreshing"], "shown before the server answered"
    assert report["answered"]["titles"] == first["titles"]  # the server agrees afterwards
    # The start-up trace (benchmarks read it) says the same of the first overview's frame.
    traced = re.search(r"^TRACE first_overview \S+ network_answered=(\d)$", result.stderr, re.M)
    assert traced is not None and traced.group(1) == "0", result.stderr[-4000:]
    assert re.search(r"^TRACE first_paint ", result.stderr, re.M)
