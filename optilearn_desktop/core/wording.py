"""Filling translated templates: "%1 of %2" with values, in one pass.

Qt's QString.arg does not exist in PySide6, and chained str.replace would substitute a "%2"
that arrived inside the first value (a course title from the server may hold one)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ..api.errors import OUR_MESSAGES, ApiError

_PLACEHOLDER = re.compile(r"%([1-9])")

# lupdate reads calls of `translate("Context", "text")` under this name too.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate under `context`; translated where it is shown (PySide6's own
    is typed to return `object`)."""
    return text


class Context(QObject):
    """Base of a module's translation context: lupdate marks a text as plural (%n) only in a
    `tr()` call, so a module function writes `Words.tr("%n day(s)", "", n)` with
    `class Words(Context)`; PySide6 takes the class's name as the context, as lupdate does."""

    if TYPE_CHECKING:  # called on the class, which PySide6 allows and its stubs do not say

        @staticmethod
        def tr(sourceText: str, /, disambiguation: str | None = None, n: int = -1) -> str: ...


_MNEMONIC = re.compile(r"\s*\(&\w\)|&(?=\w)")


def without_mnemonic(text: str) -> str:
    """'Sign &out' -> 'Sign out'; 'रीफ़्रेश करें (&R)' -> 'रीफ़्रेश करें' (a script without the
    letter writes it in brackets)."""
    return _MNEMONIC.sub("", text)


def arg(template: str, *values: object) -> str:
    """'%1 of %2' with ('a', 'b') -> 'a of b'; a placeholder with no value stays as written."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)


def message_of(error: BaseException) -> str:
    """What to tell the parent about `error`: our own message in the language in use, the
    server's as it was sent."""
    if not isinstance(error, ApiError):
        return translate("ApiError", "Unexpected problem.")
    if error.message in OUR_MESSAGES:
        return translate("ApiError", error.message)
    return error.message
