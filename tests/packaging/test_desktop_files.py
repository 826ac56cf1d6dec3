"""Linux desktop entry, AppStream metadata and the icon set."""

from __future__ import annotations

import configparser
import pathlib
import shutil
import struct
import subprocess

import pytest

from optilearn_desktop.platform.icons import ICON_SIZES, application_icon
from optilearn_desktop.platform.icons import ICONS as ICON_DIR

ICONS = pathlib.Path(ICON_DIR)  # the runtime PNGs, package data
# The packaging assets: the project's top-level resources/ folder.
RESOURCES = pathlib.Path(__file__).resolve().parents[2] / "resources"
DESKTOP_FILE = RESOURCES / "optilearn-desktop.desktop"
METAINFO = RESOURCES / "app.opticrm.learn.desktop.metainfo.xml"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_desktop_entry_validates():
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([validator, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " error: " not in result.stdout


def test_desktop_entry_matches_the_app():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP_FILE, encoding="utf-8")
    values = entry["Desktop Entry"]
    assert values["Type"] == "Application"
    assert values["Name"] == "OptiLearn Desktop"
    assert values["GenericName"] == "School parent portal"
    assert values["Exec"] == "optilearn-desktop"
    assert values["Icon"] == "optilearn-desktop"
    assert values["Terminal"] == "false"
    assert values["Categories"] == "Education;Office;"
    # Must equal QGuiApplication.setDesktopFileName() in app.py, so the window maps to the entry.
    assert values["StartupWMClass"] == "optilearn-desktop"
    assert values["Keywords"].endswith(";")


def test_appstream_metadata_validates():
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli not installed")
    result = subprocess.run(
        [validator, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_hicolor_png_at_every_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "optilearn-desktop.png"
    assert path.is_file()
    assert png_size(path.read_bytes()) == (size, size)


def test_scalable_windows_and_macos_icons(qapp):
    from PySide6.QtGui import QImage, QImageReader

    assets = RESOURCES / "icons"
    svg = QImage(str(assets / "hicolor" / "scalable" / "apps" / "optilearn-desktop.svg"))
    assert not svg.isNull() and svg.width() == svg.height()
    ico = QImageReader(str(assets / "optilearn-desktop.ico"))
    assert ico.imageCount() == 7  # 16 24 32 48 64 128 256
    icns = QImageReader(str(assets / "optilearn-desktop.icns"))
    assert icns.canRead()


def test_application_icon_has_every_size(qapp):
    from PySide6.QtCore import QSize

    sizes = application_icon().availableSizes()
    for size in ICON_SIZES:
        assert QSize(size, size) in sizes
