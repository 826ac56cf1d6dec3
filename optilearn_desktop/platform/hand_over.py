"""A second launch on Linux or macOS hands over to the running instance before Qt loads."""

from __future__ import annotations

import hashlib
import os

from .app_id import APP_ID

CONNECT_TIMEOUT_MS = 1000


def instance_server_name(app_id: str = APP_ID) -> str:
    """A local server name unique per user, app and data root (Windows named pipes live in one
    namespace shared by every user; Unix sockets in a temp directory that may be shared).

    `OPTILEARN_DESKTOP_HOME` (tests, benchmarks, portable installs) is part of the name: what
    one instance per user protects is the data folders, and that root has its own."""
    if hasattr(os, "getuid"):  # POSIX: the uid is the user, and needs no password database
        user = str(os.getuid())
    else:
        import getpass

        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no login name in the environment
            user = "user"
    home = os.environ.get("OPTILEARN_DESKTOP_HOME", "").strip()
    key = f"{user}\0{app_id}\0{home}".encode()
    return f"{app_id}-{hashlib.sha256(key).hexdigest()[:16]}"


def activate_message(argv: list[str]) -> bytes:
    """The one message a second launch sends: "activate", with its arguments."""
    import json

    return json.dumps({"command": "activate", "argv": argv}).encode() + b"\n"


def hand_over_posix(argv: list[str], app_id: str = APP_ID) -> bool:
    """Linux/macOS: if an instance already listens, send it "activate" and return True.

    Speaks to the running instance's QLocalServer socket (`QDir::tempPath()/<name>`) with the
    socket module, so a second launch exits before it builds a QApplication or a window.
    False when nobody answers, and always on Windows (named pipes: SingleInstance decides
    there, once the window is up)."""
    if os.name != "posix":
        return False
    path = os.path.join(os.environ.get("TMPDIR") or "/tmp", instance_server_name(app_id))  # noqa: S108 - Qt's own choice
    if not os.path.exists(path):  # the usual first launch: no socket to try
        return False
    import socket

    peer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        peer.settimeout(CONNECT_TIMEOUT_MS / 1000)
        peer.connect(path)
        peer.sendall(activate_message(argv))
    except OSError:  # no socket file, a stale one, or a refusing peer: we are the first
        return False
    finally:
        peer.close()
    return True
