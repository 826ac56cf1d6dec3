"""The printed report's pages: each child's report laid out on its own pages (a page group,
numbered "Page 1 of 2" in a footer that names the child), on any paged device: the system
printer and the print preview (QPrinter), or a PDF file (QPdfWriter). QtGui only."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from .formatting import number
from .report_content import ReportChild, ReportHeader, child_html
from .wording import Context, arg


class ReportLayout(Context):
    """This module's translation context: the footer, the PDF's title, the device error."""


# Where paper is Letter rather than A4 (the rest of the world prints on A4).
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}
PDF_RESOLUTION = 300  # dots per inch: sharp text, small files
BODY_POINT_SIZE = 10
FOOTER_POINT_SIZE = 8


def page_layout(locale: QLocale | None = None) -> QPageLayout:
    """Portrait A4, or Letter where that is the paper in use, with 15 mm margins."""
    territory = (locale or QLocale()).territory()
    size = (
        QPageSize.PageSizeId.Letter if territory in LETTER_TERRITORIES else QPageSize.PageSizeId.A4
    )
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def child_document(entry: ReportChild, header: ReportHeader) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(child_html(entry, header))
    return document


def paint_report(
    device: QPagedPaintDevice,
    children: Sequence[ReportChild],
    header: ReportHeader,
) -> int:
    """Every child's report on `device`, each from a new page; the number of pages. Raises
    OSError when the device cannot be painted on (a file that cannot be written)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            ReportLayout.tr("the report could not be started (is the file or printer writable?)")
        )
    total = 0
    try:
        dpi = device.logicalDpiY()
        footer = dpi * 0.3  # inches
        width, height = float(device.width()), float(device.height())
        body = QSizeF(width, height - footer)
        for entry in children:
            document = child_document(entry, header)
            document.documentLayout().setPaintDevice(device)  # points at the device's dots
            document.setPageSize(body)
            pages = document.pageCount()
            for index in range(pages):
                if total:
                    device.newPage()
                total += 1
                top = index * body.height()
                painter.save()
                painter.translate(0, -top)
                clip = QRectF(0, top, body.width(), body.height())
                painter.setClipRect(clip)
                _record_black_pen(painter)
                document.documentLayout().draw(painter, _paper_context(clip))
                painter.restore()
                _footer(painter, QRectF(0, body.height(), width, footer), entry, index, pages)
    finally:
        painter.end()
    return total


def _record_black_pen(painter: QPainter) -> None:
    """The print preview records each page as a picture replayed over the screen's palette,
    and QPainter records no change to the pen it already has: make black an explicit change
    on every page, or the first lines take the screen's text colour (light in dark mode)."""
    painter.setPen(Qt.GlobalColor.white)
    painter.setPen(Qt.GlobalColor.black)


def _paper_context(clip: QRectF) -> QAbstractTextDocumentLayout.PaintContext:
    """Black text on the white page, whatever the screen's colour scheme (drawContents would
    take the application's palette: light text in dark mode)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    context.clip = clip
    return context


def _footer(painter: QPainter, area: QRectF, entry: ReportChild, index: int, pages: int) -> None:
    painter.save()
    font = QFont()
    font.setPointSizeF(FOOTER_POINT_SIZE)
    painter.setFont(font)
    pen = QPen(Qt.GlobalColor.darkGray)
    pen.setWidthF(0)  # cosmetic: one device pixel at any resolution
    painter.setPen(pen)
    painter.drawLine(area.topLeft(), area.topRight())
    painter.setPen(Qt.GlobalColor.black)
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
    name = painter.fontMetrics().elidedText(
        entry.child.name, Qt.TextElideMode.ElideRight, int(area.width() * 0.7)
    )
    painter.drawText(area, int(flags | Qt.AlignmentFlag.AlignLeft), name)
    page = arg(ReportLayout.tr("Page %1 of %2"), number(index + 1), number(pages))
    painter.drawText(area, int(flags | Qt.AlignmentFlag.AlignRight), page)
    painter.restore()


def write_pdf(
    path: Path,
    children: Sequence[ReportChild],
    header: ReportHeader,
    layout: QPageLayout | None = None,
) -> int:
    """`children`'s report as a PDF file at `path` (on `layout`, else the locale's paper); the
    number of pages."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(layout or page_layout())
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("OptiLearn Desktop")
    names = ", ".join(entry.child.name for entry in children)
    writer.setTitle(arg(ReportLayout.tr("OptiLearn report: %1"), names)[:200])
    return paint_report(writer, children, header)
