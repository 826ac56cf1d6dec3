"""The start-up read's child process, in a fresh process as `app.main` forks it (before any
thread or Qt): argv[1] is "found" (the child sends a saved overview), "slow" (it hangs),
"fails" (it raises) or "orphan" (it hangs, and this process dies without waiting for it).
Prints one JSON line: what the parent got and whether a child is left (or its pid)."""

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


def fake_read(server_url: str, store: object = None) -> CachedStart | None:
    mode = sys.argv[1]
    if mode in ("slow", "orphan"):
        signal.pause()  # a keyring prompt nobody answers: until a signal ends the process
    if mode == "fails":
        raise RuntimeError("the keyring broke")
    account = AccountRef(server_url, "northside", "anna.parent@example.org")
    rows = {"ct_1": (b'{"overview": {}, "updatedAt": {}}', AT)}
    return CachedStart(account, "Anna Parent", (b'{"children": []}', AT), rows)


def main() -> None:
    saved_start._read_saved = fake_read  # the child runs this copy of the module
    assert saved_start._can_fork(), "a fresh process with two CPUs forks"
    started = time.monotonic()
    read = saved_start._ForkedRead("https://lms.example.org")
    pid = read._pid
    if sys.argv[1] == "orphan":  # the app dies before it reads the answer
        print(json.dumps({"child": pid}), flush=True)
        os._exit(0)
    cached = read.result(1.0)
    try:
        os.kill(pid, 0)
        child_left = True
    except ProcessLookupError:
        child_left = False  # killed if need be, and reaped: no zombie either
    report = {
        "found": cached is not None
        and cached.to_bytes() == fake_read(cached.account.server_url).to_bytes(),
        "none": cached is None,
        "seconds": time.monotonic() - started,
        "child_left": child_left,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
