"""The report's print preview: the child on screen or the whole household, seen as it will
print, then "Print…" (the system print dialog) or "Save as PDF…" (the export's PDF writer), both
painting the same pages. A kiosk prints (a front office's printer) but never saves a file.

A dialog of our own around QPrintPreviewWidget rather than QPrintPreviewDialog: the latter's
Print button opens a print dialog that offers "Print to file", which a kiosk must not."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.report_content import ReportChild, ReportHeader
from ..core.report_layout import page_layout, paint_report, write_pdf
from ..core.wording import Context, Later, Phrase, arg
from .retranslate import Retranslating
from .save_dialog import open_save_dialog
from .text import plain_label

THIS_CHILD, HOUSEHOLD = 0, 1


class PreviewStatus(Context):
    """The context of the status lines with a plural, said again on a change of language."""


class ReportPreview(Retranslating, QDialog):
    household_requested = Signal()  # the parent chose the whole household: load every child
    reported = Signal(object)  # a Phrase for the status bar: printed, saved, or why not

    def __init__(
        self,
        child_name: str,
        children: int,
        entries: Callable[[int], Sequence[ReportChild]],
        header: Callable[[], ReportHeader],
        *,
        can_save: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_preview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 760)
        self._child_name = child_name
        self._children = children
        self._entries = entries
        self._header = header
        self._loading = False
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(page_layout())
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.scope_caption = plain_label()
        self.scope_caption.setObjectName("report_scope_caption")
        self.scope = QComboBox()
        self.scope.setObjectName("report_scope")
        # The items are worded again in each language: the combo follows their width.
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope.addItems(["", ""])
        self.scope.setEnabled(children > 1)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.scope_caption.setBuddy(self.scope)
        # Its own line under the buttons: a translated status may run longer than the row.
        self.status = plain_label(wrap=True)
        self.status.setObjectName("report_status")
        self.status.hide()
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setObjectName("report_pages")
        self.preview.paintRequested.connect(self._paint)
        self.print_button = self._button("report_print", self.ask_printer)
        self.save_button = self._button("report_save_pdf", self.ask_pdf_file)
        self.save_button.setVisible(can_save)
        self.close_button = self._button("report_close", self.reject)
        row = QHBoxLayout()
        row.addWidget(self.scope_caption)
        row.addWidget(self.scope)
        row.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        self.print_button.setDefault(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print report"))
        self.scope_caption.setText(self.tr("Print:"))
        self.scope.setAccessibleName(self.tr("What to print"))
        self.scope.setItemText(THIS_CHILD, arg(self.tr("%1 (on screen)"), self._child_name))
        self.scope.setItemText(
            HOUSEHOLD, self.tr("Whole household (%n child(ren))", "", self._children)
        )
        self.preview.setAccessibleName(self.tr("Report pages"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self._show_status()
        if self.isVisible():  # the pages' own words (dates, headings) in the new language
            self.preview.updatePreview()

    @staticmethod
    def _button(name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- what is printed -----------------------------------------------------------------------

    def entries(self) -> Sequence[ReportChild]:
        return self._entries(self.scope.currentIndex())

    def _paint(self, printer: QPrinter) -> None:
        paint_report(printer, self.entries(), self._header())

    def _scope_changed(self, index: int) -> None:
        if index == HOUSEHOLD:
            self.set_loading(True)
            self.household_requested.emit()
        else:
            self.refresh()

    def set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._show_status()
        self.print_button.setEnabled(not loading)
        self.save_button.setEnabled(not loading)

    def _show_status(self) -> None:
        self.status.setText(self.tr("Bringing every child's data up to date…"))
        self.status.setVisible(self._loading)

    def refresh(self) -> None:
        """Paint the pages again (the household's data arrived)."""
        self.set_loading(False)
        self.preview.updatePreview()

    @property
    def page_count(self) -> int:
        return self.preview.pageCount()

    # -- printing and saving -------------------------------------------------------------------

    def ask_printer(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.setObjectName("report_print_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # "Print to file" writes a file: not where saving is not offered (a kiosk).
        dialog.setOption(
            QAbstractPrintDialog.PrintDialogOption.PrintToFile, self.save_button.isVisible()
        )
        dialog.accepted.connect(self._print)
        self.print_dialog = dialog
        # What open() does (QPrintDialog's binding only has the receiver overload); no exec().
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _print(self) -> None:
        try:
            pages = paint_report(self.printer, self.entries(), self._header())
        except OSError as exc:
            self.reported.emit(
                Phrase.translate("ReportPreview", "The report could not be printed: %1").filled(exc)
            )
            return
        self.reported.emit(
            Later(
                lambda: PreviewStatus.tr(
                    "The report (%n page(s)) was sent to the printer.", "", pages
                )
            )
        )
        self.accept()

    def ask_pdf_file(self) -> None:
        if not self.save_button.isVisible():
            return
        self.file_dialog = open_save_dialog(
            self,
            self.tr("Save the report as PDF"),
            "report_pdf_file_dialog",
            file_type=self.tr("PDF documents"),
            suffix="pdf",
            suggested=self.suggested_name(),
            chosen=self.save_pdf,
        )

    def suggested_name(self) -> str:
        from ..core.household_export import report_names

        entries = self.entries()
        if len(entries) == 1:
            return report_names([entries[0].child.name])[0]
        return "report-household.pdf"

    def save_pdf(self, path: str) -> None:
        """The same pages as a PDF file at `path` (core.report_layout.write_pdf)."""
        layout = self.printer.pageLayout()  # the paper the preview shows
        try:
            pages = write_pdf(Path(path), self.entries(), self._header(), layout)
        except OSError as exc:
            self.reported.emit(
                Phrase.translate("ReportPreview", "The report could not be saved: %1").filled(exc)
            )
            return
        self.reported.emit(
            Later(
                lambda: arg(
                    PreviewStatus.tr("Saved the report (%n page(s)) to %1.", "", pages), path
                )
            )
        )
        self.accept()
