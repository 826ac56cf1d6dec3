"""Certificates tab: every issued certificate, with Open PDF and Verify."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...core.formatting import absolute, date_only
from ...core.parent_data import ChildState
from ...models.vocabulary import CertificateStatus, Section, label_of
from ..colors import accents
from ..table_model import Column, RowTableModel, make_table
from ..text import plain_label
from .base import OverviewPage

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from ...models.overview import Certificate


class Columns(IntEnum):
    COURSE = 0
    STATUS = 1
    ISSUED = 2
    EXPIRES = 3
    CODE = 4


def _status_text(cert: Certificate) -> str:
    text = label_of(cert.status)
    if cert.status == CertificateStatus.REVOKED and cert.revoked_reason:
        text += f": {cert.revoked_reason}"
    return text


class CertificatesPage(OverviewPage):
    section = Section.CERTIFICATES
    tab_title = "Certificates"
    open_pdf_requested = Signal(object)  # Certificate
    verify_requested = Signal(object)  # Certificate

    def __init__(self, parent: QWidget | None = None) -> None:
        def status_color(cert: Certificate) -> QColor:
            colors = accents(self.palette())
            return colors.passed if cert.status == CertificateStatus.VALID else colors.failed

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        columns: list[Column[Certificate]] = [
            Column("Course", lambda c: c.course_title, stretch=True),
            Column(
                "Status",
                _status_text,
                color=status_color,
                bold=True,
                tooltip=lambda c: (
                    _status_text(c)
                    + (f" (revoked {absolute(c.revoked_at)})" if c.revoked_at else "")
                ),
            ),
            Column(
                "Issued",
                lambda c: date_only(c.issued_at),
                sort_key=lambda c: c.issued_at.timestamp(),
            ),
            Column(
                "Expires",
                lambda c: date_only(c.expires_at) if c.expires_at else "Never",
                sort_key=lambda c: c.expires_at.timestamp() if c.expires_at else None,
            ),
            Column("Verification code", lambda c: c.verification_code),
        ]
        self.model: RowTableModel[Certificate] = RowTableModel(columns)
        self.table = make_table(self.model, Columns, "certificates_table")
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton("Open P&DF")
        self.open_button.setObjectName("certificate_open_pdf")
        self.open_button.setAccessibleName("Open the selected certificate as PDF")
        self.open_button.setToolTip("Open the selected certificate as PDF")
        self.verify_button = QPushButton("Ver&ify")
        self.verify_button.setObjectName("certificate_verify")
        self.verify_button.setAccessibleName("Verify the selected certificate online")
        self.verify_button.setToolTip(
            "Open the school's public verification page for the selected certificate"
        )
        self.kiosk_note = plain_label(
            "Certificates can be opened and verified at home, in this app or on the web "
            "portal: this shared computer opens no files or links.",
            wrap=True,
        )
        self.kiosk_note.setObjectName("certificates_kiosk_note")
        self.kiosk_note.hide()
        buttons.addWidget(self.kiosk_note, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.verify_button)
        layout.addLayout(buttons)
        super().__init__("certificates_page", content, parent)
        self.model.setParent(self)
        self.open_button.clicked.connect(lambda: self._emit(self.open_pdf_requested))
        self.verify_button.clicked.connect(lambda: self._emit(self.verify_requested))
        self.table.doubleClicked.connect(lambda _: self._emit(self.open_pdf_requested))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> Certificate | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows()[rows[0].row()]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def set_kiosk(self) -> None:
        """A shared computer: the list stays, nothing is opened outside the app."""
        self._kiosk = True
        self.open_button.hide()
        self.verify_button.hide()
        self.kiosk_note.show()

    def _emit(self, signal: SignalInstance) -> None:
        if getattr(self, "_kiosk", False):
            return
        cert = self.selected()
        if cert is not None:
            signal.emit(cert)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.verify_button.setEnabled(has)

    def fill(
        self, value: list[Certificate], state: ChildState, now: datetime
    ) -> tuple[str, str] | None:
        self.model.set_rows(value)
        if value:
            self.table.selectRow(0)
        self._update_buttons()
        if not value:
            return (
                "No certificates yet",
                f"{state.child.name} has not completed a course with a certificate yet.",
            )
        return None

    def clear(self) -> None:
        self.model.set_rows([])
        self._update_buttons()
