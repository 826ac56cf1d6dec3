"""A small, valid, hand-written PDF 1.4 certificate (no PDF library needed).

Text is WinAnsi (cp1252) with Helvetica; characters outside it become '?'. Only the PDF shortens
very long titles; the JSON API never does.
"""

from __future__ import annotations

_MAX_LINE = 90


def _pdf_text(value: str) -> str:
    if len(value) > _MAX_LINE:
        value = value[: _MAX_LINE - 3] + "..."
    encoded = value.encode("cp1252", errors="replace").decode("cp1252")
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in encoded)
    return cleaned.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def render_certificate(
    student_name: str, course_title: str, institution_name: str, issued_on: str, code: str
) -> bytes:
    lines = [
        ("F2", 30, 200, 450, "Certificate of Completion"),
        ("F1", 14, 200, 405, "This certifies that"),
        ("F2", 24, 200, 370, student_name),
        ("F1", 14, 200, 335, "has successfully completed"),
        ("F2", 18, 200, 305, course_title),
        ("F1", 12, 200, 250, f"{institution_name} - issued {issued_on}"),
        ("F1", 10, 200, 120, f"Verification code: {code}"),
    ]
    content = "\n".join(
        f"BT /{font} {size} Tf {x} {y} Td ({_pdf_text(text)}) Tj ET"
        for font, size, x, y, text in lines
    ).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595]"
        b" /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(out)
