"""Loading the app's and Qt's translations, and the generated pseudo-locale.

The app's `.qm` files are compiled from resources/translations/*.ts at build and install time
(build/translations.py) into the package's resources/translations folder, which the wheel and
the PyInstaller bundle carry. Qt's own `qtbase_<lang>.qm` (standard buttons, context menus) are
loaded from Qt's translations folder where Qt ships one; Qt ships none for Hindi, so a small
supplement of ours (qt_extra_<lang>.qm) covers the standard texts the app shows.

Installing or removing a translator makes Qt send `QEvent.LanguageChange` to every widget:
each one that shows our text sets it again (see views/retranslate.py).
"""

from __future__ import annotations

import logging
import math
import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core import language

log = logging.getLogger(__name__)

QM_DIR = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "translations"
)
APP_CATALOGUE = "optilearn_desktop"
QT_SUPPLEMENT = "qt_extra"
# Starts the disambiguation of a sentence split around widgets (core.wording.pieces).
AROUND_WIDGETS = "around widgets"
PSEUDO_GROWTH = 0.4  # translations run longer than English: German by a third, Hindi often more


def pseudo(text: str, disambiguation: str | None = None) -> str:
    """'Sign in' -> '[Sign in~~~]': bracketed so that a test sees it was translated, longer so
    that a test sees whether it still fits. Placeholders (%1, %n) and mnemonics are kept. A
    sentence placed around widgets (its disambiguation starts with AROUND_WIDGETS) shows each
    piece in its own label, so each piece is bracketed: '[from~~] %1 [to~] %2'."""
    if not (disambiguation or "").startswith(AROUND_WIDGETS):
        return _bracketed(text)
    parts = _NUMBERED.split(text)  # the placeholders kept, at the odd places
    return "".join(
        part if i % 2 or not part.strip() else _spaced(part) for i, part in enumerate(parts)
    )


_NUMBERED = re.compile(r"(%[1-9])")


def _bracketed(text: str) -> str:
    return "[" + text + "~" * math.ceil(len(text) * PSEUDO_GROWTH) + "]"


def _spaced(part: str) -> str:
    """A piece between placeholders, bracketed inside the spaces that join it to them."""
    stripped = part.strip()
    start = part[: len(part) - len(part.lstrip())]
    end = part[len(part.rstrip()) :]
    return start + _bracketed(stripped) + end


class PseudoTranslator(QTranslator):
    """Every text, ours and Qt's, through `pseudo`: generated, so it never falls behind."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text, disambiguation)

    def isEmpty(self) -> bool:
        return False


class Translations:
    """The translators installed in the running application; `apply` swaps them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def apply(self, choice: str) -> None:
        """Use `choice` (a code of core.language; "system" resolved): translators, the default
        QLocale. Widgets retranslate on the LanguageChange Qt sends when a translator is
        installed or removed."""
        code = language.resolve(choice)
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                QCoreApplication.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(language.locale_for(code))
        for translator in self._translators(code):
            if QCoreApplication.installTranslator(translator):
                self._installed.append(translator)
        if not self._installed and app is not None:
            # English needs no translator, but a switch back to it must still be heard.
            from PySide6.QtCore import QEvent

            QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))

    def _translators(self, code: str) -> list[QTranslator]:
        if code == language.PSEUDO:
            return [PseudoTranslator()]
        found: list[QTranslator] = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{code}", qt_dir),
            (f"{QT_SUPPLEMENT}_{code}", QM_DIR),
            (f"{APP_CATALOGUE}_{code}", QM_DIR),
        ):
            translator = QTranslator()
            if translator.load(name, folder):
                found.append(translator)
            elif name.startswith(APP_CATALOGUE) and code != language.ENGLISH:
                log.warning("no translation file %s.qm in %s", name, folder)
        return found
