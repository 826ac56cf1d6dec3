"""`--export DIR` with a remembered session and an unreachable server writes the calendar and
the reports from the saved overview, each report saying it is the offline copy: two real runs
of the app, the real Secret Service (gnome-keyring in a private D-Bus session) between them."""

from __future__ import annotations

import icalendar
import pytest
from pypdf import PdfReader

from ..core.household import words
from ..keyring_session import MISSING, SKIP_REASON
from .session_steps import offline_second_run

pytestmark = pytest.mark.skipif(bool(MISSING), reason=SKIP_REASON)


def test_offline_export_from_the_remembered_session(demo, tmp_path):
    account = demo.account("parent_three")
    out = tmp_path / "export"
    result, _files = offline_second_run(demo, account, "--export", str(out))
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    assert "offline: from the saved data" in result.stdout
    calendar = icalendar.Calendar.from_ical((out / "household.ics").read_bytes())
    assert {str(e["summary"]).split(":")[0] for e in calendar.walk("VEVENT")} == {
        "Ananya",
        "Aarav",
        "Vihaan",
    }
    reports = sorted(out.glob("report-*.pdf"))
    assert len(reports) == 3
    for path in reports:
        text = words(" ".join(page.extract_text() for page in PdfReader(path).pages))
        assert "(offline copy)" in text and "Not available" not in text
