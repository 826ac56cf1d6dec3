"""Which notifications become a tray alert, when, and with what text.

- Only the four parent keys alert; each can be switched off for this computer.
- During quiet hours alerts are held and, once they end, summed up in one alert.
- A click on an alert opens the child and the tab the notification is about, with the row it
  names (the graded submission, the missed class) selected when the tab lists it.
- Alert text is the server's, on one line, without control characters (outgoing_text.py); the
  tray backend escapes it for daemons that read markup. Our words around it (the child's name
  before the title, the quiet-hours summary) are in the language in use when the alert is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from ..models.notifications import (
    META_ASSIGNMENT_ID,
    META_CERTIFICATE_ID,
    META_COURSE_ID,
    META_LIVE_CLASS_ID,
    META_SUBMISSION_ID,
    Notification,
    ParentKey,
)
from ..models.overview import Section
from .desktop_options import DesktopOptions
from .outgoing_text import one_line
from .wording import Context, arg


class AlertWords(Context):
    """This module's translation context (plural texts: `AlertWords.tr(text, "", n)`)."""


TAB_FOR_KEY: dict[ParentKey, Section] = {
    ParentKey.CHILD_GRADED: Section.GRADES,
    ParentKey.CHILD_LOW_GRADE: Section.GRADES,
    ParentKey.CHILD_ABSENT: Section.LIVE_CLASSES,
    ParentKey.WEEKLY_DIGEST: Section.COURSES,  # the overview's first tab
}
MAX_TEXT = 240
# Which metadata id names a row of which tab, most specific first; the id is the row's key
# in that tab (views/row_keys.py).
ROW_FOR_META: tuple[tuple[str, Section], ...] = (
    (META_SUBMISSION_ID, Section.GRADES),
    (META_LIVE_CLASS_ID, Section.LIVE_CLASSES),
    (META_ASSIGNMENT_ID, Section.UPCOMING),
    (META_CERTIFICATE_ID, Section.CERTIFICATES),
    (META_COURSE_ID, Section.COURSES),
)


def tray_text(text: str, limit: int = MAX_TEXT) -> str:
    return one_line(text, limit)


@dataclass(frozen=True)
class Alert:
    title: str
    body: str
    child_id: str | None
    section: Section | None
    notification_ids: tuple[str, ...]
    row: str | None = None  # the key of the row it is about, in its tab
    notification: Notification | None = None  # the one it is about (none for a summary)


def target_of(notification: Notification) -> tuple[Section | None, str | None]:
    """The tab a notification is about and, when its metadata names one, the row's key there."""
    key = notification.key if isinstance(notification.key, ParentKey) else None
    section = TAB_FOR_KEY.get(key) if key else None
    for meta, tab in ROW_FOR_META:
        value = notification.meta_text(meta)
        if value is not None and section in (None, tab):
            return tab, value
    return section, None


def alert_for(notification: Notification) -> Alert:
    child = notification.child_name
    title = (
        notification.title
        if not child or child in notification.title
        else arg(
            AlertWords.tr("%1: %2", "a child's name, then a notification's title"),
            child,
            notification.title,
        )
    )
    section, row = target_of(notification)
    return Alert(
        title=tray_text(title, 120),
        body=tray_text(notification.message),
        child_id=notification.child_contact_id,
        section=section,
        notification_ids=(notification.id,),
        row=row,
        notification=notification,
    )


class AlertDispatcher:
    def __init__(
        self,
        options: Callable[[], DesktopOptions],
        local_now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._options = options
        self._local_now = local_now
        self.held: list[Notification] = []

    def _quiet(self, options: DesktopOptions) -> bool:
        now: time = self._local_now().time()
        return options.in_quiet_hours(now)

    def take(self, notifications: list[Notification]) -> list[Alert]:
        """Alerts to show now for newly arrived notifications (the rest is held or skipped)."""
        options = self._options()
        wanted = [
            n for n in notifications if isinstance(n.key, ParentKey) and options.tray_alert(n.key)
        ]
        if self._quiet(options):
            self.held.extend(wanted)
            return []
        return [alert_for(n) for n in wanted]

    def release_held(self) -> Alert | None:
        """Once quiet hours are over: one alert that sums up what was held."""
        if not self.held or self._quiet(self._options()):
            return None
        held, self.held = self.held, []
        if len(held) == 1:
            return alert_for(held[0])
        children = sorted({n.child_name for n in held if n.child_name})
        count = len(held)
        body = (
            arg(
                AlertWords.tr(
                    "%n new notification(s) about %1. Open the app to read them.", "", count
                ),
                ", ".join(children),
            )
            if children
            else AlertWords.tr("%n new notification(s). Open the app to read them.", "", count)
        )
        first_child = {n.child_contact_id for n in held}
        return Alert(
            title=AlertWords.tr("%n notification(s) during quiet hours", "", count),
            body=tray_text(body),
            child_id=next(iter(first_child)) if len(first_child) == 1 else None,
            section=None,
            notification_ids=tuple(n.id for n in held),
        )
