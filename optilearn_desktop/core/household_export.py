"""The household taken out of the app: every chosen child's overview brought up to date (or,
offline, as last saved), then the calendar file and the printed reports made from it. Used by
the window's "Add to calendar…" and "Print report…" and by `--export DIR`."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from ..api.errors import ApiError, OfflineError, ServerError
from ..models.vocabulary import Section
from .calendar_export import CalendarChild, counted_calendar
from .errors import ChildGoneError
from .overview_presenter import REVALIDATE_AFTER
from .overview_words import section_problem
from .parent_data import ChildState, ParentData
from .report_content import ReportChild, ReportHeader
from .report_layout import write_pdf
from .wording import message_of

log = logging.getLogger(__name__)
CALENDAR_FILE = "household.ics"


async def load_household(
    data: ParentData, now: datetime, child_ids: Sequence[str] | None = None
) -> list[str]:
    """Bring the chosen children's overviews (default: every child) up to date where they are
    older than the window's own revalidation age; a child the server cannot be asked about
    keeps what is known. The ids of the children still linked, in the switcher's order."""
    wanted = [c.contact_id for c in data.children if child_ids is None or c.contact_id in child_ids]
    kept = []
    for child_id in wanted:
        state = data.state(child_id)
        if state is None or _stale(state, now):
            try:
                await data.refresh_overview(child_id)
            except ChildGoneError:
                continue  # unlinked meanwhile: its data is gone, and not exported
            except ApiError as exc:  # offline or refused: the saved copy, said as such
                log.info("exporting the saved copy of a child's overview (%s)", exc.code)
        kept.append(child_id)
    return kept


def _stale(state: ChildState, now: datetime) -> bool:
    return state.last_error is not None or state.older_than(now, REVALIDATE_AFTER)


def report_child(state: ChildState, *, offline: bool = False) -> ReportChild:
    """What the report says of one child: its data, how old, and whether a saved copy."""
    error = state.last_error
    problems = {s: section_problem(p) for s, p in state.section_errors.items()}
    if error is not None:
        for section in Section:
            # The report's template ends the sentence itself, in its language's full stop.
            problems.setdefault(section, message_of(error).rstrip(".।"))
    return ReportChild(
        child=state.child,
        overview=state.overview,
        as_of=min(state.updated_at.values()) if state.updated_at else None,
        offline=offline or isinstance(error, OfflineError | ServerError),
        problems=problems,
    )


def calendar_children(states: Sequence[ChildState]) -> list[CalendarChild]:
    return [CalendarChild(state.child, state.overview) for state in states]


def known_states(data: ParentData, child_ids: Sequence[str]) -> list[ChildState]:
    return [state for child_id in child_ids if (state := data.state(child_id)) is not None]


class CalendarFile(NamedTuple):
    payload: bytes  # the .ics file
    events: int
    names: list[str]  # the children in it


async def calendar_file(
    data: ParentData,
    *,
    now: datetime,
    institution: str,
    child_ids: Sequence[str] | None = None,
) -> CalendarFile:
    """The chosen children's calendar, their overviews brought up to date first."""
    states = known_states(data, await load_household(data, now, child_ids))
    children = calendar_children(states)
    payload, events = counted_calendar(children, now=now, institution=institution)
    return CalendarFile(payload, events, [s.child.name for s in states])


def school_name(institution_slug: str) -> str:
    """The school as the parent typed it at sign-in (the API does not name it)."""
    return institution_slug.strip().upper()


class Exported(NamedTuple):
    calendar: Path
    events: int
    reports: list[Path]


def write_household(
    folder: Path,
    states: Sequence[ChildState],
    *,
    now: datetime,
    institution: str,
    offline: bool = False,
) -> Exported:
    """`household.ics` and one `report-<child>.pdf` per child into `folder` (made if need
    be). Raises OSError when something cannot be written."""
    folder.mkdir(parents=True, exist_ok=True)
    children = calendar_children(states)
    calendar = folder / CALENDAR_FILE
    payload, events = counted_calendar(children, now=now, institution=institution)
    calendar.write_bytes(payload)
    header = ReportHeader(school_name(institution), now)
    reports = []
    for state, name in zip(states, report_names([s.child.name for s in states]), strict=True):
        path = folder / name
        write_pdf(path, [report_child(state, offline=offline)], header)
        reports.append(path)
    return Exported(calendar, events, reports)


def report_names(names: Sequence[str]) -> list[str]:
    """'report-ananya-sharma.pdf' per child; a second child of the same name gets '-2'."""
    taken: set[str] = set()
    files = []
    for name in names:
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40] or "child"
        candidate, number = slug, 1
        while candidate in taken:
            number += 1
            candidate = f"{slug}-{number}"
        taken.add(candidate)
        files.append(f"report-{candidate}.pdf")
    return files
