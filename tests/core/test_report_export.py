"""The printed report as a PDF, from the real reference backend's overviews, read back with
`pypdf`: each child's file holds that child's data and nothing of a sibling's, server text is
printed as text, a child with nothing yet gets its empty states, and a copy made offline says
so."""

from __future__ import annotations

from datetime import timedelta

import icalendar
from pypdf import PdfReader

from optilearn_desktop.core import formatting
from optilearn_desktop.core.clock import utc_now
from optilearn_desktop.core.household_export import (
    known_states,
    load_household,
    report_child,
    write_household,
)
from optilearn_desktop.core.overview_words import class_and_section
from optilearn_desktop.core.report_content import ReportHeader
from optilearn_desktop.core.report_layout import write_pdf

from .household import words

SIBLINGS = {  # parent_three's children: name -> student code
    "Ananya Sharma": "SP-2026-014",
    "Aarav Sharma": "SP-2026-021",
    "Vihaan Sharma": "SP-2026-007",
}


def pdf_text(path) -> str:
    reader = PdfReader(path)
    return words(" ".join(page.extract_text() for page in reader.pages))


def test_the_export_writes_the_calendar_and_one_report_per_child(household, tmp_path, qapp):
    _data, states = household("parent_three")
    exported = write_household(tmp_path / "out", states, now=utc_now(), institution="svpms")
    assert exported.calendar == tmp_path / "out" / "household.ics"
    calendar = icalendar.Calendar.from_ical(exported.calendar.read_bytes())
    assert len(list(calendar.walk("VEVENT"))) == exported.events > 0
    assert sorted(p.name for p in exported.reports) == [
        "report-aarav-sharma.pdf",
        "report-ananya-sharma.pdf",
        "report-vihaan-sharma.pdf",
    ]
    for state in states:
        name = state.child.name
        path = tmp_path / "out" / f"report-{name.lower().replace(' ', '-')}.pdf"
        text = pdf_text(path)
        overview = state.overview
        assert name in text and SIBLINGS[name] in text
        assert class_and_section(state.child) in text
        assert "School: SVPMS" in text and "Data as of" in text and "Page 1 of" in text
        assert "offline copy" not in text
        for heading in ("Courses", "Recent grades", "Upcoming work", "Live classes this month"):
            assert heading in text
        assert overview.courses and overview.courses[0].course_title in text
        grade = overview.recent_grades[0]
        assert grade.assignment_title in text
        assert f"{formatting.score(grade.score)}/{formatting.score(grade.max_score)}" in text
        assert overview.upcoming_assignments[0].title in text
        assert overview.live_classes.upcoming[0].title in text
        for badge in overview.gamification.badges:
            assert badge.name in text
        for other, code in SIBLINGS.items():
            if other != name:
                assert other not in text and code not in text


def test_server_text_is_printed_as_text(household, demo, tmp_path, qapp):
    _data, states = household("parent_one")
    course = states[0].overview.courses[0]
    title = '<b>Bold</b> & <img src="http://127.0.0.1:9/x.png"> <a href="file:///etc/passwd">x</a>'
    demo.rename_course(course.course_id, title)
    _data, states = household("parent_one")
    path = tmp_path / "report.pdf"
    write_pdf(path, [report_child(states[0])], ReportHeader("SVPMS", utc_now()))
    assert any(c.course_title == title for c in states[0].overview.courses)
    assert words(title) in pdf_text(path)


def test_a_child_with_nothing_yet_prints_its_empty_states(household, demo, tmp_path, qapp):
    new = demo.student("Rohan Gupta")  # seeded brand new: no courses, grades or certificates
    demo.link(demo.account("parent_none")["contact_id"], new["contact_id"], is_primary=True)
    _data, states = household("parent_none")
    path = tmp_path / "rohan.pdf"
    pages = write_pdf(path, [report_child(s) for s in states], ReportHeader("SVPMS", utc_now()))
    text = pdf_text(path)
    assert pages == 1 and "Rohan Gupta" in text and "Class 1, Section A" in text
    for empty in (
        "No courses yet",
        "No graded work yet.",
        "Nothing due: no upcoming assignments.",
        "Attended 0, missed 0",
        "No live class is scheduled yet.",
        "No badges yet.",
        "No certificates yet.",
    ):
        assert empty in text, empty
    assert "Not available" not in text


def test_a_report_made_offline_says_it_is_the_saved_copy(household, demo, aio, tmp_path, qapp):
    data, states = household("parent_three")
    demo.add_fault(route="*", refuse=True)  # the school's server cannot be reached any more
    later = utc_now() + timedelta(hours=1)  # every overview is due for a refresh
    states = known_states(data, aio(load_household(data, later)))
    assert len(states) == 3 and all(s.last_error is not None for s in states)
    path = tmp_path / "offline.pdf"
    write_pdf(path, [report_child(s) for s in states], ReportHeader("SVPMS", later))
    text = pdf_text(path)
    assert text.count("(offline copy)") == 3
    for name in SIBLINGS:  # one page group per child, each with its data as saved
        assert name in text
    assert "Not available" not in text  # nothing blanked: the last good data is printed


def test_a_section_the_server_broke_says_why(household, demo, tmp_path, qapp):
    demo.add_fault(route="/api/parent/children/*/overview", corrupt_section="recentGrades")
    _data, states = household("parent_one")
    path = tmp_path / "broken.pdf"
    write_pdf(path, [report_child(states[0])], ReportHeader("SVPMS", utc_now()))
    text = pdf_text(path)
    assert "Recent grades Not available:" in text
    assert states[0].overview.courses[0].course_title in text  # the rest still prints
