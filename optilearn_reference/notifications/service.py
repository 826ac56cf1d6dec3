"""NotificationService: student event -> the student's parents (asked from OptiCRM over HTTP)
-> one notification per parent with an LMS account, under that parent's own preference.

Also the weekly digest and its scheduler (Sunday 08:00, institution time).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from ..common.clock import to_store, utc_now
from ..common.institutions import INSTITUTIONS, Institution, require_id
from ..common.wire import PARENT_CONTACT_TYPE
from ..lms.crm_client import CrmClient
from ..lms.grading import Absence, GradeResult, student_row
from .catalog import BY_KEY
from .store import choice, insert_notification
from .texts import ChildRef, Draft, absent, graded, low_grade, weekly_digest

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Delivered:
    recipient_user_id: str
    recipient_contact_id: str
    recipient_email: str
    notification: dict[str, Any]

    def to_wire(self) -> dict[str, object]:
        return {
            **self.notification,
            "recipientContactId": self.recipient_contact_id,
            "recipientEmail": self.recipient_email,
        }


class NotificationService:
    def __init__(self, conn: sqlite3.Connection, crm: CrmClient) -> None:
        self.conn = conn
        self.crm = crm

    async def fan_out(self, student_id: str, make: Callable[[ChildRef], Draft]) -> list[Delivered]:
        student = student_row(self.conn, student_id)
        institution = require_id(student["institution_id"])
        child = ChildRef(student["contact_id"], student_id, student["name"])
        draft = make(child)
        definition = BY_KEY[draft.key]
        delivered = []
        for parent in await self.crm.student_parents(institution.slug, student_id):
            user = self.conn.execute(
                "SELECT * FROM users WHERE contact_id = ? AND institution_id = ?"
                " AND contact_type = ?",
                (parent.contact_id, institution.id, PARENT_CONTACT_TYPE),
            ).fetchone()
            if user is None:
                continue  # a CRM parent without an LMS account
            enabled, channels, _frequency = choice(self.conn, user["user_id"], definition)
            # A locked key is always delivered; otherwise the parent's own switches decide.
            if definition.can_disable and not (enabled and channels.in_app):
                continue
            notification = insert_notification(
                self.conn,
                user["user_id"],
                title=draft.title,
                message=draft.message,
                type_=draft.type,
                key=draft.key,
                category=draft.category,
                action_url=draft.action_url,
                metadata=draft.metadata,
            )
            delivered.append(
                Delivered(user["user_id"], parent.contact_id, user["email"], notification)
            )
        return delivered

    async def on_graded(self, student_id: str, result: GradeResult) -> list[Delivered]:
        delivered = await self.fan_out(
            student_id,
            lambda child: graded(
                child,
                result.assignment_title,
                result.course_title,
                result.score,
                result.max_score,
                result.percentage,
                result.submission_id,
            ),
        )
        if result.crossed_below:
            delivered += await self.fan_out(
                student_id, lambda child: low_grade(child, result.average_after)
            )
        return delivered

    async def on_absent(self, student_id: str, absence: Absence) -> list[Delivered]:
        return await self.fan_out(
            student_id,
            lambda child: absent(child, absence.title, absence.course_title, absence.live_class_id),
        )

    async def run_digest(self, institution: Institution | None = None) -> list[Delivered]:
        """One digest per child per parent (for one institution, or all)."""
        since = utc_now() - timedelta(days=7)
        targets = [institution] if institution else list(INSTITUTIONS)
        delivered: list[Delivered] = []
        for inst in targets:
            students = self.conn.execute(
                "SELECT student_id FROM students WHERE institution_id = ? ORDER BY student_id",
                (inst.id,),
            ).fetchall()
            for (student_id,) in students:
                grades, average, attended, missed = self._week(student_id, since)
                delivered += await self.fan_out(
                    student_id,
                    partial(
                        _digest, grades=grades, average=average, attended=attended, missed=missed
                    ),
                )
        return delivered

    def _week(self, student_id: str, since: datetime) -> tuple[int, float | None, int, int]:
        grades = self.conn.execute(
            "SELECT COUNT(*), AVG(s.score * 100.0 / a.max_score) FROM submissions s"
            " JOIN assignments a USING (assignment_id)"
            " WHERE s.student_id = ? AND s.graded_at >= ?",
            (student_id, to_store(since)),
        ).fetchone()
        attendance = self.conn.execute(
            "SELECT SUM(r.attendance = 'ATTENDED'), SUM(r.attendance = 'MISSED')"
            " FROM registrations r JOIN live_classes l USING (live_class_id)"
            " WHERE r.student_id = ? AND l.starts_at >= ? AND l.starts_at <= ?",
            (student_id, to_store(since), to_store(utc_now())),
        ).fetchone()
        return grades[0], grades[1], attendance[0] or 0, attendance[1] or 0


def _digest(
    child: ChildRef, *, grades: int, average: float | None, attended: int, missed: int
) -> Draft:
    return weekly_digest(child, grades, average, attended, missed)


def next_digest_time(now: datetime, institution: Institution) -> datetime:
    """The next Sunday 08:00 in the institution's time zone, strictly after `now`."""
    local = now.astimezone(institution.tz)
    days_ahead = (6 - local.weekday()) % 7
    candidate = (local + timedelta(days=days_ahead)).replace(
        hour=8, minute=0, second=0, microsecond=0
    )
    if candidate <= local:
        candidate = (local + timedelta(days=days_ahead + 7)).replace(
            hour=8, minute=0, second=0, microsecond=0
        )
    return candidate


class DigestScheduler:
    """Background task running the digest for each institution at its own Sunday 08:00."""

    def __init__(self, service: NotificationService) -> None:
        self.service = service
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="weekly-digest")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            now = utc_now()
            when, institution = min(
                ((next_digest_time(now, i), i) for i in INSTITUTIONS), key=lambda p: p[0]
            )
            await asyncio.sleep(max(0.0, (when - utc_now()).total_seconds()))
            if utc_now() < when:
                continue  # woke a little early (timer vs wall clock): do not send twice
            try:
                sent = await self.service.run_digest(institution)
                log.info("weekly digest for %s: %d notifications", institution.slug, len(sent))
            except Exception:
                log.exception("weekly digest for %s failed", institution.slug)
