"""OptiLearn's public paths as docs/api.md names them (DOC, and the /api/v1/auth GAP choice).

Starlette reads the `{name}` placeholders as path parameters.
"""

from __future__ import annotations

from urllib.parse import quote

LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"
LOGOUT = "/api/v1/auth/logout"
ME = "/api/v1/auth/me"

CHILDREN = "/api/parent/children"
OVERVIEW = "/api/parent/children/{child_id}/overview"
CERTIFICATE_PDF = "/api/parent/children/{child_id}/certificates/{certificate_id}/pdf"
VERIFY_CERTIFICATE = "/verify/{code}"
# GAP: the web page behind the desktop's "Forgot password?" link.
FORGOT_PASSWORD = "/forgot-password"  # noqa: S105 - a page path, not a secret

NOTIFICATIONS = "/api/notifications"
UNREAD_COUNT = "/api/notifications/unread-count"
MARK_READ = "/api/notifications/read"
PREFERENCES = "/api/notifications/preferences"
PREFERENCES_UPDATE_METHOD = "PUT"  # GAP
NOTIFICATIONS_MAX_LIMIT = 100  # DOC


def certificate_pdf(child_id: str, certificate_id: str) -> str:
    return CERTIFICATE_PDF.format(
        child_id=quote(child_id, safe=""), certificate_id=quote(certificate_id, safe="")
    )


def verify_certificate(code: str) -> str:
    return VERIFY_CERTIFICATE.format(code=quote(code, safe=""))
