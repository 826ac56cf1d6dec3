"""How the benchmarks start and watch processes: the app as a user starts it, the bare window
beside it, a private Secret Service for a remembered parent. Nothing here comes from tests/.

Both the app and `bare_window.py` report through the app's start-up trace protocol
(`OPTILEARN_DESKTOP_TRACE_START`, optilearn_desktop/platform/startup_trace.py): a line
`TRACE <name> <seconds since the launcher started the process>` on stderr once a frame is
complete, child widgets included.
"""

from __future__ import annotations

import compileall
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TRACE_ENV = "OPTILEARN_DESKTOP_TRACE_START"
KEYRING_TOOLS = ("dbus-run-session", "gnome-keyring-daemon")


def compile_package() -> None:
    """Bytecode as `pip install` and the bundle have it (else every start compiles the app)."""
    compileall.compile_dir(ROOT / "optilearn_desktop", quiet=1)


class TraceMissing(RuntimeError):
    """The process ran but never reported the frame asked for."""


def launch(
    argv: list[str], env: dict[str, str], until: str, *, python: bool = True
) -> dict[str, float]:
    """`python ARGV` (or ARGV itself, a bundle's executable) with the trace on: reads stderr up
    to the TRACE line `until`, takes the peak RSS, then asks the process to quit (SIGTERM)."""
    start = time.time()
    process = subprocess.Popen(
        [sys.executable, *argv] if python else argv,
        env={**env, TRACE_ENV: repr(start)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    found: dict[str, float] = {}
    seen: list[str] = []
    deadline = time.monotonic() + 30
    try:
        assert process.stderr is not None
        while until not in found and time.monotonic() < deadline:
            ready, _, _ = select.select([process.stderr], [], [], 1.0)
            if not ready:
                continue
            line = process.stderr.readline()
            if not line:
                break  # the process ended
            seen.append(line)
            if line.startswith("TRACE "):
                name, value, *extra = line.split()[1:]
                found[name] = float(value)
                for item in extra:
                    key, _, number = item.partition("=")
                    found[key] = float(number)
        if until not in found:
            ended = process.poll()
            raise TraceMissing(
                f"{argv[:2]}: no TRACE {until} (exit {ended}):\n{''.join(seen)[-3000:]}"
            )
        found["rss_mib"] = peak_rss_mib(process.pid)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    return found


def bare(env: dict[str, str]) -> dict[str, float]:
    return launch([str(HERE / "bare_window.py")], env, "first_paint")


def app(args: list[str], env: dict[str, str], until: str) -> dict[str, float]:
    return launch(["-m", "optilearn_desktop", *args], env, until)


def peak_rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def result_of(argv: list[str], env: dict[str, str], timeout: float) -> dict:
    """Run `python ARGV`; return the JSON of its `RESULT ` line."""
    out = subprocess.run(
        [sys.executable, *argv], env=env, capture_output=True, text=True, timeout=timeout
    )
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise RuntimeError(f"{argv[:2]} failed:\n{out.stderr[-3000:]}")


def keyring_missing() -> list[str]:
    return [tool for tool in KEYRING_TOOLS if shutil.which(tool) is None]


@contextmanager
def keyring_home(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """A throw-away HOME (under /tmp: gnome-keyring's socket path must fit in 108 bytes) and
    the environment for a private D-Bus session in it."""
    with tempfile.TemporaryDirectory(prefix="olbench-", dir="/tmp") as folder:
        home = Path(folder)
        (home / "run").mkdir(mode=0o700)
        inner = {k: v for k, v in env.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
        inner.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(home / "run"),
            OPTILEARN_DESKTOP_HOME=str(home / "app"),
        )
        yield inner


def in_keyring_session(argv: list[str], env: dict[str, str], timeout: float) -> str:
    """`python ARGV` inside a private D-Bus session with an unlocked gnome-keyring; its stdout."""
    unlock = "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    out = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            f'{unlock} && exec "$@"',
            "sh",
            sys.executable,
            *argv,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{argv[:2]} failed in the keyring session:\n{out.stderr[-3000:]}")
    return out.stdout


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
