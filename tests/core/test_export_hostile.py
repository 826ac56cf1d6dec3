"""No overview a server can send within the contract's JSON types breaks the calendar file or
the printed report: every hypothetical payload is parsed, written as .ics and read back, and
painted as a PDF."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar
from hypothesis import given, settings
from pypdf import PdfReader

from optilearn_desktop.core.calendar_export import CalendarChild, counted_calendar
from optilearn_desktop.core.household_export import report_child
from optilearn_desktop.core.parent_data import ChildState
from optilearn_desktop.core.report_content import ReportHeader
from optilearn_desktop.core.report_layout import write_pdf
from optilearn_desktop.models.children import Child
from optilearn_desktop.models.overview import ChildOverview, Section

from ..strategies.overview_payloads import OVERVIEW

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)


@settings(max_examples=60)
@given(payload=OVERVIEW)
def test_any_overview_exports_and_prints(qapp, tmp_path, payload):
    overview = ChildOverview.from_wire(payload)
    child = Child(contact_id="ct_hypothesis", name="Hypothesis Child")
    entry = CalendarChild(child, overview)
    ics, count = counted_calendar([entry], now=NOW, institution="svpms")
    events = list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))
    assert len(events) == count

    state = ChildState(child, overview)
    state.updated_at = dict.fromkeys(Section, NOW)
    state.section_errors = dict(overview.section_errors)
    path = tmp_path / "report.pdf"
    pages = write_pdf(path, [report_child(state)], ReportHeader("SVPMS", NOW))
    reader = PdfReader(path)
    assert len(reader.pages) == pages >= 1
    assert "Hypothesis Child" in reader.pages[0].extract_text().replace("\t", " ")
