"""Qt's own texts and our word order follow the language (issue 20): Qt ships no Hindi
catalogue, so the app's qt_extra_hi supplement words the standard buttons, context menus and the
file dialog; sentences around widgets keep the language's own word order."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
)

from optilearn_desktop.views.save_dialog import open_save_dialog

ROOT = Path(__file__).resolve().parents[2]
SUPPLEMENT = ROOT / "resources" / "translations" / "qt_extra_hi.ts"
DEVANAGARI = re.compile("[\u0900-\u097f]")
MARK = re.compile(r"\((e?s|ren)\)")  # a plural's mark left in an English form


@pytest.fixture
def language(app_language):
    yield app_language.apply
    app_language.apply("en")


def test_standard_buttons_follow_the_language(language, qtbot):
    language("hi")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert sorted(texts) == sorted(["ठीक है", "रद्द करें"])
    language("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(english)
    assert english.buttons()[0].text() == "OK"


def test_a_text_fields_menu_is_in_hindi(language, qtbot):
    language("hi")
    field = QLineEdit("text")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    words = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert words and all(DEVANAGARI.search(w) for w in words), words


def test_the_save_dialog_speaks_hindi(language, qtbot, tmp_path):
    """Qt's own file dialog (Linux without a desktop's dialog): its labels and buttons."""
    language("hi")
    parent = QLabel()
    qtbot.addWidget(parent)
    dialog = open_save_dialog(
        parent,
        "title",
        "test_save_dialog",
        file_type="PDF",
        suffix="pdf",
        suggested=str(tmp_path / "r.pdf"),
        chosen=lambda _path: None,
    )
    if not dialog.testOption(QFileDialog.Option.DontUseNativeDialog):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    try:
        labels = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
        buttons = [w.text() for w in dialog.findChildren(QPushButton) if w.isVisible()]
        english = [t for t in labels + buttons if t and not DEVANAGARI.search(t)]
        assert labels and buttons
        assert not english, english
    finally:
        dialog.close()


def test_the_supplement_is_complete_and_keeps_placeholders():
    root = ET.parse(SUPPLEMENT).getroot()  # noqa: S314 - our own file
    messages = list(root.iter("message"))
    assert len(messages) > 50
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        assert (translation.text or "").strip(), source
        assert ("%1" in source) == ("%1" in (translation.text or "")), source


def test_quiet_hours_read_in_the_languages_word_order(language, qtbot):
    """Hindi closes the range after the second time ("… से 07:00 तक"); English has no word there."""
    from optilearn_desktop.views.settings.local_panel import LocalPanel

    language("hi")
    panel = LocalPanel()
    qtbot.addWidget(panel)
    panel.show()
    words = [panel.quiet_check.text(), panel.quiet_to.text(), panel.quiet_after.text()]
    assert words == ["शांत समय", "से", "तक"]
    assert panel.quiet_after.isVisibleTo(panel)
    language("en")
    english = LocalPanel()
    qtbot.addWidget(english)
    assert [english.quiet_check.text(), english.quiet_to.text()] == ["Quiet hours from", "to"]
    assert not english.quiet_after.isVisibleTo(english)


def test_status_line_and_offline_banner_follow_a_change_of_language(
    signed_in, demo, language, qtbot
):
    """Words already on screen are said again in the new language; the server's values stay."""
    window = signed_in("parent_three", backoff_base=0.01)
    demo.add_fault(route="/api/parent/children", status=503)
    window.presenter.refresh()
    banner = window.offline_banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(window), timeout=15_000)
    assert "server has a problem" in banner.label.text()
    certificate = window.presenter.state_of_current().overview.certificates[0]
    window.verify_certificate(
        certificate.model_copy(update={"verification_url": "https://x.test/"})
    )
    assert "not opened" in window.status_label.text()

    language("hi")
    qtbot.waitUntil(lambda: DEVANAGARI.search(window.status_label.text()) is not None)
    qtbot.waitUntil(lambda: "server has a problem" not in banner.label.text())
    assert DEVANAGARI.search(banner.label.text()) and "503" in banner.label.text()
    assert "not opened" not in window.status_label.text()

    language("en")
    qtbot.waitUntil(lambda: "not opened" in window.status_label.text())
    qtbot.waitUntil(lambda: "server has a problem" in banner.label.text())


def test_the_calendar_saved_line_follows_a_change_of_language(signed_in, language, qtbot, tmp_path):
    """A plural status line (n events) is said again in Hindi with its values kept."""
    from .test_export_actions import action, actions_of, choose_file

    window = signed_in("parent_three")
    action(window, "export_calendar_action").trigger()
    dialog = actions_of(window).calendar_dialog
    dialog.save_button.click()
    target = tmp_path / "family.ics"
    choose_file(dialog.file_dialog, target)
    qtbot.waitUntil(lambda: "Saved" in window.status_label.text(), timeout=30_000)
    english = window.status_label.text()
    language("hi")
    qtbot.waitUntil(lambda: DEVANAGARI.search(window.status_label.text()) is not None)
    hindi = window.status_label.text()
    assert "Saved" not in hindi and str(target) in hindi and "Ananya Sharma" in hindi
    language("en")
    qtbot.waitUntil(lambda: window.status_label.text() == english)


def test_every_english_plural_is_written_out():
    """English plurals come from the catalogue: an unfinished one would show "page(s)"."""
    catalogue = SUPPLEMENT.with_name("optilearn_desktop_en.ts")
    root = ET.parse(catalogue).getroot()  # noqa: S314 - our own file
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.get("numerus") == "yes"
        and (
            m.find("translation").get("type") == "unfinished"
            or any(not (f.text or "").strip() or MARK.search(f.text) for f in m.iter("numerusform"))
        )
    ]
    assert not unfinished, unfinished


def test_a_broken_sections_reason_is_said_in_the_language(signed_in, demo, language, qtbot):
    """The models word a section the server sent as the wrong type ("not a list"); the tab says
    it in Hindi, on the Hindi title."""
    demo.add_fault(route="/api/parent/children/*/overview", corruptSection="recentGrades")
    window = signed_in("parent_one")
    grades = window.grades_page
    window.tabs.setCurrentWidget(grades)
    assert grades.error.body.text() == "not a list"
    assert grades.error.button.text() == "Re&try"
    language("hi")
    qtbot.waitUntil(lambda: DEVANAGARI.search(grades.error.body.text()) is not None)
    assert DEVANAGARI.search(grades.error.title.text())
    assert DEVANAGARI.search(grades.error.button.text())  # its Retry button too


def test_english_plurals_are_written_from_the_mark_and_only_from_it():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "build" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)

    def message(source: str, forms: str = "<numerusform></numerusform>" * 2) -> str:
        return (
            f'<message numerus="yes">\n<source>{source}</source>\n'
            f'<translation type="unfinished">{forms}</translation>'
        )

    filled = build.english_plurals(message("%n child(ren) in %n box(es)"))
    assert "<numerusform>%n child in %n box</numerusform>" in filled
    assert "<numerusform>%n children in %n boxes</numerusform>" in filled
    half = message("%n day(s)", "<numerusform>%n day</numerusform><numerusform></numerusform>")
    assert "<numerusform>%n days</numerusform>" in build.english_plurals(half)
    unmarked = message("%n entries are left out")
    assert build.english_plurals(unmarked) == unmarked  # for a person to write


def test_dialogs_lay_out_right_to_left_without_clipping(signed_in, qtbot, tmp_path):
    """The right-to-left pass of the window, for the dialogs opened from it: mirrored (the
    first control on the right) and nothing cut off."""
    from optilearn_desktop.core.settings import LocalSettings

    from .language_checks import clipped
    from .test_export_actions import action, actions_of

    window = signed_in("parent_three")
    window.resize(1280, 800)
    window.settings = LocalSettings(tmp_path)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        action(window, "print_report_action").trigger()
        preview = actions_of(window).preview
        qtbot.waitUntil(lambda: preview.page_count >= 1, timeout=10_000)
        action(window, "export_calendar_action").trigger()
        calendar = actions_of(window).calendar_dialog
        window.settings_action.trigger()
        settings = window.settings_dialog
        qtbot.waitUntil(lambda: not settings.is_loading, timeout=10_000)
        for dialog in (preview, calendar, settings):
            QApplication.processEvents()
            assert dialog.isRightToLeft()
            assert clipped(dialog) == [], dialog.objectName()
        close = preview.close_button
        assert close.mapTo(preview, close.rect().topLeft()).x() < preview.width() / 2
        start = settings.findChild(QTimeEdit, "quiet_hours_start")
        assert start.text().startswith(f"{start.time().hour():02d}:")  # hours first, not 00:21
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_column_widens_for_its_longer_translated_title(language, qtbot):
    """A column whose cells do not change with the language ("7") is measured again when its
    title does: the pseudo-locale's title is 40 % longer, and so is the column."""
    from enum import IntEnum

    from PySide6.QtCore import QCoreApplication

    from optilearn_desktop.views.table_model import Column, RowTableModel, make_table

    class Two(IntEnum):
        NAME = 0
        SCORE = 1

    model: RowTableModel[int] = RowTableModel(
        [
            Column(lambda: "name", str, stretch=True),
            Column(lambda: QCoreApplication.translate("GradesPage", "Percentage"), str),
        ]
    )
    table = make_table(model, Two, "test_table")
    qtbot.addWidget(table)
    model.set_rows([7])
    table.show()
    before = table.columnWidth(Two.SCORE)
    language("xx")
    model.retranslate()  # as a page does on the change (views/pages/base.py)
    assert table.columnWidth(Two.SCORE) > before
