"""A remembered parent's window paints the saved overview first: read from the real Secret
Service (gnome-keyring in a private D-Bus session) and the encrypted cache while Qt starts,
before any request is answered, even when the server is slow."""

from __future__ import annotations

import json
import os
import subprocess
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
    # Read beside Qt in a child process (a thread where there is one CPU only).
    cpus = len(os.sched_getaffinity(0))
    assert report["read_in"] == ("_ChildRead" if cpus > 1 else "_ThreadRead")
    first = report["first_paint"]
    assert first["on_overview"] and first["titles"], "the first paint shows the saved courses"
    assert first["age"].startswith("Updated")  # saved data says how old it is
    assert not first["client"], "painted before the session even resumed"
    # The shortcut read the Secret Service directly; keyring and httpx load after the paint,
    # and so do pydantic and the models: the first paint shows plain records of the rows.
    assert not first["keyring_loaded"] and not first["httpx_loaded"]
    assert not first["pydantic_loaded"] and first["overview_type"] == "OverviewRecord"
    # Nothing on the way to the paint named Qt's namespace (views/qt_values.py).
    assert report["qt_namespace_before_paint"] is False
    # Python's cyclic garbage collector rested until the frame was painted, not after it.
    assert first["gc_enabled"] is False and report["gc_after_paint"] is True
    # The window icon is set right after the frame (QIcon's enums are not on the way to it).
    assert first["qicon_built"] is False and report["window_icon_after_paint"] is True
    # Right after it (before the slow server answers) the models hold the same rows.
    adopted = report["adopted"]
    assert adopted["overview_type"] == "ChildOverview" and not adopted["answered"]
    assert adopted["titles"] == first["titles"]
    assert report["answered"]["titles"] == first["titles"]  # the server agrees afterwards


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one CPU: the read is a thread")
@pytest.mark.parametrize("mode", ["found", "slow", "fails"])
def test_the_read_in_a_child_process_answers_or_is_cut_off_and_leaves_nothing(mode):
    out = subprocess.run(
        [sys.executable, str(HERE / "child_read_probe.py"), mode],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])  # one line: the parent's only
    assert not report["child_left"]
    if mode == "found":
        assert report["found"] and report["seconds"] < 1.0
    else:  # a hang is cut off at the 1 s cap; a failure is a quick miss
        assert report["none"]
        assert report["seconds"] < (1.5 if mode == "slow" else 1.0)


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one CPU: the read is a thread")
def test_an_orphaned_read_ends_itself():
    """The app died before reading the answer and the keyring hangs: the child process does
    not linger (holding secrets) beyond its alarm."""
    import threading

    from optilearn_desktop.saved_start import CHILD_LIFETIME

    probe = subprocess.Popen(
        [sys.executable, str(HERE / "child_read_probe.py"), "orphan"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert probe.stdout is not None
    pid = json.loads(probe.stdout.readline())["child"]  # the child keeps the pipe open
    probe.wait(timeout=30)
    deadline = threading.Event()
    for _ in range(int(CHILD_LIFETIME * 10) + 50):  # up to the alarm, plus 5 s of slack
        if not _alive(pid):
            break
        deadline.wait(0.1)
    probe.stdout.close()
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[-1][:1] not in ("Z", "X")  # a zombie has ended
    except FileNotFoundError:
        return False
