"""The grade history of one child: merged by submission, regrades replace, stored sealed in
the offline store and removed with the child."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from optilearn_desktop.core import grade_history
from optilearn_desktop.core.grade_history import GradeHistory, course_grades, grades_seen
from optilearn_desktop.core.offline_store import OfflineStore
from optilearn_desktop.models.overview import Grade

NOW = datetime(2026, 4, 15, 8, 0, tzinfo=UTC)


def grade(n: int, score: float = 30, course: str = "co_1", days: int = 0) -> Grade:
    return Grade(
        submission_id=f"sb_{n}",
        assignment_title=f"Quiz {n}",
        course_id=course,
        course_title=f"Course {course}",
        score=score,
        max_score=50,
        graded_at=NOW - timedelta(days=days or n),
    )


def test_merge_keeps_each_submission_once_and_takes_a_regrade():
    history = GradeHistory(NOW)
    assert history.merge([grade(1), grade(2)])
    assert not history.merge([grade(1)])  # nothing new
    assert history.merge([grade(1, score=45)])  # regraded
    assert len(history) == 2 and history.by_id["sb_1"].score == 45
    assert [g.submission_id for g in history.newest_first()] == ["sb_1", "sb_2"]


def test_the_oldest_go_first_past_the_cap(monkeypatch):
    monkeypatch.setattr(grade_history, "MAX_KEPT", 3)  # our own constant, not a library's
    history = GradeHistory(NOW)
    history.merge([grade(n) for n in range(1, 6)])
    assert sorted(history.by_id) == ["sb_1", "sb_2", "sb_3"]  # the newest three


def test_encode_decode_round_trip_and_a_bad_row_is_left_out():
    history = GradeHistory(NOW)
    history.merge([grade(1), grade(2)])
    again = GradeHistory.decode(history.encode())
    assert again is not None and again.since == NOW and again.by_id == history.by_id
    broken = history.encode().replace(b'"submissionId": "sb_2"', b'"submissionId": 7')
    partial = GradeHistory.decode(broken)
    assert partial is not None and list(partial.by_id) == ["sb_1"]
    assert GradeHistory.decode(b"not json") is None
    assert GradeHistory.decode(b'{"since": "2026-01-01T00:00:00", "grades": []}') is None


def test_grades_seen_and_one_course():
    history = GradeHistory(NOW)
    history.merge([grade(1), grade(2, course="co_2")])
    recent = [grade(1, score=50), grade(3)]
    seen = grades_seen(recent, history)
    assert [g.submission_id for g in seen] == ["sb_1", "sb_2", "sb_3"]
    assert seen[0].score == 50  # the school's copy wins
    assert [g.submission_id for g in course_grades(recent, history, "co_1", "")] == [
        "sb_1",
        "sb_3",
    ]
    assert [g.submission_id for g in grades_seen(recent, None)] == ["sb_1", "sb_3"]


def test_the_store_seals_history_and_removes_it_with_the_child(tmp_path):
    key = bytes(range(32))
    path = tmp_path / "cache.sqlite3"
    with OfflineStore(path, key) as store:
        store.put_history("ct_1", b"the grades of ct_1")
        store.put_history("ct_2", b"the grades of ct_2")
        assert store.get_history("ct_1") == b"the grades of ct_1"
        store.delete_child("ct_1")
        assert store.get_history("ct_1") is None
        assert store.get_history("ct_2") == b"the grades of ct_2"
    assert b"the grades of" not in path.read_bytes()
