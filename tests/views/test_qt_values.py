"""The plain numbers used before the first paint are the values of the enums they stand for,
and widgets set through Qt's properties end up as if set through their typed setters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QTableView

from optilearn_desktop.views import qt_values as v
from optilearn_desktop.views.text import plain_label

ENUMS = {
    "DISPLAY_ROLE": Qt.ItemDataRole.DisplayRole,
    "TOOLTIP_ROLE": Qt.ItemDataRole.ToolTipRole,
    "FONT_ROLE": Qt.ItemDataRole.FontRole,
    "TEXT_ALIGNMENT_ROLE": Qt.ItemDataRole.TextAlignmentRole,
    "FOREGROUND_ROLE": Qt.ItemDataRole.ForegroundRole,
    "ACCESSIBLE_TEXT_ROLE": Qt.ItemDataRole.AccessibleTextRole,
    "USER_ROLE": Qt.ItemDataRole.UserRole,
    "ALIGN_RIGHT": Qt.AlignmentFlag.AlignRight,
    "ALIGN_HCENTER": Qt.AlignmentFlag.AlignHCenter,
    "ALIGN_VCENTER": Qt.AlignmentFlag.AlignVCenter,
    "ALIGN_CENTER": Qt.AlignmentFlag.AlignCenter,
    "PLAIN_TEXT": Qt.TextFormat.PlainText,
    "NO_TEXT_INTERACTION": Qt.TextInteractionFlag.NoTextInteraction,
    "ELIDE_RIGHT": Qt.TextElideMode.ElideRight,
}


def test_every_number_is_its_enums_value():
    names = {n for n in vars(v) if n.isupper()}
    assert names == set(ENUMS), "a new number needs its enum here"
    for name, member in ENUMS.items():
        assert getattr(v, name) == member.value, name


def test_a_property_set_by_number_is_the_typed_setting(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    v.set_property(label, "textFormat", v.PLAIN_TEXT)
    v.set_property(label, "alignment", v.ALIGN_HCENTER)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignHCenter
    bar = QProgressBar()
    qtbot.addWidget(bar)
    v.set_property(bar, "alignment", v.ALIGN_CENTER)
    assert bar.alignment() == Qt.AlignmentFlag.AlignCenter
    table = QTableView()
    qtbot.addWidget(table)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    v.set_property(table, "textElideMode", v.ELIDE_RIGHT)
    assert table.textElideMode() == Qt.TextElideMode.ElideRight


def test_a_property_the_class_does_not_declare_is_an_error_not_a_silent_no_op(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(AttributeError, match="textFromat"):
        v.set_property(label, "textFromat", v.PLAIN_TEXT)


def test_server_text_labels_stay_plain_and_inert(qtbot):
    label = plain_label("<b>not bold</b> <a href='https://evil.example'>link</a>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
