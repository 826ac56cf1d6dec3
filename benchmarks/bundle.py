"""Bundle size and start times: the OptiLearn Desktop bundle beside a bare PySide6 bundle.

    python build/build.py && python build/build.py --bare    # build both first
    python benchmarks/bundle.py [--runs 10]

Builds nothing: measures dist/optilearn-desktop/ and dist/bare-window/ (same PyInstaller
options, same Qt plugin selection). Rows, medians over N interleaved runs (after one warm-up):
- size on disk (MiB)
- `--version`: bootloader + Python start, no Qt (wall time to exit)
- first paint: process start -> first complete frame of the main window, through the start-up
  trace both report (benchmarks/harness.py), as in benchmarks/window.py
- start, paint and quit: wall time from spawn to exit of the same run
- `--self-test` (app only): wall time of the whole report
Runs offscreen by default (QT_QPA_PLATFORM=offscreen) so it works headless.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import launch

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
EXE = ".exe" if sys.platform == "win32" else ""
APP = DIST / "optilearn-desktop" / f"optilearn-desktop{EXE}"
BARE = DIST / "bare-window" / f"bare-window{EXE}"
MiB = 1024 * 1024


def folder_mib(path: Path) -> float:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total / MiB


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall seconds from spawn to exit, and stdout. Fails loudly on a non-zero exit."""
    began = time.perf_counter()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - began
    if out.returncode != 0:
        raise RuntimeError(f"{command} exited {out.returncode}:\n{out.stderr[-2000:]}")
    return wall, out.stdout


def first_paint(exe: Path, env: dict[str, str]) -> tuple[float, float]:
    """The first frame through the start-up trace (as the app and bare_window.py report it),
    and the wall time from spawn to exit (the process quits after it: SIGTERM for the app)."""
    began = time.perf_counter()
    found = launch([str(exe)], env, "first_paint", python=False)
    return found["first_paint"], time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    for exe in (APP, BARE):
        if not exe.is_file():
            print(f"missing {exe}: run `python build/build.py` and `--bare` first", file=sys.stderr)
            return 2
    home = tempfile.mkdtemp(prefix="optilearn-bench-home-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "OPTILEARN_DESKTOP_HOME": home,  # the app's folders, not the user's
    }
    rows: dict[str, list[float]] = {
        k: [] for k in ("app_version", "bare_version", "app_paint", "bare_paint", "self_test")
    }
    rows |= {"app_paint_wall": [], "bare_paint_wall": []}
    # One warm-up of each (page cache), then interleaved runs so drift hits both alike.
    first_paint(APP, env), first_paint(BARE, env), timed([str(APP), "--self-test"], env)
    for _ in range(args.runs):
        rows["bare_version"].append(timed([str(BARE), "--version"], env)[0])
        rows["app_version"].append(timed([str(APP), "--version"], env)[0])
        paint, wall = first_paint(BARE, env)
        rows["bare_paint"].append(paint)
        rows["bare_paint_wall"].append(wall)
        paint, wall = first_paint(APP, env)
        rows["app_paint"].append(paint)
        rows["app_paint_wall"].append(wall)
        rows["self_test"].append(timed([str(APP), "--self-test"], env)[0])

    def ms(key: str) -> float:
        return statistics.median(rows[key]) * 1000

    app_size, bare_size = folder_mib(APP.parent), folder_mib(BARE.parent)
    print(
        f"\nOptiLearn Desktop bundle benchmark ({sys.platform}, {args.runs} runs each, medians, "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})\n"
    )
    print(f"{'measure':<42}{'bare PySide6':>14}{'OptiLearn':>12}{'ratio':>8}")
    print("-" * 76)

    def row(label: str, bare: float | None, app: float, fmt: str = ".0f") -> None:
        bare_text = f"{bare:{fmt}}" if bare is not None else ""
        ratio = f"{app / bare:.2f}" if bare else ""
        print(f"{label:<42}{bare_text:>14}{app:>12{fmt}}{ratio:>8}")

    row("bundle size (MiB)", bare_size, app_size, ".1f")
    row("--version, spawn to exit (ms)", ms("bare_version"), ms("app_version"))
    row("first paint of the main window (ms)", ms("bare_paint"), ms("app_paint"))
    row("start, first paint, quit (ms)", ms("bare_paint_wall"), ms("app_paint_wall"))
    row("--self-test, spawn to exit (ms)", None, ms("self_test"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
