"""PyInstaller entry script of the OptiLearn Desktop bundle.

The bundle's executable is also the interpreter the app knows (`sys.executable`), so one
re-entry is routed here before the app's own command line is parsed:

- `-m optilearn_reference ...`: `DemoServer` (used by `--demo`) starts the reference backend
  as `sys.executable -m optilearn_reference`; frozen, that is this executable again.

benchmarks/bundle.py times the bundle through the app's own start-up trace
(`OPTILEARN_DESKTOP_TRACE_START`), as benchmarks/window.py does the installed app.
"""

from __future__ import annotations

import sys


def run() -> int:
    if sys.platform == "win32" and sys.stdout is None:  # windowed build started from a shell
        from optilearn_desktop.platform.app_id import attach_parent_console

        attach_parent_console()
    args = sys.argv[1:]
    if args[:2] == ["-m", "optilearn_reference"]:
        from optilearn_reference.cli import main as demo_main

        sys.argv = ["optilearn-demo-server", *args[2:]]
        return demo_main()
    from optilearn_desktop.app import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
