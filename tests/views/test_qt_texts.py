"""Qt's own texts follow the language (issue 20): Qt ships no Hindi catalogue, so the app's
qt_extra_hi supplement words the standard buttons, context menus and the file dialog."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QPushButton

from optilearn_desktop.views.save_dialog import open_save_dialog

SUPPLEMENT = Path(__file__).resolve().parents[2] / "resources" / "translations" / "qt_extra_hi.ts"
DEVANAGARI = re.compile("[\u0900-\u097f]")


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
