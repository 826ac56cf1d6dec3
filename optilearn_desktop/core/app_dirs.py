"""Where the app keeps its files: config, data, cache and logs (platformdirs, or one root).

`OPTILEARN_DESKTOP_HOME` roots all four under one folder, so tests and the kiosk check can
watch exactly what the program writes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "OptiLearnDesktop"
APP_AUTHOR = "OptiLearn"
HOME_ENV = "OPTILEARN_DESKTOP_HOME"


@dataclass(frozen=True)
class AppDirs:
    config: Path
    data: Path
    cache: Path
    log: Path

    @classmethod
    def under(cls, root: str | os.PathLike[str]) -> AppDirs:
        root = Path(root).expanduser()
        return cls(root / "config", root / "data", root / "cache", root / "log")

    @classmethod
    def default(cls, environ: Mapping[str, str] | None = None) -> AppDirs:
        """The platform's per-user folders, unless `OPTILEARN_DESKTOP_HOME` is set."""
        home = (os.environ if environ is None else environ).get(HOME_ENV, "").strip()
        if home:
            return cls.under(home)
        dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(
            dirs.user_config_path, dirs.user_data_path, dirs.user_cache_path, dirs.user_log_path
        )

    def all(self) -> tuple[Path, Path, Path, Path]:
        return (self.config, self.data, self.cache, self.log)

    def ensure(self) -> AppDirs:
        """Create the folders, private to the user (children's data lives below them)."""
        for path in self.all():
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            # mkdir's mode is masked by the umask and skipped for existing folders.
            os.chmod(path, 0o700)
        return self
