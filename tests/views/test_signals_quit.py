"""A polite kill (SIGTERM) or Ctrl+C leaves like Quit: exit 0, demo backend stopped."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys

import pytest


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux pidfd")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_quits_cleanly_and_stops_the_demo_backend(tmp_path, sig):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPTILEARN_DESKTOP_HOME": str(tmp_path)}
    app = subprocess.Popen(
        [sys.executable, "-X", "faulthandler", "-m", "optilearn_desktop", "--demo"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The demo backend is started by the app (from a worker thread): find it among the
        # children of any of the app's threads.
        tasks = f"/proc/{app.pid}/task"
        backend = None
        watch = os.pidfd_open(app.pid)
        try:
            while backend is None:
                assert app.poll() is None, app.stderr.read()
                pids = []
                for task in os.listdir(tasks):
                    with open(f"{tasks}/{task}/children") as handle:
                        pids += handle.read().split()
                if pids:
                    backend = int(pids[0])
                else:
                    select.select([watch], [], [], 0.05)  # wakes early only if the app exits
        finally:
            os.close(watch)
        backend_exited = os.pidfd_open(backend)
        app.send_signal(sig)
        assert app.wait(timeout=30) == 0, app.stderr.read()[-2000:]
        readable, _, _ = select.select([backend_exited], [], [], 15)
        os.close(backend_exited)
        assert readable, "the demo backend was left running"
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
