"""The toolbar's "Add to calendar…" and "Print report…" in a real window signed in against the
reference backend: the preview of the child on screen and of the household, "Save as PDF…"
through QPrinter's PDF output, the calendar of the chosen children, and a kiosk, which prints
but writes no file."""

from __future__ import annotations

import icalendar
from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QAbstractPrintDialog

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.compose import build_window
from optilearn_desktop.core.kiosk_policy import KioskPolicy
from optilearn_desktop.core.links import LinkPolicy
from optilearn_desktop.core.session import Session
from optilearn_desktop.views.export_actions import ExportActions
from optilearn_desktop.views.link_opener import LinkOpener

from ..core.household import words
from .conftest import fill_sign_in, overview_loaded


def actions_of(window) -> ExportActions:
    actions = window.findChild(ExportActions)
    assert actions is not None
    return actions


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def choose_file(dialog, target) -> None:
    """What the parent does in the open save dialog: a name, then Save."""
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    dialog.accept()


def test_the_actions_sit_in_the_toolbar_and_need_a_signed_in_parent(make_window, signed_in):
    window = make_window()
    for name in ("export_calendar_action", "print_report_action"):
        assert name in [a.objectName() for a in window.toolbar.actions()]
        assert not action(window, name).isEnabled()  # nobody signed in
    window = signed_in("parent_three")
    calendar, report = (
        action(window, n) for n in ("export_calendar_action", "print_report_action")
    )
    assert calendar.isEnabled() and calendar.isVisible() and report.isEnabled()
    for item in (calendar, report):
        button = window.toolbar.widgetForAction(item)
        assert button.accessibleName() and item.toolTip()


def test_preview_of_the_child_then_the_household_saved_as_pdf(signed_in, qtbot, tmp_path):
    window = signed_in("parent_three")
    action(window, "print_report_action").trigger()
    preview = actions_of(window).preview
    assert preview is not None and preview.isVisible()
    assert preview.save_button.isVisible()
    preview.preview.updatePreview()
    one_child = preview.page_count
    assert one_child >= 1
    assert [e.child.name for e in preview.entries()] == ["Ananya Sharma"]  # the one on screen

    preview.scope.setCurrentIndex(1)  # the whole household: every child's data loads first
    qtbot.waitUntil(lambda: not window.tasks.is_running("report"), timeout=30_000)
    qtbot.waitUntil(lambda: preview.page_count > one_child, timeout=10_000)
    assert [e.child.name for e in preview.entries()] == [
        "Ananya Sharma",
        "Aarav Sharma",
        "Vihaan Sharma",
    ]

    pages = preview.page_count
    preview.save_button.click()
    target = tmp_path / "household.pdf"
    choose_file(preview.file_dialog, target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    reader = PdfReader(target)
    assert len(reader.pages) == pages  # what the preview showed, through the same painting
    text = words(" ".join(page.extract_text() for page in reader.pages))
    for name in ("Ananya Sharma", "Aarav Sharma", "Vihaan Sharma"):
        assert f"{name} Class" in text  # each child's page group starts with its header
    assert "Saved the report" in window.status_label.text()
    qtbot.waitUntil(lambda: actions_of(window).preview is None, timeout=5_000)


def test_calendar_of_the_chosen_children(signed_in, qtbot, tmp_path):
    window = signed_in("parent_three")
    action(window, "export_calendar_action").trigger()
    dialog = actions_of(window).calendar_dialog
    assert dialog is not None and dialog.isVisible()
    assert all(box.isChecked() for box in dialog.boxes.values())  # all children by default
    vihaan = next(box for box in dialog.boxes.values() if box.text().startswith("Vihaan"))
    vihaan.setChecked(False)
    dialog.save_button.click()
    target = tmp_path / "family.ics"
    choose_file(dialog.file_dialog, target)
    qtbot.waitUntil(lambda: "Saved" in window.status_label.text(), timeout=30_000)
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    names = {str(e["summary"]).split(":")[0] for e in events}
    assert names == {"Ananya", "Aarav"}
    assert f"Saved {len(events)} events for Ananya Sharma, Aarav Sharma" in (
        window.status_label.text()
    )


def test_signing_out_closes_what_was_open(signed_in, qtbot):
    window = signed_in("parent_three")
    action(window, "print_report_action").trigger()
    preview = actions_of(window).preview
    assert preview is not None and preview.isVisible()
    with qtbot.waitSignal(preview.finished, timeout=5_000):
        window.flow.sign_out()
    assert actions_of(window).preview is None
    assert not action(window, "print_report_action").isEnabled()
    action(window, "export_calendar_action").trigger()  # disabled: nothing opens
    assert actions_of(window).calendar_dialog is None


def test_a_kiosk_prints_but_writes_no_file(demo, qtbot, aio):
    config = ClientConfig(base_url=demo.lms_url)
    session = Session(lambda **kw: OptiLearnClient(config, **kw))
    window = build_window(
        session, LinkOpener(LinkPolicy(demo.lms_url), kiosk=True), kiosk=KioskPolicy(enabled=True)
    )
    qtbot.addWidget(window)
    window.show()
    fill_sign_in(qtbot, window, demo.account("parent_three"))
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    try:
        calendar = action(window, "export_calendar_action")
        assert not calendar.isVisible() and not calendar.isEnabled()
        calendar.trigger()
        assert actions_of(window).calendar_dialog is None

        action(window, "print_report_action").trigger()
        preview = actions_of(window).preview
        assert preview is not None and not preview.save_button.isVisibleTo(preview)
        preview.ask_pdf_file()
        assert preview.file_dialog is None
        preview.print_button.click()
        printing = preview.print_dialog
        assert printing is not None and printing.isVisible()
        assert not printing.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)

        window.kiosk_mode.wipe()  # the idle timeout: nothing of this parent stays open
        qtbot.waitUntil(lambda: actions_of(window).preview is None, timeout=5_000)
    finally:
        window.tasks.cancel_all()
        window.kiosk_mode.stop()
        if session.client is not None:
            aio(session.client.aclose())
