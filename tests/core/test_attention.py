"""What needs attention: each rule of issue 18, the ranking across children, and a child
whose data is missing or old says so. Plus the "why" of an alert (core/alert_reasons.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from optilearn_desktop.api.errors import OfflineError
from optilearn_desktop.core.alert_reasons import explain
from optilearn_desktop.core.attention import Concern, household, summarize
from optilearn_desktop.core.grade_history import GradeHistory
from optilearn_desktop.core.parent_data import ChildState
from optilearn_desktop.models.children import Child
from optilearn_desktop.models.notifications import Notification
from optilearn_desktop.models.overview import ChildOverview, Grade
from optilearn_desktop.models.vocabulary import Section

NOW = datetime(2026, 4, 15, 8, 0, tzinfo=UTC)


def iso(delta: timedelta) -> str:
    return (NOW + delta).isoformat()


def wire_grade(n: int, score: float, course: str = "co_1", days: float = 1) -> dict[str, Any]:
    return {
        "submissionId": f"sb_{n}",
        "assignmentTitle": f"Quiz {n}",
        "courseId": course,
        "courseTitle": {"co_1": "Algebra I", "co_2": "Physics"}[course],
        "score": score,
        "maxScore": 50,
        "gradedAt": iso(-timedelta(days=days)),
    }


def overview(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "child": {"contactId": "ct_1", "name": "Ananya"},
        "courses": [
            {"enrollmentId": "e1", "courseId": "co_1", "courseTitle": "Algebra I"},
            {"enrollmentId": "e2", "courseId": "co_2", "courseTitle": "Physics"},
        ],
        "recentGrades": [wire_grade(1, 45), wire_grade(2, 40, "co_2")],
        "upcomingAssignments": [],
        "liveClasses": {"attendedThisMonth": 4, "missedThisMonth": 0, "attendancePercent": 100},
        "gamification": {"totalPoints": 120},
        "certificates": [],
    }
    data.update(changes)
    return data


def state(data: dict[str, Any], name: str = "Ananya", contact: str = "ct_1") -> ChildState:
    child = Child(contact_id=contact, name=name)
    result = ChildState(child, ChildOverview.from_wire(data))
    result.updated_at = {s: NOW for s in Section if result.overview.section_ok(s)}
    result.section_errors = dict(result.overview.section_errors)
    return result


def concerns(s: ChildState) -> list[tuple[Concern, str | None]]:
    return [(i.concern, i.row_key) for i in summarize(s.child, s, NOW).items]


def test_a_child_with_nothing_wrong_has_no_item_and_its_figures():
    summary = summarize(Child(contact_id="ct_1", name="A"), state(overview()), NOW)
    assert summary.items == [] and summary.gaps == [] and summary.loaded
    assert (summary.attended, summary.missed, summary.points) == (4, 0, 120)
    assert summary.courses_in_progress == 2


def test_a_failed_grade_and_a_course_average_under_the_pass_mark():
    s = state(overview(recentGrades=[wire_grade(1, 12), wire_grade(2, 45, "co_2")]))
    assert concerns(s) == [(Concern.FAILED_GRADE, "sb_1"), (Concern.LOW_AVERAGE, "co_1")]
    failed = summarize(s.child, s, NOW).items[0]
    assert failed.why == "Scored 12/50 (24 %): under the pass mark"
    # An old failure is history, not news; the low average stays.
    s = state(overview(recentGrades=[wire_grade(1, 12, days=30)]))
    assert concerns(s) == [(Concern.LOW_AVERAGE, "co_1")]


def test_the_average_counts_the_grades_kept_on_this_computer():
    s = state(overview(recentGrades=[wire_grade(3, 31, days=20)]))  # 62 %: fine alone
    assert concerns(s) == []
    s.history = GradeHistory(NOW)
    s.history.merge([Grade.model_validate(wire_grade(1, 20, days=40))])  # 40 %
    low = summarize(s.child, s, NOW).items
    assert [(i.concern, i.row_key) for i in low] == [(Concern.LOW_AVERAGE, "co_1")]
    assert low[0].why.startswith("Average 51.0 % over 2 grades seen")


def test_work_due_soon_and_past_due():
    work = [
        {"assignmentId": "as_late", "title": "Essay", "dueAt": iso(-timedelta(hours=2))},
        {"assignmentId": "as_soon", "title": "Quiz", "dueAt": iso(timedelta(hours=47))},
        {"assignmentId": "as_later", "title": "Lab", "dueAt": iso(timedelta(hours=49))},
    ]
    assert concerns(state(overview(upcomingAssignments=work))) == [
        (Concern.PAST_DUE, "as_late"),
        (Concern.DUE_SOON, "as_soon"),
    ]


def test_missed_classes_listed_or_counted_and_low_attendance():
    live = {
        "attendedThisMonth": 2,
        "missedThisMonth": 1,
        "attendancePercent": 66.7,
        "missedClasses": [
            {"liveClassId": "lc_8", "title": "Clinic", "startsAt": iso(-timedelta(days=2))}
        ],
    }
    assert concerns(state(overview(liveClasses=live))) == [
        (Concern.MISSED_CLASS, "lc_8"),
        (Concern.LOW_ATTENDANCE, None),
    ]
    del live["missedClasses"]  # a server without the list: the count, and it says so
    items = summarize(Child(contact_id="ct_1", name="A"), state(overview(liveClasses=live)), NOW)
    assert items.items[0].concern == Concern.MISSED_CLASS and items.items[0].row_key is None
    assert "only the count" in items.items[0].why


def test_certificates_revoked_or_expiring_within_thirty_days():
    def cert(cid: str, status: str, expires: timedelta | None) -> dict[str, Any]:
        return {
            "certificateId": cid,
            "courseTitle": "Physics",
            "issuedAt": iso(-timedelta(days=100)),
            "expiresAt": None if expires is None else iso(expires),
            "status": status,
            "verificationCode": "X",
            "pdfUrl": "https://learn.opticrm.app/x.pdf",
            "verificationUrl": "https://learn.opticrm.app/verify/X",
        }

    certs = [
        cert("c_ok", "VALID", timedelta(days=31)),
        cert("c_soon", "VALID", timedelta(days=29)),
        cert("c_gone", "REVOKED", None),
        cert("c_old", "EXPIRED", -timedelta(days=3)),
    ]
    assert concerns(state(overview(certificates=certs))) == [
        (Concern.CERTIFICATE_REVOKED, "c_gone"),
        (Concern.CERTIFICATE_EXPIRING, "c_soon"),
    ]


def test_items_of_all_children_are_ranked_by_urgency():
    late = [{"assignmentId": "as_late", "title": "Essay", "dueAt": iso(-timedelta(hours=1))}]
    a = state(overview(recentGrades=[wire_grade(1, 10, days=2)]), "Ananya", "ct_1")
    b = state(overview(upcomingAssignments=late), "Aarav", "ct_2")
    c = state(overview(recentGrades=[wire_grade(5, 5, days=1)]), "Vihaan", "ct_3")
    result = household([a.child, b.child, c.child], {"ct_1": a, "ct_2": b, "ct_3": c}, NOW)
    assert [(i.child_name, i.concern) for i in result.items] == [
        ("Aarav", Concern.PAST_DUE),
        ("Vihaan", Concern.FAILED_GRADE),  # the newer failure first
        ("Ananya", Concern.FAILED_GRADE),
        ("Vihaan", Concern.LOW_AVERAGE),
        ("Ananya", Concern.LOW_AVERAGE),
    ]


def test_missing_failed_and_old_sections_are_named_per_child():
    data = overview()
    del data["recentGrades"]
    s = state(data)
    s.section_errors[Section.UPCOMING] = "upcomingAssignments: not a list"
    s.updated_at[Section.CERTIFICATES] = NOW - timedelta(hours=3)
    gaps = {g.section: g for g in summarize(s.child, s, NOW).gaps}
    assert set(gaps) == {Section.GRADES, Section.UPCOMING, Section.CERTIFICATES}
    assert gaps[Section.GRADES].data_from is None
    assert "could not be refreshed" in gaps[Section.UPCOMING].reason
    assert gaps[Section.CERTIFICATES].reason == "not refreshed lately"
    s.last_error = OfflineError("Offline")
    assert {g.section for g in summarize(s.child, s, NOW).gaps} >= {Section.COURSES}
    nothing = summarize(Child(contact_id="ct_9", name="B"), None, NOW)
    assert not nothing.loaded and nothing.items == []


def note(key: str, **metadata: Any) -> Notification:
    return Notification(
        id="n1", title="t", key=key, created_at=NOW, metadata={"childContactId": "ct_1", **metadata}
    )


def test_why_a_graded_a_low_grade_and_an_absent_alert_came():
    live = {
        "attendedThisMonth": 3,
        "missedThisMonth": 1,
        "attendancePercent": 75,
        "missedClasses": [
            {
                "liveClassId": "lc_8",
                "title": "Clinic",
                "courseTitle": "Algebra I",
                "startsAt": iso(-timedelta(days=2)),
            }
        ],
    }
    s = state(overview(recentGrades=[wire_grade(1, 12), wire_grade(2, 20)], liveClasses=live))
    graded = explain(note("PARENT_CHILD_GRADED", submissionId="sb_1"), s)
    assert graded is not None and graded.startswith("Quiz 1 (Algebra I): 12/50 (24 %), under")
    low = explain(note("PARENT_CHILD_LOW_GRADE", average=32.0), s)
    assert low is not None
    assert "The average of all graded work is 32.0 %" in low
    assert "Algebra I: average 32.0 % from Quiz 1 12/50 (24 %); Quiz 2 20/50 (40 %)." in low
    absent = explain(note("PARENT_CHILD_ABSENT", liveClassId="lc_8"), s)
    assert absent is not None and absent.startswith("Missed Clinic (Algebra I) on ")
    assert "1 of 4 classes missed" in absent
    unknown = explain(note("PARENT_CHILD_GRADED", submissionId="sb_old", percentage=50), s)
    assert unknown is not None and "not among the grades seen" in unknown
    assert explain(note("PARENT_WEEKLY_DIGEST"), s) is None
    assert explain(note("PARENT_CHILD_ABSENT"), None) is not None  # "not loaded yet"
