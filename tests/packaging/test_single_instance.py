"""One instance per user: a second launch asks the first to come forward and exits 0."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from optilearn_desktop.platform.app_id import set_windows_app_user_model_id
from optilearn_desktop.platform.hand_over import (
    hand_over_posix,
    instance_address,
    instance_server_name,
)
from optilearn_desktop.platform.single_instance import SingleInstance

# What app.py does on a second launch, in a separate process.
SECOND_LAUNCH = """
import sys
from PySide6.QtCore import QCoreApplication
from optilearn_desktop.platform.single_instance import SingleInstance

app = QCoreApplication(sys.argv[:1])
instance = SingleInstance(sys.argv[1])
sys.exit(0 if not instance.acquire(sys.argv[2:]) else 3)
"""


@pytest.fixture
def app_id() -> str:
    # Unique per test, so a real running OptiLearn Desktop (or a parallel run) never answers.
    return f"optilearn-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def first(qapp, app_id):
    instance = SingleInstance(app_id)
    assert instance.acquire(["--first"]) is True
    assert instance.is_primary
    yield instance
    instance.release()


def test_second_launch_activates_the_first_and_exits_0(qtbot, first, app_id):
    began = time.monotonic()
    with qtbot.waitSignal(first.activation_requested, timeout=20_000) as blocker:
        second = subprocess.Popen(
            [sys.executable, "-c", SECOND_LAUNCH, app_id, "--server", "https://example.test"]
        )
    assert blocker.args == [["--server", "https://example.test"]]
    assert second.wait(timeout=20) == 0
    assert time.monotonic() - began < 15  # interpreter + Qt start, then one local round trip


def test_second_instance_in_process(qtbot, first, app_id):
    with qtbot.waitSignal(first.activation_requested, timeout=5_000) as blocker:
        assert SingleInstance(app_id).acquire([]) is False
    assert blocker.args == [[]]


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_stale_socket_from_a_crash_is_replaced(qapp, qtbot, app_id):
    path = Path(str(instance_address(app_id)))
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()  # the file stays, nobody listens: what a killed instance leaves
    assert path.exists()
    instance = SingleInstance(app_id)
    try:
        assert instance.acquire() is True
        assert instance.is_primary
        with qtbot.waitSignal(instance.activation_requested, timeout=5_000):
            assert SingleInstance(app_id).acquire(["again"]) is False
    finally:
        instance.release()


def test_server_name_is_per_user(monkeypatch):
    import os

    monkeypatch.setattr(os, "getuid", lambda: 1000)
    alice = instance_server_name("optilearn-desktop")
    monkeypatch.setattr(os, "getuid", lambda: 1001)
    bob = instance_server_name("optilearn-desktop")
    assert alice != bob
    assert alice.startswith("optilearn-desktop-")
    assert len(alice) < 60  # Unix socket paths are limited to ~104 bytes on macOS


def test_server_name_is_per_data_root(monkeypatch, tmp_path):
    monkeypatch.delenv("OPTILEARN_DESKTOP_HOME", raising=False)
    default = instance_server_name()
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(tmp_path))
    assert instance_server_name() != default  # a test or portable run never hands over


@pytest.mark.skipif(sys.platform == "win32", reason="sets the real AppUserModelID")
def test_app_user_model_id_is_a_no_op_elsewhere():
    assert set_windows_app_user_model_id() is False


def test_a_second_launch_hands_over_without_qt_networking(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(tmp_path))  # a private instance name
    first = SingleInstance()
    assert first.acquire([])
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=5000) as received:
            assert hand_over_posix(["--institution", "svpms"])
        assert received.args == [["--institution", "svpms"]]
    finally:
        first.release()
    assert not hand_over_posix([])  # nobody listening any more: this launch is the first


def test_server_name_is_the_sha256_of_user_app_and_root(monkeypatch, tmp_path):
    # Stable across releases: a running older instance is still found.
    import hashlib

    monkeypatch.setattr(os, "getuid", lambda: 1000)
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(tmp_path))
    expected = hashlib.sha256(f"1000\0optilearn-desktop\0{tmp_path}".encode()).hexdigest()[:16]
    assert instance_server_name("optilearn-desktop") == f"optilearn-desktop-{expected}"


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_the_socket_lives_where_only_this_user_can_write(monkeypatch, tmp_path, app_id):
    import stat

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert instance_address(app_id) == str(runtime / instance_server_name(app_id))
    # No usable runtime folder: a 0700 folder of the user's in the temporary directory.
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    folder = Path(str(instance_address(app_id))).parent
    assert folder.parent == tmp_path and folder.stat().st_uid == os.getuid()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_a_folder_another_user_could_enter_is_never_used(monkeypatch, tmp_path, app_id, qapp):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    taken = tmp_path / f"optilearn-desktop-{os.getuid()}"
    taken.mkdir()
    taken.chmod(0o777)  # made first by someone else, or left open
    assert instance_address(app_id) is None
    assert not hand_over_posix(["--institution", "svpms"], app_id)  # nothing sent there
    assert SingleInstance(app_id).acquire([]) is True  # the app still starts, unguarded
    assert list(taken.iterdir()) == []


def test_a_malformed_message_is_ignored(qtbot, first, app_id):
    from PySide6.QtNetwork import QLocalSocket

    received: list[object] = []
    first.activation_requested.connect(received.append)
    for garbage in (b"\xff\xfe not json\n", b'{"command": "quit"}\n', b"[1, 2]\n"):
        peer = QLocalSocket()
        peer.connectToServer(first.server_name)
        assert peer.waitForConnected(2000)
        peer.write(garbage)
        peer.waitForBytesWritten(2000)
        peer.disconnectFromServer()
    with qtbot.waitSignal(first.activation_requested, timeout=5_000):  # still listening
        assert SingleInstance(app_id).acquire(["after"]) is False
    assert received == [["after"]]


@pytest.mark.skipif(sys.platform == "win32", reason="asked through the Unix socket")
def test_screenshots_of_the_remembered_sign_in_refuse_while_the_app_runs(
    qtbot, tmp_path, monkeypatch, capsys
):
    from optilearn_desktop.app import SCREENSHOTS_WHILE_RUNNING, main

    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(tmp_path))  # a private instance name
    running = SingleInstance()
    assert running.acquire([])
    activated: list[object] = []
    running.activation_requested.connect(activated.append)
    try:
        assert main(["--screenshots", str(tmp_path / "shots")]) == 2
        assert SCREENSHOTS_WHILE_RUNNING in capsys.readouterr().err
        # A real second launch after it: the only activation the running instance sees.
        with qtbot.waitSignal(running.activation_requested, timeout=5_000):
            assert hand_over_posix(["--after"])
        assert activated == [["--after"]] and running.is_primary
    finally:
        running.release()
    assert not (tmp_path / "shots").exists()
