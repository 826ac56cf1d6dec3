"""OptiLearn's public endpoints: bearer auth, parent views, certificates, verification page."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from ..common.clock import from_store, utc_now
from ..common.http_common import NO_STORE, ApiError, CamelBody, envelope, json_object, parse_as
from ..common.institutions import by_id, by_slug
from . import routes, sessions
from .auth import (
    authenticate,
    authenticate_parent,
    bearer_token,
    linked_child,
    linked_children,
    signed_in_user,
)
from .certificate_pdf import render_certificate
from .forgot_page import render_forgot_password
from .overview import build_overview, certificate_status
from .throttle import LoginThrottle, account_key
from .verify_page import render_unknown, render_verification


class LoginBody(CamelBody):
    institution_slug: str
    email: str
    password: str


class RefreshBody(CamelBody):
    refresh_token: str


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _tokens_answer(request: Request, tokens: sessions.Tokens, user_id: str) -> Response:
    user = request.app.state.conn.execute(
        "SELECT * FROM users WHERE user_id = ?", (user_id,)
    ).fetchone()
    payload = {  # GAP: the sign-in and refresh answer
        "accessToken": tokens.access_token,
        "refreshToken": tokens.refresh_token,
        "expiresIn": tokens.expires_in,
        "user": signed_in_user(user),
    }
    return envelope(payload, headers=NO_STORE)


async def login(request: Request) -> Response:
    body = parse_as(LoginBody, await json_object(request))
    if not body.institution_slug.strip() or not body.email.strip() or not body.password:
        raise ApiError(400, "VALIDATION_ERROR", "institutionSlug, email and password are required")
    institution = by_slug(body.institution_slug)
    if institution is None:
        raise ApiError(404, "NOT_FOUND", "Unknown institution")
    throttle: LoginThrottle = request.app.state.login_throttle
    account = account_key(institution.id, body.email)
    address = request.client.host if request.client else ""
    wait = throttle.retry_after(account, address)
    if wait is not None:
        raise ApiError(
            429,
            "RATE_LIMITED",
            "Too many sign-in attempts; try again later",
            {"retryAfterSeconds": wait},
            headers={"Retry-After": str(wait)},
        )
    conn = request.app.state.conn
    user = conn.execute(
        "SELECT * FROM users WHERE institution_id = ? AND lower(email) = lower(?)",
        (institution.id, body.email.strip()),
    ).fetchone()
    if user is None:
        sessions.burn_password_time(body.password)
    if user is None or not sessions.verify_password(
        body.password, user["password_salt"], user["password_hash"]
    ):
        throttle.failed(account, address)
        raise ApiError(401, "AUTH_REQUIRED", "Wrong e-mail or password")
    throttle.succeeded(account)
    tokens = sessions.create_session(conn, user["user_id"], request.app.state.access_ttl)
    return _tokens_answer(request, tokens, user["user_id"])


async def refresh(request: Request) -> Response:
    body = parse_as(RefreshBody, await json_object(request))
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
    return envelope(signed_in_user(authenticate(request).user))


async def children(request: Request) -> Response:
    caller = authenticate_parent(request)
    children = await linked_children(request, caller)
    return envelope({"children": [c.to_wire() for c in children]}, headers=NO_STORE)


async def overview(request: Request) -> Response:
    caller = authenticate_parent(request)
    child = await linked_child(request, caller, request.path_params["child_id"])
    payload = build_overview(
        request.app.state.conn, child, caller.institution, _base_url(request), utc_now()
    )
    return envelope(payload, headers=NO_STORE)


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


async def forgot_password(request: Request) -> Response:
    slug = request.query_params.get("institution", "").strip().lower()
    institution = by_slug(slug) if slug else None
    html = render_forgot_password(institution.name if institution else "")
    return HTMLResponse(html, headers=_PAGE_HEADERS)


async def healthz(_request: Request) -> Response:
    return envelope({"status": "ok", "service": "optilearn"})


def public_routes() -> list[Route]:
    return [
        Route(routes.LOGIN, login, methods=["POST"]),
        Route(routes.REFRESH, refresh, methods=["POST"]),
        Route(routes.LOGOUT, logout, methods=["POST"]),
        Route(routes.ME, me, methods=["GET"]),
        Route(routes.CHILDREN, children, methods=["GET"]),
        Route(routes.OVERVIEW, overview, methods=["GET"]),
        Route(routes.CERTIFICATE_PDF, certificate_pdf, methods=["GET"]),
        Route(routes.VERIFY_CERTIFICATE, verify, methods=["GET"]),
        Route(routes.FORGOT_PASSWORD, forgot_password, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
    ]
