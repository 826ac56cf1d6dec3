"""`DemoServer`: run the reference backend as a subprocess and drive its admin API.

Used by the test-suite and by the desktop app's `--demo` flag:

    with DemoServer() as demo:
        demo.link("ct_1104", "ct_1206", relation="MOTHER")
        ...
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

from .common.http_common import ADMIN_HEADER

STARTUP_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
_POLL = 0.05


class DemoServerError(RuntimeError):
    """The server did not start (the message carries its stderr)."""


class DemoServer:
    def __init__(
        self,
        *,
        data_dir: str | os.PathLike[str] | None = None,
        admin_key: str | None = None,
        access_ttl: int | None = None,
        host: str = "127.0.0.1",
        log_level: str = "warning",
        startup_timeout: float = STARTUP_TIMEOUT,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self._workdir = tempfile.TemporaryDirectory(prefix="optilearn-demo-proc-")
        work = Path(self._workdir.name)
        self.ready_file = work / "ready.json"
        self.log_file = work / "server.log"
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self._args = [
            sys.executable,
            "-m",
            "optilearn_reference",
            "--host",
            host,
            "--port",
            "0",
            "--ready-file",
            str(self.ready_file),
            "--log-level",
            log_level,
            "--parent-pid",
            str(os.getpid()),
        ]
        if data_dir is not None:
            self._args += ["--data-dir", str(data_dir)]
        if admin_key is not None:
            self._args += ["--admin-key", admin_key]
        if access_ttl is not None:
            self._args += ["--access-ttl", str(access_ttl)]
        self._args += list(extra_args)
        self._startup_timeout = startup_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_handle: Any = None
        self._http: httpx.Client | None = None
        self.info: dict[str, Any] = {}

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Self:
        if self._proc is not None:
            return self
        self._log_handle = self.log_file.open("wb")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self._proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            self._args, stdout=self._log_handle, stderr=subprocess.STDOUT, env=env
        )
        deadline = time.monotonic() + self._startup_timeout
        while not self.ready_file.exists():
            if self._proc.poll() is not None:
                self._fail(f"demo server exited with status {self._proc.returncode}")
            if time.monotonic() > deadline:
                self._fail(f"demo server not ready after {self._startup_timeout:.0f} s")
            time.sleep(_POLL)
        self.info = json.loads(self.ready_file.read_text(encoding="utf-8"))
        self._http = httpx.Client(
            headers={ADMIN_HEADER: self.info["admin_key"]}, timeout=30, trust_env=False
        )
        return self

    def _fail(self, reason: str) -> None:
        output = self.output()
        self.stop()
        raise DemoServerError(f"{reason}\n--- server output ---\n{output}")

    def output(self) -> str:
        """What the server wrote to stdout/stderr so far (logs such as `[opticrm] ...`)."""
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def returncode(self) -> int | None:
        return None if self._proc is None else self._proc.poll()

    def stop(self, timeout: float = STOP_TIMEOUT) -> int | None:
        """SIGTERM, then kill after `timeout`; safe to call twice. Returns the exit status."""
        if self._http is not None:
            self._http.close()
            self._http = None
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None
        return None if proc is None else proc.returncode

    def close(self) -> None:
        self.stop()
        self._workdir.cleanup()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- ready-file facts --------------------------------------------------------------------

    @property
    def lms_url(self) -> str:
        return self.info["lms_url"]

    @property
    def crm_url(self) -> str:
        return self.info["crm_url"]

    @property
    def admin_key(self) -> str:
        return self.info["admin_key"]

    def account(self, key: str) -> dict[str, Any]:
        for account in self.info["accounts"]:
            if account["key"] == key:
                return account
        raise KeyError(key)

    def student(self, name_or_id: str) -> dict[str, Any]:
        """A seeded student by name, contact id or student id."""
        for student in self.info["students"]:
            if name_or_id in (student["name"], student["contact_id"], student["student_id"]):
                return student
        raise KeyError(name_or_id)

    # -- admin API ---------------------------------------------------------------------------

    def _base(self, service: str) -> str:
        if service not in ("lms", "crm"):
            raise ValueError("service must be 'lms' or 'crm'")
        return self.lms_url if service == "lms" else self.crm_url

    def admin(
        self,
        method: str,
        path: str,
        *,
        service: str = "lms",
        json_body: Any = None,
        params: dict[str, str] | None = None,
    ) -> Any:
        """Call an admin endpoint; returns the envelope's `data`, raises on an HTTP error."""
        if self._http is None:
            raise DemoServerError("the demo server is not running")
        response = self._http.request(
            method, self._base(service) + path, json=json_body, params=params
        )
        response.raise_for_status()
        return response.json()["data"]

    def link(
        self,
        parent_contact_id: str,
        student_contact_id: str,
        relation: str = "MOTHER",
        is_primary: bool = False,
    ) -> dict[str, Any]:
        return self.admin(
            "PUT",
            f"/admin/links/{parent_contact_id}/{student_contact_id}",
            service="crm",
            json_body={"relation": relation, "isPrimary": is_primary},
        )

    def unlink(self, parent_contact_id: str, student_contact_id: str) -> bool:
        data = self.admin(
            "DELETE", f"/admin/links/{parent_contact_id}/{student_contact_id}", service="crm"
        )
        return bool(data["removed"])

    def contacts(self) -> list[dict[str, Any]]:
        return self.admin("GET", "/admin/contacts", service="crm")["contacts"]

    def grade(
        self,
        student_id: str,
        score: float,
        max_score: float = 100,
        title: str | None = None,
        assignment_id: str | None = None,
        course_id: str | None = None,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"studentId": student_id, "score": score, "maxScore": max_score}
        for key, value in (
            ("title", title),
            ("assignmentId", assignment_id),
            ("courseId", course_id),
        ):
            if value is not None:
                body[key] = value
        return self.admin("POST", "/admin/grades", json_body=body)

    def absence(self, student_id: str, live_class_id: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"studentId": student_id}
        if live_class_id is not None:
            body["liveClassId"] = live_class_id
        return self.admin("POST", "/admin/absences", json_body=body)

    def digest(self, institution_slug: str | None = None) -> dict[str, Any]:
        body = {} if institution_slug is None else {"institutionSlug": institution_slug}
        return self.admin("POST", "/admin/digest", json_body=body)

    def rename_course(self, course_id: str, title: str) -> dict[str, Any]:
        return self.admin("PATCH", f"/admin/courses/{course_id}", json_body={"title": title})

    def expire_sessions(self, email: str | None = None) -> int:
        body = {} if email is None else {"email": email}
        return int(self.admin("POST", "/admin/sessions/expire", json_body=body)["expired"])

    def add_fault(self, service: str = "lms", **rule: Any) -> dict[str, Any]:
        """Add a fault rule; snake_case keys are accepted (latency_ms=...), as is camelCase."""
        return self.admin("POST", "/admin/faults", service=service, json_body=rule)["rule"]

    def faults(self, service: str = "lms") -> list[dict[str, Any]]:
        return self.admin("GET", "/admin/faults", service=service)["rules"]

    def clear_faults(self, service: str | None = None) -> None:
        """Clear the rules of one service, or of both when `service` is None."""
        for name in (service,) if service else ("lms", "crm"):
            self.admin("DELETE", "/admin/faults", service=name)

    def requests(self, service: str = "lms", route: str | None = None) -> list[dict[str, Any]]:
        params = {"route": route} if route is not None else None
        return self.admin("GET", "/admin/requests", service=service, params=params)["requests"]

    def clear_requests(self, service: str | None = None) -> None:
        for name in (service,) if service else ("lms", "crm"):
            self.admin("DELETE", "/admin/requests", service=name)

    def reset(self) -> None:
        """Both services back to the seed (links, grades, sessions, notifications)."""
        self.admin("POST", "/admin/reset", service="crm")
        self.admin("POST", "/admin/reset", service="lms")
