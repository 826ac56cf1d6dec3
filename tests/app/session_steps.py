"""Shell steps for a script run by `run_in_keyring_session` (with `"$0"` as Python): the
remembered first run, and a fault on the reference backend between two runs of the app; and
the whole of such a script with the server unreachable on the second run."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

from ..keyring_session import keyring_home, run_in_keyring_session

FIRST_RUN = Path(__file__).with_name("remembered_first_run.py")


def first_run(server: str, account: dict[str, Any]) -> str:
    """Sign in with "Keep me signed in" and cache every child (see remembered_first_run.py)."""
    args = (server, account["institution_slug"], account["email"], account["password"])
    return f'"$0" {FIRST_RUN} ' + " ".join(shlex.quote(a) for a in args)


def add_fault(demo: Any, **rule: Any) -> str:
    """POST /admin/faults with `rule` (e.g. route="*", refuse=True)."""
    code = (
        "import httpx, json, sys; httpx.post(sys.argv[1], json=json.loads(sys.argv[2]), "
        "headers={'X-Admin-Key': sys.argv[3]}).raise_for_status()"
    )
    args = (f"{demo.lms_url}/admin/faults", json.dumps(rule), demo.admin_key)
    return f'"$0" -c {shlex.quote(code)} ' + " ".join(shlex.quote(a) for a in args)


def offline_second_run(
    demo: Any, account: dict[str, Any], *argv: str
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """The remembered first run, then the server refusing every connection (closed unanswered),
    then the app with `argv`: its result and the names of the files the app keeps."""
    with keyring_home() as (home, env):
        env.update(OPTILEARN_DESKTOP_HOME=str(home / "app"), QT_QPA_PLATFORM="offscreen")
        second = " ".join(shlex.quote(a) for a in ("--server", demo.lms_url, *argv))
        script = (
            f"{first_run(demo.lms_url, account)} && {add_fault(demo, route='*', refuse=True)}"
            f' && "$0" -m optilearn_desktop {second}'
        )
        result = run_in_keyring_session(script, sys.executable, env=env, timeout=180)
        app_files = [p.name for p in (home / "app").rglob("*") if p.is_file()]
    return result, app_files
