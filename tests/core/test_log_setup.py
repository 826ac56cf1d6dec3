"""Logging: the rotating file exists, and no token, password or refresh token reaches it."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from optilearn_desktop.core.log_setup import (
    HANDLER_NAME,
    LOG_FILE,
    RedactingFilter,
    configure_logging,
    redact,
)

ACCESS = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwYXJlbnQtMSJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU"
REFRESH = "rt_Zx81mQ0pL3vN7wB2sT9yH4cJ6fD1gA5e"
PASSWORD = "Tr0ub4dor&3 horse"
SHORT_PASSWORD = "hunter2"


@pytest.fixture
def clean_root() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.parametrize(
    "line",
    [
        f"GET /api/children Authorization: Bearer {ACCESS}",
        f'login body {{"email": "a@b.c", "password": "{PASSWORD}"}}',
        f"form email=a%40b.c&password={SHORT_PASSWORD}&remember=1",
        f'{{"accessToken":"{ACCESS}","refreshToken":"{REFRESH}"}}',
        f"{{'refresh_token': '{REFRESH}', 'expires_in': 900}}",
        f"cache key {REFRESH[3:]} loaded",
    ],
)
def test_redact_removes_secrets(line: str) -> None:
    cleaned = redact(line)
    for secret in (ACCESS, REFRESH, REFRESH[3:], PASSWORD, SHORT_PASSWORD, *ACCESS.split(".")):
        assert secret not in cleaned
    assert "[REDACTED]" in cleaned


def test_redact_leaves_ordinary_text() -> None:
    text = "GET https://lms.example.org/api/v1/children/42 -> 200 in 0.31 s (optilearn_desktop.api)"
    assert redact(text) == text


def test_filter_scrubs_args_and_tracebacks() -> None:
    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "sent %s with %r", ({"password": PASSWORD}, REFRESH), None
    )
    try:
        raise RuntimeError(f"refused Bearer {ACCESS}")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    assert RedactingFilter().filter(record)
    text = logging.Formatter().format(record)
    assert PASSWORD not in text and REFRESH not in text and ACCESS not in text
    assert "RuntimeError" in text and "sent" in text


def test_a_session_leaves_no_secret_in_the_log_files(
    tmp_path: Path, clean_root: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    log_dir = tmp_path / "log"
    path = configure_logging(log_dir)
    assert configure_logging(log_dir) == path == log_dir / LOG_FILE  # idempotent
    ours = [h for h in clean_root.handlers if h.get_name() == HANDLER_NAME]
    assert len(ours) == 2

    # A fake session, logged the careless way the filter exists for.
    api = logging.getLogger("optilearn_desktop.api.auth")
    api.info("POST /auth/login %s", {"email": "anna@example.org", "password": PASSWORD})
    api.info('response {"accessToken": "%s", "refreshToken": "%s"}', ACCESS, REFRESH)
    api.debug("not written at INFO: Bearer %s", ACCESS)
    logging.getLogger("httpx").info("HTTP Request: GET /children Authorization: Bearer %s", ACCESS)
    try:
        raise PermissionError(f"refresh failed for refresh_token={REFRESH}")
    except PermissionError:
        api.warning("refresh failed", exc_info=True)
    api.error("sign-in failed for password=%s", SHORT_PASSWORD)
    logging.getLogger("optilearn_desktop.core.session").info("signed in; %d children", 2)
    for handler in clean_root.handlers:
        handler.flush()

    text = path.read_text(encoding="utf-8")
    assert "signed in; 2 children" in text and "PermissionError" in text
    assert "not written at INFO" not in text
    stderr = capsys.readouterr().err
    assert "refresh failed" in stderr and "signed in" not in stderr  # stderr: WARNING and up
    for blob in (text, stderr):
        for secret in (ACCESS, REFRESH, PASSWORD, SHORT_PASSWORD, *ACCESS.split(".")):
            assert secret not in blob


def test_the_file_rotates_at_one_mebibyte(tmp_path: Path, clean_root: logging.Logger) -> None:
    path = configure_logging(tmp_path)
    filler = "a plain event line " * 50  # ~1 KB per record, nothing to redact
    log = logging.getLogger("optilearn_desktop.test")
    for _ in range(5 * 1100):
        log.info("%s Bearer %s", filler, REFRESH)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [LOG_FILE, LOG_FILE + ".1", LOG_FILE + ".2", LOG_FILE + ".3"]
    for file in tmp_path.iterdir():
        assert file.stat().st_size <= 1024 * 1024
        assert REFRESH.encode() not in file.read_bytes()
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name  # the rotated ones too
    assert path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_log_is_readable_by_its_user_only(tmp_path: Path, clean_root: logging.Logger) -> None:
    old = os.umask(0o022)  # the usual umask, which gives new files 0644
    try:
        older = tmp_path / "old"
        older.mkdir()
        (older / LOG_FILE).write_text("an older version's log\n")  # made 0644
        for folder in (tmp_path / "new", older):
            path = configure_logging(folder)
            logging.getLogger("optilearn_desktop.test").warning("an event")
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_kiosk_logging_writes_no_file_and_still_scrubs_stderr(
    tmp_path: Path, clean_root: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging(tmp_path / "log")  # a normal run before: its file handler must go
    assert configure_logging(None) is None
    ours = [h for h in clean_root.handlers if h.get_name() == HANDLER_NAME]
    assert len(ours) == 1 and not isinstance(ours[0], logging.FileHandler)
    size = (tmp_path / "log" / LOG_FILE).stat().st_size
    logging.getLogger("optilearn_desktop.kiosk").warning("kiosk refresh failed: Bearer %s", ACCESS)
    logging.getLogger("optilearn_desktop.kiosk").info("signed in as a kiosk parent")
    assert (tmp_path / "log" / LOG_FILE).stat().st_size == size
    stderr = capsys.readouterr().err
    assert "kiosk refresh failed" in stderr and ACCESS not in stderr
