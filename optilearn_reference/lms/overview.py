"""The per-child overview, computed from SQLite with every documented limit applied in SQL."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from optilearn_desktop.models import routes
from optilearn_desktop.models.children import Child
from optilearn_desktop.models.overview import (
    Badge,
    Certificate,
    ChildProfile,
    Course,
    Gamification,
    Grade,
    LiveClass,
    LiveClassSummary,
    OverviewPayload,
    UpcomingAssignment,
)

from ..common.clock import from_store, to_store
from ..common.institutions import Institution
from .grading import PASS_PERCENTAGE, percentage
from .seed import month_start

RECENT_GRADES = 10
UPCOMING_ASSIGNMENTS = 5
UPCOMING_CLASSES = 5


def certificate_status(row: sqlite3.Row, now: datetime) -> str:
    if row["revoked_at"] is not None:
        return "REVOKED"
    expires = from_store(row["expires_at"])
    if expires is not None and expires <= now:
        return "EXPIRED"
    return "VALID"


def build_overview(
    conn: sqlite3.Connection,
    child: Child,
    institution: Institution,
    base_url: str,
    now: datetime,
) -> OverviewPayload:
    student_id = child.student_id
    return OverviewPayload(
        child=ChildProfile(
            contact_id=child.contact_id,
            student_id=child.student_id,
            name=child.name,
            email=child.email,
            student_code=child.student_code,
            class_name=child.class_name,
            section=child.section,
            photo_url=child.photo_url,
            relation=child.relation,
        ),
        courses=_courses(conn, student_id),
        recent_grades=_grades(conn, student_id),
        upcoming_assignments=_upcoming(conn, student_id, now),
        live_classes=_live_classes(conn, student_id, institution, now),
        gamification=_gamification(conn, student_id),
        certificates=_certificates(conn, child, base_url, now),
    )


def _courses(conn: sqlite3.Connection, student_id: str) -> list[Course]:
    rows = conn.execute(
        "SELECT e.*, c.title, c.thumbnail_url, c.lessons_total FROM enrollments e"
        " JOIN courses c USING (course_id)"
        " WHERE e.student_id = ? AND e.status IN ('ACTIVE', 'COMPLETED')"
        " ORDER BY e.last_accessed_at DESC, e.enrollment_id",
        (student_id,),
    ).fetchall()
    return [
        Course(
            enrollment_id=r["enrollment_id"],
            course_id=r["course_id"],
            course_title=r["title"],
            thumbnail_url=r["thumbnail_url"],
            progress=r["progress"],
            status=r["status"],
            final_score=r["final_score"],
            passed=None if r["passed"] is None else bool(r["passed"]),
            last_accessed_at=from_store(r["last_accessed_at"]),
            completed_at=from_store(r["completed_at"]),
            lessons_completed=r["lessons_completed"],
            lessons_total=r["lessons_total"],
        )
        for r in rows
    ]


def _grades(conn: sqlite3.Connection, student_id: str) -> list[Grade]:
    rows = conn.execute(
        "SELECT s.submission_id, s.score, s.graded_at, a.title, a.max_score, c.course_id,"
        " c.title AS course_title FROM submissions s"
        " JOIN assignments a USING (assignment_id) JOIN courses c USING (course_id)"
        " WHERE s.student_id = ? AND s.graded_at IS NOT NULL"
        " ORDER BY s.graded_at DESC, s.submission_id DESC LIMIT ?",
        (student_id, RECENT_GRADES),
    ).fetchall()
    grades = []
    for r in rows:
        pct = percentage(r["score"], r["max_score"])
        grades.append(
            Grade(
                submission_id=r["submission_id"],
                assignment_title=r["title"],
                course_id=r["course_id"],
                course_title=r["course_title"],
                score=r["score"],
                max_score=r["max_score"],
                percentage=pct,
                passed=pct >= PASS_PERCENTAGE,
                graded_at=from_store(r["graded_at"]),
            )
        )
    return grades


def _upcoming(conn: sqlite3.Connection, student_id: str, now: datetime) -> list[UpcomingAssignment]:
    rows = conn.execute(
        "SELECT a.*, c.title AS course_title FROM assignments a"
        " JOIN enrollments e ON e.course_id = a.course_id AND e.student_id = ?"
        " JOIN courses c ON c.course_id = a.course_id"
        " WHERE e.status = 'ACTIVE' AND a.due_at > ?"
        " AND NOT EXISTS (SELECT 1 FROM submissions s"
        "                 WHERE s.assignment_id = a.assignment_id AND s.student_id = ?)"
        " ORDER BY a.due_at, a.assignment_id LIMIT ?",
        (student_id, to_store(now), student_id, UPCOMING_ASSIGNMENTS),
    ).fetchall()
    return [
        UpcomingAssignment(
            assignment_id=r["assignment_id"],
            title=r["title"],
            course_id=r["course_id"],
            course_title=r["course_title"],
            due_at=from_store(r["due_at"]),
            max_score=r["max_score"],
        )
        for r in rows
    ]


def _live_classes(
    conn: sqlite3.Connection, student_id: str, institution: Institution, now: datetime
) -> LiveClassSummary:
    start = month_start(now, institution)
    held = conn.execute(
        "SELECT SUM(r.attendance = 'ATTENDED'), SUM(r.attendance = 'MISSED')"
        " FROM registrations r JOIN live_classes l USING (live_class_id)"
        " WHERE r.student_id = ? AND l.starts_at >= ? AND l.starts_at <= ?",
        (student_id, to_store(start), to_store(now)),
    ).fetchone()
    attended, missed = held[0] or 0, held[1] or 0
    upcoming = conn.execute(
        "SELECT l.*, c.title AS course_title FROM registrations r"
        " JOIN live_classes l USING (live_class_id) JOIN courses c USING (course_id)"
        " WHERE r.student_id = ? AND l.starts_at > ?"
        " ORDER BY l.starts_at, l.live_class_id LIMIT ?",
        (student_id, to_store(now), UPCOMING_CLASSES),
    ).fetchall()
    total = attended + missed
    return LiveClassSummary(
        month=f"{start.year:04d}-{start.month:02d}",
        attended_this_month=attended,
        missed_this_month=missed,
        attendance_percent=round(attended / total * 100, 1) if total else None,
        upcoming=[
            LiveClass(
                live_class_id=r["live_class_id"],
                title=r["title"],
                course_title=r["course_title"],
                starts_at=from_store(r["starts_at"]),
                ends_at=from_store(r["ends_at"]),
            )
            for r in upcoming
        ],
    )


def _gamification(conn: sqlite3.Connection, student_id: str) -> Gamification:
    row = conn.execute("SELECT * FROM gamification WHERE student_id = ?", (student_id,)).fetchone()
    badges = conn.execute(
        "SELECT * FROM badges WHERE student_id = ? ORDER BY earned_at DESC", (student_id,)
    ).fetchall()
    return Gamification(
        current_streak=row["current_streak"] if row else 0,
        longest_streak=row["longest_streak"] if row else 0,
        total_points=row["total_points"] if row else 0,
        badges=[
            Badge(
                badge_id=b["badge_id"],
                name=b["name"],
                description=b["description"],
                icon_url=b["icon_url"],
                earned_at=from_store(b["earned_at"]),
            )
            for b in badges
        ],
    )


def _certificates(
    conn: sqlite3.Connection, child: Child, base_url: str, now: datetime
) -> list[Certificate]:
    rows = conn.execute(
        "SELECT k.*, c.title FROM certificates k JOIN courses c USING (course_id)"
        " WHERE k.student_id = ? ORDER BY k.issued_at DESC, k.certificate_id",
        (child.student_id,),
    ).fetchall()
    return [
        Certificate(
            certificate_id=r["certificate_id"],
            course_id=r["course_id"],
            course_title=r["title"],
            issued_at=from_store(r["issued_at"]),
            expires_at=from_store(r["expires_at"]),
            status=certificate_status(r, now),
            revoked_at=from_store(r["revoked_at"]),
            revoked_reason=r["revoked_reason"],
            verification_code=r["verification_code"],
            pdf_url=base_url + routes.certificate_pdf(child.contact_id, r["certificate_id"]),
            verification_url=base_url + routes.verify_certificate(r["verification_code"]),
        )
        for r in rows
    ]
