"""Certificates tab: every issued certificate, with Open PDF and Verify."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...core.formatting import absolute, date_only
from ...core.parent_data import ChildState
from ...core.vocabulary_words import label
from ...core.wording import QT_TRANSLATE_NOOP, arg
from ...models.vocabulary import CertificateStatus, Section
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


class CertificatesPage(OverviewPage):
    section = Section.CERTIFICATES
    tab_title = QT_TRANSLATE_NOOP("OverviewView", "Certificates")
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
            Column(lambda: self.tr("Course"), lambda c: c.course_title, stretch=True),
            Column(
                lambda: self.tr("Status"),
                self._status_text,
                color=status_color,
                bold=True,
                tooltip=lambda c: (
                    arg(self.tr("%1 (revoked %2)"), self._status_text(c), absolute(c.revoked_at))
                    if c.revoked_at
                    else self._status_text(c)
                ),
            ),
            Column(
                lambda: self.tr("Issued"),
                lambda c: date_only(c.issued_at),
                sort_key=lambda c: c.issued_at.timestamp(),
            ),
            Column(
                lambda: self.tr("Expires"),
                lambda c: date_only(c.expires_at) if c.expires_at else self.tr("Never"),
                sort_key=lambda c: c.expires_at.timestamp() if c.expires_at else None,
            ),
            Column(lambda: self.tr("Verification code"), lambda c: c.verification_code),
        ]
        self.model: RowTableModel[Certificate] = RowTableModel(columns)
        self.table = make_table(self.model, Columns, "certificates_table")
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton()
        self.open_button.setObjectName("certificate_open_pdf")
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("certificate_verify")
        self.kiosk_note = plain_label(wrap=True)
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

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open P&DF"))
        self.open_button.setAccessibleName(self.tr("Open the selected certificate as PDF"))
        self.open_button.setToolTip(self.tr("Open the selected certificate as PDF"))
        self.verify_button.setText(self.tr("Ver&ify"))
        self.verify_button.setAccessibleName(self.tr("Verify the selected certificate online"))
        self.verify_button.setToolTip(
            self.tr("Open the school's public verification page for the selected certificate")
        )
        self.kiosk_note.setText(
            self.tr(
                "Certificates can be opened and verified at home, in this app or on the web "
                "portal: this shared computer opens no files or links."
            )
        )
        super().retranslate()

    def _status_text(self, cert: Certificate) -> str:
        text = label(cert.status)
        if cert.status == CertificateStatus.REVOKED and cert.revoked_reason:
            because = self.tr("%1: %2", "a status: the school's reason")
            text = arg(because, text, cert.revoked_reason)
        return text

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
                self.tr("No certificates yet"),
                arg(
                    self.tr("%1 has not completed a course with a certificate yet."),
                    state.child.name,
                ),
            )
        return None

    def clear(self) -> None:
        self.model.set_rows([])
        self._update_buttons()
