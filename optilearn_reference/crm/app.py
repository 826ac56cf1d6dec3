"""The OptiCRM stand-in: contacts and parent-student links behind OptiLearn's API key."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from ..common.admin_traffic import traffic_admin_routes
from ..common.faults import FaultStore, RequestLog, TrafficMiddleware
from ..common.http_common import (
    EXCEPTION_HANDLERS,
    ApiError,
    CamelBody,
    envelope,
    json_object,
    parse_as,
    require_admin,
)
from ..common.institutions import Institution, by_slug
from ..common.wire import INSTITUTION_HEADER
from .store import CrmStore, LinkError
from .wire import API_KEY_HEADER, PARENT_CHILDREN, STUDENT_PARENTS


def _store(request: Request) -> CrmStore:
    return request.app.state.store


def _guard(request: Request) -> Institution:
    """API key (401), then the institution named by the header (404 when unknown)."""
    given = request.headers.get(API_KEY_HEADER, "")
    if not secrets.compare_digest(given.encode(), request.app.state.api_key.encode()):
        raise ApiError(401, "AUTH_REQUIRED", "A valid X-Api-Key is required")
    slug = request.headers.get(INSTITUTION_HEADER)
    if not slug:
        raise ApiError(400, "VALIDATION_ERROR", f"{INSTITUTION_HEADER} header is required")
    institution = by_slug(slug)
    if institution is None:
        raise ApiError(404, "NOT_FOUND", "Unknown institution")
    return institution


async def parent_children(request: Request) -> Response:
    institution = _guard(request)
    children = _store(request).parent_children(
        institution.id, request.path_params["parent_contact_id"]
    )
    if children is None:
        raise ApiError(404, "NOT_FOUND", "No such parent contact in this institution")
    return envelope({"children": [c.to_wire() for c in children]})


async def student_parents(request: Request) -> Response:
    institution = _guard(request)
    parents = _store(request).student_parents(institution.id, request.path_params["student_id"])
    if parents is None:
        raise ApiError(404, "NOT_FOUND", "No such student in this institution")
    return envelope({"parents": [p.to_wire() for p in parents]})


class LinkBody(CamelBody):
    relation: str = "OTHER"
    is_primary: bool = False


async def admin_link(request: Request) -> Response:
    require_admin(request)
    parent_id = request.path_params["parent_contact_id"]
    student_id = request.path_params["student_contact_id"]
    if request.method == "DELETE":
        removed = _store(request).delete_link(parent_id, student_id)
        return envelope({"removed": removed})
    body = parse_as(LinkBody, await json_object(request))
    try:
        _store(request).set_link(parent_id, student_id, body.relation, body.is_primary)
    except LinkError as exc:
        raise ApiError(
            exc.status, "NOT_FOUND" if exc.status == 404 else "VALIDATION_ERROR", str(exc)
        ) from exc
    return envelope(
        {"linked": True, "relation": body.relation.upper(), "isPrimary": body.is_primary}
    )


async def admin_contacts(request: Request) -> Response:
    require_admin(request)
    return envelope({"contacts": _store(request).contacts()})


async def admin_reset(request: Request) -> Response:
    require_admin(request)
    _store(request).reset()
    return envelope({"reset": True})


async def healthz(_request: Request) -> Response:
    return envelope({"status": "ok", "service": "opticrm"})


def create_crm_app(db_path: Path, api_key: str, admin_key: str) -> ASGIApp:
    """The ASGI app (fault/request-log middleware outermost, so drops reach the server)."""
    faults, requests = FaultStore(), RequestLog()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        store = CrmStore(db_path)
        store.reset()
        app.state.store = store
        try:
            yield
        finally:
            store.close()

    app = Starlette(
        routes=[
            Route(PARENT_CHILDREN, parent_children, methods=["GET"]),
            Route(STUDENT_PARENTS, student_parents, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route(
                "/admin/links/{parent_contact_id}/{student_contact_id}",
                admin_link,
                methods=["PUT", "DELETE"],
            ),
            Route("/admin/contacts", admin_contacts, methods=["GET"]),
            Route("/admin/reset", admin_reset, methods=["POST"]),
            *traffic_admin_routes(),
        ],
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=lifespan,
    )
    app.state.api_key = api_key
    app.state.admin_key = admin_key
    app.state.faults = faults
    app.state.requests = requests
    return TrafficMiddleware(app, faults, requests)
