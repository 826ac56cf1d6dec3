"""What the overview's data says in words, in the language in use: a child's class and
section, and a tab's note on rows the school's server sent that it does not show (models keep
only the counts: they know no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .formatting import counted, number
from .wording import QT_TRANSLATE_NOOP, Context, arg, translate

if TYPE_CHECKING:
    from ..models.children import StudentContact
    from ..models.overview import RowsLeftOut


class OverviewWords(Context):
    """This module's translation context (plural texts: `OverviewWords.tr(text, "", n)`)."""


# The models' words for a section's problem (models know no Qt), marked here for lupdate.
_PROBLEMS = (
    QT_TRANSLATE_NOOP("OverviewWords", "missing from the server's answer"),
    QT_TRANSLATE_NOOP("OverviewWords", "not a list"),
)


def section_problem(problem: str) -> str:
    """A section's problem as the models word it (models.overview's SECTION_MISSING,
    NOT_A_LIST), in the language in use; a field error that pydantic describes is technical
    and stays as it is."""
    return translate("OverviewWords", problem) if problem in _PROBLEMS else problem


def class_and_section(child: StudentContact) -> str:
    """'Class 8, Section B' (the class as the school names it), or whichever part is known."""
    section = arg(OverviewWords.tr("Section %1"), child.section) if child.section else None
    return ", ".join(p for p in (child.class_name, section) if p)


def rows_note(left_out: RowsLeftOut) -> str:
    """'2 entries from the school's server could not be read and are left out. Showing the
    first 1,000 of 20,000.' (either part, or "" when nothing is left out)."""
    parts = []
    if left_out.unreadable:
        parts.append(
            counted(
                lambda n: OverviewWords.tr(
                    "%n entries from the school's server could not be read and are left out.",
                    "",
                    n,
                ),
                left_out.unreadable,
            )
        )
    if left_out.cut:
        parts.append(
            arg(
                OverviewWords.tr("Showing the first %1 of %2."),
                number(left_out.shown),
                number(left_out.sent),
            )
        )
    return " ".join(parts)
