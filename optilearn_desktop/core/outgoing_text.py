"""Text that leaves the window for the desktop (tray menu, notification daemon, window title).

Server text is shown as sent, but control characters are not text: bidi overrides and
isolates (U+202A-U+202E, U+2066-U+2069) would reorder a whole alert or menu entry, and other
controls have no business in a one-line label.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])


def without_controls(text: str) -> str:
    """`text` with bidi controls dropped and other control characters made spaces."""
    return "".join(
        "" if ord(char) in BIDI_CONTROLS else " " if unicodedata.category(char) == "Cc" else char
        for char in text
    )


def one_line(text: str, limit: int) -> str:
    """Controls removed, white space folded to single spaces, at most `limit` characters."""
    text = " ".join(without_controls(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def menu_text(text: str) -> str:
    """A menu entry shows `&` literally: Qt would take a single one as a mnemonic marker."""
    return without_controls(text).replace("&", "&&")


def markup_escaped(text: str) -> str:
    """For a notification body that the daemon reads as markup (freedesktop's body-markup)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
