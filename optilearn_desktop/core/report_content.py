"""What a child's printed report says: name, class and section, the quick figures, courses,
recent grades, upcoming work, live-class attendance, achievements and certificates, the date
the data is from and the school, as HTML for a QTextDocument (core/report_layout.py pages it).

Every value from the server is escaped: the report shows text, never markup of its own.
Dates and numbers come from core/formatting.py, our words from the catalogue, both in the
language in use when the report is made."""

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
from ..models.vocabulary import Section
from . import formatting as fmt
from .overview_words import class_and_section, rows_note
from .vocabulary_words import label
from .wording import Context, arg

PASSED_COLOR = "#1b7f3b"  # green and red that read on paper, printed in colour or grey
FAILED_COLOR = "#b3261e"
MUTED_COLOR = "#555555"


class ReportWords(Context):
    """This module's translation context (plural texts: `ReportWords.tr(text, "", n)`)."""


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
    details = [class_and_section(child)]
    if child.student_code:
        details.append(arg(ReportWords.tr("Student code %1"), child.student_code))
    parts = [
        f"<h1>{escape(child.name)}</h1>",
        f"<p>{_join(details)}</p>",
        f'<p style="color:{MUTED_COLOR}">{escape(as_of_line(entry, header))}</p>',
        _quick_figures(overview),
        _section(ReportWords.tr("Courses"), entry, Section.COURSES, _courses),
        _section(ReportWords.tr("Recent grades"), entry, Section.GRADES, _grades),
        _section(ReportWords.tr("Upcoming work"), entry, Section.UPCOMING, _upcoming),
        _section(ReportWords.tr("Live classes this month"), entry, Section.LIVE_CLASSES, _live),
        _section(ReportWords.tr("Achievements"), entry, Section.ACHIEVEMENTS, _badges),
        _section(ReportWords.tr("Certificates"), entry, Section.CERTIFICATES, _certificates),
    ]
    return "\n".join(parts)


def as_of_line(entry: ReportChild, header: ReportHeader) -> str:
    """'School: SVPMS · Data as of 6/12/26 14:02 (offline copy) · Printed 6/12/26 14:10'."""
    if entry.as_of is None:
        data = ReportWords.tr("No data known yet")
    else:
        data = arg(ReportWords.tr("Data as of %1"), fmt.absolute(entry.as_of))
    if entry.offline:
        data = arg(ReportWords.tr("%1 (offline copy)"), data)
    school = arg(ReportWords.tr("School: %1"), header.school) if header.school else None
    return " · ".join(
        p
        for p in (school, data, arg(ReportWords.tr("Printed %1"), fmt.absolute(header.printed_at)))
        if p
    )


def _join(values: Sequence[str | None]) -> str:
    return escape(" · ".join(v for v in values if v))


def _section(title: str, entry: ReportChild, section: Section, render: Callable[[Any], str]) -> str:
    value = entry.overview.section_value(section)
    if value is None:
        why = entry.problems.get(section) or ReportWords.tr("no copy of it is known")
        body = _muted(arg(ReportWords.tr("Not available: %1."), why))
    else:
        body = render(value)
    note = entry.overview.section_notes.get(section)
    if note is not None:
        body += _muted(rows_note(note))
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
    color, word = (
        (PASSED_COLOR, ReportWords.tr("Passed"))
        if passed
        else (FAILED_COLOR, ReportWords.tr("Failed"))
    )
    return f'<span style="color:{color}"><b>{escape(word)}</b></span>'


def _quick_figures(overview: ChildOverview) -> str:
    game: Gamification | None = overview.gamification
    live: LiveClassSummary | None = overview.live_classes
    courses = overview.courses
    unknown = ("—", ReportWords.tr("Not available"))
    streak = points = unknown
    if game is not None:
        streak = (
            fmt.counted(lambda n: ReportWords.tr("%n day(s)", "", n), game.current_streak),
            arg(ReportWords.tr("Longest: %1"), fmt.number(game.longest_streak)),
        )
        badges = ReportWords.tr("%n badge(s)", "", len(game.badges))
        points = (fmt.number(game.total_points), badges)
    attended = (
        unknown
        if live is None
        else (
            fmt.number(live.attended_this_month),
            arg(ReportWords.tr("Missed: %1"), fmt.number(live.missed_this_month)),
        )
    )
    taking = (
        unknown
        if courses is None
        else (
            fmt.number(len(courses)),
            arg(ReportWords.tr("Completed: %1"), fmt.number(overview.courses_completed or 0)),
        )
    )
    cells = "".join(
        f'<td width="25%">{escape(caption)}<br/><span style="font-size:16pt"><b>'
        f'{escape(value)}</b></span><br/><span style="color:{MUTED_COLOR}">{escape(sub)}'
        "</span></td>"
        for caption, (value, sub) in (
            (ReportWords.tr("Current streak"), streak),
            (ReportWords.tr("Total points"), points),
            (ReportWords.tr("Classes attended this month"), attended),
            (ReportWords.tr("Courses"), taking),
        )
    )
    return (
        '<table width="100%" cellspacing="6" cellpadding="6" border="1" '
        f'style="border-color:#999999; border-style:solid"><tr>{cells}</tr></table>'
    )


def _courses(courses: list[Course]) -> str:
    if not courses:
        return _muted(
            ReportWords.tr("No courses yet: the school has not enrolled this child in any course.")
        )
    rows = []
    for course in courses:
        final = "—" if course.final_score is None else fmt.score(course.final_score)
        rows.append(
            [
                escape(course.course_title),
                escape(label(course.status)),
                escape(fmt.percent(course.progress)),
                f"{escape(final)} {_verdict(course.passed)}".strip(),
            ]
        )
    headers = [ReportWords.tr("Course"), ReportWords.tr("Status"), ReportWords.tr("Progress")]
    return _table([*headers, ReportWords.tr("Final result")], rows, right=2)


def _grades(grades: list[Grade]) -> str:
    if not grades:
        return _muted(ReportWords.tr("No graded work yet."))
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
    headers = [ReportWords.tr("Assignment"), ReportWords.tr("Course"), ReportWords.tr("Score"), "%"]
    return _table([*headers, ReportWords.tr("Result"), ReportWords.tr("Graded")], rows, right=4)


def _upcoming(work: list[UpcomingAssignment]) -> str:
    if not work:
        return _muted(ReportWords.tr("Nothing due: no upcoming assignments."))
    rows = [
        [
            escape(a.title),
            escape(a.course_title),
            escape(fmt.absolute(a.due_at)),
            escape("—" if a.max_score is None else fmt.score(a.max_score)),
        ]
        for a in work
    ]
    headers = [ReportWords.tr("Assignment"), ReportWords.tr("Course"), ReportWords.tr("Due")]
    return _table([*headers, ReportWords.tr("Points")], rows, right=1)


def _live(live: LiveClassSummary) -> str:
    held = live.attended_this_month + live.missed_this_month
    rate = (
        ReportWords.tr("no class held yet")
        if held == 0
        else arg(ReportWords.tr("attendance %1"), fmt.percent(live.attendance_percent))
    )
    attended, missed = fmt.number(live.attended_this_month), fmt.number(live.missed_this_month)
    if live.month:
        said = arg(
            ReportWords.tr("Attended %1, missed %2 (%3): %4."),
            attended,
            missed,
            fmt.month_name(live.month),
            rate,
        )
    else:
        said = arg(ReportWords.tr("Attended %1, missed %2: %3."), attended, missed, rate)
    summary = f"<p>{escape(said)}</p>"
    if not live.upcoming:
        return summary + _muted(ReportWords.tr("No live class is scheduled yet."))
    rows = [
        [
            escape(c.title),
            escape(c.course_title),
            escape(fmt.absolute(c.starts_at)),
            escape(_length(c)),
        ]
        for c in live.upcoming
    ]
    next_title = escape(ReportWords.tr("Next live classes"))
    return (
        summary
        + f"<p><b>{next_title}</b></p>"
        + _table(
            [
                ReportWords.tr("Class"),
                ReportWords.tr("Course"),
                ReportWords.tr("Starts"),
                ReportWords.tr("Length"),
            ],
            rows,
            right=1,
        )
    )


def _length(item: LiveClass) -> str:
    if item.ends_at is None or item.ends_at <= item.starts_at:
        return "—"
    minutes = round((item.ends_at - item.starts_at).total_seconds() / 60)
    return fmt.counted(lambda n: ReportWords.tr("%n min", "", n), minutes)


def _badges(game: Gamification) -> str:
    if not game.badges:
        return _muted(ReportWords.tr("No badges yet."))
    rows = [
        [
            escape(b.name),
            escape(b.description),
            escape(fmt.date_only(b.earned_at) if b.earned_at else "—"),
        ]
        for b in game.badges
    ]
    return _table(
        [ReportWords.tr("Badge"), ReportWords.tr("What for"), ReportWords.tr("Earned")],
        rows,
        right=1,
    )


def _certificates(certificates: list[Certificate]) -> str:
    if not certificates:
        return _muted(ReportWords.tr("No certificates yet."))
    rows = [
        [
            escape(c.course_title),
            escape(fmt.date_only(c.issued_at)),
            escape(label(c.status)),
            escape(c.verification_code),
        ]
        for c in certificates
    ]
    headers = [ReportWords.tr("Course"), ReportWords.tr("Issued"), ReportWords.tr("Status")]
    return _table([*headers, ReportWords.tr("Verification code")], rows)
