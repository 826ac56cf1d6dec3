"""The cheap look for a kiosk policy before kiosk_policy.py loads: it may say "maybe" where no
policy is, never "no" where kiosk_policy.py would find one."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from optilearn_desktop.core.app_dirs import APP_NAME
from optilearn_desktop.core.kiosk_policy import policy_paths
from optilearn_desktop.core.policy_probe import (
    POLICY_ENV,
    SITE_DIR_NAME,
    candidate_paths,
    policy_may_apply,
)

xdg_only = pytest.mark.skipif(
    sys.platform.startswith(("win32", "cygwin", "darwin")), reason="XDG platforms only"
)


def test_the_site_folder_is_the_apps() -> None:
    assert SITE_DIR_NAME == APP_NAME


@xdg_only
@pytest.mark.parametrize("dirs", [None, "", "/opt/a:/srv/b/", "relative:/opt/c", ":/opt/d:"])
def test_every_location_of_the_policy_is_looked_at(monkeypatch, dirs) -> None:
    if dirs is None:
        monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_DIRS", dirs)
    looked_at = {os.path.normpath(p) for p in candidate_paths(os.environ)}
    assert {os.path.normpath(p) for p in policy_paths()} <= looked_at


@xdg_only
def test_no_flag_no_file_no_policy(tmp_path) -> None:
    assert not policy_may_apply(False, {"XDG_CONFIG_DIRS": str(tmp_path)}, "linux")


@xdg_only
def test_a_file_in_a_site_config_folder_may_apply(tmp_path) -> None:
    (tmp_path / SITE_DIR_NAME).mkdir()
    (tmp_path / SITE_DIR_NAME / "policy.toml").write_text("[kiosk]\n")
    assert policy_may_apply(False, {"XDG_CONFIG_DIRS": f"/nowhere:{tmp_path}"}, "linux")


@xdg_only
def test_a_folder_or_a_dangling_link_where_the_file_goes_is_for_the_loader(tmp_path) -> None:
    (tmp_path / SITE_DIR_NAME / "policy.toml").mkdir(parents=True)
    assert policy_may_apply(False, {"XDG_CONFIG_DIRS": str(tmp_path)}, "linux")
    other = tmp_path / "other"
    (other / SITE_DIR_NAME).mkdir(parents=True)
    (other / SITE_DIR_NAME / "policy.toml").symlink_to(tmp_path / "missing.toml")
    assert policy_may_apply(False, {"XDG_CONFIG_DIRS": str(other)}, "linux")


@xdg_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_a_folder_that_cannot_be_looked_into_may_hold_one(tmp_path) -> None:
    closed = tmp_path / SITE_DIR_NAME
    closed.mkdir()
    closed.chmod(0)
    try:
        assert policy_may_apply(False, {"XDG_CONFIG_DIRS": str(tmp_path)}, "linux")
    finally:
        closed.chmod(0o700)


def test_the_flag_the_test_hook_and_other_platforms_always_load_the_policy(tmp_path) -> None:
    empty = {"XDG_CONFIG_DIRS": str(tmp_path)}
    assert policy_may_apply(True, empty, "linux")
    assert policy_may_apply(False, {**empty, POLICY_ENV: str(tmp_path / "p.toml")}, "linux")
    assert policy_may_apply(False, {}, "win32")
    assert policy_may_apply(False, {}, "darwin")


@xdg_only
def test_without_a_policy_the_app_does_not_load_the_policy_module(tmp_path) -> None:
    code = (
        "import sys; from optilearn_desktop.app import build_parser, resolve_kiosk; "
        "print(resolve_kiosk(build_parser().parse_args([])), "
        "'optilearn_desktop.core.kiosk_policy' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if k != POLICY_ENV}
    env["XDG_CONFIG_DIRS"] = str(tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["None", "False"]
    code_kiosk = code.replace("parse_args([])", "parse_args(['--kiosk'])")
    out = subprocess.run(
        [sys.executable, "-c", code_kiosk], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split()[-1] == "True" and "enabled=True" in out.stdout
