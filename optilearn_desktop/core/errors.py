"""Errors the services raise on top of the API's own (light: importable at start-up)."""

from __future__ import annotations

from ..api.errors import QT_TRANSLATE_NOOP, ApiError


class NotAParentError(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError",
        "This account is not set up as a parent. Parents see their children here once the "
        "school office has set the account up as a parent contact in OptiCRM and linked it to "
        "each child. Please ask the school office to check your account.",
    )


class ChildGoneError(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "This child is no longer linked to your account."
    )
