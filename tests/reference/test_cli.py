"""The CLI: ready file written once both services answer, clean exit 0 on SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from optilearn_reference.process import DemoServer

EXPECTED_KEYS = {
    "parent_three",
    "parent_one",
    "parent_none",
    "parent_shared_a",
    "parent_shared_b",
    "parent_no_contact",
    "student",
    "staff",
    "parent_greenwood",
}


def _wait_for(path: Path, proc: subprocess.Popen[bytes]) -> dict:
    """The server prints the ready JSON right after writing the file: read it off stdout (a
    blocking read; the test's own timeout bounds it) and check the file says the same."""
    assert proc.stdout is not None
    lines: list[bytes] = []
    while not lines or lines[-1].rstrip() != b"}":
        line = proc.stdout.readline()
        assert line, proc.stderr.read().decode() if proc.stderr else "exited"
        if lines or line.startswith(b"{"):  # anything printed before the JSON is not it
            lines.append(line)
    printed = json.loads(b"".join(lines))
    assert json.loads(path.read_text()) == printed
    return printed


def test_ready_file_then_clean_sigterm_exit(tmp_path: Path) -> None:
    ready = tmp_path / "sub" / "ready.json"
    data_dir = tmp_path / "data"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "optilearn_reference",
            "--port",
            "0",
            "--ready-file",
            str(ready),
            "--data-dir",
            str(data_dir),
            "--admin-key",
            "secret-admin",
            "--access-ttl",
            "120",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        info = _wait_for(ready, proc)
        assert info["pid"] == proc.pid
        assert info["admin_key"] == "secret-admin"
        assert {a["key"] for a in info["accounts"]} == EXPECTED_KEYS
        for account in info["accounts"]:
            assert set(account) >= {
                "key",
                "role",
                "institution_slug",
                "email",
                "password",
                "name",
                "contact_id",
                "description",
            }
        assert {s["institution_slug"] for s in info["students"] if not s["linked"]} == {
            "svpms",
            "greenwood",
        }
        # The file exists only once both services accept connections.
        with httpx.Client(trust_env=False, timeout=10) as client:
            assert client.get(info["lms_url"] + "/healthz").status_code == 200
            assert client.get(info["crm_url"] + "/healthz").status_code == 200
            account = next(a for a in info["accounts"] if a["key"] == "parent_one")
            login = client.post(
                info["lms_url"] + "/api/v1/auth/login",
                json={
                    "institutionSlug": "svpms",
                    "email": account["email"],
                    "password": account["password"],
                },
            )
            assert login.json()["data"]["expiresIn"] == 120
        assert (data_dir / "optilearn.sqlite3").exists()
        assert (data_dir / "opticrm.sqlite3").exists()
        assert not list(ready.parent.glob("*.tmp"))  # written atomically
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0  # (the printed JSON was checked by _wait_for)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_demo_server_context_manager_stops_idempotently() -> None:
    server = DemoServer(admin_key="k2")
    with server:
        assert server.running
        assert server.lms_url.startswith("http://127.0.0.1:")
        assert server.crm_url != server.lms_url
        assert server.account("parent_greenwood")["institution_slug"] == "greenwood"
        assert server.student("Kabir Patel")["student_id"] == "st_2205"
        assert server.stop() == 0
        assert not server.running
        assert server.stop() == 0  # idempotent
    assert server.stop() == 0
