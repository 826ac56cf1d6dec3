"""`kill -9` in the middle of cache writes leaves a cache that opens with the last commit."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from optilearn_desktop.core.offline_store import OfflineStore

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# The child writes forever: each round replaces the overview (with a size that varies, so
# pages are added and freed) and a PDF, in separate transactions, then reports the round.
WRITER = """
import json, os, sys
from datetime import UTC, datetime
from pathlib import Path
from optilearn_desktop.core.offline_store import OfflineStore

store = OfflineStore(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
print("writing", flush=True)
seq = 0
while True:
    seq += 1
    pad = "x" * (1000 + (seq * 7919) % 60000)
    body = json.dumps({"seq": seq, "pad": pad}).encode()
    store.put_overview("child-1", body, datetime.now(UTC))
    store.put_pdf("child-1", f"cert-{seq % 7}", os.urandom(20000))
    print(seq, flush=True)
"""


@pytest.mark.parametrize("round_", range(5))
def test_kill_during_writes_leaves_the_last_commit(tmp_path: Path, round_: int) -> None:
    path, key = tmp_path / "cache.sqlite3", os.urandom(32)
    with OfflineStore(path, key) as store:  # an existing cache, as in real life
        store.put_overview("child-1", json.dumps({"seq": 0}).encode(), datetime.now(UTC))
    target = random.randint(1, 150)
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), key.hex()],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        last = 0
        while last < target:  # wait on the child's own reports, not on a clock
            line = child.stdout.readline()
            assert line, "writer died before it was killed"
            last = int(line)
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()  # rounds it finished before the signal landed
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    last = max([last, *(int(n) for n in rest.split())])

    # Must open as-is (no rebuild), pass the integrity check, and hold a whole overview from
    # the last reported round or the one that was committing when the signal landed.
    with OfflineStore(path, key) as store:
        got = store.get_overview("child-1")
        assert got is not None, f"target {target}: overview lost"
        seq = json.loads(got[0])["seq"]
        assert seq in (last, last + 1), (target, last, seq)
        assert store.get_pdf(f"cert-{last % 7}") is not None
