"""Hostile strings survive the whole round trip (admin API -> SQLite -> JSON -> our models)
byte for byte: nothing escaped, trimmed or lost on the way."""

from __future__ import annotations

import pytest

from optilearn_desktop.models.notifications import ParentKey

HOSTILE = [
    '<img src="http://127.0.0.1:9/x">',
    '<a href="file:///etc/passwd">x</a>',
    "\u202eevil\u202c \u200fעברית\u200f mixed",
    "emoji 👨‍👩‍👧‍👦 🎓 ✅",
    "quote \" ' ` backslash \\ nul-less \t tab",
    "T" * 10_240,
]


@pytest.mark.parametrize("text", HOSTILE, ids=["img", "link", "rtl", "emoji", "quotes", "10kB"])
def test_course_and_assignment_titles_round_trip_intact(make_client, demo, aio, text):
    client = make_client("parent_one")
    child = aio(client.children())[0]
    course = aio(client.overview(child.contact_id)).courses[0]
    demo.rename_course(course.course_id, text)
    demo.grade(child.student_id, score=50, title=text, course_id=course.course_id)
    overview = aio(client.overview(child.contact_id))
    assert text in {c.course_title for c in overview.courses}
    newest = overview.recent_grades[0]
    assert newest.assignment_title == text and newest.course_title == text
    graded = [
        n
        for n in aio(client.notifications(limit=100)).notifications
        if n.key == ParentKey.CHILD_GRADED
    ]
    assert text in graded[0].message
