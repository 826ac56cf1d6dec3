"""`optilearn-demo-server`: both stand-ins in one process, one asyncio loop, two uvicorn servers.

Writes the ready file (atomically) only once both accept connections; SIGTERM/SIGINT shut down
cleanly with exit status 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import secrets
import shutil
import signal
import socket
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from .common import households
from .common.faults import DroppedConnectionLogFilter
from .crm.app import create_crm_app
from .lms.app import create_lms_app
from .lms.sessions import DEFAULT_ACCESS_TTL

log = logging.getLogger("optilearn_reference")


class _Server(uvicorn.Server):
    """uvicorn.Server without its own signal capture: this process handles signals once for
    both servers (uvicorn's capture re-raises the signal at exit, which would end non-zero)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="optilearn-demo-server",
        description="Reference OptiLearn + OptiCRM backend on loopback (demo and tests).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        help="0: both ephemeral; N: OptiLearn on N and OptiCRM on N+1",
    )
    parser.add_argument("--ready-file", type=Path, help="where to write the ready JSON")
    parser.add_argument("--data-dir", type=Path, help="SQLite files (default: a temp dir)")
    parser.add_argument("--admin-key", help="X-Admin-Key value (default: random)")
    parser.add_argument("--access-ttl", type=int, default=DEFAULT_ACCESS_TTL, metavar="SECONDS")
    parser.add_argument(
        "--parent-pid",
        type=int,
        help="stop when this process is gone (the app that started the demo was killed)",
    )
    parser.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug"],
    )
    args = parser.parse_args(argv)
    if args.access_ttl < 1:
        parser.error("--access-ttl must be positive")
    return args


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _url(host: str, sock: socket.socket) -> str:
    port = sock.getsockname()[1]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def ready_info(lms_url: str, crm_url: str, admin_key: str, crm_api_key: str) -> dict[str, Any]:
    linked = households.linked_contact_ids()
    return {
        "lms_url": lms_url,
        "crm_url": crm_url,
        "admin_key": admin_key,
        "crm_api_key": crm_api_key,  # extra: lets tests call OptiCRM as OptiLearn does
        "pid": os.getpid(),
        "accounts": [
            {
                "key": a.key,
                "role": a.role,
                "institution_slug": a.institution_slug,
                "email": a.email,
                "password": households.DEMO_PASSWORD,
                "name": a.name,
                "contact_id": a.contact_id,
                "description": a.description,
            }
            for a in households.ACCOUNTS
        ],
        "students": [
            {
                "contact_id": s.contact_id,
                "student_id": s.student_id,
                "name": s.name,
                "institution_slug": s.institution_slug,
                "linked": s.contact_id in linked,
            }
            for s in households.STUDENTS
        ],
    }


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


async def _wait_until_serving(servers: list[_Server], urls: list[str]) -> bool:
    """True once both servers started and answer /healthz; False if one gave up."""
    while not all(s.started for s in servers):
        if any(s.should_exit for s in servers):
            return False
        await asyncio.sleep(0.02)
    async with httpx.AsyncClient(trust_env=False, timeout=5) as client:
        for url in urls:
            response = await client.get(f"{url}/healthz")
            response.raise_for_status()
    return True


async def _exit_with_parent(parent_pid: int, request_exit: Callable[[], None]) -> None:
    """A killed app cannot stop its demo backend; the backend notices and stops itself."""
    while _alive(parent_pid):  # noqa: ASYNC110 - nothing signals a parent's death
        await asyncio.sleep(1.0)
    log.warning("the app that started the demo backend is gone; stopping")
    request_exit()


def _alive(pid: int) -> bool:
    if os.name != "nt" and os.getppid() != pid:  # re-parented: the parent died
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


async def serve(args: argparse.Namespace, data_dir: Path) -> int:
    admin_key = args.admin_key or secrets.token_urlsafe(24)
    crm_api_key = secrets.token_urlsafe(24)
    lms_sock = _bind(args.host, args.port)
    crm_sock = _bind(args.host, args.port + 1 if args.port else 0)
    lms_url, crm_url = _url(args.host, lms_sock), _url(args.host, crm_sock)

    def config(app: Any) -> uvicorn.Config:
        return uvicorn.Config(
            app,
            log_level=args.log_level,
            access_log=args.log_level == "debug",
            lifespan="on",
            timeout_graceful_shutdown=3,
            ws="none",
        )

    crm = _Server(config(create_crm_app(data_dir / "opticrm.sqlite3", crm_api_key, admin_key)))
    lms = _Server(
        config(
            create_lms_app(
                data_dir / "optilearn.sqlite3", crm_url, crm_api_key, admin_key, args.access_ttl
            )
        )
    )
    servers = [crm, lms]

    def request_exit() -> None:
        for server in servers:
            server.should_exit = True

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, request_exit)
        except (NotImplementedError, RuntimeError):  # Windows: fall back to signal.signal
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(request_exit))

    tasks = [
        asyncio.create_task(crm.serve(sockets=[crm_sock]), name="opticrm"),
        asyncio.create_task(lms.serve(sockets=[lms_sock]), name="optilearn"),
    ]
    if args.parent_pid:
        watchdog = asyncio.create_task(_exit_with_parent(args.parent_pid, request_exit))
        tasks[0].add_done_callback(lambda _t: watchdog.cancel())
    try:
        if await _wait_until_serving(servers, [lms_url, crm_url]):
            info = ready_info(lms_url, crm_url, admin_key, crm_api_key)
            text = json.dumps(info, indent=2)
            if args.ready_file:
                _write_atomically(args.ready_file, text)
            print(text, flush=True)
        else:
            request_exit()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    except BaseException:
        request_exit()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    finally:
        for sock in (lms_sock, crm_sock):
            sock.close()
    failures = [r for r in results if isinstance(r, BaseException)]
    for failure in failures:
        log.error("server stopped with an error: %r", failure)
    return 1 if failures or not all(s.started for s in servers) else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("uvicorn.error").addFilter(DroppedConnectionLogFilter())
    if args.data_dir is not None:
        args.data_dir.mkdir(parents=True, exist_ok=True)
        return asyncio.run(serve(args, args.data_dir))
    data_dir = Path(tempfile.mkdtemp(prefix="optilearn-demo-"))
    try:
        return asyncio.run(serve(args, data_dir))
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
