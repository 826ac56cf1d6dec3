"""The response envelope every OptiLearn endpoint uses (DOC)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .base import WireModel


class ErrorBody(WireModel):
    code: str = "UNKNOWN_ERROR"
    message: str = ""
    details: Any = None


class PageMeta(WireModel):
    total: int = 0
    page: int = 1
    per_page: int = 0
    total_pages: int = 0


class Envelope(WireModel):
    """`{"data": ..., "error": null}` on success, `{"data": null, "error": {...}}` on failure."""

    data: Any = None
    error: ErrorBody | None = None
    meta: PageMeta | None = Field(default=None)


def ok(data: Any, meta: PageMeta | None = None) -> dict[str, Any]:
    """Success envelope as a JSON-ready dict (used by the reference server)."""
    body: dict[str, Any] = {"data": data, "error": None}
    if meta is not None:
        body["meta"] = meta.to_wire()
    return body


def fail(code: str, message: str, details: Any = None) -> dict[str, Any]:
    """Error envelope as a JSON-ready dict (used by the reference server)."""
    return {"data": None, "error": {"code": code, "message": message, "details": details}}
