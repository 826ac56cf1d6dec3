"""PySide6's per-import check reads raw sources now: the same answers, and the hook still works."""

from __future__ import annotations

import sys
import textwrap

import pytest

from optilearn_desktop.pyside_import_scan import read_sources_directly


@pytest.fixture
def feature():
    import PySide6.QtCore  # noqa: F401 - loads the hook

    module = sys.modules["shibokensupport.feature"]
    original = module._mod_uses_pyside
    yield module, original
    module._mod_uses_pyside = original


def test_same_answer_as_pyside_for_every_loaded_module(feature):
    import optilearn_desktop.views.text  # noqa: F401 - one of ours that uses PySide6

    module, original = feature
    assert read_sources_directly() is True
    assert read_sources_directly() is False  # once
    direct = module._mod_uses_pyside
    assert direct is not original
    loaded = [m for m in list(sys.modules.values()) if m is not None]
    answers = [(m.__name__, direct(m), original(m)) for m in loaded]
    assert [a for a in answers if a[1] != a[2]] == []
    # Both kinds are in the sample: the comparison can tell them apart.
    assert {a[1] for a in answers} == {True, False}
    assert any(name.startswith("optilearn_desktop.views") and uses for name, uses, _ in answers)
    # Standard-library modules are answered without reading their files, and match too.
    from optilearn_desktop.pyside_import_scan import _in_stdlib

    stdlib = [m for m in loaded if _in_stdlib(m.__name__, getattr(m, "__file__", None) or "")]
    assert {"typing", "logging", "os"} <= {m.__name__ for m in stdlib}
    assert not any(original(m) for m in stdlib)
    # Not a package of another name, nor one installed inside the standard library's folder.
    from optilearn_desktop.pyside_import_scan import _STDLIB

    assert not _in_stdlib("pydantic.main", _STDLIB + "pydantic/main.py")
    assert not _in_stdlib("typing", _STDLIB + "site-packages/typing.py")
    assert _in_stdlib("json.decoder", _STDLIB + "json/decoder.py")


def test_modules_imported_afterwards_are_still_classified(feature, tmp_path, monkeypatch):
    module, _ = feature
    read_sources_directly()
    (tmp_path / "scan_uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "scan_plain.py").write_text(textwrap.dedent('"""No Qt here."""\nX = 1\n'))
    monkeypatch.syspath_prepend(str(tmp_path))
    import scan_plain  # noqa: F401
    import scan_uses_qt  # noqa: F401

    assert module.pyside_feature_dict["scan_uses_qt"] == 0  # PySide's "uses PySide"
    assert module.pyside_feature_dict["scan_plain"] == -1  # PySide's "ignore"
