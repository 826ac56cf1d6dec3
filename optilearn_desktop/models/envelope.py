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
