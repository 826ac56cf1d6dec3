"""Saying our texts in the language in use: filling templates ("%1 of %2", one pass, shared
with the API layer's `fill`), `Context` for module-level plurals, words kept to be said again on
a change of language (`Phrase`, `Later`, `ErrorWords`), and `message_of` for API errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ..api.errors import OUR_MESSAGES, PLACEHOLDER, ApiError, fill
from .text_marks import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # for views and core

# lupdate reads calls of `translate("Context", "text")` under this name too.
translate = QCoreApplication.translate


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


# One filling of %1, %2…, shared with the API layer's error templates.
arg = fill


def pieces(template: str, count: int) -> list[str] | None:
    """'Quiet hours from %1 to %2' -> ['Quiet hours from', 'to', '']: the words around `count`
    widgets placed in a sentence, so that a language orders the words as its grammar needs
    (Hindi: '%1 से %2 तक'). None when the template lacks %1..%count in that order."""
    marks = [f"%{i}" for i in range(1, count + 1)]
    found = PLACEHOLDER.findall(template)
    if [f"%{digit}" for digit in found] != marks:
        return None
    return [part.strip() for part in PLACEHOLDER.split(template)[::2]]


class Phrase:
    """Words kept as their English source and values, said in the language in use whenever they
    are shown (`str(phrase)`): a status line or banner on screen can then follow a change of
    language, where a finished string would keep the old one. lupdate reads
    `Phrase.translate("Context", "text")` like any `translate` call."""

    __slots__ = ("context", "disambiguation", "source", "values")

    def __init__(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        values: tuple[object, ...] = (),
    ) -> None:
        self.context, self.source = context, source
        self.disambiguation, self.values = disambiguation, values

    @classmethod
    def translate(cls, context: str, source: str, disambiguation: str | None = None) -> Phrase:
        return cls(context, source, disambiguation)

    def filled(self, *values: object) -> Phrase:
        """The same words with %1, %2… filled from `values` when shown (a value may itself be a
        Phrase or an `ErrorWords`, said in the language in use too)."""
        return Phrase(self.context, self.source, self.disambiguation, values)

    def __str__(self) -> str:
        said = translate(self.context, self.source, self.disambiguation)
        return arg(said, *self.values) if self.values else said

    def __repr__(self) -> str:
        return f"Phrase({self.source!r}, {self.values!r})"


class Later:
    """Words made by `words()` each time they are shown, for what a Phrase cannot hold: a
    plural, which lupdate reads only in a `tr()` call: `Later(lambda: X.tr("%n day(s)", "", n))`.
    """

    __slots__ = ("words",)

    def __init__(self, words: Callable[[], str]) -> None:
        self.words = words

    def __str__(self) -> str:
        return self.words()


class ErrorWords:
    """`message_of(error)`, said when shown (our own API texts follow the language)."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __str__(self) -> str:
        return message_of(self.error)


def message_of(error: BaseException) -> str:
    """What to tell the parent about `error`: our own message in the language in use, the
    server's as it was sent."""
    if not isinstance(error, ApiError):
        return translate("ApiError", "Unexpected problem.")
    if error.template in OUR_MESSAGES:
        return arg(translate("ApiError", error.template), *error.values)
    return error.message
