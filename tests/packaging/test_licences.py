"""The licences of what ships inside: in the package (the About box reads them) and in the
bundle (the PyInstaller spec copies them to licences/, build/ci_bundle_check.sh checks)."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from optilearn_desktop.views.about_dialog import NOTICES, licence_text

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build" / "optilearn-desktop.spec"


def shipped_distributions() -> set[str]:
    """optilearn-desktop's runtime closure with the demo extra (the bundle runs --demo)."""
    todo, seen = [("optilearn-desktop", {"demo"})], set()
    while todo:
        name, extras = todo.pop()
        key = canonicalize_name(name)
        if key in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        seen.add(key)
        for text in dist.requires or []:
            req = Requirement(text)
            wanted = any(
                req.marker is None or req.marker.evaluate({"extra": extra})
                for extra in (extras or {""})
            )
            if wanted:
                todo.append((req.name, set(req.extras)))
    return seen - {"optilearn-desktop"}


def test_the_lgpl_and_gpl_texts_and_the_notices_ship_in_the_package():
    assert licence_text("LGPL-3.0.txt").lstrip().startswith("GNU LESSER GENERAL PUBLIC LICENSE")
    assert licence_text("GPL-3.0.txt").lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    notices = licence_text(NOTICES)
    assert "LGPL-3.0.txt" in notices and "https://download.qt.io/official_releases/qt/" in notices
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"resources/licences/*.txt"' in pyproject


def test_the_notices_name_every_shipped_package():
    notices = canonicalize_name(licence_text(NOTICES).replace("\n", " "))
    text = licence_text(NOTICES).lower()
    missing = [
        name
        for name in sorted(shipped_distributions())
        if name.replace("-essentials", "") not in text and name not in notices
    ]
    assert missing == []


def test_the_bundle_gets_a_licences_folder_with_every_packages_own_file():
    spec = SPEC.read_text()
    assert '(str(LICENCES), "licences")' in spec and "*licence_files(SHIPPED)" in spec
    listed = re.search(r"SHIPPED = \((.*?)\)\.split\(\)", spec, re.S)
    assert listed is not None
    names = {canonicalize_name(n) for n in re.sub(r'["\s]+', " ", listed.group(1)).split()}
    assert shipped_distributions() <= names
    check = (ROOT / "build" / "ci_bundle_check.sh").read_text()
    assert "licences/$file" in check
