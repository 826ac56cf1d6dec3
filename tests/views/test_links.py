"""Links reach the operating system only through the safe opener."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from optilearn_desktop.core.links import LinkPolicy
from optilearn_desktop.views.link_opener import LinkOpener

from .conftest import OpenedUrls, overview_loaded

HOST = "https://learn.opticrm.app"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "smb://fileserver/share",
        "javascript:alert(1)",
        "optilearn-custom://open",
        "http://learn.opticrm.app/verify/abc",  # downgraded to http
        "https://evil.example/verify/abc",
        "https://learn.opticrm.app.evil.example/verify/abc",
        "https://user:pw@learn.opticrm.app/verify/abc",
        "https://learn.opticrm.app:8443/verify/abc",
        " https://learn.opticrm.app/verify/abc",
        "https://learn.opticrm.app\\@evil.example/",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_unsafe_links_never_reach_the_os(url):
    opened = OpenedUrls()
    assert not LinkOpener(LinkPolicy(HOST), open_url=opened).open_web(url)
    assert opened == []


def test_https_to_the_institution_host_is_opened():
    opened = OpenedUrls()
    assert LinkOpener(LinkPolicy(HOST), open_url=opened).open_web(HOST + "/verify/ABC-123")
    assert opened == [HOST + "/verify/ABC-123"]


def test_pdfs_open_from_a_private_temp_file_that_is_removed(tmp_path):
    opened = OpenedUrls()
    opener = LinkOpener(LinkPolicy(HOST), open_url=opened)
    assert not opener.open_pdf(b"<html>not a pdf</html>", "x")
    assert opener.open_pdf(b"%PDF-1.4 test", "../../etc/cert 1")
    path = Path(QUrl(opened[0]).toLocalFile())
    assert path.read_bytes() == b"%PDF-1.4 test"
    assert path.parent.stat().st_mode & 0o077 == 0  # only this user can read it
    assert ".." not in path.name
    opener.cleanup()
    assert not path.exists() and not path.parent.exists()


def test_pdf_folders_a_crash_left_behind_are_swept_at_start(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the OS edge: this run's /tmp
    crashed = LinkOpener(LinkPolicy(HOST), open_url=OpenedUrls())
    assert crashed.open_pdf(b"%PDF-1.4 test", "cert")  # then the app died: no cleanup()
    left = next(tmp_path.iterdir())
    unrelated = tmp_path / "optilearn-cache-of-something-else"
    unrelated.mkdir()
    assert LinkOpener.sweep_stale() == 1
    assert not left.exists() and unrelated.exists()


def test_certificate_buttons_open_the_pdf_and_the_verification_page(signed_in, qtbot, opened_urls):
    window = signed_in("parent_three")
    page = window.certificates_page
    window.tabs.setCurrentWidget(page)
    for _ in range(3):
        if page.model.rowCount():
            break
        window.switcher.step(1)
        qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    assert page.model.rowCount() > 0
    page.select_row(0)
    cert = page.selected()
    page.verify_button.click()
    assert opened_urls == [cert.verification_url]
    page.open_button.click()
    qtbot.waitUntil(lambda: len(opened_urls) == 2, timeout=15_000)
    pdf = Path(QUrl(opened_urls[1]).toLocalFile())
    assert pdf.read_bytes().startswith(b"%PDF-")
    window.close()
    assert not pdf.exists()  # removed when the window closes


def test_a_verification_link_to_another_host_is_not_opened(signed_in, qtbot, opened_urls):
    window = signed_in("parent_three")
    state = window.presenter.state_of_current()
    certs = state.overview.certificates or []
    if not certs:
        pytest.skip("the primary child has no certificate")
    bad = certs[0].model_copy(update={"verification_url": "https://evil.example/phish"})
    window.verify_certificate(bad)
    assert opened_urls == []
    assert "not opened" in window.status_label.text()
