"""`optilearn-desktop --export DIR`: the demo household's calendar and one PDF per child, and
the errors a script sees (exit code and message)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import icalendar
from pypdf import PdfReader

from ..core.household import words

CHILDREN = ("Ananya Sharma", "Aarav Sharma", "Vihaan Sharma")


def run_app(*argv: str, home) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPTILEARN_DESKTOP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "optilearn_desktop", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_export_of_the_demo_household(tmp_path):
    out = tmp_path / "export"
    result = run_app("--demo", "--export", str(out), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr[-3000:]
    events = list(icalendar.Calendar.from_ical((out / "household.ics").read_bytes()).walk("VEVENT"))
    said = re.search(r"exported (\d+) calendar events", result.stdout)
    assert said and int(said.group(1)) == len(events) > 0
    assert {str(e["summary"]).split(":")[0] for e in events} == {"Ananya", "Aarav", "Vihaan"}
    assert sorted(p.name for p in out.glob("*.pdf")) == [
        "report-aarav-sharma.pdf",
        "report-ananya-sharma.pdf",
        "report-vihaan-sharma.pdf",
    ]
    for name in CHILDREN:
        path = out / f"report-{name.lower().replace(' ', '-')}.pdf"
        text = words(" ".join(page.extract_text() for page in PdfReader(path).pages))
        assert text.startswith(name) and "Page 1 of" in text
        assert all(other not in text for other in CHILDREN if other != name)


def test_export_errors_exit_non_zero_with_a_message(tmp_path):
    home = tmp_path / "home"
    nobody = run_app("--export", str(tmp_path / "a"), home=home)  # nobody remembered
    assert nobody.returncode == 2 and "needs --demo or a remembered sign-in" in nobody.stderr
    kiosk = run_app("--kiosk", "--export", str(tmp_path / "b"), home=home)
    assert kiosk.returncode == 2 and "not available on a shared computer" in kiosk.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    unwritable = run_app("--demo", "--export", str(blocker / "out"), home=home)
    assert unwritable.returncode == 1 and "could not write the export" in unwritable.stderr
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()
