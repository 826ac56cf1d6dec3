"""Server text is untrusted: it is shown as plain text, never as rich text (QLabel's default
AutoText would render HTML and follow links)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from .qt_values import NO_TEXT_INTERACTION, PLAIN_TEXT, set_property

# html.escape(text, quote=True), without loading the html module (its entity table) before
# the first paint; tests/views/test_untrusted_text.py holds the two equal.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    # Through Qt's properties: these labels are built before the first paint (qt_values.py).
    set_property(label, "textFormat", PLAIN_TEXT)
    set_property(label, "textInteractionFlags", NO_TEXT_INTERACTION)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def plain_tooltip(text: str, limit: int = 600) -> str:
    """A tooltip that shows `text` literally (Qt renders tooltips that look like HTML as HTML)."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return "<p style='white-space:pre-wrap'>" + text.translate(_ESCAPES) + "</p>"


def elide(text: str, limit: int = 200) -> str:
    """Keep cells and titles to a sane length; the full text stays in the tooltip."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
