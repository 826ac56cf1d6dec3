from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest

from optilearn_desktop.core import kiosk_policy
from optilearn_desktop.core.kiosk_policy import (
    MAX_POLICY_BYTES,
    POLICY_ENV,
    KioskPolicy,
    load_policy,
    merge_cli,
    policy_paths,
)

FORCED = '[kiosk]\nenabled = true\ninstitution = "svpms"\nidle_timeout_seconds = 90\n'


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode()
    path.write_bytes(content)
    return path


def load_one(path: Path) -> KioskPolicy:
    return load_policy([path], environ={})


def assert_failed_closed(policy: KioskPolicy, path: Path) -> None:
    assert policy.enabled
    assert policy.institution == ""
    assert policy.idle_timeout_s == 120.0
    assert policy.countdown_s == 20.0
    assert policy.source == path
    assert str(path) in policy.problem


# --- Reading the file ---------------------------------------------------------------------


def test_no_file_is_not_kiosk(tmp_path: Path) -> None:
    policy = load_policy([tmp_path / "a" / "policy.toml", tmp_path / "policy.toml"], environ={})
    assert policy == KioskPolicy()
    assert not policy.enabled and policy.source is None and policy.problem == ""
    assert (policy.idle_timeout_s, policy.countdown_s) == (120.0, 20.0)


def test_forced_kiosk_with_institution_and_timeout(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.toml", FORCED)
    assert load_one(path) == KioskPolicy(
        enabled=True, institution="svpms", idle_timeout_s=90.0, countdown_s=20.0, source=path
    )


def test_institution_is_stripped_and_lowercased(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.toml", '[kiosk]\ninstitution = "  SV-PMS2 "\n')
    policy = load_one(path)
    assert (policy.institution, policy.problem) == ("sv-pms2", "")


def test_kiosk_section_without_enabled_means_kiosk(tmp_path: Path) -> None:
    policy = load_one(write(tmp_path / "policy.toml", "[kiosk]\n"))
    assert policy.enabled and policy.problem == ""


def test_enabled_false_is_not_kiosk_but_keeps_settings_for_a_kiosk_run(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.toml", FORCED.replace("true", "false"))
    policy = load_one(path)
    assert not policy.enabled and policy.problem == ""
    assert (policy.institution, policy.idle_timeout_s) == ("svpms", 90.0)
    merged = merge_cli(policy, kiosk_flag=True)
    assert merged.enabled and merged.institution == "svpms" and merged.idle_timeout_s == 90.0


def test_first_existing_path_wins(tmp_path: Path) -> None:
    missing = tmp_path / "missing" / "policy.toml"
    first = write(tmp_path / "first" / "policy.toml", "[kiosk]\nenabled = false\n")
    second = write(tmp_path / "second" / "policy.toml", FORCED)
    policy = load_policy([missing, first, second], environ={})
    assert policy.source == first and not policy.enabled
    assert load_policy([second, first], environ={}).source == second


def test_path_below_a_file_counts_as_missing(tmp_path: Path) -> None:
    blocker = write(tmp_path / "OptiLearnDesktop", "not a folder")
    assert load_policy([blocker / "policy.toml"], environ={}) == KioskPolicy()


def test_env_var_is_used_only_when_no_machine_file_exists(tmp_path: Path) -> None:
    env_file = write(tmp_path / "env.toml", FORCED)
    machine = tmp_path / "machine" / "policy.toml"
    environ = {POLICY_ENV: f"  {env_file}  "}

    policy = load_policy([machine], environ=environ)
    assert policy.source == env_file and policy.enabled

    # IT's file wins, even when it says less than the user's: an env var can't switch kiosk off.
    write(machine, "[kiosk]\nenabled = false\n")
    assert load_policy([machine], environ=environ).source == machine
    write(machine, "[kiosk]\nenabled = true\n")
    write(env_file, "[kiosk]\nenabled = false\n")
    assert load_policy([machine], environ=environ).enabled


def test_env_var_naming_a_missing_file_is_not_kiosk(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=kiosk_policy.__name__):
        policy = load_policy([], environ={POLICY_ENV: str(tmp_path / "nope.toml")})
    assert policy == KioskPolicy()
    assert "nope.toml" in caplog.text


def test_env_var_is_read_from_the_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = write(tmp_path / "env.toml", FORCED)
    monkeypatch.setenv(POLICY_ENV, str(env_file))
    assert load_policy([tmp_path / "missing.toml"]).source == env_file
    monkeypatch.setenv(POLICY_ENV, " ")
    assert load_policy([tmp_path / "missing.toml"]) == KioskPolicy()


# --- Failing closed -----------------------------------------------------------------------


def test_malformed_toml_fails_closed_naming_path_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.toml", '[kiosk]\nenabled = tru\ninstitution = "svpms"\n')
    policy = load_one(path)
    assert_failed_closed(policy, path)
    assert "not valid TOML" in policy.problem and "line 2" in policy.problem


@pytest.mark.parametrize(
    ("content", "mentions"),
    [
        ("", "no [kiosk] section"),
        ('title = "kiosk"\n', "no [kiosk] section"),
        ("kiosk = true\n", "[kiosk] section"),
        ("kiosk = [1, 2]\n", "[kiosk] section"),
        ('[kiosk]\nenabled = "yes"\ninstitution = "svpms"\n', "'enabled'"),
        ("[kiosk]\nenabled = 0\nidle_timeout_seconds = 60\n", "'enabled'"),
    ],
)
def test_wrong_structure_or_enabled_type_fails_closed(
    tmp_path: Path, content: str, mentions: str
) -> None:
    path = write(tmp_path / "policy.toml", content)
    policy = load_one(path)
    assert_failed_closed(policy, path)
    assert mentions in policy.problem


@pytest.mark.parametrize(
    "value",
    ['"SV PMS"', '"-svpms"', '"svp_ms"', '"école"', '"svpms/../x"', f'"{"a" * 64}"', "42", "[]"],
)
@pytest.mark.parametrize("enabled", [True, False])
def test_invalid_institution_is_unfixed_and_kiosk_follows_file(
    tmp_path: Path, value: str, enabled: bool
) -> None:
    content = f"[kiosk]\nenabled = {str(enabled).lower()}\ninstitution = {value}\n"
    path = write(tmp_path / "policy.toml", content + "idle_timeout_seconds = 60\n")
    policy = load_one(path)
    assert policy.enabled is enabled
    assert policy.institution == ""
    assert policy.idle_timeout_s == 60.0  # the rest of the file still applies
    assert "'institution'" in policy.problem and str(path) in policy.problem


def test_longest_slug_and_empty_institution_are_fine(tmp_path: Path) -> None:
    longest = "a" + "-" * 62
    policy = load_one(write(tmp_path / "a.toml", f'[kiosk]\ninstitution = "{longest}"\n'))
    assert (policy.institution, policy.problem) == (longest, "")
    policy = load_one(write(tmp_path / "b.toml", '[kiosk]\ninstitution = "   "\n'))
    assert (policy.institution, policy.problem) == ("", "")


@pytest.mark.parametrize("value", ['"120"', "true", "nan", "inf", "-inf", "[120]", "{ s = 1 }"])
def test_unusable_timeout_uses_default_with_problem(tmp_path: Path, value: str) -> None:
    content = f'[kiosk]\ninstitution = "svpms"\nidle_timeout_seconds = {value}\n'
    path = write(tmp_path / "policy.toml", content)
    policy = load_one(path)
    assert policy.enabled and policy.institution == "svpms"
    assert (policy.idle_timeout_s, policy.countdown_s) == (120.0, 20.0)
    assert "'idle_timeout_seconds'" in policy.problem and str(path) in policy.problem


@pytest.mark.parametrize(
    ("value", "timeout", "countdown"),
    [
        ("0", 30.0, 15.0),
        ("-5", 30.0, 15.0),
        ("29.9", 30.0, 15.0),
        ("30", 30.0, 15.0),
        ("36", 36.0, 18.0),
        ("45.5", 45.5, 20.0),
        ("3600", 3600.0, 20.0),
        ("86400", 3600.0, 20.0),
        ("1" + "0" * 400, 3600.0, 20.0),  # too big for a float: clamped before converting
    ],
)
def test_timeout_is_clamped_without_problem(
    tmp_path: Path, value: str, timeout: float, countdown: float
) -> None:
    path = write(tmp_path / "policy.toml", f"[kiosk]\nidle_timeout_seconds = {value}\n")
    policy = load_one(path)
    assert (policy.idle_timeout_s, policy.countdown_s, policy.problem) == (timeout, countdown, "")


def test_unknown_keys_are_ignored_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path / "policy.toml", FORCED + "colour = 'red'\n[printing]\nallowed = 1\n")
    with caplog.at_level(logging.WARNING, logger=kiosk_policy.__name__):
        policy = load_one(path)
    assert policy.enabled and policy.institution == "svpms" and policy.problem == ""
    assert "'colour'" in caplog.text and "'printing'" in caplog.text


def test_problem_quotes_a_long_value_short(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.toml", f'[kiosk]\ninstitution = "{"x" * 5000}"\n')
    policy = load_one(path)
    assert policy.problem and len(policy.problem) < 400


# --- Hostile content ----------------------------------------------------------------------


def test_ten_megabyte_file_fails_closed(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.toml", FORCED + "#" * (10 * 1024 * 1024) + "\n")
    policy = load_one(path)
    assert_failed_closed(policy, path)
    assert "64 KiB" in policy.problem


def test_size_limit_is_64_kib_exactly(tmp_path: Path) -> None:
    padding = MAX_POLICY_BYTES - len(FORCED) - 1
    at_limit = write(tmp_path / "a.toml", FORCED + "#" * padding + "\n")
    assert at_limit.stat().st_size == MAX_POLICY_BYTES
    assert load_one(at_limit).institution == "svpms"
    over = write(tmp_path / "b.toml", FORCED + "#" * (padding + 1) + "\n")
    assert_failed_closed(load_one(over), over)


def test_non_utf8_fails_closed(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.toml", '[kiosk]\ninstitution = "é"\n'.encode("latin-1"))
    policy = load_one(path)
    assert_failed_closed(policy, path)
    assert "not UTF-8 text (line 2" in policy.problem


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.toml", "\ufeff" + FORCED)
    assert load_one(path).institution == "svpms"


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 64,
        b"\x00" * 1000,
        b"[kiosk]\nenabled = true\x00\n",
        b"\xff\xfe[\x00k\x00i\x00o\x00s\x00k\x00]\x00",  # UTF-16, as some Windows editors save
        b"a = " + b"[" * 30_000,  # tomllib recurses on nested arrays
        b"a = " + b"{ b = " * 5_000,
        b"[kiosk]\nidle_timeout_seconds = " + b"9" * 5_000 + b"\n",  # over int's digit limit
        b"[kiosk]\n" + b"[kiosk]\n",
    ],
    ids=["binary", "nuls", "nul-in-toml", "utf16", "deep-array", "deep-table", "digits", "dup"],
)
def test_garbage_fails_closed_without_raising(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "policy.toml", content)
    assert_failed_closed(load_one(path), path)


def test_directory_in_place_of_the_file_fails_closed(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.mkdir()
    assert_failed_closed(load_one(path), path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_named_pipe_fails_closed_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    os.mkfifo(path)
    policy = load_one(path)
    assert_failed_closed(policy, path)
    assert "regular file" in policy.problem


# --- Command line -------------------------------------------------------------------------


def test_kiosk_flag_turns_kiosk_on() -> None:
    merged = merge_cli(KioskPolicy(), kiosk_flag=True)
    assert merged == KioskPolicy(enabled=True)
    assert merge_cli(KioskPolicy(), kiosk_flag=False) == KioskPolicy()


def test_command_line_cannot_turn_forced_kiosk_off(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.toml", FORCED)
    policy = load_one(path)
    assert merge_cli(policy, kiosk_flag=False) == policy
    failed = load_one(write(tmp_path / "bad.toml", "[kiosk\n"))
    assert merge_cli(failed, kiosk_flag=False).enabled


# --- Where the file lives -----------------------------------------------------------------


def test_policy_paths_name_the_app_folder() -> None:
    paths = policy_paths()
    assert paths
    assert all(p.parts[-2:] == ("OptiLearnDesktop", "policy.toml") for p in paths)
    assert all(p.is_absolute() for p in paths)
    assert len(set(paths)) == len(paths)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG on Linux")
def test_policy_paths_honour_xdg_config_dirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    assert policy_paths() == [Path("/etc/xdg/OptiLearnDesktop/policy.toml")]

    monkeypatch.setenv("XDG_CONFIG_DIRS", "/etc/xdg/xdg-ubuntu:relative/dir::/opt/site:/etc/xdg")
    assert policy_paths() == [
        # The built-in folder stays first: a user's XDG_CONFIG_DIRS can't hide IT's file.
        Path("/etc/xdg/OptiLearnDesktop/policy.toml"),
        Path("/etc/xdg/xdg-ubuntu/OptiLearnDesktop/policy.toml"),
        Path("/opt/site/OptiLearnDesktop/policy.toml"),
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG on Linux")
def test_load_policy_defaults_to_policy_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if Path("/etc/xdg/OptiLearnDesktop/policy.toml").exists():
        pytest.skip("this machine has a real kiosk policy")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    path = write(tmp_path / "OptiLearnDesktop" / "policy.toml", FORCED)
    assert load_policy(environ={}).source == path


def test_builtin_folder_on_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    builtin = kiosk_policy._builtin_site_config_dir()
    assert builtin == Path("/Library/Application Support/OptiLearnDesktop")


def test_builtin_folder_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs.windows

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs.windows, "get_win_folder_via_ctypes", lambda _: "/ProgramData")
    assert kiosk_policy._builtin_site_config_dir() == Path(
        "/ProgramData/OptiLearn/OptiLearnDesktop"
    )

    def broken(_: str) -> str:
        raise OSError("no shell")

    monkeypatch.setattr(platformdirs.windows, "get_win_folder_via_ctypes", broken)
    assert kiosk_policy._builtin_site_config_dir() is None


def test_read_error_fails_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Runs as root too (where chmod 0 does not stop reads): any OSError but "not there" counts.
    def denied(path: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(kiosk_policy, "_read_capped", denied)
    path = tmp_path / "policy.toml"
    policy = load_one(path)
    assert_failed_closed(policy, path)
    assert "cannot be read (Permission denied)" in policy.problem
