"""Certificate PDF (valid, authenticated) and the public verification page (escaped HTML)."""

from __future__ import annotations

import re

import httpx

from optilearn_reference.process import DemoServer

from ._helpers import data, error_code, sign_in


def _certificates(lms: httpx.Client, headers: dict[str, str]) -> list[dict]:
    return data(lms.get("/api/parent/children/ct_1201/overview", headers=headers))["certificates"]


def test_pdf_is_a_valid_pdf_with_correct_xref(lms: httpx.Client, srv: DemoServer) -> None:
    headers = sign_in(lms, srv, "parent_three")
    certificate = _certificates(lms, headers)[0]
    assert error_code(lms.get(certificate["pdfUrl"]), 401) == "AUTH_REQUIRED"
    response = lms.get(certificate["pdfUrl"], headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    pdf = response.content
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\n(\d+)", pdf).group(1))
    assert pdf[startxref:].startswith(b"xref")
    entries = re.findall(rb"(\d{10}) 00000 n ", pdf[startxref:])
    for number, offset in enumerate(entries, start=1):
        assert pdf[int(offset) :].startswith(b"%d 0 obj" % number)
    assert b"Vihaan Sharma" in pdf
    assert certificate["courseTitle"].encode() in pdf


def test_verify_page_states_and_escaping(lms: httpx.Client, srv: DemoServer) -> None:
    headers = sign_in(lms, srv, "parent_three")
    certificates = _certificates(lms, headers)
    by_status = {c["status"]: c for c in certificates}
    for status, word in (("VALID", "valid"), ("REVOKED", "revoked"), ("EXPIRED", "expired")):
        page = httpx.get(by_status[status]["verificationUrl"], trust_env=False)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert f'data-status="{status}"' in page.text
        assert word in page.text
    revoked = httpx.get(by_status["REVOKED"]["verificationUrl"], trust_env=False).text
    assert by_status["REVOKED"]["revokedReason"] in revoked

    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> \u202e\U0001f393'
    srv.rename_course(by_status["VALID"]["courseId"], hostile)
    page = httpx.get(by_status["VALID"]["verificationUrl"], trust_env=False).text
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "\u202e\U0001f393" in page
    # The JSON keeps the exact string.
    again = {c["certificateId"]: c for c in _certificates(lms, headers)}
    assert again[by_status["VALID"]["certificateId"]]["courseTitle"] == hostile
    pdf = lms.get(by_status["VALID"]["pdfUrl"], headers=headers)
    assert pdf.content.startswith(b"%PDF-")

    missing = httpx.get(f"{srv.lms_url}/verify/%3Cb%3Enope", trust_env=False)
    assert missing.status_code == 404
    assert "&lt;b&gt;nope" in missing.text and "<b>" not in missing.text
