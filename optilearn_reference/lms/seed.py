"""Deterministic LMS seed (random.Random with a fixed seed), relative to the server's "now".

Every overview limit has data on both sides of it: DROPPED enrollments, ungraded submissions,
past-due and completed-course assignments, previous-month and unregistered live classes.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..common import households
from ..common.clock import to_store
from ..common.households import Profile, StudentSeed
from ..common.institutions import INSTITUTIONS, Institution, require_slug
from ..common.sqlite_db import recreate, transaction
from ..notifications.store import insert_notification
from ..notifications.texts import ChildRef, absent, graded, weekly_digest
from .schema import SCHEMA
from .sessions import seed_hash

SEED = 20260415
ROLE_OF_ACCOUNT = {"parent": "PARENT", "student": "STUDENT", "staff": "TEACHER"}

SUBJECTS = {
    "svpms": [
        "Mathematics",
        "Physics",
        "Chemistry",
        "Biology",
        "English",
        "Hindi",
        "Sanskrit",
        "History",
        "Geography",
        "Civics",
        "Computer Science",
        "Economics",
    ],
    "greenwood": [
        "Maths",
        "English",
        "Science",
        "History",
        "Geography",
        "French",
        "Art & Design",
        "Computing",
    ],
}
TRACKS = {
    "svpms": ["Core", "Practice Lab", "Olympiad Prep", "Revision Sprint"],
    "greenwood": ["Foundations", "Extension"],
}
ASSIGNMENT_KINDS = [
    "Worksheet",
    "Quiz",
    "Lab report",
    "Essay",
    "Problem set",
    "Project",
    "Unit test",
    "Reading log",
]
CLASS_TOPICS = [
    "doubt-clearing session",
    "weekly live lesson",
    "exam strategy",
    "guest lecture",
    "group problem solving",
    "revision clinic",
]
BADGES = [
    ("First Steps", "Completed a first lesson"),
    ("Quiz Whiz", "Scored 90 % or more on five quizzes"),
    ("Streak Starter", "Learned seven days in a row"),
    ("Bookworm", "Finished fifty lessons"),
    ("Team Player", "Helped classmates in a study group"),
    ("Perfect Attendance", "Attended every live class for a month"),
]

PAST_ASSIGNMENTS, FUTURE_ASSIGNMENTS = 8, 3
# (active, completed, dropped) enrollments per profile.
ENROLLMENT_PLAN = {
    Profile.HEAVY: (30, 12, 4),
    Profile.NORMAL: (6, 2, 1),
    Profile.SHARED: (3, 1, 1),
    Profile.LIGHT: (2, 1, 0),
}
GRADED_PER_COURSE = {Profile.HEAVY: 6, Profile.NORMAL: 4, Profile.LIGHT: 2}
# (attended, missed) this month, and registered upcoming sessions.
LIVE_PLAN = {
    Profile.HEAVY: (8, 2, 7),
    Profile.NORMAL: (5, 1, 7),
    Profile.SHARED: (4, 1, 6),
    Profile.LIGHT: (1, 0, 2),
}
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class CourseSeed:
    course_id: str
    title: str
    past: list[tuple[str, datetime, float]] = field(default_factory=list)  # id, due, max


class _Ids:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def next(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}_{self.counts[prefix]:05d}"


def month_start(now: datetime, institution: Institution) -> datetime:
    """Start of the calendar month of `now` in the institution's time zone (aware)."""
    local = now.astimezone(institution.tz)
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def seed_lms(conn: sqlite3.Connection, now: datetime) -> None:
    rng = random.Random(SEED)
    ids = _Ids()
    recreate(conn, SCHEMA)
    now = now.replace(microsecond=0)
    with transaction(conn):
        _users(conn, rng)
        catalogs = {i.slug: _catalog(conn, rng, ids, i, now) for i in INSTITUTIONS}
        for student in households.STUDENTS:
            _student(conn, rng, ids, student, catalogs[student.institution_slug], now)
        _inbox(conn, now)


def _users(conn: sqlite3.Connection, rng: random.Random) -> None:
    for account in households.ACCOUNTS:
        institution = require_slug(account.institution_slug)
        salt = rng.randbytes(16)
        conn.execute(
            "INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                f"usr_{account.key}",
                account.key,
                institution.id,
                account.email,
                account.name,
                salt,
                seed_hash(households.DEMO_PASSWORD, salt),
                account.contact_id,
                int(account.is_contact),
                account.contact_type,
                ROLE_OF_ACCOUNT[account.role],
            ),
        )


def _catalog(
    conn: sqlite3.Connection, rng: random.Random, ids: _Ids, inst: Institution, now: datetime
) -> list[CourseSeed]:
    courses: list[CourseSeed] = []
    short = inst.slug[:2]
    for subject in SUBJECTS[inst.slug]:
        for track in TRACKS[inst.slug]:
            course = CourseSeed(f"crs_{short}_{len(courses) + 1:03d}", f"{subject}: {track}")
            conn.execute(
                "INSERT INTO courses VALUES (?, ?, ?, NULL, ?)",
                (course.course_id, inst.id, course.title, rng.randint(12, 36)),
            )
            for n in range(PAST_ASSIGNMENTS + FUTURE_ASSIGNMENTS):
                if n < PAST_ASSIGNMENTS:
                    # Oldest first, so the first ones of a course get graded.
                    due = now - timedelta(days=150 - n * 17 - rng.uniform(0, 10))
                else:
                    due = now + timedelta(hours=rng.uniform(6, 30 * 24))
                max_score = float(rng.choice([10, 20, 25, 50, 100]))
                assignment_id = ids.next("asg")
                title = f"{rng.choice(ASSIGNMENT_KINDS)} {n + 1}: {subject}"
                conn.execute(
                    "INSERT INTO assignments VALUES (?, ?, ?, ?, ?)",
                    (assignment_id, course.course_id, title, to_store(due), max_score),
                )
                if n < PAST_ASSIGNMENTS:
                    course.past.append((assignment_id, due, max_score))
            courses.append(course)
    return courses


def _student(
    conn: sqlite3.Connection,
    rng: random.Random,
    ids: _Ids,
    student: StudentSeed,
    catalog: list[CourseSeed],
    now: datetime,
) -> None:
    inst = require_slug(student.institution_slug)
    conn.execute(
        "INSERT INTO students VALUES (?, ?, ?, ?)",
        (student.student_id, student.contact_id, inst.id, student.name),
    )
    if student.profile == Profile.NEW:
        return  # nothing yet: exercises every empty state
    active, completed, dropped = ENROLLMENT_PLAN[student.profile]
    chosen = rng.sample(catalog, active + completed + dropped)
    statuses = ["ACTIVE"] * active + ["COMPLETED"] * completed + ["DROPPED"] * dropped
    shared_scores = list(households.SHARED_CHILD_PERCENTAGES)
    shared_split = [3, 3, 2, 2]
    kept: list[tuple[CourseSeed, str, datetime | None]] = []
    for n, (course, status) in enumerate(zip(chosen, statuses, strict=True)):
        completed_at = now - timedelta(days=rng.uniform(10, 200)) if status == "COMPLETED" else None
        if status == "COMPLETED":
            progress = 100.0
        elif status == "ACTIVE":
            progress = float(rng.randint(5, 95))
        else:
            progress = float(rng.randint(0, 30))
        lessons_total = conn.execute(
            "SELECT lessons_total FROM courses WHERE course_id = ?", (course.course_id,)
        ).fetchone()[0]
        last_accessed = now - timedelta(minutes=rng.uniform(5, 60 * 24 * 60))
        if completed_at is not None:
            last_accessed = completed_at - timedelta(hours=rng.uniform(0, 48))
        final_score = round(rng.uniform(48, 98), 1) if completed_at is not None else None
        conn.execute(
            "INSERT INTO enrollments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                f"enr_{student.student_id[3:]}_{n + 1:02d}",
                student.student_id,
                course.course_id,
                status,
                progress,
                final_score,
                None if final_score is None else int(final_score >= 60),
                to_store(last_accessed),
                to_store(completed_at) if completed_at else None,
                round(progress / 100 * lessons_total),
            ),
        )
        if status == "DROPPED":
            continue
        kept.append((course, status, completed_at))
        if student.profile == Profile.SHARED:
            percentages = [shared_scores.pop(0) for _ in range(shared_split.pop(0))]
        else:
            percentages = [
                min(100.0, max(12.0, rng.gauss(74, 14)))
                for _ in range(GRADED_PER_COURSE[student.profile])
            ]
        _submissions(conn, rng, ids, student, course, percentages, now)
    _future_submissions(conn, rng, ids, student, [c for c, s, _ in kept if s == "ACTIVE"], now)
    _live_classes(conn, rng, ids, student, inst, [c for c, s, _ in kept if s == "ACTIVE"], now)
    _gamification(conn, rng, student, now)
    _certificates(conn, rng, student, [(c, at) for c, s, at in kept if s == "COMPLETED"], now)


def _submissions(
    conn: sqlite3.Connection,
    rng: random.Random,
    ids: _Ids,
    student: StudentSeed,
    course: CourseSeed,
    percentages: list[float],
    now: datetime,
) -> None:
    """Graded work on the oldest assignments, then one submitted but not yet graded."""
    exact = student.profile == Profile.SHARED  # keep the hand-picked average exact
    for (assignment_id, due, max_score), pct in zip(course.past, percentages, strict=False):
        score = pct * max_score / 100 if exact else float(round(pct * max_score / 100))
        graded_at = min(due + timedelta(days=rng.uniform(0.5, 6)), now - timedelta(minutes=30))
        conn.execute(
            "INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?)",
            (
                ids.next("sub"),
                assignment_id,
                student.student_id,
                to_store(due - timedelta(hours=rng.uniform(1, 72))),
                score,
                to_store(graded_at),
            ),
        )
    if len(percentages) < len(course.past):
        assignment_id, due, _ = course.past[len(percentages)]
        conn.execute(
            "INSERT INTO submissions VALUES (?, ?, ?, ?, NULL, NULL)",
            (
                ids.next("sub"),
                assignment_id,
                student.student_id,
                to_store(min(due, now - timedelta(hours=2))),
            ),
        )


def _future_submissions(
    conn: sqlite3.Connection,
    rng: random.Random,
    ids: _Ids,
    student: StudentSeed,
    active: list[CourseSeed],
    now: datetime,
) -> None:
    """Hand in some not-yet-due work early: it must not show as upcoming."""
    for course in active[::2]:
        row = conn.execute(
            "SELECT assignment_id FROM assignments WHERE course_id = ? AND due_at > ?"
            " ORDER BY due_at LIMIT 1",
            (course.course_id, to_store(now)),
        ).fetchone()
        if row is not None:
            conn.execute(
                "INSERT INTO submissions VALUES (?, ?, ?, ?, NULL, NULL)",
                (
                    ids.next("sub"),
                    row[0],
                    student.student_id,
                    to_store(now - timedelta(hours=rng.uniform(1, 48))),
                ),
            )


def _live_classes(
    conn: sqlite3.Connection,
    rng: random.Random,
    ids: _Ids,
    student: StudentSeed,
    inst: Institution,
    active: list[CourseSeed],
    now: datetime,
) -> None:
    attended, missed, upcoming = LIVE_PLAN[student.profile]
    start = month_start(now, inst)
    prev_start = (start - timedelta(days=1)).replace(day=1)
    span = max((now - start) - timedelta(minutes=5), timedelta(0))
    prev_span = (start - prev_start) - timedelta(hours=1)

    def add(starts_at: datetime, attendance: str | None, registered: bool = True) -> None:
        course = rng.choice(active)
        live_class_id = ids.next("lc")
        title = f"{course.title.split(':')[0]} {rng.choice(CLASS_TOPICS)}"
        conn.execute(
            "INSERT INTO live_classes VALUES (?, ?, ?, ?, ?)",
            (
                live_class_id,
                course.course_id,
                title,
                to_store(starts_at),
                to_store(starts_at + timedelta(minutes=45)),
            ),
        )
        if registered:
            conn.execute(
                "INSERT INTO registrations VALUES (?, ?, ?)",
                (live_class_id, student.student_id, attendance),
            )

    # Previous month: must not count towards this month.
    for attendance in ("ATTENDED", "ATTENDED", "MISSED"):
        add(prev_start + prev_span * rng.random(), attendance)
    # This month, between the start of the month (institution time) and now.
    for attendance in ["ATTENDED"] * attended + ["MISSED"] * missed:
        add(start + span * rng.random(), attendance)
    add(start + span * rng.random(), None, registered=False)
    # Upcoming: unregistered ones come soonest, so a missing filter would show them.
    add(now + timedelta(hours=2), None, registered=False)
    add(now + timedelta(hours=5), None, registered=False)
    for day in range(1, upcoming + 1):
        add(now + timedelta(days=day, hours=rng.uniform(0, 8)), None)


def _gamification(
    conn: sqlite3.Connection, rng: random.Random, student: StudentSeed, now: datetime
) -> None:
    current = rng.randint(0, 21)
    conn.execute(
        "INSERT INTO gamification VALUES (?, ?, ?, ?)",
        (student.student_id, current, current + rng.randint(0, 30), rng.randint(150, 5200)),
    )
    for n, (name, description) in enumerate(rng.sample(BADGES, rng.randint(2, 5))):
        conn.execute(
            "INSERT INTO badges VALUES (?, ?, ?, ?, NULL, ?)",
            (
                f"bdg_{student.student_id[3:]}_{n + 1}",
                student.student_id,
                name,
                description,
                to_store(now - timedelta(days=rng.uniform(1, 300))),
            ),
        )


def _certificates(
    conn: sqlite3.Connection,
    rng: random.Random,
    student: StudentSeed,
    completed: list[tuple[CourseSeed, datetime | None]],
    now: datetime,
) -> None:
    """One per completed course; the heavy child also has a revoked and an expired one."""
    for n, (course, completed_at) in enumerate(completed):
        issued = completed_at or now - timedelta(days=30)
        expires: datetime | None = issued + timedelta(days=730) if n % 2 else None
        revoked_at, reason = None, None
        if student.profile == Profile.HEAVY and n == 0:
            revoked_at = min(issued + timedelta(days=9), now - timedelta(days=1))
            reason = "Issued in error: the final assessment was re-marked"
        elif student.profile == Profile.HEAVY and n == 1:
            issued, expires = now - timedelta(days=800), now - timedelta(days=70)
        code = "-".join("".join(rng.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))
        conn.execute(
            "INSERT INTO certificates VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                f"cert_{student.student_id[3:]}_{n + 1:02d}",
                student.student_id,
                course.course_id,
                to_store(issued),
                to_store(expires) if expires else None,
                to_store(revoked_at) if revoked_at else None,
                reason,
                code,
            ),
        )


def _inbox(conn: sqlite3.Connection, now: datetime) -> None:
    """A few older notifications so the parent_three and greenwood inboxes are not empty."""
    by_contact = {s.contact_id: s for s in households.STUDENTS}

    def ref(contact_id: str) -> ChildRef:
        s = by_contact[contact_id]
        return ChildRef(s.contact_id, s.student_id, s.name)

    drafts = [
        (
            "usr_parent_three",
            graded(ref("ct_1202"), "Quiz 3: English", "English: Core", 42, 50, 84.0, "sub_seed_1"),
            now - timedelta(hours=3),
            False,
        ),
        (
            "usr_parent_three",
            absent(ref("ct_1201"), "Physics weekly live lesson", "Physics: Core", "lc_seed_1"),
            now - timedelta(days=2),
            True,
        ),
        (
            "usr_parent_three",
            weekly_digest(ref("ct_1203"), 3, 78.5, 4, 0),
            now - timedelta(days=5),
            True,
        ),
        (
            "usr_parent_greenwood",
            graded(
                ref("ct_5202"),
                "Reading log 2: English",
                "English: Foundations",
                18,
                20,
                90.0,
                "sub_seed_2",
            ),
            now - timedelta(hours=20),
            False,
        ),
    ]
    for user_id, draft, created_at, is_read in drafts:
        insert_notification(
            conn,
            user_id,
            title=draft.title,
            message=draft.message,
            type_=draft.type,
            key=draft.key,
            category=draft.category,
            action_url=draft.action_url,
            metadata=draft.metadata,
            created_at=created_at,
            is_read=is_read,
        )
