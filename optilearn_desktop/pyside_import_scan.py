"""A cheaper answer to PySide6's per-import question "does this module use PySide6?".

Once PySide6 is loaded, its import hook (shibokensupport.feature, PYSIDE-2029: needed for
`from __feature__ import ...`, which this app does not use) asks that question of every module
imported afterwards, through `inspect.getsource`: linecache, tokenize's encoding detection
and a line list kept for the whole session, about 0.12 ms a module. The window's ~45 modules
load after PySide6, so that was ~5 ms before the first paint that a bare window never pays.

`read_sources_directly` answers the same question for plain `.py` files by searching the raw
bytes for the same word (the file the hook would have read, so the same answer; the tests hold
the two equal over every module loaded) and keeps PySide6's own answer for everything else.
Modules of Python's standard library are answered without reading: none of them mentions
PySide6 (the hook's answer is "no" for each; the tests compare every loaded one), and the ones
met first after PySide6 loads are the largest files (typing, logging, datetime, os: ~1 ms).
A PySide6 without this hook (other versions) is left alone.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_optilearn_direct_read"
_STDLIB = os.path.dirname(os.__file__) + os.sep  # the standard library's own folder


def read_sources_directly() -> bool:
    """Install the cheaper check; False when this PySide6 has no such hook (nothing done)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, _MARK, False):
        return False
    feature._mod_uses_pyside = _direct(original)
    return True


def _direct(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # builtins, extensions, zip imports: PySide6's own way
        if _in_stdlib(module.__name__, path):
            return False
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def _in_stdlib(name: str, path: str) -> bool:
    """A standard-library module loaded from the standard library's folder (never a package
    installed beside it, in site-packages or dist-packages)."""
    return (
        name.partition(".")[0] in sys.stdlib_module_names
        and path.startswith(_STDLIB)
        and "-packages" + os.sep not in path[len(_STDLIB) :]
    )
