"""The application icon, from the PNG renders bundled with the package."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .app_id import APP_ID

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources")
ICONS = os.path.join(RESOURCES, "icons")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """The application icon built from the bundled PNG renders (every hicolor size)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        path = os.path.join(ICONS, "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
        if os.path.isfile(path):
            icon.addFile(path)
    return icon
