"""A demo backend whose app was killed (kill -9: no clean-up ran) stops by itself."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys

import pytest

STARTER = """
import json, threading
from optilearn_reference.process import DemoServer
server = DemoServer().start()
print(json.dumps({"pid": server.info["pid"]}), flush=True)
threading.Event().wait()  # until killed
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux pidfd")
def test_the_demo_backend_stops_when_its_app_is_killed():
    app = subprocess.Popen([sys.executable, "-c", STARTER], stdout=subprocess.PIPE, text=True)
    try:
        backend = json.loads(app.stdout.readline())["pid"]
        exited = os.pidfd_open(backend)  # readable once that process has exited
        try:
            assert _alive(backend)
            app.send_signal(signal.SIGKILL)
            app.wait(timeout=10)
            readable, _, _ = select.select([exited], [], [], 15)
            assert readable, "the demo backend outlived its app"
        finally:
            os.close(exited)
    finally:
        app.kill()
        app.wait()
