"""Server text is plain text everywhere: HTML and links show literally and fetch nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from .conftest import overview_loaded


class _Probe(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def probe() -> Iterator[tuple[int, list[str]]]:
    _Probe.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Probe)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], _Probe.hits
    finally:
        server.shutdown()
        server.server_close()


def test_html_and_links_from_the_server_show_literally(
    signed_in, demo, qtbot, aio, make_client, probe
):
    port, hits = probe
    image = f'<img src="http://127.0.0.1:{port}/x.png">'
    link = '<a href="file:///etc/passwd">x</a>'
    client = make_client("parent_one")
    child = aio(client.children())[0]
    courses = aio(client.overview(child.contact_id)).courses
    demo.rename_course(courses[0].course_id, image)
    demo.rename_course(courses[1].course_id, link)
    demo.grade(child.student_id, score=10, title=image, course_id=courses[0].course_id)
    window = signed_in("parent_one")
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    for page in window.pages:
        window.tabs.setCurrentWidget(page)
        window.grab()  # paint every tab: rich text would try to load the image now
    course_titles = [
        window.courses_page.table.model().index(r, 0).data()
        for r in range(window.courses_page.table.model().rowCount())
    ]
    assert image in course_titles and link in course_titles
    grades = window.grades_page.table.model()
    assert grades.index(0, 0).data() == image
    tooltip = grades.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip and "&lt;img" in tooltip  # escaped, shown literally
    for label in window.findChildren(QLabel):
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
            assert not label.openExternalLinks()
    assert hits == []  # nothing was fetched from the probe


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> & \"quoted\" 'single' <script>alert(1)</script>",
        "&amp; already escaped &lt;",
        "<a href='https://example.com'>x</a>\n<img src=x onerror=alert(1)>",
        "Ünïcødé — ok ✓ 🙂",
        "",
    ],
)
def test_tooltips_escape_exactly_as_html_escape(text: str) -> None:
    # Every character HTML gives a meaning to is escaped, quotes included.
    import html

    from optilearn_desktop.views.text import plain_tooltip

    assert plain_tooltip(text) == "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
