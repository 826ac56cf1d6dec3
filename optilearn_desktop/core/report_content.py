"""What a child's printed report says: name, class and section, the quick figures, courses,
recent grades, upcoming work, live-class attendance, achievements and certificates, the date
the data is from and the school, as HTML for a QTextDocument (core/report_layout.py pages it).

Every value from the server is escaped: the report shows text, never markup of its own.
Dates and numbers come from core/formatting.py, in the language in use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from typing import Any, NamedTuple

from ..models.children import StudentContact
from ..models.overview import (
    Certificate,
    ChildOverview,
    Course,
    Gamification,
    Grade,
    LiveClass,
    LiveClassSummary,
    UpcomingAssignment,
)
from ..models.vocabulary import Section, label_of
from . import formatting as fmt

PASSED_COLOR = "#1b7f3b"  # green and red that read on paper, printed in colour or grey
FAILED_COLOR = "#b3261e"
MUTED_COLOR = "#555555"


class ReportChild(NamedTuple):
    """One child's part of a report."""

    child: StudentContact
    overview: ChildOverview
    as_of: datetime | None  # when the oldest shown section was fetched; None: nothing known
    offline: bool  # a saved copy: the server could not be asked this time
    problems: dict[Section, str]  # why a section has nothing to show


class ReportHeader(NamedTuple):
    school: str
    printed_at: datetime


def child_html(entry: ReportChild, header: ReportHeader) -> str:
    """The whole report of one child (it starts a page group of its own)."""
    child, overview = entry.child, entry.overview
    details = [child.class_and_section]
    if child.student_code:
        details.append(f"Student code {child.student_code}")
    parts = [
        f"<h1>{escape(child.name)}</h1>",
        f"<p>{_join(details)}</p>",
        f'<p style="color:{MUTED_COLOR}">{escape(as_of_line(entry, header))}</p>',
        _quick_figures(overview),
        _section("Courses", entry, Section.COURSES, _courses),
        _section("Recent grades", entry, Section.GRADES, _grades),
        _section("Upcoming work", entry, Section.UPCOMING, _upcoming),
        _section("Live classes this month", entry, Section.LIVE_CLASSES, _live),
        _section("Achievements", entry, Section.ACHIEVEMENTS, _badges),
        _section("Certificates", entry, Section.CERTIFICATES, _certificates),
    ]
    return "\n".join(parts)


def as_of_line(entry: ReportChild, header: ReportHeader) -> str:
    """'School: SVPMS · Data as of 6/12/26 14:02 (offline copy) · Printed 6/12/26 14:10'."""
    data = "No data known yet" if entry.as_of is None else f"Data as of {fmt.absolute(entry.as_of)}"
    if entry.offline:
        data += " (offline copy)"
    school = f"School: {header.school} · " if header.school else ""
    return f"{school}{data} · Printed {fmt.absolute(header.printed_at)}"


def _join(values: Sequence[str | None]) -> str:
    return escape(" · ".join(v for v in values if v))


def _section(title: str, entry: ReportChild, section: Section, render: Callable[[Any], str]) -> str:
    value = entry.overview.section_value(section)
    if value is None:
        why = entry.problems.get(section) or "no copy of it is known"
        body = _muted(f"Not available: {why}.")
    else:
        body = render(value)
    note = entry.overview.section_notes.get(section)
    if note:
        body += _muted(note)
    return f"<h2>{escape(title)}</h2>\n{body}"


def _muted(text: str) -> str:
    return f'<p style="color:{MUTED_COLOR}"><i>{escape(text)}</i></p>'


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, right: int = 0) -> str:
    """A ruled table of escaped cells (`rows` hold HTML); the last `right` columns align
    right (figures)."""
    first = len(headers) - right
    head = "".join(
        f'<th align="{"right" if i >= first else "left"}">{escape(h)}</th>'
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="{"right" if i >= first else "left"}">{cell}</td>'
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" border="1" '
        f'style="border-color:#999999; border-style:solid">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def _verdict(passed: bool | None) -> str:
    if passed is None:
        return ""
    color, word = (PASSED_COLOR, "Passed") if passed else (FAILED_COLOR, "Failed")
    return f'<span style="color:{color}"><b>{word}</b></span>'


def _quick_figures(overview: ChildOverview) -> str:
    game: Gamification | None = overview.gamification
    live: LiveClassSummary | None = overview.live_classes
    courses = overview.courses
    unknown = ("—", "Not available")
    streak = points = unknown
    if game is not None:
        days = "day" if game.current_streak == 1 else "days"
        badges = len(game.badges)
        streak = (
            f"{fmt.number(game.current_streak)} {days}",
            f"Longest: {fmt.number(game.longest_streak)}",
        )
        points = (fmt.number(game.total_points), f"{badges} badge{'s' if badges != 1 else ''}")
    attended = (
        unknown
        if live is None
        else (fmt.number(live.attended_this_month), f"Missed: {live.missed_this_month}")
    )
    taking = (
        unknown
        if courses is None
        else (fmt.number(len(courses)), f"Completed: {overview.courses_completed}")
    )
    cells = "".join(
        f'<td width="25%">{escape(caption)}<br/><span style="font-size:16pt"><b>'
        f'{escape(value)}</b></span><br/><span style="color:{MUTED_COLOR}">{escape(sub)}'
        "</span></td>"
        for caption, (value, sub) in (
            ("Current streak", streak),
            ("Total points", points),
            ("Classes attended this month", attended),
            ("Courses", taking),
        )
    )
    return (
        '<table width="100%" cellspacing="6" cellpadding="6" border="1" '
        f'style="border-color:#999999; border-style:solid"><tr>{cells}</tr></table>'
    )


def _courses(courses: list[Course]) -> str:
    if not courses:
        return _muted("No courses yet: the school has not enrolled this child in any course.")
    rows = []
    for course in courses:
        final = "—" if course.final_score is None else fmt.score(course.final_score)
        rows.append(
            [
                escape(course.course_title),
                escape(label_of(course.status)),
                escape(fmt.percent(course.progress)),
                f"{escape(final)} {_verdict(course.passed)}".strip(),
            ]
        )
    return _table(["Course", "Status", "Progress", "Final result"], rows, right=2)


def _grades(grades: list[Grade]) -> str:
    if not grades:
        return _muted("No graded work yet.")
    rows = [
        [
            escape(g.assignment_title),
            escape(g.course_title),
            escape(f"{fmt.score(g.score)}/{fmt.score(g.max_score)}"),
            escape(fmt.percent(g.percentage)),
            _verdict(g.passed) or "—",
            escape(fmt.date_only(g.graded_at)),
        ]
        for g in grades
    ]
    return _table(["Assignment", "Course", "Score", "%", "Result", "Graded"], rows, right=4)


def _upcoming(work: list[UpcomingAssignment]) -> str:
    if not work:
        return _muted("Nothing due: no upcoming assignments.")
    rows = [
        [
            escape(a.title),
            escape(a.course_title),
            escape(fmt.absolute(a.due_at)),
            escape("—" if a.max_score is None else fmt.score(a.max_score)),
        ]
        for a in work
    ]
    return _table(["Assignment", "Course", "Due", "Points"], rows, right=1)


def _live(live: LiveClassSummary) -> str:
    month = f" ({fmt.month_name(live.month)})" if live.month else ""
    held = live.attended_this_month + live.missed_this_month
    rate = (
        "no class held yet" if held == 0 else f"attendance {fmt.percent(live.attendance_percent)}"
    )
    summary = (
        f"<p>Attended {escape(fmt.number(live.attended_this_month))}, missed "
        f"{escape(fmt.number(live.missed_this_month))}{escape(month)}: {escape(rate)}.</p>"
    )
    if not live.upcoming:
        return summary + _muted("No live class is scheduled yet.")
    rows = [
        [
            escape(c.title),
            escape(c.course_title),
            escape(fmt.absolute(c.starts_at)),
            escape(_length(c)),
        ]
        for c in live.upcoming
    ]
    return (
        summary
        + "<p><b>Next live classes</b></p>"
        + _table(["Class", "Course", "Starts", "Length"], rows, right=1)
    )


def _length(item: LiveClass) -> str:
    if item.ends_at is None or item.ends_at <= item.starts_at:
        return "—"
    return f"{round((item.ends_at - item.starts_at).total_seconds() / 60)} min"


def _badges(game: Gamification) -> str:
    if not game.badges:
        return _muted("No badges yet.")
    rows = [
        [
            escape(b.name),
            escape(b.description),
            escape(fmt.date_only(b.earned_at) if b.earned_at else "—"),
        ]
        for b in game.badges
    ]
    return _table(["Badge", "What for", "Earned"], rows, right=1)


def _certificates(certificates: list[Certificate]) -> str:
    if not certificates:
        return _muted("No certificates yet.")
    rows = [
        [
            escape(c.course_title),
            escape(fmt.date_only(c.issued_at)),
            escape(label_of(c.status)),
            escape(c.verification_code),
        ]
        for c in certificates
    ]
    return _table(["Course", "Issued", "Status", "Verification code"], rows)
