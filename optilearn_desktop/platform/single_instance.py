"""One instance per user: the first launch listens on a per-user local socket (a Unix domain
socket, a named pipe on Windows); a second launch connects, sends "activate" with its
arguments and exits 0; the first emits `activation_requested` and brings its window forward.
On Linux and macOS a second launch hands over earlier, without Qt (hand_over.py).
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from .app_id import APP_ID
from .hand_over import CONNECT_TIMEOUT_MS, activate_message, instance_address

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_MAX_MESSAGE = 64 * 1024  # a second launch sends a line of JSON; anything bigger is not ours


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
        self.server_name = instance_address(app_id)
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
        name = self.server_name
        if name is None:  # no private place for the socket: do without the guard
            log.warning("no private directory for the single-instance socket; running unguarded")
            return True
        for _ in range(2):
            if self._notify_running(name, argv or []):
                return False
            if self._listen(name):
                return True
            # Lost a race with another instance starting at the same moment: tell it instead.
        log.warning("single-instance server %r unavailable; running unguarded", self.server_name)
        return True

    def _notify_running(self, name: str, argv: list[str]) -> bool:
        connection = QLocalSocket()
        connection.connectToServer(name)
        if not connection.waitForConnected(CONNECT_TIMEOUT_MS):
            return False  # nobody listening (or a stale socket file left by a crash)
        connection.write(activate_message(argv))
        sent = connection.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        connection.disconnectFromServer()
        if connection.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            connection.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return sent

    def _listen(self, name: str) -> bool:
        server = QLocalServer(self)
        # Only this user may connect (Unix: socket mode 0700 directory; Windows: pipe DACL).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                # Nobody answered on it a moment ago: a socket file left by a crashed run.
                QLocalServer.removeServer(name)
                if server.listen(name):
                    self._adopt(server)
                    return True
            log.info("listen(%r) failed: %s", name, server.errorString())
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
            connection = self._server.nextPendingConnection()
            # Bound methods and sender(), not lambdas holding the socket: a Python reference
            # captured in a connection outlives the C++ socket when the server is deleted.
            self._buffers[connection] = b""
            connection.readyRead.connect(self._on_ready_read)
            connection.disconnected.connect(self._on_disconnected)
            if connection.bytesAvailable():
                self._read(connection)

    def _on_ready_read(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if connection not in self._buffers:
            return
        self._buffers[connection] += bytes(connection.readAll().data())
        data = self._buffers[connection]
        if b"\n" in data:
            self._buffers[connection] = b""
            self._handle(data.split(b"\n", 1)[0])
            connection.disconnectFromServer()
        elif len(data) > _MAX_MESSAGE:
            self._buffers[connection] = b""
            connection.abort()

    def _on_disconnected(self) -> None:
        connection = self.sender()
        if not isinstance(connection, QLocalSocket):
            return
        data = self._buffers.pop(connection, b"")
        if data:  # a peer that closed without the final newline
            self._handle(data)
        connection.deleteLater()

    def _handle(self, line: bytes) -> None:
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
        for connection in list(self._buffers):
            connection.readyRead.disconnect(self._on_ready_read)
            connection.disconnected.disconnect(self._on_disconnected)
            connection.abort()
            connection.deleteLater()
        self._buffers.clear()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise, raise and activate a top-level window (the usual slot for
    `SingleInstance.activation_requested`). Window managers may only flash the taskbar entry
    instead of stealing focus; that is their call."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
