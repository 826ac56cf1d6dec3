"""Views never call the API client: they reach the server through core services. The modules
still importing api/ are listed by name, so a new one cannot slip in unnoticed."""

from __future__ import annotations

import ast
from pathlib import Path

import optilearn_desktop.views as views

VIEWS = Path(views.__file__).parent
# Known debts of issue 15, being reworked elsewhere (error types for messages, the window).
STILL_IMPORTING_API = {"main_window.py", "sign_in_dialog.py"}


def imported_modules(path: Path) -> set[str]:
    """Absolute names of the modules `path` imports, relative imports resolved."""
    package = ["optilearn_desktop", *path.relative_to(VIEWS.parent).parent.parts]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            names.add(".".join([*base, *(node.module or "").split(".")]).strip("."))
    return names


def test_views_do_not_import_the_api_layer():
    offenders = {
        str(path.relative_to(VIEWS))
        for path in VIEWS.rglob("*.py")
        if any(m.startswith("optilearn_desktop.api") for m in imported_modules(path))
    }
    assert offenders <= STILL_IMPORTING_API, offenders - STILL_IMPORTING_API


def test_the_import_scan_sees_relative_imports():
    # The control: relative imports of two depths come out as absolute module names.
    modules = imported_modules(VIEWS / "settings" / "dialog.py")
    assert "optilearn_desktop.core.preferences" in modules
    assert "optilearn_desktop.views.settings.alert_row" in modules
