"""OptiLearn's notification endpoints (DOC, with the GAPs of docs/api.md): inbox, unread count,
mark read, preferences."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..common.http_common import NO_STORE, ApiError, CamelBody, envelope, json_object, parse_as
from ..common.wire import page_meta
from ..lms import routes
from ..lms.auth import authenticate
from . import store


class MarkReadBody(CamelBody):
    ids: list[str] | None = None
    all: bool | None = None


class PreferencesBody(CamelBody):
    preferences: list[store.PreferenceChange]


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
    items, total = store.list_notifications(
        conn,
        caller.user_id,
        page=page,
        limit=limit,
        unread_only=unread_only,
        category=request.query_params.get("category") or None,
    )
    payload = {
        "notifications": items,
        "total": total,
        "unreadCount": store.unread_count(conn, caller.user_id),
    }
    return envelope(payload, meta=page_meta(total, page, limit), headers=NO_STORE)


async def unread_count(request: Request) -> Response:
    caller = authenticate(request)
    count = store.unread_count(request.app.state.conn, caller.user_id)
    return envelope({"count": count}, headers=NO_STORE)


async def mark_read(request: Request) -> Response:
    caller = authenticate(request)
    body = parse_as(MarkReadBody, await json_object(request))
    if body.all:
        ids = None
    elif body.ids is not None:
        ids = body.ids
    else:
        raise ApiError(400, "VALIDATION_ERROR", 'Give "ids" or "all": true')
    updated = store.mark_read(request.app.state.conn, caller.user_id, ids)
    return envelope({"updated": updated})


async def preferences(request: Request) -> Response:
    caller = authenticate(request)
    conn = request.app.state.conn
    if request.method == routes.PREFERENCES_UPDATE_METHOD:
        update = parse_as(PreferencesBody, await json_object(request))
        store.apply_changes(conn, caller.user_id, caller.role, update.preferences)
    items = store.preferences_for(conn, caller.user_id, caller.role)
    return envelope({"preferences": items}, headers=NO_STORE)


def notification_routes() -> list[Route]:
    return [
        Route(routes.NOTIFICATIONS, notifications, methods=["GET"]),
        Route(routes.UNREAD_COUNT, unread_count, methods=["GET"]),
        Route(routes.MARK_READ, mark_read, methods=["PATCH"]),
        Route(routes.PREFERENCES, preferences, methods=["GET", routes.PREFERENCES_UPDATE_METHOD]),
    ]
