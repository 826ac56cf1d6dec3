"""Reading the data: the platform's words, dates nobody misreads, compact empty states, and
no cue given by colour alone."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from optilearn_desktop.core import formatting

from .conftest import overview_loaded

NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
MOMENT = datetime(2026, 9, 9, 14, 2).astimezone()  # 14:02 local time


@pytest.fixture
def locale_of():
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("name", "date", "time"),
    [
        ("en_GB", "9 Sept 2026", "14:02"),
        ("en_US", "Sep 9, 2026", "2:02\u202fPM"),
        ("de_DE", "9. Sept. 2026", "14:02"),
        ("fr_FR", "9 sept. 2026", "14:02"),
    ],
)
def test_dates_name_the_month_in_the_locales_order(qapp, locale_of, name, date, time):
    locale_of(name)
    assert formatting.date_only(MOMENT) == date
    assert formatting.absolute(MOMENT) == f"{date}, {time}"
    assert not NUMERIC_DATE.search(formatting.absolute(MOMENT))


def test_a_bare_c_locale_falls_back_to_neutral_english_not_us_dates():
    script = (
        "from datetime import datetime\n"
        "from PySide6.QtCore import QLocale\n"
        "from optilearn_desktop.core import formatting\n"
        "from optilearn_desktop.platform.translations import Translations\n"
        "assert QLocale.system().language() == QLocale.Language.C\n"
        "Translations().apply('system')  # what the app does at start\n"
        "print(formatting.absolute(datetime(2026, 9, 9, 14, 2).astimezone()))\n"
        "print(formatting.number(1234567))\n"
    )
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    when, number = done.stdout.split("\n")[:2]
    assert when == "9 Sept 2026, 14:02"  # day, month name, year; a 24-hour clock
    assert number == "1,234,567"


def test_only_the_formatting_module_turns_moments_into_text():
    from pathlib import Path

    import optilearn_desktop

    root = Path(optilearn_desktop.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "formatting.py":
            continue
        text = path.read_text("utf-8")
        if re.search(r"strftime|QLocale\(\)\.toString|FormatType\.ShortFormat", text):
            offenders.append(str(path.relative_to(root)))
    assert offenders == []


def test_course_status_reads_in_the_platforms_words(signed_in):
    window = signed_in("parent_three")
    model = window.courses_page.table.model()
    statuses = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert statuses == {"In progress", "Completed"}


def test_every_date_on_screen_names_its_month(signed_in, qtbot):
    window = signed_in("parent_three")
    window.switcher.step(2)  # the child with the most rows of every kind
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    checked = 0
    for page in window.pages:
        window.tabs.setCurrentWidget(page)
        model = page.table.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    text = index.data(role) or ""
                    assert not NUMERIC_DATE.search(text), (page.tab_title, text)
                    checked += 1
    grades = window.grades_page.table.model()
    graded = window.grades_page.model.rows()[0].graded_at
    assert grades.index(0, 5).data() == formatting.date_only(graded)
    assert re.fullmatch(r"\d{1,2} [^\W\d]+ \d{4}", grades.index(0, 5).data())  # "9 Sept 2026"
    assert checked > 500


def test_empty_lists_sit_under_their_tiles_with_an_explanation(signed_in, demo, qtbot):
    new = demo.student("Rohan Gupta")  # seeded brand new: no classes, no badges
    demo.link(demo.account("parent_none")["contact_id"], new["contact_id"], is_primary=True)
    window = signed_in("parent_none")
    window.resize(1280, 800)
    for page, tile, note, words in (
        (window.live_page, window.live_page.rate, window.live_page.no_upcoming, "registers"),
        (
            window.achievements_page,
            window.achievements_page.points,
            window.achievements_page.no_badges,
            "earns",
        ),
    ):
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        assert note.isVisible() and not page.table.isVisible()
        assert "Rohan Gupta" in note.text() and words in note.text()
        line = note.fontMetrics().height()
        tiles_bottom = tile.mapTo(page, tile.rect().bottomLeft()).y()
        note_top = note.mapTo(page, note.rect().topLeft()).y()
        assert note_top - tiles_bottom < 3 * line, page.tab_title  # no gap between them
        assert note_top + note.height() < page.height() / 2, page.tab_title


def test_colour_is_never_the_only_cue(signed_in, qtbot):
    """Every coloured cell says the same in words, and gives the words to screen readers."""
    window = signed_in("parent_three")
    cues = re.compile(r"due soon|passed|failed|revoked|expired|valid|completed", re.I)
    seen: set[str] = set()
    for step in range(3):
        if step:
            window.switcher.step(1)
            qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
        for page in window.pages:
            window.tabs.setCurrentWidget(page)  # tabs render when opened
            model = page.table.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    if index.data(Qt.ItemDataRole.ForegroundRole) is None:
                        continue
                    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole) or ""
                    found = cues.search(spoken)
                    assert found, (page.tab_title, spoken)
                    assert found.group(0).lower() in (index.data() or "").lower()
                    seen.add(found.group(0).lower())
    assert {"due soon", "completed", "passed"} <= seen
