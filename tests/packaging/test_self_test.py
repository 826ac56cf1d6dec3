"""`--self-test`: the report names every check, passes here, and fails when a check fails."""

from __future__ import annotations

import io

import keyring
import pytest
from keyring.backends import fail

from optilearn_desktop.self_test import CHECKS, run_self_test

CHECK_NAMES = (
    "SQLite",
    "TLS trust store",
    "Keyring",
    "User directories",
    "Qt platform plugin",
    "Image formats",
    "Language font",
)


@pytest.fixture
def home(tmp_path, monkeypatch):
    root = tmp_path / "home"
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(root))
    return root


def run(qapp) -> tuple[int, str]:
    out = io.StringIO()
    status = run_self_test(out)
    return status, out.getvalue()


def test_passes_here_and_names_every_check(qapp, home):
    status, report = run(qapp)
    assert status == 0, report
    assert [name for name, _ in CHECKS] == list(CHECK_NAMES)
    for name in CHECK_NAMES:
        assert f"] {name}: " in report, f"{name} missing from:\n{report}"
    assert "Result: passed" in report
    assert "frozen: no" in report
    # The user folders were created under OPTILEARN_DESKTOP_HOME, and the probes removed.
    for kind in ("config", "data", "cache", "log"):
        assert f"{kind} {home / kind}" in report
        assert (home / kind).is_dir()
        assert list((home / kind).iterdir()) == []


def test_a_failed_check_fails_the_run(qapp, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folders should go")
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(blocker))
    status, report = run(qapp)
    assert status == 1
    assert "[FAIL] User directories:" in report
    assert "Result: FAILED (User directories)" in report
    # The checks after it still ran.
    assert "] Image formats: png, svg, ico readable" in report


def test_the_fail_keyring_is_a_warning_not_a_failure(qapp, home):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # the OS edge: what a machine without a keyring has
    try:
        status, report = run(qapp)
    finally:
        keyring.set_keyring(previous)
    assert status == 0, report
    assert "[warn] Keyring: fail.Keyring" in report
    assert "Result: passed with 1 warning(s) (Keyring)" in report


def test_the_language_font_check_names_the_font_or_what_to_install(qapp):
    from PySide6.QtGui import QFontDatabase

    from optilearn_desktop.self_test import FONT_HINT, _Warning, check_language_font

    assert check_language_font("en").startswith("language en (")
    if QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari):
        assert check_language_font("hi").startswith("language hi (")
    else:  # a machine without the font: a warning that says what to install
        with pytest.raises(_Warning, match="fonts-noto-core"):
            check_language_font("hi")
        assert "fonts-noto-core" in FONT_HINT
