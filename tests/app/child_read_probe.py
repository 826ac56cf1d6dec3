"""The start-up read's child process as `app.main` starts it, with a stand-in read: argv[1] is
"found" (the child sends a saved overview), "slow" (it hangs), "fails" (it raises) or
"orphan" (it hangs, and this process dies without waiting for it). Prints one JSON line: what
the parent got and whether a child is left (or its pid).

The child is this script again (`child <mode>`): the real `saved_start.child_main`, the
read replaced by `fake_read` in the child's own interpreter."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from datetime import UTC, datetime

from optilearn_desktop import saved_start
from optilearn_desktop.core.cached_start import CachedStart
from optilearn_desktop.core.credentials import AccountRef

AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
SERVER = "https://lms.example.org"


def fake_read(server_url: str, mode: str) -> CachedStart | None:
    if mode in ("slow", "orphan"):
        signal.pause()  # a keyring prompt nobody answers: until a signal ends the process
    if mode == "fails":
        raise RuntimeError("the keyring broke")
    account = AccountRef(server_url, "northside", "anna.parent@example.org")
    rows = {"ct_1": (b'{"overview": {}, "updatedAt": {}}', AT)}
    return CachedStart(account, "Anna Parent", (b'{"children": []}', AT), rows)


def child(mode: str) -> None:
    saved_start._read_saved = lambda url: fake_read(url, mode)
    saved_start.child_main(SERVER)


def main(mode: str) -> None:
    assert saved_start._can_spawn(), "two CPUs on Linux: a child process"
    started = time.monotonic()
    read = saved_start._ChildRead(SERVER, [sys.executable, __file__, "child", mode])
    pid = read._pid
    if mode == "orphan":  # the app dies before it reads the answer
        print(json.dumps({"child": pid}), flush=True)
        os._exit(0)
    cached = read.result(1.0)
    read.reap()  # as `settle_saved` does after the first paint
    try:
        os.kill(pid, 0)
        child_left = True
    except ProcessLookupError:
        child_left = False  # killed if need be, and reaped: no zombie either
    report = {
        "found": cached is not None
        and cached.to_bytes() == fake_read(cached.account.server_url, mode).to_bytes(),
        "none": cached is None,
        "seconds": time.monotonic() - started,
        "child_left": child_left,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    if sys.argv[1] == "child":
        child(sys.argv[2])
    else:
        main(sys.argv[1])
