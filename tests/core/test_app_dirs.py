from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from optilearn_desktop.core.app_dirs import HOME_ENV, AppDirs


def test_under_roots_all_four(tmp_path: Path) -> None:
    dirs = AppDirs.under(tmp_path)
    assert dirs.all() == tuple(tmp_path / n for n in ("config", "data", "cache", "log"))
    assert len(set(dirs.all())) == 4


def test_env_var_roots_the_default(tmp_path: Path) -> None:
    assert AppDirs.default({HOME_ENV: str(tmp_path)}) == AppDirs.under(tmp_path)


def test_platform_dirs_name_the_app() -> None:
    dirs = AppDirs.default({})
    assert all("OptiLearnDesktop" in str(p) for p in dirs.all())
    assert len(set(dirs.all())) == 4


def test_env_var_is_read_from_the_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    assert AppDirs.default().cache == tmp_path / "cache"
    monkeypatch.setenv(HOME_ENV, "  ")
    assert AppDirs.default() == AppDirs.default({})


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_ensure_creates_private_dirs(tmp_path: Path) -> None:
    dirs = AppDirs.under(tmp_path / "home")
    dirs.cache.mkdir(parents=True, mode=0o755)
    os.chmod(dirs.cache, 0o755)  # noqa: S103  # an existing, too open folder is tightened
    assert dirs.ensure() is dirs
    for path in dirs.all():
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    dirs.ensure()  # twice is fine
