"""Compiles the translations (resources/translations/*.ts -> .qm) into the package on every
build and install; the rest of the configuration is in pyproject.toml."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        script = ROOT / "build" / "translations.py"
        spec = importlib.util.spec_from_file_location("translations", script)
        if spec is None or spec.loader is None:
            raise RuntimeError(f"cannot load {script}")
        translations = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(translations)
        # An editable install runs from the source tree: the .qm files go beside the sources.
        target = ROOT if getattr(self, "editable_mode", False) else Path(self.build_lib)
        translations.compile_all(target)


setup(cmdclass={"build_py": BuildWithTranslations})
