"""OptiLearn's public endpoints: bearer auth, parent views, notifications, verification page."""

from __future__ import annotations

import math
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from optilearn_desktop.models import routes
from optilearn_desktop.models.auth import AuthTokens, LoginRequest, RefreshRequest
from optilearn_desktop.models.children import ChildrenPayload
from optilearn_desktop.models.envelope import PageMeta
from optilearn_desktop.models.notifications import (
    MarkReadRequest,
    MarkReadResult,
    NotificationPage,
    PreferencesPayload,
    PreferencesUpdate,
    UnreadCount,
)

from ..common.clock import from_store, utc_now
from ..common.http_common import ApiError, envelope, json_object, parse_as
from ..common.institutions import by_id, by_slug
from ..notifications import store as notification_store
from . import sessions
from .auth import (
    authenticate,
    authenticate_parent,
    bearer_token,
    linked_child,
    linked_children,
    signed_in_user,
)
from .certificate_pdf import render_certificate
from .overview import build_overview, certificate_status
from .verify_page import render_unknown, render_verification

NO_STORE = {"Cache-Control": "no-store"}


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _tokens_answer(request: Request, tokens: sessions.Tokens, user_id: str) -> Response:
    user = request.app.state.conn.execute(
        "SELECT * FROM users WHERE user_id = ?", (user_id,)
    ).fetchone()
    payload = AuthTokens(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
        user=signed_in_user(user),
    )
    return envelope(payload.to_wire(), headers=NO_STORE)


async def login(request: Request) -> Response:
    body = parse_as(LoginRequest, await json_object(request))
    if not body.institution_slug.strip() or not body.email.strip() or not body.password:
        raise ApiError(400, "VALIDATION_ERROR", "institutionSlug, email and password are required")
    institution = by_slug(body.institution_slug)
    if institution is None:
        raise ApiError(404, "NOT_FOUND", "Unknown institution")
    conn = request.app.state.conn
    user = conn.execute(
        "SELECT * FROM users WHERE institution_id = ? AND lower(email) = lower(?)",
        (institution.id, body.email.strip()),
    ).fetchone()
    if user is None:
        sessions.burn_password_time(body.password)
        raise ApiError(401, "AUTH_REQUIRED", "Wrong e-mail or password")
    if not sessions.verify_password(body.password, user["password_salt"], user["password_hash"]):
        raise ApiError(401, "AUTH_REQUIRED", "Wrong e-mail or password")
    tokens = sessions.create_session(conn, user["user_id"], request.app.state.access_ttl)
    return _tokens_answer(request, tokens, user["user_id"])


async def refresh(request: Request) -> Response:
    body = parse_as(RefreshRequest, await json_object(request))
    rotated = sessions.rotate(
        request.app.state.conn, body.refresh_token, request.app.state.access_ttl
    )
    if rotated is None:
        raise ApiError(401, "AUTH_REQUIRED", "Refresh token is not valid")
    tokens, user_id = rotated
    return _tokens_answer(request, tokens, user_id)


async def logout(request: Request) -> Response:
    # Never fails: signing out with an expired or unknown token is still a sign-out.
    try:
        body = await json_object(request)
    except ApiError:
        body = {}
    refresh_token = body.get("refreshToken")
    signed_out = sessions.revoke(
        request.app.state.conn,
        bearer_token(request),
        refresh_token if isinstance(refresh_token, str) else None,
    )
    return envelope({"signedOut": signed_out})


async def me(request: Request) -> Response:
    return envelope(authenticate(request).signed_in_user().to_wire())


async def children(request: Request) -> Response:
    caller = authenticate_parent(request)
    payload = ChildrenPayload(children=await linked_children(request, caller))
    return envelope(payload.to_wire(), headers=NO_STORE)


async def overview(request: Request) -> Response:
    caller = authenticate_parent(request)
    child = await linked_child(request, caller, request.path_params["child_id"])
    payload = build_overview(
        request.app.state.conn, child, caller.institution, _base_url(request), utc_now()
    )
    return envelope(payload.to_wire(), headers=NO_STORE)


async def certificate_pdf(request: Request) -> Response:
    caller = authenticate_parent(request)
    child = await linked_child(request, caller, request.path_params["child_id"])
    row = request.app.state.conn.execute(
        "SELECT k.*, c.title FROM certificates k JOIN courses c USING (course_id)"
        " WHERE k.certificate_id = ? AND k.student_id = ?",
        (request.path_params["certificate_id"], child.student_id),
    ).fetchone()
    if row is None:
        raise ApiError(404, "NOT_FOUND", "No such certificate for this child")
    issued = from_store(row["issued_at"])
    pdf = render_certificate(
        child.name,
        row["title"],
        caller.institution.name,
        issued.strftime("%d %B %Y") if issued else "",
        row["verification_code"],
    )
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            **NO_STORE,
            "Content-Disposition": f'inline; filename="{row["certificate_id"]}.pdf"',
        },
    )


_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
}


async def verify(request: Request) -> Response:
    code = request.path_params["code"]
    row = request.app.state.conn.execute(
        "SELECT k.*, c.title, c.institution_id, s.name AS student_name FROM certificates k"
        " JOIN courses c USING (course_id) JOIN students s USING (student_id)"
        " WHERE k.verification_code = ?",
        (code,),
    ).fetchone()
    if row is None:
        return HTMLResponse(render_unknown(code), status_code=404, headers=_PAGE_HEADERS)
    institution = by_id(row["institution_id"])
    html = render_verification(
        status=certificate_status(row, utc_now()),
        student_name=row["student_name"],
        course_title=row["title"],
        institution_name=institution.name if institution else "",
        code=code,
        issued_at=from_store(row["issued_at"]),
        expires_at=from_store(row["expires_at"]),
        revoked_at=from_store(row["revoked_at"]),
        revoked_reason=row["revoked_reason"],
    )
    return HTMLResponse(html, headers=_PAGE_HEADERS)


def _int_param(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ApiError(400, "VALIDATION_ERROR", f"{name} must be an integer") from exc


async def notifications(request: Request) -> Response:
    caller = authenticate(request)
    page = _int_param(request, "page", 1)
    limit = min(_int_param(request, "limit", 25), routes.NOTIFICATIONS_MAX_LIMIT)
    if page < 1 or limit < 1:
        raise ApiError(400, "VALIDATION_ERROR", "page and limit must be positive")
    unread_only = request.query_params.get("unreadOnly", "false").lower() in {"true", "1", "yes"}
    conn = request.app.state.conn
    items, total = notification_store.list_notifications(
        conn,
        caller.user_id,
        page=page,
        limit=limit,
        unread_only=unread_only,
        category=request.query_params.get("category") or None,
    )
    payload = NotificationPage(
        notifications=items,
        total=total,
        unread_count=notification_store.unread_count(conn, caller.user_id),
    )
    meta = PageMeta(total=total, page=page, per_page=limit, total_pages=math.ceil(total / limit))
    return envelope(payload.to_wire(), meta=meta, headers=NO_STORE)


async def unread_count(request: Request) -> Response:
    caller = authenticate(request)
    count = notification_store.unread_count(request.app.state.conn, caller.user_id)
    return envelope(UnreadCount(count=count).to_wire(), headers=NO_STORE)


async def mark_read(request: Request) -> Response:
    caller = authenticate(request)
    body = parse_as(MarkReadRequest, await json_object(request))
    if body.all:
        ids = None
    elif body.ids is not None:
        ids = body.ids
    else:
        raise ApiError(400, "VALIDATION_ERROR", 'Give "ids" or "all": true')
    updated = notification_store.mark_read(request.app.state.conn, caller.user_id, ids)
    return envelope(MarkReadResult(updated=updated).to_wire())


async def preferences(request: Request) -> Response:
    caller = authenticate(request)
    conn = request.app.state.conn
    if request.method == routes.PREFERENCES_UPDATE_METHOD:
        update = parse_as(PreferencesUpdate, await json_object(request))
        notification_store.apply_changes(conn, caller.user_id, caller.role, update.preferences)
    items = notification_store.preferences_for(conn, caller.user_id, caller.role)
    return envelope(PreferencesPayload(preferences=items).to_wire(), headers=NO_STORE)


async def healthz(_request: Request) -> Response:
    return envelope({"status": "ok", "service": "optilearn"})


def public_routes() -> list[Route]:
    # routes.py uses {name} placeholders, which Starlette reads as path parameters.
    def route(path: str, endpoint: Any, methods: list[str]) -> Route:
        return Route(path, endpoint, methods=methods)

    return [
        route(routes.LOGIN, login, ["POST"]),
        route(routes.REFRESH, refresh, ["POST"]),
        route(routes.LOGOUT, logout, ["POST"]),
        route(routes.ME, me, ["GET"]),
        route(routes.CHILDREN, children, ["GET"]),
        route(routes.OVERVIEW, overview, ["GET"]),
        route(routes.CERTIFICATE_PDF, certificate_pdf, ["GET"]),
        route(routes.VERIFY_CERTIFICATE, verify, ["GET"]),
        route(routes.NOTIFICATIONS, notifications, ["GET"]),
        route(routes.UNREAD_COUNT, unread_count, ["GET"]),
        route(routes.MARK_READ, mark_read, ["PATCH"]),
        route(routes.PREFERENCES, preferences, ["GET", routes.PREFERENCES_UPDATE_METHOD]),
        route("/healthz", healthz, ["GET"]),
    ]
