"""The Qt binding must not lose references: PySide6 6.12.0 dropped one reference to None on
every void call (setText, setEnabled, ...), which kills a long-running GUI with a fatal
"deallocating None". pyproject.toml excludes it; this keeps a future upgrade honest."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_the_reference_count_of_none(qapp):
    label, obj = QLabel(), QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setEnabled(True)
        obj.setObjectName("y")
        QApplication.processEvents()
    assert sys.getrefcount(None) - before > -50  # noise from the interpreter, not thousands
