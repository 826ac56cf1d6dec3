"""Kiosk mode on a machine with the real Secret Service (gnome-keyring in a private D-Bus
session) where a parent once chose "Keep me signed in": three kiosk sign-in/sign-out cycles
through the real entry point leave the keyring and the app's folders exactly as they were, and
the remembered sign-in is not used."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ..keyring_session import MISSING, SKIP_REASON, keyring_home, run_in_keyring_session
from .session_steps import first_run

HERE = Path(__file__).parent
# The benchmark's own kiosk cycles, run as a script: a few here, 300 in benchmarks/kiosk.py.
KIOSK_CYCLES = HERE.parents[1] / "benchmarks" / "kiosk_cycles.py"
pytestmark = pytest.mark.skipif(bool(MISSING), reason=SKIP_REASON)


def states(output: str) -> list[dict]:
    return [json.loads(line[6:]) for line in output.splitlines() if line.startswith("STATE ")]


def test_kiosk_cycles_leave_keyring_and_folders_untouched(demo):
    remembered = demo.account("parent_three")
    parents = json.dumps([demo.account("parent_one"), demo.account("parent_three")])
    with keyring_home() as (home, env):
        app_home = home / "app"
        env.update(OPTILEARN_DESKTOP_HOME=str(app_home), QT_QPA_PLATFORM="offscreen")
        script = (
            f"{first_run(demo.lms_url, remembered)}"
            f' && "$0" {HERE / "machine_state.py"} {app_home}'
            f' && "$0" {KIOSK_CYCLES} {demo.lms_url} "$1" 3'
            f' && "$0" {HERE / "machine_state.py"} {app_home}'
        )
        result = run_in_keyring_session(script, sys.executable, parents, env=env, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    before, after = states(result.stdout)
    assert before["items"], "the earlier parent's token and cache key are in the keyring"
    assert any(name.endswith(".sqlite3") for name in before["files"])
    driven = next(
        json.loads(line[7:]) for line in result.stdout.splitlines() if line.startswith("RESULT ")
    )
    assert driven["cycles"] == 3 and driven["exit_code"] == 0
    assert driven["full_screen"] and not driven["resumed"]
    assert after == before  # keyring items and files, byte for byte
