"""Marking a text for translation without loading Qt, for the modules that run before it (the
kiosk policy, the keyring, the session): lupdate reads `QT_TRANSLATE_NOOP("Context", "text")`,
and the text is translated where it is shown (core.wording.translate, in the language then)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for lupdate under `context` (PySide6's own is typed to return `object`
    and needs Qt loaded)."""
    return text
