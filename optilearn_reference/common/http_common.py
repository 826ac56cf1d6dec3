"""Envelope responses, JSON body parsing, admin-key checks and error handlers for both apps."""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic.alias_generators import to_camel
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .wire import fail, ok

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

ADMIN_HEADER = "X-Admin-Key"
# Every request body this API takes is a small JSON object; anything larger is refused unread.
MAX_BODY_BYTES = 64 * 1024
# Answers that must always be fresh (the children list, the overview, the inbox).
NO_STORE = {"Cache-Control": "no-store"}

DEFAULT_CODES: dict[int, str] = {
    400: "VALIDATION_ERROR",
    401: "AUTH_REQUIRED",
    402: "FEE_OVERDUE",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    413: "PAYLOAD_TOO_LARGE",
    429: "RATE_LIMITED",
}


def default_code(status: int) -> str:
    return DEFAULT_CODES.get(status, "INTERNAL_ERROR" if status >= 500 else "ERROR")


class CamelBody(BaseModel):
    """A request body: camelCase on the wire, snake_case in Python, unknown fields ignored."""

    model_config = ConfigDict(alias_generator=to_camel, validate_by_name=True)


class ApiError(Exception):
    """Raised anywhere in a handler; answered as the documented error envelope."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers


def envelope(
    data: Any,
    status: int = 200,
    *,
    meta: dict[str, int] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(ok(data, meta), status_code=status, headers=headers)


def error_response(
    status: int,
    code: str,
    message: str,
    details: Any = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(fail(code, message, details), status_code=status, headers=headers)


async def json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, or 400 VALIDATION_ERROR (413 PAYLOAD_TOO_LARGE over
    `MAX_BODY_BYTES`, found without reading more than that)."""
    raw = await _body_within_limit(request)
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "VALIDATION_ERROR", "Body is not valid JSON") from exc
    if not isinstance(body, dict):
        raise ApiError(400, "VALIDATION_ERROR", "Body must be a JSON object")
    return body


async def _body_within_limit(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large()
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large() -> ApiError:
    return ApiError(
        413,
        "PAYLOAD_TOO_LARGE",
        f"Request body over {MAX_BODY_BYTES} bytes",
        {"limit": MAX_BODY_BYTES},
    )


def parse_as(model: type[M], body: Any) -> M:
    """Validate a body with a pydantic model; a failure is 400 with the first problem."""
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise ApiError(
            400, "VALIDATION_ERROR", f"{where}: {first['msg']}", {"field": where}
        ) from exc


def require_admin(request: Request) -> None:
    expected: str = request.app.state.admin_key
    given = request.headers.get(ADMIN_HEADER, "")
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "AUTH_REQUIRED", "Admin key required")


async def _api_error(_request: Request, exc: Exception) -> Response:
    if not isinstance(exc, ApiError):  # registered for ApiError only
        return await _unexpected(_request, exc)
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


async def _http_error(_request: Request, exc: Exception) -> Response:
    if not isinstance(exc, HTTPException):  # registered for HTTPException only
        return await _unexpected(_request, exc)
    return error_response(exc.status_code, default_code(exc.status_code), str(exc.detail))


async def _unexpected(_request: Request, exc: Exception) -> Response:
    log.exception("unhandled error", exc_info=exc)
    return error_response(500, "INTERNAL_ERROR", "Internal server error")


EXCEPTION_HANDLERS = {ApiError: _api_error, HTTPException: _http_error, Exception: _unexpected}
