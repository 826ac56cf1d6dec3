"""A summary page's list (badges, next live classes) or, when it has no rows, a short note
with its explanation right below the tiles: the space the table would take is left at the
bottom, not spread between the tiles, the heading and the note."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from ..text import plain_label


class RowsOrNote:
    def __init__(
        self, layout: QVBoxLayout, table: QTableView, name: str, parent: QWidget | None = None
    ) -> None:
        self.layout, self.table = layout, table
        layout.addWidget(table, 1)
        self.note = plain_label(wrap=True, parent=parent)
        self.note.setObjectName(name)
        layout.addWidget(self.note)
        layout.addStretch(0)  # takes the table's room while the note shows
        self._spare = layout.count() - 1

    def show(self, has_rows: bool, note: str, *, take_room: bool = True) -> None:
        """`take_room=False` when a section below the note should take the spare room."""
        self.table.setVisible(has_rows)
        self.note.setVisible(not has_rows)
        self.note.setText(note)
        self.note.setAccessibleName(note)
        self.layout.setStretchFactor(self.table, 1 if has_rows else 0)
        self.layout.setStretch(self._spare, 1 if take_room and not has_rows else 0)

    def clear(self) -> None:
        """Nothing of the last child (the note names them)."""
        self.note.clear()
        self.note.setAccessibleName("")
