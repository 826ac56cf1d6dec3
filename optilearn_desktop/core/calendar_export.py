"""The household's calendar file (RFC 5545, written with `icalendar`): every chosen child's
upcoming assignments (at their due time) and next live classes (start and length).

Each event's UID is made of the item's id and the child's contact id, so importing a newer
file updates the events instead of adding them again; every time is written in UTC, as the
server sent it, so no local-time conversion (and no daylight-saving change) can shift it.
Our words (the calendar's name, each event's description) are in the language in use at export.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import NamedTuple

from icalendar import Calendar, Event

from ..models.children import StudentContact
from ..models.overview import ChildOverview, LiveClass, UpcomingAssignment
from .overview_words import class_and_section
from .wording import Context, arg

PRODUCT_ID = "-//OptiLearn//OptiLearn Desktop//EN"  # names the program, in no language


class CalendarWords(Context):
    """This module's translation context."""


class CalendarChild(NamedTuple):
    """One child's part of the calendar: who, and the overview their events come from."""

    child: StudentContact
    overview: ChildOverview


def household_calendar(
    children: Sequence[CalendarChild], *, now: datetime, institution: str = ""
) -> bytes:
    """The .ics file for `children`; items whose time has passed by `now` are left out (a
    saved overview may be days old)."""
    return counted_calendar(children, now=now, institution=institution)[0]


def counted_calendar(
    children: Sequence[CalendarChild], *, now: datetime, institution: str = ""
) -> tuple[bytes, int]:
    """`household_calendar`, and how many events it holds."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CalendarWords.tr("OptiLearn: school calendar"))
    stamp = _utc(now)
    domain = f"{institution.strip().lower() or 'school'}.optilearn-desktop"
    callers = _call_names([c.child for c in children])
    count = 0
    for entry in children:
        name = callers[entry.child.contact_id]
        for event in _events(entry, name, stamp, domain):
            calendar.add_component(event)
            count += 1
    return bytes(calendar.to_ical()), count


def _due(overview: ChildOverview, now: datetime) -> list[UpcomingAssignment]:
    return [a for a in overview.upcoming_assignments or [] if a.due_at >= now]


def _classes(overview: ChildOverview, now: datetime) -> list[LiveClass]:
    live = overview.live_classes
    return [c for c in (live.upcoming if live else []) if (c.ends_at or c.starts_at) >= now]


def _events(entry: CalendarChild, name: str, stamp: datetime, domain: str) -> list[Event]:
    child = entry.child
    detail = class_and_section(child)
    who = (
        arg(CalendarWords.tr("%1 (%2)", "a child's name, then class"), child.name, detail)
        if detail
        else child.name
    )
    events = []
    for work in _due(entry.overview, stamp):
        event = _event(
            uid=f"assignment-{work.assignment_id}-{child.contact_id}@{domain}",
            summary=_title(name, work.title, work.course_title),
            stamp=stamp,
            start=work.due_at,
            course=work.course_title,
        )
        said = arg(CalendarWords.tr("Assignment due for %1."), who)
        event.add("description", said + _course_line(work.course_title))
        events.append(event)
    for live in _classes(entry.overview, stamp):
        event = _event(
            uid=f"live-class-{live.live_class_id}-{child.contact_id}@{domain}",
            summary=_title(
                name, arg(CalendarWords.tr("%1 (live class)"), live.title), live.course_title
            ),
            stamp=stamp,
            start=live.starts_at,
            course=live.course_title,
        )
        if live.ends_at is not None and live.ends_at > live.starts_at:
            event.add("dtend", _utc(live.ends_at))
        said = arg(CalendarWords.tr("Live class for %1."), who)
        event.add("description", said + _course_line(live.course_title))
        events.append(event)
    return events


def _event(*, uid: str, summary: str, stamp: datetime, start: datetime, course: str) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", _utc(start))
    event.add("summary", summary)
    if course:
        event.add("categories", [course])
    event.add("transp", "TRANSPARENT")  # a reminder, not time the parent is busy
    return event


def _utc(moment: datetime) -> datetime:
    """iCalendar times are whole seconds; the server's may carry a fraction."""
    return moment.astimezone(UTC).replace(microsecond=0)


def _title(name: str, what: str, course: str) -> str:
    """'Ananya: Quiz 3, Mathematics'."""
    return f"{name}: {what}" + (f", {course}" if course else "")


def _course_line(course: str) -> str:
    return "\n" + arg(CalendarWords.tr("Course: %1"), course) if course else ""


def _call_names(children: Sequence[StudentContact]) -> dict[str, str]:
    """Each child's first name, or the full name where two children share a first name."""
    first = {c.contact_id: (c.name.split() or [c.name])[0] for c in children}
    shared = {n for n in first.values() if list(first.values()).count(n) > 1}
    return {
        c.contact_id: c.name if first[c.contact_id] in shared else first[c.contact_id]
        for c in children
    }
