"""Every OptiLearn path the desktop uses, in one place (client and reference server share it).

DOC paths are fixed by the public docs; the /api/v1/auth ones are our GAP choice (docs/api.md).
"""

from __future__ import annotations

from urllib.parse import quote

PRODUCTION_BASE_URL = "https://learn.opticrm.app"

# GAP: bearer sign-in for desktop and mobile clients.
LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"
LOGOUT = "/api/v1/auth/logout"
ME = "/api/v1/auth/me"

# DOC: parent endpoints, bearer accepted as on the web paths.
CHILDREN = "/api/parent/children"
OVERVIEW = "/api/parent/children/{child_id}/overview"
# GAP: the certificate PDF behind `certificates[].pdfUrl`.
CERTIFICATE_PDF = "/api/parent/children/{child_id}/certificates/{certificate_id}/pdf"
# DOC: public verification page reached by an unguessable code.
VERIFY_CERTIFICATE = "/verify/{code}"

# GAP: OptiLearn's web page where a parent resets a forgotten password (the docs name the
# page, not its path); `?institution=` preselects the school.
FORGOT_PASSWORD = "/forgot-password"  # noqa: S105 - a page path, not a secret

# DOC: notifications.
NOTIFICATIONS = "/api/notifications"
UNREAD_COUNT = "/api/notifications/unread-count"
MARK_READ = "/api/notifications/read"
PREFERENCES = "/api/notifications/preferences"
PREFERENCES_UPDATE_METHOD = "PUT"  # GAP

# GAP: the client names its institution on every call; a mismatch with the session is 403.
INSTITUTION_HEADER = "X-Institution-Slug"
NOTIFICATIONS_MAX_LIMIT = 100  # DOC


def overview(child_id: str) -> str:
    return OVERVIEW.format(child_id=quote(child_id, safe=""))


def certificate_pdf(child_id: str, certificate_id: str) -> str:
    return CERTIFICATE_PDF.format(
        child_id=quote(child_id, safe=""), certificate_id=quote(certificate_id, safe="")
    )


def verify_certificate(code: str) -> str:
    return VERIFY_CERTIFICATE.format(code=quote(code, safe=""))


def forgot_password(institution: str = "") -> str:
    return FORGOT_PASSWORD + (f"?institution={quote(institution, safe='')}" if institution else "")
