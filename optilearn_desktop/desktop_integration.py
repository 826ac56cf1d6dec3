"""Operating-system integration: app identity on Windows, one instance per user, the app icon.

- `set_windows_app_user_model_id()`: before the first window, so the taskbar groups the windows
  and toast notifications carry the app's name (no-op outside Windows).
- `SingleInstance`: the first launch listens on a per-user local socket (a Unix domain socket, a
  named pipe on Windows); a second launch connects, sends "activate" with its arguments and exits
  0; the first emits `activation_requested` and brings its window forward.
- `application_icon()`: the window/taskbar icon from the bundled PNGs (and SVG).
- `attach_parent_console()`: lets a windowed Windows build print `--version`/`--self-test`.

Imports QtCore (no display needed); QIcon when the icon is made and QtNetwork when a
SingleInstance server is set up, both after the window's first paint. `hand_over_posix()`
needs no Qt at all, so a second launch on Linux/macOS hands over before it draws anything.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

APP_USER_MODEL_ID = "OptiLearn.Desktop"
APP_ID = "optilearn-desktop"
# Plain os.path strings: this module loads before the first paint, pathlib would cost 5 ms.
RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources")
ICONS = os.path.join(RESOURCES, "icons")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

_MAX_MESSAGE = 64 * 1024  # a second launch sends a line of JSON; anything bigger is not ours
_CONNECT_TIMEOUT_MS = 1000


def set_windows_app_user_model_id(app_id: str = APP_USER_MODEL_ID) -> bool:
    """Give the process an explicit AppUserModelID (Windows only; True when it was set).

    Must run before the first window is created. Without it, Windows groups the app under
    python.exe/the bootloader and toast notifications show no (or the wrong) app name.
    """
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        result = ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        log.warning("could not set the AppUserModelID", exc_info=True)
        return False
    return result == 0  # S_OK


def attach_parent_console() -> None:
    """Windows windowed (console=False) builds have no stdout: attach to the console of the
    shell that started us, if any, so `--version`, `--help` and `--self-test` print there.
    No-op elsewhere or when stdout already works."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # type: ignore[attr-defined]
        return  # started from Explorer: nothing to print to
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = sys.stdout


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
    return f"{app_id}-{_sha256(key).hexdigest()[:16]}"


def _sha256(data: bytes) -> Any:
    """CPython's own SHA-256 (the same digest as hashlib's: tests/packaging/
    test_single_instance.py). This runs before the first paint: hashlib would load OpenSSL
    (~2 ms), and Qt's QCryptographicHash builds its Python enum (~0.5 ms)."""
    try:
        from _sha2 import sha256  # CPython 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # CPython 3.11
        except ImportError:  # another Python
            from hashlib import sha256
    return sha256(data)


def _activate_message(argv: list[str]) -> bytes:
    import json

    return json.dumps({"command": "activate", "argv": argv}).encode() + b"\n"


def hand_over_posix(argv: list[str], app_id: str = APP_ID) -> bool:
    """Linux/macOS: if an instance already listens, send it "activate" and return True.

    Speaks to the running instance's QLocalServer socket (`QDir::tempPath()/<name>`) with the
    plain socket module, so a second launch exits before loading QtNetwork or painting a
    window. False when nobody answers, and always on Windows (named pipes: SingleInstance
    decides there, once the window is up)."""
    if os.name != "posix":
        return False
    # The C module, not `socket`: the wrapper pulls in selectors and enum conversions (~3 ms)
    # on the path to the first paint.
    import _socket

    path = os.path.join(os.environ.get("TMPDIR") or "/tmp", instance_server_name(app_id))  # noqa: S108 - Qt's own choice
    peer = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        peer.settimeout(_CONNECT_TIMEOUT_MS / 1000)
        peer.connect(path)
        peer.sendall(_activate_message(argv))
    except OSError:  # no socket file, a stale one, or a refusing peer: we are the first
        return False
    finally:
        peer.close()
    return True


class SingleInstance(QObject):
    """One running instance per user.

        instance = SingleInstance()
        if not instance.acquire(sys.argv[1:]):
            return 0  # the running instance was asked to come forward
        instance.activation_requested.connect(window.bring_to_front)

    Needs a Q(Core|Gui)Application for the server side (signals are delivered by the Qt
    event loop); the client side (`acquire` returning False) blocks for at most about a second.
    """

    activation_requested = Signal(list)  # the second launch's arguments (list[str])

    def __init__(self, app_id: str = APP_ID, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server_name = instance_server_name(app_id)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def is_primary(self) -> bool:
        return self._server is not None and self._server.isListening()

    def acquire(self, argv: list[str] | None = None) -> bool:
        """True: this is the first instance, now listening. False: another instance is
        running and was sent "activate" with `argv`; the caller should exit with status 0."""
        if self.is_primary:
            return True
        for _ in range(2):
            if self._notify_running(argv or []):
                return False
            if self._listen():
                return True
            # Lost a race with another instance starting at the same moment: tell it instead.
        log.warning("single-instance server %r unavailable; running unguarded", self.server_name)
        return True

    def _notify_running(self, argv: list[str]) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
            return False  # nobody listening (or a stale socket file left by a crash)
        socket.write(_activate_message(argv))
        sent = socket.waitForBytesWritten(_CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(_CONNECT_TIMEOUT_MS)
        return sent

    def _listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        server = QLocalServer(self)
        # Only this user may connect (Unix: socket mode 0700 directory; Windows: pipe DACL).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.server_name):
            if server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
                # Nobody answered on it a moment ago: a socket file left by a crashed run.
                QLocalServer.removeServer(self.server_name)
                if server.listen(self.server_name):
                    self._adopt(server)
                    return True
            log.info("listen(%r) failed: %s", self.server_name, server.errorString())
            server.deleteLater()
            return False
        self._adopt(server)
        return True

    def _adopt(self, server: QLocalServer) -> None:
        self._server = server
        server.newConnection.connect(self._on_new_connection)

    def _on_new_connection(self) -> None:
        assert self._server is not None  # noqa: S101 - connected only once listening
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # Bound methods and sender(), not lambdas holding the socket: a Python reference
            # captured in a connection outlives the C++ socket when the server is deleted.
            self._buffers[socket] = b""
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        self._buffers[socket] += bytes(socket.readAll().data())
        data = self._buffers[socket]
        if b"\n" in data:
            self._buffers[socket] = b""
            self._handle(data.split(b"\n", 1)[0])
            socket.disconnectFromServer()
        elif len(data) > _MAX_MESSAGE:
            self._buffers[socket] = b""
            socket.abort()

    def _on_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        data = self._buffers.pop(socket, b"")
        if data:  # a peer that closed without the final newline
            self._handle(data)
        socket.deleteLater()

    def _handle(self, line: bytes) -> None:
        import json

        try:
            message = json.loads(line)
        except ValueError:
            log.warning("ignored a malformed single-instance message")
            return
        if not isinstance(message, dict) or message.get("command") != "activate":
            log.warning("ignored an unknown single-instance message")
            return
        argv = message.get("argv")
        if not isinstance(argv, list):
            argv = []
        self.activation_requested.emit([str(arg) for arg in argv])

    def release(self) -> None:
        """Stop listening and drop open connections (also happens when the process exits)."""
        for socket in list(self._buffers):
            socket.readyRead.disconnect(self._on_ready_read)
            socket.disconnected.disconnect(self._on_disconnected)
            socket.abort()
            socket.deleteLater()
        self._buffers.clear()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise, raise and activate a top-level window (the usual slot for
    `SingleInstance.activation_requested`). Window managers may only flash the taskbar entry
    instead of stealing focus; that is their call."""
    from PySide6.QtCore import Qt

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def application_icon() -> QIcon:
    """The application icon built from the bundled PNG renders (every hicolor size). Set after
    the window's first frame (app.py): QIcon's Python enums cost ~1 ms to build."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        path = os.path.join(ICONS, "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
        if os.path.isfile(path):
            icon.addFile(path)
    return icon
