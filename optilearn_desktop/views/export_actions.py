"""The toolbar's "Add to calendar…" and "Print report…": the household taken out of the app.
Installed by the composition root beside Refresh; a kiosk gets printing only (no file is
written on a shared computer). The calendar, report and printing modules load on first use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..core.wording import Context, ErrorWords, Later, Phrase, arg

if TYPE_CHECKING:
    from ..core.household_export import CalendarFile
    from ..core.parent_data import ParentData
    from ..core.report_content import ReportChild
    from .calendar_dialog import CalendarDialog
    from .main_window import MainWindow
    from .report_preview import ReportPreview

NOTHING_YET = Phrase.translate(
    "ExportActions", "There is nothing to take out yet: no child's data has been loaded."
)


class ExportStatus(Context):
    """The context of the status lines with a plural, said again on a change of language."""


class ExportActions(QObject):
    def __init__(self, window: MainWindow, *, kiosk: bool = False) -> None:
        super().__init__(window)
        self.setObjectName("export_actions")
        self.window = window
        self.kiosk = kiosk
        self.calendar_dialog: CalendarDialog | None = None
        self.preview: ReportPreview | None = None
        toolbar = window.toolbar
        self.calendar_action = self._action("export_calendar_action")
        self.print_action = self._action("print_report_action")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        actions = toolbar.actions()
        after_refresh = actions[actions.index(window.refresh_action) + 1]
        toolbar.insertActions(after_refresh, [self.calendar_action, self.print_action])
        toolbar.keep_named(
            self.calendar_action,
            lambda: self.tr("Add to &calendar…"),
            lambda: self.tr(
                "Save the children's upcoming work and live classes as a calendar file"
            ),
        )
        toolbar.keep_named(
            self.print_action,
            lambda: self.tr("&Print report…"),
            lambda: self.tr("Print or preview a report (Ctrl+P)"),
        )
        # A shared computer keeps no files: the calendar is not offered at all there.
        self.calendar_action.setVisible(not kiosk)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.print_action.triggered.connect(self.open_report)
        # Offered while someone is signed in, as Refresh is.
        window.refresh_action.changed.connect(self._follow_session)
        self._follow_session()

    def _action(self, name: str) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        return action

    def _follow_session(self) -> None:
        signed_in = self.window.refresh_action.isEnabled()
        self.calendar_action.setEnabled(signed_in and not self.kiosk)
        self.print_action.setEnabled(signed_in)
        if not signed_in:  # signed out: no report or child list of that parent stays open
            for dialog in (self.preview, self.calendar_dialog):
                if dialog is not None:
                    dialog.reject()

    @property
    def _data(self) -> ParentData | None:
        data = self.window.presenter.data
        return data if data is not None and data.children else None

    def _say(self, words: object) -> None:
        """On the window's status line (a Phrase is said again on a change of language)."""
        self.window.show_status(words)

    def _institution(self) -> str:
        session = self.window.session
        account = session.account if session is not None else None
        return account.institution_slug if account is not None else ""

    def _offline(self) -> bool:
        return self.window.offline_banner.isVisibleTo(self.window)

    def _closed(self, dialog: QObject) -> None:
        if self.preview is dialog:
            self.preview = None
        if self.calendar_dialog is dialog:
            self.calendar_dialog = None

    # -- calendar ------------------------------------------------------------------------------

    def open_calendar(self) -> None:
        from .calendar_dialog import CalendarDialog

        data = self._data
        if self.kiosk:
            return
        if data is None:
            self._say(NOTHING_YET)
            return
        dialog = CalendarDialog(list(data.children), parent=self.window)
        dialog.chosen.connect(self._save_calendar)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.calendar_dialog = dialog
        dialog.open()  # never exec() under qasync

    def _save_calendar(self, child_ids: list[str], path: str) -> None:
        from ..core.household_export import calendar_file

        data = self._data
        if data is None:
            return
        self._say(Phrase.translate("ExportActions", "Saving the calendar file…"))
        self.window.tasks.start(
            "calendar",
            calendar_file(
                data, now=self.window.clock(), institution=self._institution(), child_ids=child_ids
            ),
            on_result=lambda made: self._write_calendar(made, Path(path)),
            on_error=lambda e: self._say(
                Phrase.translate("ExportActions", "The calendar file could not be made: %1").filled(
                    ErrorWords(e)
                )
            ),
        )

    def _write_calendar(self, made: CalendarFile, path: Path) -> None:
        try:
            path.write_bytes(made.payload)  # a few kilobytes
        except OSError as exc:
            # The system's own words for the failure, in the system's language.
            reason = exc.strerror or str(exc)
            self._say(
                Phrase.translate(
                    "ExportActions", "The calendar file could not be saved: %1"
                ).filled(reason)
            )
            return
        names, events = ", ".join(made.names), made.events
        self._say(
            Later(
                lambda: arg(
                    ExportStatus.tr(
                        "Saved %n event(s) for %1 to %2. Open the file with your calendar app "
                        "to add them.",
                        "",
                        events,
                    ),
                    names,
                    path,
                )
            )
        )

    # -- report --------------------------------------------------------------------------------

    def open_report(self) -> None:
        from ..core.household_export import school_name
        from ..core.report_content import ReportHeader
        from .report_preview import ReportPreview

        data = self._data
        current = self.window.presenter.current_child
        state = data.state(current) if data is not None and current else None
        if data is None or state is None:
            self._say(NOTHING_YET)
            return
        child_id = state.child.contact_id
        preview = ReportPreview(
            state.child.name,
            len(data.children),
            lambda scope: self._entries(scope, child_id),
            lambda: ReportHeader(school_name(self._institution()), self.window.clock()),
            can_save=not self.kiosk,
            parent=self.window,
        )
        preview.household_requested.connect(self._load_household)
        preview.reported.connect(self._say)
        preview.finished.connect(lambda _result: self._closed(preview))
        self.preview = preview
        preview.open()

    def _entries(self, scope: int, current: str) -> list[ReportChild]:
        from ..core.household_export import known_states, report_child
        from .report_preview import HOUSEHOLD

        data = self.window.presenter.data
        if data is None:  # signed out meanwhile: nobody's data
            return []
        ids = [c.contact_id for c in data.children] if scope == HOUSEHOLD else [current]
        offline = self._offline()
        return [report_child(s, offline=offline) for s in known_states(data, ids)]

    def _load_household(self) -> None:
        from ..core.household_export import load_household

        data = self._data
        if data is None:
            return
        self.window.tasks.start(
            "report",
            load_household(data, self.window.clock()),
            on_result=lambda _ids: self._household_loaded(),
            on_error=lambda _e: self._household_loaded(),
        )

    def _household_loaded(self) -> None:
        if self.preview is not None:
            self.preview.refresh()
