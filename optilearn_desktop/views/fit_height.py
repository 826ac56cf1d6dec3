"""A dialog with wrapped text as tall as its width needs: a top-level's size comes from its
layout's size hint and minimum size, neither of which knows that a wrapped label needs more
lines when the window is narrower than the label's own preferred width (a small screen, or a
language whose sentences run longer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make `window` tall enough for its layout at its current width (never shorter)."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    if not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
