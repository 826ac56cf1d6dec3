"""Plain values of Qt-namespace enums, for the widgets built before the first paint.

PySide6 builds all 93 enums of Qt's `Qt` namespace as Python enums the first time anything
names `Qt` or passes one of its values between C++ and Python (a Python `headerData`
receives a `Qt.Orientation`, a `QPalette(other)` call checks the `Qt.GlobalColor` overload):
about 13 ms, the largest single cost that was left before a remembered parent's saved
overview is painted (benchmarks/window.py). Code on that path uses these numbers instead:
item roles are plain ints in Qt's own API, and widget settings go through Qt's property
system (`set_property`), which converts the number in C++.

tests/views/test_qt_values.py holds every value equal to its enum;
tests/app/test_saved_first_paint.py starts the app as a remembered parent and fails if the
namespace was built before the paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
FONT_ROLE = 6
TEXT_ALIGNMENT_ROLE = 7
FOREGROUND_ROLE = 9
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 256

# Qt.AlignmentFlag
ALIGN_RIGHT = 0x02
ALIGN_HCENTER = 0x04
ALIGN_VCENTER = 0x80
ALIGN_CENTER = ALIGN_HCENTER | ALIGN_VCENTER

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
NO_TEXT_INTERACTION = 0  # Qt.TextInteractionFlag.NoTextInteraction
ELIDE_RIGHT = 1  # Qt.TextElideMode.ElideRight


def set_property(target: QObject, name: str, value: int) -> None:
    """Set a Q_PROPERTY from its number. Raises for a name the class does not declare (Qt
    would silently add a dynamic property instead, and a label meant to show plain text
    would keep rendering rich text)."""
    if not target.setProperty(name, value):
        raise AttributeError(f"{type(target).__name__} has no Qt property {name!r}")
