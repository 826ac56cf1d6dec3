"""The public certificate verification page (HTML; every text is escaped)."""

from __future__ import annotations

from datetime import datetime
from html import escape


def _date(value: datetime | None) -> str:
    return value.strftime("%d %B %Y") if value else ""


_STATUS_TEXT = {
    "VALID": ("valid", "This certificate is valid."),
    "REVOKED": ("revoked", "This certificate has been revoked."),
    "EXPIRED": ("expired", "This certificate has expired."),
}


def render_verification(
    *,
    status: str,
    student_name: str,
    course_title: str,
    institution_name: str,
    code: str,
    issued_at: datetime | None,
    expires_at: datetime | None,
    revoked_at: datetime | None,
    revoked_reason: str | None,
) -> str:
    css_class, headline = _STATUS_TEXT.get(status, ("unknown", "Unknown certificate status."))
    rows = [
        ("Student", student_name),
        ("Course", course_title),
        ("Issued by", institution_name),
        ("Issued on", _date(issued_at)),
        ("Verification code", code),
    ]
    if expires_at is not None:
        rows.append(("Expired on" if status == "EXPIRED" else "Expires on", _date(expires_at)))
    if status == "REVOKED":
        rows.append(("Revoked on", _date(revoked_at)))
        rows.append(("Reason", revoked_reason or "Not given"))
    table = "\n".join(
        f"<tr><th>{escape(label)}</th><td>{escape(value)}</td></tr>" for label, value in rows
    )
    return html_page(
        "Certificate verification",
        f'<p class="status {css_class}" data-status="{escape(status)}">{escape(headline)}</p>'
        f"\n<table>\n{table}\n</table>",
    )


def render_unknown(code: str) -> str:
    return html_page(
        "Certificate not found",
        f'<p class="status unknown" data-status="NOT_FOUND">No certificate has the code'
        f" <code>{escape(code)}</code>.</p>",
    )


def html_page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        "<style>body{font-family:sans-serif;margin:2rem}.valid{color:#1a7f37}"
        ".revoked,.expired,.unknown{color:#b42318}th{text-align:left;padding-right:1rem}</style>"
        f"</head><body><h1>{escape(title)}</h1>\n{body}\n</body></html>\n"
    )
