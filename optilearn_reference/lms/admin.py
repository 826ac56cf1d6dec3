"""OptiLearn's admin API (X-Admin-Key): grade, mark absent, digest, rename, expire, reset."""

from __future__ import annotations

from pydantic import Field
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..common.admin_traffic import traffic_admin_routes
from ..common.clock import utc_now
from ..common.http_common import ApiError, CamelBody, envelope, json_object, parse_as, require_admin
from ..common.institutions import by_slug
from ..common.sqlite_db import transaction
from ..notifications.service import Delivered, NotificationService
from . import sessions
from .crm_client import CrmUnavailable
from .grading import record_absence, record_grade
from .seed import seed_lms


class GradeBody(CamelBody):
    student_id: str
    assignment_id: str | None = None
    course_id: str | None = None
    title: str | None = None
    score: float = Field(ge=0)
    max_score: float | None = Field(default=None, gt=0)


class AbsenceBody(CamelBody):
    student_id: str
    live_class_id: str | None = None


class DigestBody(CamelBody):
    institution_slug: str | None = None


class RenameBody(CamelBody):
    title: str


class ExpireBody(CamelBody):
    email: str | None = None


def _service(request: Request) -> NotificationService:
    return request.app.state.notifications


def _wire(delivered: list[Delivered]) -> list[dict[str, object]]:
    return [d.to_wire() for d in delivered]


async def grades(request: Request) -> Response:
    require_admin(request)
    body = parse_as(GradeBody, await json_object(request))
    result = record_grade(
        request.app.state.conn,
        body.student_id,
        body.score,
        body.max_score,
        body.title,
        body.assignment_id,
        body.course_id,
    )
    try:
        delivered = await _service(request).on_graded(body.student_id, result)
    except CrmUnavailable as exc:
        raise ApiError(500, "INTERNAL_ERROR", "OptiCRM unavailable; grade saved") from exc
    return envelope(
        {
            "submissionId": result.submission_id,
            "assignmentId": result.assignment_id,
            "percentage": result.percentage,
            "averageBefore": None
            if result.average_before is None
            else round(result.average_before, 2),
            "averageAfter": round(result.average_after, 2),
            "notifications": _wire(delivered),
        },
        201,
    )


async def absences(request: Request) -> Response:
    require_admin(request)
    body = parse_as(AbsenceBody, await json_object(request))
    absence = record_absence(request.app.state.conn, body.student_id, body.live_class_id)
    try:
        delivered = await _service(request).on_absent(body.student_id, absence)
    except CrmUnavailable as exc:
        raise ApiError(500, "INTERNAL_ERROR", "OptiCRM unavailable; absence saved") from exc
    return envelope({"liveClassId": absence.live_class_id, "notifications": _wire(delivered)}, 201)


async def digest(request: Request) -> Response:
    require_admin(request)
    body = parse_as(DigestBody, await json_object(request))
    institution = None
    if body.institution_slug is not None:
        institution = by_slug(body.institution_slug)
        if institution is None:
            raise ApiError(404, "NOT_FOUND", "Unknown institution")
    try:
        delivered = await _service(request).run_digest(institution)
    except CrmUnavailable as exc:
        raise ApiError(500, "INTERNAL_ERROR", "OptiCRM unavailable") from exc
    return envelope({"count": len(delivered), "notifications": _wire(delivered)})


async def rename_course(request: Request) -> Response:
    require_admin(request)
    body = parse_as(RenameBody, await json_object(request))
    conn = request.app.state.conn
    course_id = request.path_params["course_id"]
    with transaction(conn):
        updated = conn.execute(
            "UPDATE courses SET title = ? WHERE course_id = ?", (body.title, course_id)
        ).rowcount
    if not updated:
        raise ApiError(404, "NOT_FOUND", "Unknown course")
    return envelope({"courseId": course_id, "title": body.title})


async def expire_sessions(request: Request) -> Response:
    require_admin(request)
    body = parse_as(ExpireBody, await json_object(request))
    expired = sessions.expire_access(request.app.state.conn, body.email)
    return envelope({"expired": expired})


async def reset(request: Request) -> Response:
    require_admin(request)
    seed_lms(request.app.state.conn, utc_now())
    request.app.state.login_throttle.clear()
    return envelope({"reset": True})


def admin_routes() -> list[Route]:
    return [
        Route("/admin/grades", grades, methods=["POST"]),
        Route("/admin/absences", absences, methods=["POST"]),
        Route("/admin/digest", digest, methods=["POST"]),
        Route("/admin/courses/{course_id}", rename_course, methods=["PATCH"]),
        Route("/admin/sessions/expire", expire_sessions, methods=["POST"]),
        Route("/admin/reset", reset, methods=["POST"]),
        *traffic_admin_routes(),
    ]
