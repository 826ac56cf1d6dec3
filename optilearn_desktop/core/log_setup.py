"""Logging: a rotating file in the platform log folder, warnings on stderr, secrets scrubbed.

Policy: the app never logs payloads (overviews, grades, attendance, notification text, request
or response bodies), tokens or passwords; it logs events, endpoints, status codes and error
types. `RedactingFilter` is the second line of defence for a mistake against that rule: it
scrubs bearer tokens, token/password fields and long token-like strings from every record
before any handler formats it. It cannot recognise grades, which is why payloads stay out.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "optilearn-desktop.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
REDACTED = "[REDACTED]"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_SENSITIVE_FIELDS = r"access_?token|refresh_?token|id_?token|token|password|passwd|secret|api_?key"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization: Bearer <token>
    (re.compile(r"(\bBearer\s+)[^\s\"',;]+", re.IGNORECASE), r"\1" + REDACTED),
    # "refreshToken": "..."  'password': '...'  password=...  (JSON, repr, form, query)
    (
        re.compile(
            rf"""(["']?(?<![A-Za-z0-9])(?:{_SENSITIVE_FIELDS})["']?\s*[:=]\s*)"""
            r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,;&}\]]+)""",
            re.IGNORECASE,
        ),
        r"\1" + REDACTED,
    ),
    # Anything that looks like a token: 24+ chars of base64url (JWT parts, opaque tokens, keys).
    (re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{24,}={0,2}"), REDACTED),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Merges message and args, then scrubs the result (and any traceback text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: scrub the raw parts instead
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log that only its user can read, like the rest of the app's files: the log
    names children's ids and the school's endpoints, which other local users have no need of."""

    def __init__(self, filename: Path) -> None:
        _create_private(filename)
        super().__init__(filename, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")

    def doRollover(self) -> None:
        super().doRollover()
        _create_private(Path(self.baseFilename))


HANDLER_NAME = "optilearn-desktop"  # marks the handlers configure_logging added


def _create_private(path: Path) -> None:
    """Creates `path` as 0600, or makes an existing one (an older version's) 0600."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
    os.chmod(path, 0o600)


def configure_logging(log_dir: Path | None, level: int = logging.INFO) -> Path | None:
    """Log to `<log_dir>/optilearn-desktop.log` (1 MiB x 3) at `level` and to stderr at
    WARNING, both through `RedactingFilter`. Returns the log file's path. Idempotent.

    `log_dir=None` (kiosk mode: a shared computer keeps nothing) logs to stderr only and
    creates no folder."""
    path: Path | None = None
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(old)
        old.close()

    handlers: list[logging.Handler] = []
    if log_dir is not None:
        log_dir = Path(log_dir)
        log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = log_dir / LOG_FILE
        file_handler = PrivateRotatingFileHandler(path)
        file_handler.setLevel(level)
        handlers.append(file_handler)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(max(level, logging.WARNING))
    handlers.append(stderr_handler)
    formatter = logging.Formatter(_FORMAT)
    redactor = RedactingFilter()
    for handler in handlers:
        # Handler filters also see records propagated from child loggers (logger ones do not).
        handler.addFilter(redactor)
        handler.setFormatter(formatter)
        handler.set_name(HANDLER_NAME)  # so a re-run replaces it
        root.addHandler(handler)
    root.setLevel(level)
    return path
