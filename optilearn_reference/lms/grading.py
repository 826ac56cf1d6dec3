"""Admin-driven student events: grading a submission and marking a live class missed."""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..common.clock import to_store, utc_now
from ..common.http_common import ApiError
from ..common.sqlite_db import transaction

PASS_PERCENTAGE = 60.0  # GAP: the passing threshold, also the LOW_GRADE threshold


def percentage(score: float, max_score: float) -> float:
    return round(score / max_score * 100, 1)


def average_percentage(conn: sqlite3.Connection, student_id: str) -> float | None:
    """Mean percentage over the student's graded work (None when nothing is graded)."""
    row = conn.execute(
        "SELECT AVG(s.score * 100.0 / a.max_score) FROM submissions s"
        " JOIN assignments a ON a.assignment_id = s.assignment_id"
        " WHERE s.student_id = ? AND s.graded_at IS NOT NULL",
        (student_id,),
    ).fetchone()
    return None if row[0] is None else float(row[0])


@dataclass(frozen=True)
class GradeResult:
    submission_id: str
    assignment_id: str
    assignment_title: str
    course_title: str
    score: float
    max_score: float
    percentage: float
    average_before: float | None
    average_after: float

    @property
    def crossed_below(self) -> bool:
        # No graded work before counts as "not below" yet, so a first low grade alerts too.
        before_ok = self.average_before is None or self.average_before >= PASS_PERCENTAGE
        return before_ok and self.average_after < PASS_PERCENTAGE


def student_row(conn: sqlite3.Connection, student_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM students WHERE student_id = ?", (student_id,)).fetchone()
    if row is None:
        raise ApiError(404, "NOT_FOUND", "Unknown studentId")
    return row


def record_grade(
    conn: sqlite3.Connection,
    student_id: str,
    score: float,
    max_score: float | None,
    title: str | None,
    assignment_id: str | None,
    course_id: str | None,
) -> GradeResult:
    student = student_row(conn, student_id)
    now = utc_now()
    before = average_percentage(conn, student_id)
    with transaction(conn):
        if assignment_id is not None:
            assignment = conn.execute(
                "SELECT a.*, c.institution_id FROM assignments a JOIN courses c USING (course_id)"
                " WHERE a.assignment_id = ?",
                (assignment_id,),
            ).fetchone()
            if assignment is None or assignment["institution_id"] != student["institution_id"]:
                raise ApiError(404, "NOT_FOUND", "Unknown assignmentId")
            if max_score is not None and max_score != assignment["max_score"]:
                conn.execute(
                    "UPDATE assignments SET max_score = ? WHERE assignment_id = ?",
                    (max_score, assignment_id),
                )
        else:
            course_id = course_id or _default_course(conn, student_id)
            course = conn.execute(
                "SELECT * FROM courses WHERE course_id = ? AND institution_id = ?",
                (course_id, student["institution_id"]),
            ).fetchone()
            if course is None:
                raise ApiError(404, "NOT_FOUND", "Unknown courseId")
            assignment_id = f"asg_{secrets.token_hex(6)}"
            conn.execute(
                "INSERT INTO assignments VALUES (?, ?, ?, ?, ?)",
                (
                    assignment_id,
                    course_id,
                    title or "Teacher-graded work",
                    to_store(now - timedelta(hours=1)),
                    max_score or 100.0,
                ),
            )
        assignment = conn.execute(
            "SELECT a.*, c.title AS course_title FROM assignments a JOIN courses c"
            " USING (course_id) WHERE a.assignment_id = ?",
            (assignment_id,),
        ).fetchone()
        if score < 0 or score > assignment["max_score"]:
            raise ApiError(400, "VALIDATION_ERROR", "score must be between 0 and maxScore")
        existing = conn.execute(
            "SELECT submission_id FROM submissions WHERE assignment_id = ? AND student_id = ?",
            (assignment_id, student_id),
        ).fetchone()
        if existing is None:
            submission_id = f"sub_{secrets.token_hex(6)}"
            conn.execute(
                "INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?)",
                (submission_id, assignment_id, student_id, to_store(now), score, to_store(now)),
            )
        else:
            submission_id = existing[0]
            conn.execute(
                "UPDATE submissions SET score = ?, graded_at = ? WHERE submission_id = ?",
                (score, to_store(now), submission_id),
            )
    after = average_percentage(conn, student_id) or 0.0  # never None: one grade exists now
    return GradeResult(
        submission_id,
        assignment_id,
        assignment["title"],
        assignment["course_title"],
        score,
        assignment["max_score"],
        percentage(score, assignment["max_score"]),
        before,
        after,
    )


def _default_course(conn: sqlite3.Connection, student_id: str) -> str:
    row = conn.execute(
        "SELECT course_id FROM enrollments WHERE student_id = ?"
        " ORDER BY status = 'ACTIVE' DESC, last_accessed_at DESC LIMIT 1",
        (student_id,),
    ).fetchone()
    if row is None:
        raise ApiError(400, "VALIDATION_ERROR", "The student has no enrollment; give courseId")
    return row[0]


@dataclass(frozen=True)
class Absence:
    live_class_id: str
    title: str
    course_title: str
    starts_at: datetime


def record_absence(conn: sqlite3.Connection, student_id: str, live_class_id: str | None) -> Absence:
    student_row(conn, student_id)
    now = utc_now()
    with transaction(conn):
        if live_class_id is None:
            # A new registered class that was held an hour ago.
            course_id = _default_course(conn, student_id)
            live_class_id = f"lc_{secrets.token_hex(6)}"
            starts = now - timedelta(hours=1)
            conn.execute(
                "INSERT INTO live_classes SELECT ?, course_id, title || ' live session', ?, ?"
                " FROM courses WHERE course_id = ?",
                (
                    live_class_id,
                    to_store(starts),
                    to_store(starts + timedelta(minutes=45)),
                    course_id,
                ),
            )
            conn.execute(
                "INSERT INTO registrations VALUES (?, ?, NULL)", (live_class_id, student_id)
            )
        registered = conn.execute(
            "SELECT 1 FROM registrations WHERE live_class_id = ? AND student_id = ?",
            (live_class_id, student_id),
        ).fetchone()
        if registered is None:
            raise ApiError(409, "NOT_REGISTERED", "The student is not registered for this class")
        conn.execute(
            "UPDATE registrations SET attendance = 'MISSED' WHERE live_class_id = ?"
            " AND student_id = ?",
            (live_class_id, student_id),
        )
    row = conn.execute(
        "SELECT l.*, c.title AS course_title FROM live_classes l JOIN courses c USING (course_id)"
        " WHERE live_class_id = ?",
        (live_class_id,),
    ).fetchone()
    return Absence(
        live_class_id, row["title"], row["course_title"], datetime.fromisoformat(row["starts_at"])
    )
