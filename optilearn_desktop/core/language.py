"""Which language the app speaks: the parent's choice (kept on this computer), the command
line's `--language`, or the system's, and the QLocale that numbers and dates follow with it.

Codes: "system" (follow the operating system), "en", "hi", and "xx", the pseudo-locale the
tests and screenshots use to find untranslated or clipped text (never offered in the settings).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:
    from .settings import LocalSettings

log = logging.getLogger(__name__)

SETTINGS_KEY = "language"
SYSTEM = "system"
ENGLISH = "en"
HINDI = "hi"
PSEUDO = "xx"
SHIPPED = (ENGLISH, HINDI)  # languages with a translation file
# The settings' choices, each language named in itself (a parent who reads only Hindi must
# find "हिन्दी" whatever language the window is in); "system" is translated where shown.
ENDONYMS = {ENGLISH: "English", HINDI: "हिन्दी"}
_LANGUAGES = {ENGLISH: QLocale.Language.English, HINDI: QLocale.Language.Hindi}


def load_choice(settings: LocalSettings | None) -> str:
    """The parent's saved choice; "system" when none, or when the saved value is not ours."""
    if settings is None:
        return SYSTEM
    try:
        value = settings.get(SETTINGS_KEY, SYSTEM)
    except Exception:  # a damaged settings file never stops the app
        log.warning("language setting unreadable; following the system", exc_info=True)
        return SYSTEM
    return value if value in (SYSTEM, *SHIPPED) else SYSTEM


def save_choice(settings: LocalSettings, code: str) -> None:
    """Remember `code` ("system", "en" or "hi"); an OSError reaches the caller."""
    if code not in (SYSTEM, *SHIPPED):
        raise ValueError(f"not a language the settings offer: {code!r}")
    settings.set(SETTINGS_KEY, code)


def resolve(code: str, system: QLocale | None = None) -> str:
    """The language actually used: "system" becomes Hindi on a Hindi system, else English."""
    if code in (*SHIPPED, PSEUDO):
        return code
    system = system if system is not None else QLocale.system()
    return HINDI if system.language() == QLocale.Language.Hindi else ENGLISH


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The QLocale numbers, dates and month names follow for `code` (a resolved one).

    English keeps an English-speaking system's own conventions (US dates stay US dates); any
    other system, a bare C locale and the pseudo-locale get British English (day-month-year,
    24-hour clock). Hindi is Hindi as written in India."""
    system = system if system is not None else QLocale.system()
    if code == HINDI:
        return QLocale(QLocale.Language.Hindi, QLocale.Country.India)
    if code == ENGLISH and system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
