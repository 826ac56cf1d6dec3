"""What needs a parent's attention, across all children, from data the contract provides.

The rules (issue 18), each an item naming the child, the tab and the row it is about:
- a grade of the last LOOK_BACK that failed or is under the pass mark;
- an active course whose mean of the grades seen is under the pass mark (docs/api.md: the
  LOW_GRADE rule and threshold, applied per course; completed courses are done and left out);
- work due within DUE_SOON, and work past due (an upcoming item whose due time has passed);
- each class missed this month (or their count, when the server does not list them), and
  attendance under LOW_ATTENDANCE;
- a certificate that expires within EXPIRES_SOON, or was revoked.
Items are ranked by urgency: the kind first (Concern's order), then the time that makes them
pressing. A section that is missing, failed to refresh or is old is named per child (a gap).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING

from ..models.overview import PASS_PERCENTAGE, CertificateStatus, EnrollmentStatus, Section
from .formatting import counted, mean_percent, percent, score
from .grade_history import course_key, grades_seen, is_failed, mean_percentage
from .overview_words import section_problem
from .wording import QT_TRANSLATE_NOOP, Context, arg, message_of, translate

if TYPE_CHECKING:
    from ..models.children import Child
    from ..models.overview import ChildOverview, Grade
    from .grade_history import GradeHistory
    from .parent_data import ChildState

DUE_SOON = timedelta(hours=48)
LOOK_BACK = timedelta(days=14)  # a failed grade older than this is history, not news
LOW_ATTENDANCE = 75.0
EXPIRES_SOON = timedelta(days=30)
STALE_AFTER = timedelta(hours=1)  # data older than this is said to be old on the card


class Attention(Context):
    """This module's translation context: its sentences are written when a summary is made,
    so a page that renders again after a change of language shows them in the new one."""


SECTION_NAMES = {  # in English, the source of `section_name`
    Section.CHILD: QT_TRANSLATE_NOOP("Attention", "Profile"),
    Section.COURSES: QT_TRANSLATE_NOOP("Attention", "Courses"),
    Section.GRADES: QT_TRANSLATE_NOOP("Attention", "Grades"),
    Section.UPCOMING: QT_TRANSLATE_NOOP("Attention", "Upcoming work"),
    Section.LIVE_CLASSES: QT_TRANSLATE_NOOP("Attention", "Live classes"),
    Section.ACHIEVEMENTS: QT_TRANSLATE_NOOP("Attention", "Achievements"),
    Section.CERTIFICATES: QT_TRANSLATE_NOOP("Attention", "Certificates"),
}


def section_name(section: Section) -> str:
    """The section's name in the language in use."""
    return translate("Attention", SECTION_NAMES[section])


# The sections the rules read (achievements only feed the card's points).
_CHECKED = (
    Section.GRADES,
    Section.COURSES,
    Section.UPCOMING,
    Section.LIVE_CLASSES,
    Section.CERTIFICATES,
)


class Concern(IntEnum):
    """The kinds of item, most urgent first."""

    PAST_DUE = 0
    FAILED_GRADE = 1
    DUE_SOON = 2
    LOW_AVERAGE = 3
    MISSED_CLASS = 4
    LOW_ATTENDANCE = 5
    CERTIFICATE_REVOKED = 6
    CERTIFICATE_EXPIRING = 7


@dataclass(frozen=True)
class AttentionItem:
    child_id: str
    child_name: str
    concern: Concern
    section: Section  # the tab it opens
    row_key: str | None  # the row of that tab (see views/row_keys.py), None: the tab only
    what: str
    why: str
    when: datetime | None  # the moment that makes it pressing (due, graded, missed, expires)

    def rank(self) -> tuple[int, float]:
        stamp = self.when.timestamp() if self.when is not None else 0.0
        # Due and expiring: the soonest first; the rest: the newest first.
        soonest = self.concern in (Concern.DUE_SOON, Concern.CERTIFICATE_EXPIRING)
        return (int(self.concern), stamp if soonest else -stamp)


@dataclass(frozen=True)
class Gap:
    """A section the card must mention: missing (`data_from` None) or not fresh."""

    section: Section
    reason: str
    data_from: datetime | None


@dataclass
class ChildSummary:
    """One child's card: today's figures, the items, the gaps."""

    child: Child
    items: list[AttentionItem] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    loaded: bool = False  # anything known of this child's overview yet
    attended: int | None = None
    missed: int | None = None
    attendance_percent: float | None = None
    points: int | None = None
    courses_in_progress: int | None = None


@dataclass
class Household:
    children: list[ChildSummary]
    items: list[AttentionItem]  # every child's, ranked


def household(
    children: list[Child], states: dict[str, ChildState | None], now: datetime
) -> Household:
    summaries = [summarize(child, states.get(child.contact_id), now) for child in children]
    items = [item for summary in summaries for item in summary.items]
    items.sort(key=AttentionItem.rank)
    return Household(summaries, items)


def summarize(child: Child, state: ChildState | None, now: datetime) -> ChildSummary:
    summary = ChildSummary(child)
    if state is None or (not state.updated_at and state.last_error is None):
        return summary  # not loaded yet: the card says so
    summary.loaded = bool(state.updated_at)
    o = state.overview
    summary.gaps = _gaps(state, now)
    live = o.live_classes
    if live is not None:
        summary.attended, summary.missed = live.attended_this_month, live.missed_this_month
        summary.attendance_percent = live.attendance_percent
    if o.gamification is not None:
        summary.points = o.gamification.total_points
    if o.courses is not None:
        summary.courses_in_progress = sum(c.status == EnrollmentStatus.ACTIVE for c in o.courses)
    summary.items = sorted(_items(child, state, now), key=AttentionItem.rank)
    return summary


def _gaps(state: ChildState, now: datetime) -> list[Gap]:
    gaps = []
    for section in _CHECKED:
        updated = state.updated_at.get(section)
        problem = state.section_errors.get(section)
        error = section_problem(problem) if problem else None
        if state.overview.section_value(section) is None:
            missing = Attention.tr("not available from the school's server")
            gaps.append(Gap(section, error or missing, None))
        elif error:
            gaps.append(
                Gap(section, arg(Attention.tr("could not be refreshed (%1)"), error), updated)
            )
        elif state.last_error is not None:
            gaps.append(Gap(section, message_of(state.last_error), updated))
        elif updated is not None and now - updated > STALE_AFTER:
            gaps.append(Gap(section, Attention.tr("not refreshed lately"), updated))
    return gaps


def _items(child: Child, state: ChildState, now: datetime) -> list[AttentionItem]:
    found = _Found(child)
    o = state.overview
    for grade in o.recent_grades or []:
        if is_failed(grade) and now - grade.graded_at <= LOOK_BACK:
            scored = (
                Attention.tr("Scored %1: failed")
                if grade.passed is False
                else Attention.tr("Scored %1: under the pass mark")
            )
            found.add(
                Concern.FAILED_GRADE,
                Section.GRADES,
                grade.submission_id,
                _work(grade.assignment_title, grade.course_title),
                arg(scored, grade_text(grade)),
                grade.graded_at,
            )
    for course_id, title, mean, grades in low_averages(o, state.history):
        found.add(
            Concern.LOW_AVERAGE,
            Section.COURSES,
            course_id,
            title,
            arg(
                Attention.tr(
                    "Average %1 over %n grade(s) seen, under the pass mark of %2", "", len(grades)
                ),
                mean_percent(mean),
                percent(PASS_PERCENTAGE),
            ),
            grades[0].graded_at,
        )
    for work in o.upcoming_assignments or []:
        late = work.due_at < now
        if late or work.due_at - now <= DUE_SOON:
            found.add(
                Concern.PAST_DUE if late else Concern.DUE_SOON,
                Section.UPCOMING,
                work.assignment_id,
                _work(work.title, work.course_title),
                Attention.tr("Past due, not handed in when last checked")
                if late
                else Attention.tr("Due within 48 hours"),
                work.due_at,
            )
    _attendance(found, o, now)
    _certificates(found, o, now)
    return found.items


class _Found:
    """The items found for one child."""

    def __init__(self, child: Child) -> None:
        self.child = child
        self.items: list[AttentionItem] = []

    def add(
        self,
        concern: Concern,
        section: Section,
        key: str | None,
        what: str,
        why: str,
        when: datetime,
    ) -> None:
        child = self.child
        self.items.append(
            AttentionItem(child.contact_id, child.name, concern, section, key, what, why, when)
        )


def _attendance(found: _Found, o: ChildOverview, now: datetime) -> None:
    live = o.live_classes
    if live is None:
        return
    if live.missed_classes is not None:
        for missed in live.missed_classes:
            found.add(
                Concern.MISSED_CLASS,
                Section.LIVE_CLASSES,
                missed.live_class_id,
                _work(missed.title, missed.course_title),
                Attention.tr("Missed this month"),
                missed.starts_at,
            )
    elif live.missed_this_month:
        count = live.missed_this_month
        found.add(
            Concern.MISSED_CLASS,
            Section.LIVE_CLASSES,
            None,
            counted(lambda n: Attention.tr("%n class(es) missed this month", "", n), count),
            Attention.tr("Which classes is not known: the school's server sends only the count"),
            now,
        )
    rate = live.attendance_percent
    if rate is not None and rate < LOW_ATTENDANCE:
        found.add(
            Concern.LOW_ATTENDANCE,
            Section.LIVE_CLASSES,
            None,
            Attention.tr("Live class attendance this month"),
            arg(Attention.tr("%1, under %2"), percent(rate), percent(LOW_ATTENDANCE)),
            now,
        )


def _certificates(found: _Found, o: ChildOverview, now: datetime) -> None:
    for cert in o.certificates or []:
        if cert.status == CertificateStatus.REVOKED:
            revoked = (
                arg(Attention.tr("Certificate revoked: %1"), cert.revoked_reason)
                if cert.revoked_reason
                else Attention.tr("Certificate revoked")
            )
            found.add(
                Concern.CERTIFICATE_REVOKED,
                Section.CERTIFICATES,
                cert.certificate_id,
                cert.course_title,
                revoked,
                cert.revoked_at or cert.issued_at,
            )
        elif (
            cert.status == CertificateStatus.VALID
            and cert.expires_at is not None
            and cert.expires_at - now <= EXPIRES_SOON
        ):
            expired = cert.expires_at <= now
            found.add(
                Concern.CERTIFICATE_EXPIRING,
                Section.CERTIFICATES,
                cert.certificate_id,
                cert.course_title,
                Attention.tr("Certificate has expired")
                if expired
                else Attention.tr("Certificate expires within 30 days"),
                cert.expires_at,
            )


def low_averages(
    o: ChildOverview, history: GradeHistory | None
) -> list[tuple[str | None, str, float, list[Grade]]]:
    """Each active course whose mean of the grades seen is under the pass mark: its id (None
    when the server sends none), title, mean and grades (newest first)."""
    by_course: dict[str, list[Grade]] = {}
    for grade in grades_seen(o.recent_grades, history):
        by_course.setdefault(course_key(grade), []).append(grade)
    done = {c.course_id for c in o.courses or [] if c.is_completed}
    low = []
    for grades in by_course.values():
        course_id = grades[0].course_id
        if course_id in done:
            continue
        mean = mean_percentage(grades)
        if mean is not None and mean < PASS_PERCENTAGE:
            low.append(
                (course_id, grades[0].course_title or Attention.tr("A course"), mean, grades)
            )
    return low


def grade_text(grade: Grade) -> str:
    """ "12/50 (24 %)"."""
    return f"{score(grade.score)}/{score(grade.max_score)} ({percent(grade.percentage)})"


def _work(title: str, course: str) -> str:
    return f"{title} · {course}" if course else title
