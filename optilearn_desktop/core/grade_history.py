"""Every grade this computer has seen of one child, kept so that the Grades tab and a course's
detail can show more than the server's last 10.

Kept only in the account's encrypted offline cache: there is none at a kiosk or when "Keep me
signed in" is off, so there is no history there either. A regraded submission replaces the
grade seen before (same submission id); the oldest grades go first past MAX_KEPT.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import TypeAdapter, ValidationError

from ..models.overview import PASS_PERCENTAGE, Grade

MAX_KEPT = 20_000  # per child: years of school work, a bounded file
_GRADES: TypeAdapter[list[Grade]] = TypeAdapter(list[Grade])
_GRADE: TypeAdapter[Grade] = TypeAdapter(Grade)


def course_key(grade: Grade) -> str:
    """Which course a grade belongs to: its id, or its title when a server sends no id."""
    return key_of_course(grade.course_id, grade.course_title)


def key_of_course(course_id: str | None, title: str) -> str:
    return course_id or f"title:{title}"


def mean_percentage(grades: Iterable[Grade]) -> float | None:
    """The low-average rule's mean (docs/api.md): each grade's percentage counts once."""
    values = [g.percentage for g in grades if g.percentage is not None]
    return sum(values) / len(values) if values else None


def is_failed(grade: Grade) -> bool:
    """Failed, or (when the server does not say) under the pass mark."""
    if grade.passed is not None:
        return not grade.passed
    return grade.percentage is not None and grade.percentage < PASS_PERCENTAGE


@dataclass
class GradeHistory:
    """The grades seen of one child since `since`, by submission id."""

    since: datetime
    by_id: dict[str, Grade] = field(default_factory=dict)

    def __repr__(self) -> str:  # a count only: grades are a child's data
        return f"GradeHistory(grades={len(self.by_id)})"

    def __len__(self) -> int:
        return len(self.by_id)

    def merge(self, grades: Iterable[Grade]) -> bool:
        """Add what is new (or regraded); True when anything changed."""
        changed = False
        for grade in grades:
            known = self.by_id.get(grade.submission_id)
            if known != grade:
                self.by_id[grade.submission_id] = grade
                changed = True
        extra = len(self.by_id) - MAX_KEPT
        if extra > 0:
            for old in sorted(self.by_id.values(), key=lambda g: g.graded_at)[:extra]:
                del self.by_id[old.submission_id]
        return changed

    def newest_first(self) -> list[Grade]:
        return sorted(self.by_id.values(), key=lambda g: g.graded_at, reverse=True)

    def encode(self) -> bytes:
        grades = [g.to_wire() for g in self.by_id.values()]
        return json.dumps({"since": self.since.isoformat(), "grades": grades}).encode()

    @classmethod
    def decode(cls, data: bytes) -> GradeHistory | None:
        """A stored history (None when it does not parse); a grade that no longer parses is
        left out, the others stay."""
        try:
            document = json.loads(data)
            since = datetime.fromisoformat(document["since"])
            raw = document["grades"]
            if not isinstance(raw, list) or since.tzinfo is None:
                return None
        except (ValueError, KeyError, TypeError, RecursionError):
            return None
        try:
            grades = _GRADES.validate_python(raw)
        except ValidationError:  # one bad row: read them one by one
            grades = []
            for item in raw:
                try:
                    grades.append(_GRADE.validate_python(item))
                except ValidationError:
                    continue
        return cls(since, {g.submission_id: g for g in grades})


def grades_seen(recent: list[Grade] | None, history: GradeHistory | None) -> list[Grade]:
    """The school's recent grades and the history, one per submission, newest first."""
    if history is None:
        return sorted(recent or [], key=lambda g: g.graded_at, reverse=True)
    merged = dict(history.by_id)
    for grade in recent or []:
        merged[grade.submission_id] = grade
    return sorted(merged.values(), key=lambda g: g.graded_at, reverse=True)


def course_grades(
    recent: list[Grade] | None, history: GradeHistory | None, course_id: str | None, title: str
) -> list[Grade]:
    """The grades seen of one course (by id, or by title when there is no id), newest first."""
    wanted = key_of_course(course_id, title)
    return [g for g in grades_seen(recent, history) if course_key(g) == wanted]
