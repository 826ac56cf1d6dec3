"""The overview's enum labels (models/vocabulary.py, which knows no Qt) in the language in use.
A value new to us is the server's word, shown humanized as before, untranslated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..models.vocabulary import WireEnum, label_of
from .wording import QT_TRANSLATE_NOOP

# The English labels of the members we know, for lupdate; `label` looks them up at run time.
KNOWN = (
    QT_TRANSLATE_NOOP("Vocabulary", "Father"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mother"),
    QT_TRANSLATE_NOOP("Vocabulary", "Guardian"),
    QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Valid"),
    QT_TRANSLATE_NOOP("Vocabulary", "Revoked"),
    QT_TRANSLATE_NOOP("Vocabulary", "Expired"),
)


def label(value: WireEnum | str) -> str:
    """A known member's label, translated; an unknown value as `label_of` reads it."""
    text = label_of(value)
    if isinstance(value, WireEnum) and text in KNOWN:
        return QCoreApplication.translate("Vocabulary", text)
    return text
