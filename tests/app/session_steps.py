"""Shell steps for a script run by `run_in_keyring_session` (with `"$0"` as Python): the
remembered first run, and a fault on the reference backend between two runs of the app."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

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
