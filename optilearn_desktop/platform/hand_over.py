"""A second launch on Linux or macOS hands over to the running instance before Qt loads."""

from __future__ import annotations

import hashlib
import os
import stat

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


def instance_address(app_id: str = APP_ID) -> str | None:
    """Where the running instance listens: on Linux and macOS a socket in a directory only
    this user can write ($XDG_RUNTIME_DIR, else a 0700 folder of the user's in the temporary
    directory, its owner and mode checked), so another local user can neither take the name
    first nor receive our command line; on Windows the pipe name (its DACL is per user).
    None when no such directory can be had: the app then runs without the guard."""
    name = instance_server_name(app_id)
    if os.name != "posix":
        return name
    folder = private_runtime_dir()
    return None if folder is None else os.path.join(folder, name)


def private_runtime_dir() -> str | None:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and _is_private_dir(runtime):
        return runtime
    base = os.environ.get("TMPDIR") or "/tmp"  # noqa: S108 - a private folder is made in it
    folder = os.path.join(base, f"optilearn-desktop-{os.getuid()}")
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass  # ours from an earlier run, or someone else's: checked below
    except OSError:
        return None
    return folder if _is_private_dir(folder) else None


def _is_private_dir(path: str) -> bool:
    """A real directory (not a link), owned by this user, that nobody else may enter."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )


def activate_message(argv: list[str]) -> bytes:
    """The one message a second launch sends: "activate", with its arguments."""
    import json

    return json.dumps({"command": "activate", "argv": argv}).encode() + b"\n"


def hand_over_posix(argv: list[str], app_id: str = APP_ID) -> bool:
    """Linux/macOS: if an instance already listens, send it "activate" and return True.

    Speaks to the running instance's QLocalServer socket (`instance_address`) with the socket
    module, so a second launch exits before it builds a QApplication or a window.
    False when nobody answers, and always on Windows (named pipes: SingleInstance decides
    there, once the window is up)."""
    return _reach(app_id, activate_message(argv))


def instance_running(app_id: str = APP_ID) -> bool:
    """Linux/macOS: whether an instance listens, asked without sending it anything (it sees a
    connection that closes empty, and ignores it). False on Windows, where only Qt can tell."""
    return _reach(app_id, b"")


def _reach(app_id: str, message: bytes) -> bool:
    """Connect to the running instance's socket and send `message`; False when none answers."""
    if os.name != "posix":
        return False
    path = instance_address(app_id)
    if path is None or not os.path.exists(path):  # the usual first launch: no socket to try
        return False
    import socket

    peer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        peer.settimeout(CONNECT_TIMEOUT_MS / 1000)
        peer.connect(path)
        if message:
            peer.sendall(message)
    except OSError:  # a stale socket file left by a crash, or a refusing peer
        return False
    finally:
        peer.close()
    return True
