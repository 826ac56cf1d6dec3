"""The household page's figures for benchmarks/window.py (run there as `--child household`):

- build: the first time the page is shown, 10 children x 300 courses loaded (the page, its
  cards and the ranked list built, and the window repainted);
- switch: from a child's overview to the built page, until repainted (medians);
- history: one child's 5,000 kept grades read from the encrypted cache and parsed.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from loaded_window import courses_wire

CHILDREN, COURSES, HISTORY, SWITCHES = 10, 300, 5000, 60


def overview_wire(i: int, now: datetime) -> dict[str, Any]:
    """A busy child: 300 courses, failed and passed grades, work due soon and late, missed
    classes, a certificate about to expire."""

    def at(hours: float) -> str:
        return (now + timedelta(hours=hours)).isoformat()

    return {
        "child": {"contactId": f"ct_{i}", "name": f"Child {i}"},
        "courses": courses_wire(i, COURSES, now),
        "recentGrades": [
            {
                "submissionId": f"s{i}_{n}",
                "assignmentTitle": f"Quiz {n}",
                "courseId": f"c{n % 4 + 1}",
                "courseTitle": f"Course {n % 4 + 1}",
                "score": 10 + n * 4,
                "maxScore": 50,
                "gradedAt": at(-24 * n - 1),
            }
            for n in range(10)
        ],
        "upcomingAssignments": [
            {"assignmentId": f"a{n}", "title": f"Essay {n}", "dueAt": at(20 * n - 5)}
            for n in range(5)
        ],
        "liveClasses": {
            "month": now.strftime("%Y-%m"),
            "attendedThisMonth": 5,
            "missedThisMonth": 2,
            "attendancePercent": 71.4,
            "upcoming": [],
            "missedClasses": [
                {"liveClassId": f"lc{n}", "title": f"Clinic {n}", "startsAt": at(-30 * n - 2)}
                for n in range(2)
            ],
        },
        "gamification": {"currentStreak": 3, "longestStreak": 9, "totalPoints": 1200},
        "certificates": [
            {
                "certificateId": f"cert{i}",
                "courseTitle": "Course 7",
                "issuedAt": at(-2000),
                "expiresAt": at(24 * 10),
                "status": "VALID",
                "verificationCode": "X",
                "pdfUrl": "https://learn.opticrm.app/x.pdf",
                "verificationUrl": "https://learn.opticrm.app/verify/X",
            }
        ],
    }


def history_load_ms(now: datetime, runs: int = 15) -> float:
    """Median time to read and parse one child's 5,000 kept grades (decrypt + pydantic)."""
    from optilearn_desktop.core.grade_history import GradeHistory
    from optilearn_desktop.core.offline_store import OfflineStore
    from optilearn_desktop.models.overview import Grade

    history = GradeHistory(now)
    history.merge(
        Grade(
            submission_id=f"s{n}",
            assignment_title=f"Assignment {n}",
            course_id=f"c{n % 40}",
            course_title=f"Course {n % 40}",
            score=n % 50,
            max_score=50,
            graded_at=now - timedelta(hours=n),
        )
        for n in range(HISTORY)
    )
    with (
        tempfile.TemporaryDirectory() as folder,
        OfflineStore(Path(folder) / "cache.sqlite3", bytes(range(32))) as store,
    ):
        store.put_history("ct_0", history.encode())
        timings = []
        for _ in range(runs):
            began = time.perf_counter()
            data = store.get_history("ct_0")
            loaded = GradeHistory.decode(data or b"")
            timings.append((time.perf_counter() - began) * 1000)
            assert loaded is not None and len(loaded) == HISTORY
    return statistics.median(timings)


def household(report: Any) -> None:
    from PySide6.QtWidgets import QApplication

    qt = QApplication([])
    from loaded_window import loaded_window

    now = datetime.now(UTC)
    window = loaded_window(CHILDREN, lambda i: overview_wire(i, now), now)
    qt.processEvents()
    nav = window.household
    assert nav is not None
    began = time.perf_counter()
    nav.show_household()
    window.repaint()
    build_ms = (time.perf_counter() - began) * 1000
    items = len(nav.page.items())
    switch, render = [], []
    for _ in range(SWITCHES):
        nav.show_overview()
        qt.processEvents()
        began = time.perf_counter()
        nav.show_household()
        window.repaint()
        switch.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        nav.render()
        render.append((time.perf_counter() - began) * 1000)
    assert window.tasks.running == 0, "the household is built from what is loaded"
    report(
        household_build_ms=build_ms,
        household_switch_ms=statistics.median(switch),
        household_switch_p95_ms=sorted(switch)[int(0.95 * len(switch))],
        household_render_ms=statistics.median(render),
        household_items=items,
        history_load_ms=history_load_ms(now),
    )
