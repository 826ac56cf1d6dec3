"""The contract models: documented examples parse, unknown values degrade, sections fail alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from optilearn_desktop.models.auth import AuthTokens
from optilearn_desktop.models.base import label_of
from optilearn_desktop.models.children import Child, ChildrenPayload, Relation, primary_first
from optilearn_desktop.models.envelope import Envelope
from optilearn_desktop.models.notifications import (
    Frequency,
    NotificationPage,
    ParentKey,
    Preference,
)
from optilearn_desktop.models.overview import ChildOverview, EnrollmentStatus, RowsLeftOut, Section

# The examples of ../shared/api-facts.md (DOC), as the public docs print them.
DOC_CHILD = {
    "contactId": "ct_456",
    "studentId": "st_789",
    "name": "Aarav Sharma",
    "email": "aarav@example.com",
    "studentCode": "SP-2026-014",
    "class": "Class 8",
    "section": "B",
    "photoUrl": None,
    "status": "ACTIVE",
    "relation": "MOTHER",
    "isPrimary": True,
    "institutionId": "inst_1",
}
DOC_COURSE = {
    "enrollmentId": "en_1",
    "courseId": "co_1",
    "courseTitle": "Algebra I",
    "thumbnailUrl": None,
    "progress": 64,
    "status": "ACTIVE",
    "finalScore": None,
    "passed": None,
    "lastAccessedAt": "2026-04-15T08:14:00Z",
}


def full_overview() -> dict:
    return {
        "child": {k: v for k, v in DOC_CHILD.items() if k not in ("status", "isPrimary")},
        "courses": [DOC_COURSE],
        "recentGrades": [
            {
                "submissionId": "sb_1",
                "assignmentTitle": "Quiz 3",
                "courseTitle": "Algebra I",
                "score": 42,
                "maxScore": 50,
                "passed": True,
                "gradedAt": "2026-04-15T08:14:00Z",
            }
        ],
        "upcomingAssignments": [
            {"assignmentId": "as_1", "title": "Essay", "dueAt": "2026-04-20T17:00:00Z"}
        ],
        "liveClasses": {
            "month": "2026-04",
            "attendedThisMonth": 6,
            "missedThisMonth": 2,
            "attendancePercent": 75.0,
            "upcoming": [],
        },
        "gamification": {"currentStreak": 4, "longestStreak": 9, "totalPoints": 1200, "badges": []},
        "certificates": [],
    }


def test_documented_child_example_parses_with_python_names():
    child = Child.model_validate(DOC_CHILD)
    assert child.contact_id == "ct_456" and child.student_id == "st_789"
    assert child.class_name == "Class 8" and child.section == "B"
    assert child.relation is Relation.MOTHER and child.is_primary
    assert child.to_wire()["class"] == "Class 8"  # round-trips to the wire name


def test_documented_envelopes_parse():
    ok = Envelope.model_validate(
        {
            "data": {"children": [DOC_CHILD]},
            "error": None,
            "meta": {"total": 1, "page": 1, "perPage": 25, "totalPages": 1},
        }
    )
    assert ok.meta is not None and ok.meta.per_page == 25
    assert ChildrenPayload.model_validate(ok.data).children[0].name == "Aarav Sharma"
    err = Envelope.model_validate(
        {"data": None, "error": {"code": "FORBIDDEN", "message": "Parents only", "details": None}}
    )
    assert err.error is not None and err.error.code == "FORBIDDEN"


def test_unknown_fields_are_ignored_and_unknown_enum_values_degrade_readably():
    child = Child.model_validate({**DOC_CHILD, "relation": "STEP_PARENT", "newField": {"x": 1}})
    assert child.relation == "STEP_PARENT"
    assert label_of(child.relation) == "Step parent"
    assert label_of(Relation.GUARDIAN) == "Guardian"
    course = ChildOverview.from_wire(
        {**full_overview(), "courses": [{**DOC_COURSE, "status": "ON_HOLD"}]}
    ).courses
    assert course is not None and course[0].status == "ON_HOLD"
    assert not course[0].is_completed


def test_full_overview_parses_and_derives_the_percentage():
    overview = ChildOverview.from_wire(full_overview())
    assert overview.section_errors == {}
    assert overview.courses and overview.courses[0].status is EnrollmentStatus.ACTIVE
    assert overview.courses[0].last_accessed_at == datetime(2026, 4, 15, 8, 14, tzinfo=UTC)
    assert overview.recent_grades and overview.recent_grades[0].percentage == 84.0
    assert overview.courses_completed == 0


@pytest.mark.parametrize(
    ("section", "broken"),
    [
        (Section.GRADES, "not a list"),
        (Section.COURSES, {"enrollmentId": "e"}),
        (Section.LIVE_CLASSES, {"attendedThisMonth": -1}),
        (Section.CHILD, None),
    ],
)
def test_one_broken_section_does_not_fail_the_others(section, broken):
    payload = full_overview()
    payload[section.value] = broken
    overview = ChildOverview.from_wire(payload)
    assert set(overview.section_errors) == {section}
    assert not overview.section_ok(section)
    for other in Section:
        if other is not section:
            assert overview.section_ok(other)
    assert overview.gamification is not None or section is Section.ACHIEVEMENTS


def test_a_bad_row_is_left_out_and_counted_not_its_section():
    payload = full_overview()
    good = payload["courses"][0]
    payload["courses"] = [
        good,
        {**good, "enrollmentId": "e2", "progress": 101},
        {**good, "enrollmentId": "e3", "courseTitle": None},
    ]
    payload["recentGrades"] = [{**payload["recentGrades"][0], "maxScore": 0}]
    overview = ChildOverview.from_wire(payload)
    assert overview.section_errors == {}
    assert [c.enrollment_id for c in overview.courses or []] == [good["enrollmentId"]]
    assert overview.section_notes[Section.COURSES] == RowsLeftOut(unreadable=2, shown=1, sent=3)
    assert overview.recent_grades == []
    assert overview.section_notes[Section.GRADES] == RowsLeftOut(unreadable=1, shown=0, sent=1)
    assert Section.UPCOMING not in overview.section_notes


def test_the_offline_copy_keeps_what_the_tab_says_of_left_out_rows():
    from optilearn_desktop.core.offline_cache import decode_overview, encode_overview

    payload = full_overview()
    payload["courses"] = [payload["courses"][0], {"enrollmentId": "broken"}]
    overview = ChildOverview.from_wire(payload)
    when = dict.fromkeys(Section, datetime(2026, 12, 6, tzinfo=UTC))
    decoded = decode_overview(encode_overview(overview, when))
    assert decoded is not None
    assert decoded[0].section_notes == overview.section_notes != {}
    assert decoded[0].courses == overview.courses and decoded[1] == when


def test_numbers_no_school_figure_can_be_are_refused_where_they_enter():
    import json

    wire = json.loads(
        json.dumps(full_overview())
        .replace('"score": 42', '"score": NaN')
        .replace('"attendancePercent": 75.0', '"attendancePercent": Infinity')
    )
    assert wire["recentGrades"][0]["score"] != wire["recentGrades"][0]["score"]  # NaN arrived
    overview = ChildOverview.from_wire(wire)
    assert overview.recent_grades == [] and Section.GRADES in overview.section_notes
    assert Section.LIVE_CLASSES in overview.section_errors
    assert overview.courses  # the rest stands


def test_a_huge_section_keeps_what_a_table_can_hold():
    from optilearn_desktop.models.overview import MAX_ROWS

    payload = full_overview()
    good = payload["courses"][0]
    payload["courses"] = [{**good, "enrollmentId": f"e{n}"} for n in range(20_000)]
    overview = ChildOverview.from_wire(payload)
    assert len(overview.courses or []) == MAX_ROWS
    left_out = overview.section_notes[Section.COURSES]
    assert left_out == RowsLeftOut(0, MAX_ROWS, 20_000) and left_out.cut


def test_overview_that_is_not_an_object_is_refused():
    with pytest.raises(ValueError):
        ChildOverview.from_wire(["nope"])


def test_naive_timestamps_are_read_as_utc():
    course = ChildOverview.from_wire(
        {**full_overview(), "courses": [{**DOC_COURSE, "lastAccessedAt": "2026-04-15T08:14:00"}]}
    ).courses
    assert course is not None and course[0].last_accessed_at.tzinfo is UTC


def test_primary_child_comes_first_then_by_name():
    kids = [
        Child(contact_id="1", name="Zoe", is_primary=False),
        Child(contact_id="2", name="Mia", is_primary=True),
        Child(contact_id="3", name="adam", is_primary=False),
    ]
    assert [c.name for c in primary_first(kids)] == ["Mia", "adam", "Zoe"]


def test_notifications_and_preferences_parse_with_unknown_keys():
    page = NotificationPage.model_validate(
        {
            "notifications": [
                {
                    "id": "n1",
                    "title": "Aarav's assignment was graded",
                    "message": "42/50",
                    "type": "INFO",
                    "key": "PARENT_CHILD_GRADED",
                    "category": "GRADES",
                    "actionUrl": "/parent?child=ct_456",
                    "isRead": False,
                    "readAt": None,
                    "createdAt": "2026-04-15T08:14:00Z",
                    "metadata": {"childContactId": "ct_456", "childName": "Aarav"},
                },
                {
                    "id": "n2",
                    "title": "x",
                    "key": "SOMETHING_NEW",
                    "createdAt": "2026-04-15T08:14:00Z",
                },
            ],
            "total": 2,
            "unreadCount": 1,
        }
    )
    first, second = page.notifications
    assert first.key is ParentKey.CHILD_GRADED and first.child_contact_id == "ct_456"
    assert first.child_name == "Aarav"
    assert second.key == "SOMETHING_NEW" and second.child_contact_id is None
    pref = Preference.model_validate(
        {
            "key": "PARENT_CHILD_ABSENT",
            "canDisable": False,
            "canChangeFrequency": False,
            "defaultChannels": {"email": True, "push": True, "inApp": True},
            "frequency": "FORTNIGHTLY",
            "controls": {"whatever": True},
        }
    )
    assert pref.locked and pref.default_channels.in_app
    assert pref.frequency == "FORTNIGHTLY" and label_of(pref.frequency) == "Fortnightly"
    assert Frequency.IMMEDIATE in pref.frequency_options


def test_tokens_require_the_documented_fields():
    with pytest.raises(ValidationError):
        AuthTokens.model_validate({"accessToken": "a"})
    tokens = AuthTokens.model_validate(
        {
            "accessToken": "a",
            "refreshToken": "r",
            "expiresIn": 900,
            "user": {"contactId": "ct_1", "isContact": True, "contactType": "CONTACT_PARENT"},
        }
    )
    assert tokens.user is not None and tokens.user.is_parent
