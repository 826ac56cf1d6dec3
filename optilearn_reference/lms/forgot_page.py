"""The web page a parent reaches from the desktop's "Forgot password?" link (GAP path, see
docs/api.md). The stand-in only explains the step; a real server sends the reset e-mail."""

from __future__ import annotations

from html import escape

from .verify_page import html_page


def render_forgot_password(institution_name: str) -> str:
    school = f" at {escape(institution_name)}" if institution_name else ""
    return html_page(
        "Reset your password",
        f"<p>Enter the e-mail address of your parent account{school}. If it belongs to an "
        "account, we send it a link to choose a new password.</p>\n"
        '<form method="post"><label>E-mail <input type="email" name="email" required>'
        '</label> <button type="submit">Send the link</button></form>',
    )
