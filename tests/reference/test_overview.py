"""Overview limits, checked against expectations computed independently from SQLite."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import httpx
import pytest

from optilearn_reference.process import DemoServer

from ._helpers import data, error_code, sign_in


def _ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@pytest.mark.parametrize(
    ("key", "contact_id", "student_id", "tz"),
    [
        ("parent_three", "ct_1201", "st_2201", "Asia/Kolkata"),  # heavy
        ("parent_three", "ct_1202", "st_2202", "Asia/Kolkata"),
        ("parent_shared_a", "ct_1205", "st_2205", "Asia/Kolkata"),
        ("parent_greenwood", "ct_5201", "st_6201", "Europe/London"),
    ],
)
def test_overview_limits(
    lms: httpx.Client,
    srv: DemoServer,
    lms_db: sqlite3.Connection,
    key: str,
    contact_id: str,
    student_id: str,
    tz: str,
) -> None:
    headers = sign_in(lms, srv, key)
    response = lms.get(f"/api/parent/children/{contact_id}/overview", headers=headers)
    overview = data(response)
    now = datetime.now(UTC)
    assert overview["child"]["contactId"] == contact_id
    assert overview["child"]["studentId"] == student_id

    # courses: every ACTIVE and COMPLETED enrollment, most recently accessed first.
    expected_courses = {
        r[0]: r[1]
        for r in lms_db.execute(
            "SELECT enrollment_id, status FROM enrollments WHERE student_id = ?", (student_id,)
        )
    }
    got = {c["enrollmentId"]: c["status"] for c in overview["courses"]}
    assert got == {k: v for k, v in expected_courses.items() if v in ("ACTIVE", "COMPLETED")}
    assert "DROPPED" in expected_courses.values()  # the seed has some to leave out
    accessed = [_ts(c["lastAccessedAt"]) for c in overview["courses"]]
    assert accessed == sorted(accessed, reverse=True)
    for course in overview["courses"]:
        if course["status"] == "ACTIVE":
            assert course["finalScore"] is None and course["passed"] is None

    # recentGrades: the ten newest graded submissions; ungraded ones never appear.
    expected_grades = [
        r[0]
        for r in lms_db.execute(
            "SELECT submission_id FROM submissions WHERE student_id = ? AND graded_at IS NOT NULL"
            " ORDER BY graded_at DESC, submission_id DESC LIMIT 10",
            (student_id,),
        )
    ]
    assert [g["submissionId"] for g in overview["recentGrades"]] == expected_grades
    assert len(expected_grades) == 10
    for grade in overview["recentGrades"]:
        assert grade["percentage"] == round(grade["score"] / grade["maxScore"] * 100, 1)
        assert grade["passed"] == (grade["percentage"] >= 60)

    # upcomingAssignments: next five unsubmitted, due after now, ACTIVE enrollments only.
    eligible = lms_db.execute(
        "SELECT a.assignment_id, a.due_at, e.status,"
        " EXISTS (SELECT 1 FROM submissions s WHERE s.assignment_id = a.assignment_id"
        "         AND s.student_id = e.student_id) AS submitted"
        " FROM assignments a JOIN enrollments e ON e.course_id = a.course_id"
        " WHERE e.student_id = ? ORDER BY a.due_at, a.assignment_id",
        (student_id,),
    ).fetchall()
    future = [r for r in eligible if _ts(r["due_at"]) > now]
    expected_upcoming = [
        r["assignment_id"] for r in future if r["status"] == "ACTIVE" and not r["submitted"]
    ][:5]
    assert [a["assignmentId"] for a in overview["upcomingAssignments"]] == expected_upcoming
    assert len(expected_upcoming) == 5
    # The seed really has the excluded kinds near the front.
    assert any(r["status"] != "ACTIVE" for r in future)
    assert any(r["submitted"] for r in future if r["status"] == "ACTIVE")
    assert any(_ts(r["due_at"]) <= now for r in eligible)

    # liveClasses: this month in the institution's time zone, next five registered.
    local = now.astimezone(ZoneInfo(tz))
    start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
    rows = lms_db.execute(
        "SELECT l.live_class_id, l.starts_at, r.attendance, r.student_id IS NOT NULL AS reg"
        " FROM live_classes l LEFT JOIN registrations r"
        " ON r.live_class_id = l.live_class_id AND r.student_id = ?"
        " JOIN enrollments e ON e.course_id = l.course_id AND e.student_id = ?"
        " ORDER BY l.starts_at, l.live_class_id",
        (student_id, student_id),
    ).fetchall()
    this_month = [r for r in rows if start <= _ts(r["starts_at"]) <= now]
    attended = sum(r["attendance"] == "ATTENDED" for r in this_month)
    missed = sum(r["attendance"] == "MISSED" for r in this_month)
    live = overview["liveClasses"]
    assert live["month"] == f"{local.year:04d}-{local.month:02d}"
    assert (live["attendedThisMonth"], live["missedThisMonth"]) == (attended, missed)
    assert live["attendancePercent"] == round(attended / (attended + missed) * 100, 1)
    assert any(r["attendance"] and _ts(r["starts_at"]) < start for r in rows)  # prev month
    upcoming = [r for r in rows if _ts(r["starts_at"]) > now]
    assert not upcoming[0]["reg"]  # an unregistered one is soonest
    expected_live = [r["live_class_id"] for r in upcoming if r["reg"]][:5]
    assert [c["liveClassId"] for c in live["upcoming"]] == expected_live
    assert len(expected_live) == 5
    # missedClasses (our GAP): this month's missed, newest first; the previous month's are not.
    expected_missed = sorted(
        (r for r in this_month if r["attendance"] == "MISSED"),
        key=lambda r: (r["starts_at"], r["live_class_id"]),
        reverse=True,
    )
    got_missed = [c["liveClassId"] for c in live["missedClasses"]]
    assert sorted(got_missed) == sorted(r["live_class_id"] for r in expected_missed)
    assert [_ts(c["startsAt"]) for c in live["missedClasses"]] == sorted(
        (_ts(c["startsAt"]) for c in live["missedClasses"]), reverse=True
    )
    assert len(got_missed) == missed

    # certificates: every one, with absolute links on the LMS host.
    count = lms_db.execute(
        "SELECT COUNT(*) FROM certificates WHERE student_id = ?", (student_id,)
    ).fetchone()[0]
    assert len(overview["certificates"]) == count
    for certificate in overview["certificates"]:
        assert certificate["pdfUrl"] == (
            f"{srv.lms_url}/api/parent/children/{contact_id}/certificates/"
            f"{certificate['certificateId']}/pdf"
        )
        assert certificate["verificationUrl"] == (
            f"{srv.lms_url}/verify/{certificate['verificationCode']}"
        )

    gamification = overview["gamification"]
    assert gamification["longestStreak"] >= gamification["currentStreak"]
    assert gamification["badges"]


def test_check_order_and_link_scoping(lms: httpx.Client, srv: DemoServer) -> None:
    path = "/api/parent/children"
    assert error_code(lms.get(path), 401) == "AUTH_REQUIRED"
    # A bad token wins over a wrong institution header.
    bad = {"Authorization": "Bearer nope", "X-Institution-Slug": "greenwood"}
    assert error_code(lms.get(path, headers=bad), 401) == "AUTH_REQUIRED"
    # The tenant check comes before the parent-mode check.
    student = sign_in(lms, srv, "student")
    mismatch = {**student, "X-Institution-Slug": "greenwood"}
    assert error_code(lms.get(path, headers=mismatch), 403) == "TENANT_MISMATCH"
    no_contact = {**sign_in(lms, srv, "parent_no_contact"), "X-Institution-Slug": "greenwood"}
    assert error_code(lms.get(path, headers=no_contact), 403) == "TENANT_MISMATCH"
    # The header is optional and case-insensitive.
    parent = sign_in(lms, srv, "parent_one")
    upper = {**parent, "X-Institution-Slug": "SVPMS"}
    assert data(lms.get(path, headers=upper))["children"]
    # Another family's child, or another institution's, is 404 on overview and PDF.
    for child in ("ct_1201", "ct_5201", "ct_9999"):
        overview = lms.get(f"/api/parent/children/{child}/overview", headers=parent)
        assert error_code(overview, 404) == "NOT_FOUND"
        pdf = lms.get(f"/api/parent/children/{child}/certificates/cert_2201_01/pdf", headers=parent)
        assert error_code(pdf, 404) == "NOT_FOUND"
    # A linked child's certificate id that belongs to someone else is 404 as well.
    three = sign_in(lms, srv, "parent_three")
    other = lms.get("/api/parent/children/ct_1202/certificates/cert_2201_01/pdf", headers=three)
    assert error_code(other, 404) == "NOT_FOUND"


def test_children_answer_is_not_cacheable(lms: httpx.Client, srv: DemoServer) -> None:
    response = lms.get("/api/parent/children", headers=sign_in(lms, srv, "parent_three"))
    assert response.headers["cache-control"] == "no-store"


def test_hostile_titles_round_trip_intact(lms: httpx.Client, srv: DemoServer) -> None:
    headers = sign_in(lms, srv, "parent_one")
    overview = data(lms.get("/api/parent/children/ct_1204/overview", headers=headers))
    course_id = overview["courses"][0]["courseId"]
    hostile = (
        '<img src="http://127.0.0.1:9/x"><a href="file:///etc/passwd">x</a> \u202eRTL\u202c '
        "\U0001f469\u200d\U0001f467 &amp; \"quotes\" 'single' \\ " + "\u0645" * 10_000
    )
    srv.rename_course(course_id, hostile)
    again = data(lms.get("/api/parent/children/ct_1204/overview", headers=headers))
    assert next(c for c in again["courses"] if c["courseId"] == course_id)["courseTitle"] == (
        hostile
    )


def test_a_marked_absence_is_listed_with_its_date(lms: httpx.Client, srv: DemoServer) -> None:
    headers = sign_in(lms, srv, "parent_three")
    marked = srv.absence("st_2202")
    response = lms.get("/api/parent/children/ct_1202/overview", headers=headers)
    live = data(response)["liveClasses"]
    first = live["missedClasses"][0]  # newest first: held an hour ago
    assert first["liveClassId"] == marked["liveClassId"]
    assert first["title"] and first["courseTitle"] and first["startsAt"]
