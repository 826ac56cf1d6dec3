"""The product code uses other packages (and CPython) through their public API only.

Scans every module of optilearn_desktop/ with `ast` and fails on:
- an import of a module, or of a name from a module, whose name starts with `_` from another
  package (`import _socket`, `from _sha2 import sha256`, `from shibokensupport.feature import
  _mod_uses_pyside`). Our own package is exempt: a relative import (`from ._x import y`, or
  `from .x import _y`) stays inside optilearn_desktop, whose modules we change together;
- reading a `_private` attribute of an imported foreign module or name (`secretstorage.x._y`);
- monkeypatching: assigning or deleting an attribute of an imported foreign module or name
  (`shiboken.thing = ...`, `setattr(module, ...)`);
- constructing an imported class without its `__init__` (`Session.__new__(Session)`);
- `getattr`/`setattr`/`hasattr` with a `_private` name on a foreign module, and modules taken
  from `sys.modules` or `importlib.import_module` count as imported;
- `gc.disable()` (or `from gc import disable`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "optilearn_desktop"
OWN = PACKAGE.name
# Documented as replaceable (the sys module's docs): not a monkeypatch.
REPLACEABLE = {"sys.stdout", "sys.stderr", "sys.stdin"}
# Public API despite the underscore: os's docs, and PyInstaller's for its bundle folder.
DOCUMENTED = {"os._exit", "sys._MEIPASS"}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _foreign(module: str, level: int) -> bool:
    return level == 0 and module.split(".")[0] not in (OWN, "__future__")


def problems(source: str, where: str = "<string>") -> list[str]:
    tree = ast.parse(source, where)
    found: list[str] = []
    imported: set[str] = set()  # local names bound to foreign modules or their attributes

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{where}:{getattr(node, 'lineno', 0)}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _foreign(alias.name, 0):
                    if any(_private(part) for part in alias.name.split(".")):
                        report(node, f"import of a private module {alias.name}")
                    imported.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom) and _foreign(node.module or "", node.level):
            module = node.module or ""
            if any(_private(part) for part in module.split(".")):
                report(node, f"import from a private module {module}")
            for alias in node.names:
                if _private(alias.name):
                    report(node, f"import of the private name {module}.{alias.name}")
                if module == "gc" and alias.name == "disable":
                    report(node, "gc.disable")
                imported.add(alias.asname or alias.name)

    def rooted_in_import(node: ast.expr) -> bool:
        while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
            node = node.func if isinstance(node, ast.Call) else node.value
        return isinstance(node, ast.Name) and node.id in imported

    def module_lookup(node: ast.expr) -> bool:
        """`sys.modules[...]`, `sys.modules.get(...)`, `importlib.import_module(...)`."""
        text = ast.unparse(node)
        return text.startswith(("sys.modules", "importlib.import_module("))

    for node in ast.walk(tree):  # names bound to modules looked up at run time
        if isinstance(node, ast.Assign) and module_lookup(node.value):
            imported.update(t.id for t in node.targets if isinstance(t, ast.Name))

    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and _private(node.attr)
            and rooted_in_import(node.value)
            and ast.unparse(node) not in DOCUMENTED
        ):
            report(node, f"private attribute {node.attr} of an imported package")
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign | ast.Delete):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and rooted_in_import(target.value)
                and ast.unparse(target) not in REPLACEABLE
            ):
                report(node, f"monkeypatching {ast.unparse(target)}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if (
                node.func.id in ("setattr", "delattr")
                and node.args
                and rooted_in_import(node.args[0])
            ):
                report(node, f"monkeypatching through {node.func.id}")
            if (
                node.func.id in ("getattr", "setattr", "hasattr", "delattr")
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
                and _private(str(node.args[1].value))
                and (rooted_in_import(node.args[0]) or module_lookup(node.args[0]))
                and f"{ast.unparse(node.args[0])}.{node.args[1].value}" not in DOCUMENTED
            ):
                report(node, f"private attribute {node.args[1].value} through {node.func.id}")
            if node.func.id == "__import__" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and _private(str(first.value)):
                    report(node, f"import of a private module {first.value}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            func = node.func
            if func.attr == "__new__" and rooted_in_import(func.value):
                report(node, f"{ast.unparse(func.value)} built without its __init__")
            if (
                func.attr == "disable"
                and isinstance(func.value, ast.Name)
                and func.value.id == "gc"
            ):
                report(node, "gc.disable")
            if func.attr == "import_module" and node.args:
                first = node.args[0]
                if (
                    isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                    and any(_private(p) for p in first.value.split("."))
                ):
                    report(node, f"import of a private module {first.value}")
    return found


def test_the_product_uses_no_private_api_no_monkeypatching_and_no_gc_disable():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50
    found = [
        problem
        for path in modules
        for problem in problems(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "import _socket",
        "import os._private",
        "from _sha2 import sha256",
        "from shibokensupport.feature import _mod_uses_pyside",
        "import secretstorage\nsecretstorage.dhcrypto._x()",
        "from secretstorage import dhcrypto\nx = dhcrypto._prime",
        "import shibokensupport.feature as f\nf.hook = print",
        "from PySide6 import QtCore\nQtCore.Signal = None",
        "import httpx\nsetattr(httpx, 'Client', None)",
        "import gc\ngc.disable()",
        "from gc import disable",
        "import importlib\nimportlib.import_module('_socket')",
        "__import__('_sha256')",
        "import sys\nfeature = sys.modules.get('shibokensupport.feature')\nfeature.hook = 1",
        "import sys\noriginal = getattr(sys.modules['x'], '_mod_uses_pyside', None)",
        "from secretstorage.dhcrypto import Session\nsession = Session.__new__(Session)",
    ],
)
def test_each_pattern_is_caught(source):
    assert problems(source)


@pytest.mark.parametrize(
    "source",
    [
        "from . import _private_helper",
        "from .core._x import y",
        "from optilearn_desktop.core.session import _Remembered",
        "import os\nname = os.__name__",
        "import logging\nhandler = logging.Handler()\nhandler._mine = True",
        "from __future__ import annotations",
        "import gc\ngc.collect()",
        "import sys\nsys.stdout = open('CONOUT$')",
        "import os\nos._exit(0)",
    ],
)
def test_our_own_names_and_public_use_pass(source):
    assert problems(source) == []
