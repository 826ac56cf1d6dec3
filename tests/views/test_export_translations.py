"""Translations of "Print report…" and "Add to calendar…" (issue 20): in the pseudo-locale the
report preview (one child, then the whole household), the calendar dialog, their save dialogs
and the status lines they leave hold no text of ours untranslated and none cut off at
1280x800; a change of language reaches the preview and the calendar dialog while open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from .language_checks import untranslated
from .test_export_actions import action, actions_of, choose_file
from .test_translations import _check_dialog, _household


@pytest.fixture
def language(app_language):
    """`language("xx")` switches the running app; English again after the test."""
    yield app_language.apply
    app_language.apply("en")


@pytest.fixture
def xx_window(signed_in, language):
    """The pseudo-locale's window of a three-children household at 1280x800, and the server's
    texts it may show as sent."""
    language("xx")
    window = signed_in("parent_three")
    window.resize(1280, 800)
    window.show()
    return window, _household(window)


def _assert_none(problems: dict[str, list[str]]) -> None:
    found = {k: v for k, v in problems.items() if v}
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def _status(window) -> str:
    return window.status_label.text()


def _file_dialog_problems(dialog, suffix: str) -> list[str]:
    """Our words in the save dialog: its caption, the file type and the labels a parent needs
    to save. The rest of it is Qt's (a desktop's own dialog speaks the system's language)."""
    assert dialog is not None and dialog.isVisible()
    label = QFileDialog.DialogLabel
    parts = (label.LookIn, label.FileName, label.FileType, label.Accept, label.Reject)
    ours = [dialog.windowTitle(), *dialog.nameFilters(), *map(dialog.labelText, parts)]
    return untranslated(ours, {f"(*.{suffix})"})


def test_report_preview_and_its_save_dialog_are_translated_and_fit(xx_window, qtbot, tmp_path):
    window, allowed = xx_window
    problems: dict[str, list[str]] = {}

    action(window, "print_report_action").trigger()
    preview = actions_of(window).preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count >= 1, timeout=10_000)
    problems["report preview, one child"] = _check_dialog(preview, allowed)
    one_child = preview.page_count

    preview.scope.setCurrentIndex(1)  # the household: a status line while every child loads
    assert preview.status.isVisibleTo(preview)
    problems["report preview, loading"] = _check_dialog(preview, allowed)
    qtbot.waitUntil(lambda: not window.tasks.is_running("report"), timeout=30_000)
    qtbot.waitUntil(lambda: preview.page_count > one_child, timeout=10_000)
    assert not preview.status.isVisibleTo(preview)
    problems["report preview, household"] = _check_dialog(preview, allowed)

    preview.save_button.click()
    dialog = preview.file_dialog
    problems["report save dialog"] = _file_dialog_problems(dialog, "pdf")
    target = tmp_path / "household.pdf"
    choose_file(dialog, target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    problems["report saved"] = untranslated([_status(window)], allowed | {str(target)})
    _assert_none(problems)


def test_calendar_dialog_and_its_save_dialog_are_translated_and_fit(xx_window, qtbot, tmp_path):
    window, allowed = xx_window
    problems: dict[str, list[str]] = {}

    action(window, "export_calendar_action").trigger()
    dialog = actions_of(window).calendar_dialog
    assert dialog is not None
    problems["calendar dialog"] = _check_dialog(dialog, allowed)
    dialog.save_button.click()
    problems["calendar save dialog"] = _file_dialog_problems(dialog.file_dialog, "ics")
    target = tmp_path / "family.ics"
    choose_file(dialog.file_dialog, target)
    problems["calendar saving"] = untranslated([_status(window)], allowed)
    qtbot.waitUntil(target.exists, timeout=30_000)
    qtbot.waitUntil(lambda: str(target) in _status(window), timeout=10_000)
    problems["calendar saved"] = untranslated([_status(window)], allowed | {str(target)})
    _assert_none(problems)


def test_nothing_to_take_out_yet_is_translated(make_window, language):
    from optilearn_desktop.views.export_actions import ExportActions

    language("xx")
    window = make_window()  # nobody signed in: no child's data
    actions = window.findChild(ExportActions)
    actions.open_report()
    assert actions.preview is None
    assert _status(window).startswith("[There is nothing to take out yet")
    assert untranslated([_status(window)], set()) == []


def test_english_counts_children_and_pages_in_words(signed_in, qtbot, tmp_path):
    window = signed_in("parent_three")
    action(window, "print_report_action").trigger()
    preview = actions_of(window).preview
    assert preview.scope.itemText(1) == "Whole household (3 children)"
    assert preview.scope.itemText(0) == "Ananya Sharma (on screen)"
    qtbot.waitUntil(lambda: preview.page_count >= 1, timeout=10_000)
    pages = preview.page_count
    preview.save_button.click()
    target = tmp_path / "ananya.pdf"
    choose_file(preview.file_dialog, target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    unit = "page" if pages == 1 else "pages"
    assert _status(window) == f"Saved the report ({pages} {unit}) to {target}."


def test_open_preview_and_calendar_follow_a_change_of_language(signed_in, language, qtbot):
    window = signed_in("parent_three")
    action(window, "print_report_action").trigger()
    preview = actions_of(window).preview
    action(window, "export_calendar_action").trigger()
    calendar = actions_of(window).calendar_dialog
    assert preview is not None and calendar is not None
    assert preview.windowTitle() == "Print report"

    language("hi")
    qtbot.waitUntil(lambda: preview.windowTitle() == "रिपोर्ट प्रिंट करें", timeout=5_000)
    assert preview.print_button.text() == "प्रिंट करें…"
    assert preview.save_button.text() == "PDF के रूप में सहेजें…"
    assert preview.close_button.text() == "बंद करें"
    assert preview.scope.itemText(0) == "Ananya Sharma (स्क्रीन पर)"
    assert preview.scope.itemText(1) == "पूरा परिवार (3 बच्चे)"
    assert preview.scope.accessibleName() == "क्या प्रिंट करना है"
    qtbot.waitUntil(lambda: calendar.windowTitle() == "कैलेंडर में जोड़ें", timeout=5_000)
    assert calendar.save_button.text() == "सहेजें…"
    assert calendar.cancel_button.text() == "रद्द करें"
    assert calendar.explain.text().startswith("एक कैलेंडर फ़ाइल")
    QApplication.processEvents()

    language("en")
    qtbot.waitUntil(lambda: preview.windowTitle() == "Print report", timeout=5_000)
    assert preview.scope.itemText(1) == "Whole household (3 children)"
    qtbot.waitUntil(lambda: calendar.windowTitle() == "Add to calendar", timeout=5_000)
    assert calendar.cancel_button.text() == "Cancel"
