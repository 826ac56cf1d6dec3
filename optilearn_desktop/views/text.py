"""Server text is untrusted: it is shown as plain text, never as rich text (QLabel's default
AutoText would render HTML and follow links)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def emphasize(widget: QWidget, scale: float) -> None:
    """Bold, at `scale` times the widget's own font size: headings, figures, big buttons."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)


def plain_tooltip(text: str, limit: int = 600) -> str:
    """A tooltip that shows `text` literally (Qt renders tooltips that look like HTML as HTML)."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def elide(text: str, limit: int = 200) -> str:
    """Keep cells and titles to a sane length; the full text stays in the tooltip."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
