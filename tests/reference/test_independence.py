"""The reference backend stands on its own: importing every module of it loads nothing of the
desktop client (so it can never serialise through the client's models)."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import pkgutil, importlib, sys
import optilearn_reference
for info in pkgutil.walk_packages(optilearn_reference.__path__, "optilearn_reference."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
print(sorted(m for m in sys.modules if m.split(".")[0] == "optilearn_desktop"))
print(len([m for m in sys.modules if m.startswith("optilearn_reference.")]))
"""


def test_no_module_of_the_reference_backend_loads_the_client() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=60, check=True
    )
    loaded_client, loaded_reference = result.stdout.splitlines()
    assert loaded_client == "[]"
    assert int(loaded_reference) >= 25  # it did import the whole package
