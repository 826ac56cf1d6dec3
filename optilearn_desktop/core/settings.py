"""Local, non-secret settings in the config folder: which account to resume, and whether the
parent asked to stay signed in. Tokens never go here (they live in the OS keyring)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
FILE_NAME = "settings.json"


@dataclass(frozen=True)
class RememberedAccount:
    server_url: str
    institution_slug: str
    email: str
    name: str = ""


class LocalSettings:
    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / FILE_NAME
        self._data: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:  # a damaged file is a fresh start, not a crash
            log.warning("settings file unreadable (%s); starting with defaults", type(exc).__name__)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        import tempfile  # only to write

        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._data, handle, indent=2)
            os.replace(tmp, self.path)  # atomic: a crash leaves the old file or the new one
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @property
    def remembered(self) -> RememberedAccount | None:
        raw = self._data.get("remembered")
        if not isinstance(raw, dict):
            return None
        try:
            return RememberedAccount(
                **{k: str(raw[k]) for k in ("server_url", "institution_slug", "email")},
                name=str(raw.get("name", "")),
            )
        except KeyError:
            return None

    def remember(self, account: RememberedAccount | None) -> None:
        if account is None:
            self._data.pop("remembered", None)
        else:
            self._data["remembered"] = asdict(account)
        self._write()

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: object) -> None:
        self._data[key] = value
        self._write()
